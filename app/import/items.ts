// Stage 3: sections → items. Each numbered line opens an item; its body is
// split into labelled blocks (Bakgrund, Förslag till beslut, Beslut, …) and
// unlabelled text, in which a decision sentence is recognised by decisions.ts.
import { ATT_CLAUSE, decisionOutcome, decisionTense, isDecisionPhrase, MOTION_PART, startsDecision, VOTE_ONLY } from "./decisions";
import { DECIDING_BODY, PROPOSES_TO_BODY, STANDARD_HEADING, TITLE_FUNCTION_WORD } from "./lexicon";
import { formalOutcome } from "./formalities";
import { findMandate } from "./mandates";
import { joinLines, sourceOf } from "./lines";
import { startOf, type Section } from "./sections";
import { BODY_PARAGRAPH_HEAD, NOT_A_BODY } from "./numbering";
import type { Line, ParsedItem, SectionKind } from "./types";

/** "Mbn 141 Föregående protokoll", "KS 142 Dnr 2019/12 …": a paragraph under the body's short name (numbering.ts). */
const BODY_PARAGRAPH_START = new RegExp(`^${BODY_PARAGRAPH_HEAD}\\p{Lu}`, "u");
const isBodyParagraph = (text: string) => BODY_PARAGRAPH_START.test(text) && !NOT_A_BODY.test(text.split(/\s/u, 1)[0]);

const PROPOSES_TO_BODY_RE = new RegExp(`^(?:${PROPOSES_TO_BODY})`, "iu");

/** An item with the lines it came from, for the later stages (dates, mandates). */
export type ItemDraft = ParsedItem & {
  /** Every line of the item, title line first. */
  lines: Line[];
  /** The lines that make up the decision (the title line when the title is the decision). */
  decisionLines: Line[];
  /** The lines of its labelled background ("Bakgrund: …"): a story, never this meeting's action. */
  backgroundLines: Line[];
  /** The item's text under its title (a title's run-in text included): what model/ reads sentence by sentence. */
  bodyLines: Line[];
  /** Paragraphs after a decision that give someone a task: read for mandates, not part of the decision's text. */
  taskLines: Line[];
};

export type ItemOptions = {
  /** A notice or agenda (kallelse, dagordning): nothing has been decided yet. */
  agendaOnly: boolean;
  /** The document records decisions taken per capsulam (its head says so): each is dated by nature. */
  perCapsulam?: boolean;
  /** A line that comes back three times or more in the document: page furniture, never an item's title. */
  recurs?: (text: string) => boolean;
};

type BlockKind = "lead" | "background" | "proposal" | "decision" | "meta";

/**
 * The body whose proposal or decision a label names, in any number of words: "Styrgruppens",
 * "Arbetsutskottets", "Kultur- och fritidsnämndens", "Barn- och utbildningsnämndens".
 */
const GENITIVE = String.raw`(?:[\p{L}-]+\s+(?:och\s+)?){0,3}\p{L}+s\s+`;
/** "Direktionen beslutar:", "Nämnden beslöt:", "Styrelsen beslutade:" — a deciding body and a verb, then a colon. */
const SUBJECT_VERB = String.raw`(?:[\p{L}-]+\s+(?:och\s+)?){0,3}?(?:${DECIDING_BODY})\s+(?:beslutar|beslutade|beslöt|beslutar\s+enhälligt|beslutade\s+enhälligt)(?=\s*:)`;

/**
 * Labels that open a block inside an item. The label is the whole line or is
 * followed by ":" / ";" / "." and the first text ("Bakgrund; Projektenhet …").
 * "Styrgruppens beslut", "Kommunstyrelsens förslag till beslut": any genitive body.
 */
const LABELS: Array<[RegExp, BlockKind]> = (
  [
    [String.raw`bakgrund|ärendebeskrivning|sammanfattning(?: av ärendet)?|ärendet|beskrivning(?: av ärendet)?|ärendets bakgrund`, "background"],
    [String.raw`förslag till beslut|beslutsförslag|förslag|föreslaget beslut|forslag til vedtak|innstilling|indstilling|${GENITIVE}förslag(?: till (?:beslut|\p{L}+))?`, "proposal"],
    // ("Proposed by Councillor X / Seconded by Councillor Y / AND AGREED / “To confirm the minutes …”".)
    [String.raw`beslut|beslutet|${GENITIVE}beslut|beslutades|beslöts|decision|decisions|conclusions?|vedtak|beslutning|(?:and\s+)?resolved|resolution|(?:and\s+)?agreed|outcome|consensus|slutsatser|slutsats|överenskommelse|${SUBJECT_VERB}`, "decision"],
    [
      // ("Action item: Carol to draft …" after "Decision: …": the action ends the decision; actions.ts reads it.)
      String.raw`yrkanden?|reservation(?:er)?|protokollsanteckning(?:ar)?|beslutsgång|propositionsordning|beslutsunderlag|handlingar|föredragande|expedieras(?:\s+till)?|expediering|(?:beslutet|protokollsutdrag|utdrag)\s+(?:ska\s+)?(?:skickas|sänds|delges|expedieras)\s+till|sändlista|för\s+kännedom|jäv|bilag(?:a|or)|närvarande|ansvarig|ansvariga|actions?(?=\s*:\s*\S)|action\s+items?|action\s+points?`,
      "meta",
    ],
  ] as Array<[string, BlockKind]>
  // Only a label when nothing follows, or a separator does: "Beslut:" yes, "Beslutet fattades" no.
).map(([words, kind]) => [new RegExp(`^(?:${words})\\s*(?:[:;.]\\s*|$)`, "iu"), kind]);

/** A point of a list as written: "* …", "- …", "• …". */
const POINT = /^\s*[-*•+]\s/u;

/** Meta labels of a motion and how it was put to the vote. */
const MOTION_LABEL = /^(?:yrkanden?|beslutsgång|propositionsordning|omröstning)/iu;

/** A decision block that says none was taken: "N/A", "None", "Inga", "Inget beslut", "-". */
const NO_DECISION = /^(?:•\s*)?(?:n\/a|none|nothing|no\s+decisions?(?:\s+(?:made|taken))?|inga(?:\s+beslut)?|ingen|inget(?:\s+beslut)?|[-–—])\s*\.?$/iu;

/** Meta labels that name a person or a fact on their own line, and open no list. */
const ONE_LINE_META = /^(?:föredragande|närvarande|jäv|ansvarig|ansvariga)\s*:/iu;

/** The label of a line and the text after it, or null for an ordinary line. */
/** "Förbundsstyrelsen beslutar" alone on a line: it opens the decision of the item above, it is no heading. */
const DECISION_OPENER = new RegExp(`^${SUBJECT_VERB.replace("(?=\\s*:)", "")}\\s*$`, "iu");
export const isDecisionOpener = (text: string): boolean => DECISION_OPENER.test(text.trim());

/**
 * "Beslut Arbetsutskottet lämnar yttrande …", "Förslag till beslut Nämnden godkänner …": the label and
 * its text on one line with no colon, as a PDF's two lines run together; a sentence follows it.
 */
// ("Kommunstyrelsens beslut Per Holm (M) utses att justera …": a body's decision, its text run in.)
const RUN_IN_LABEL =
  /^([Bb]eslut|[Ff]örslag till beslut|[Bb]eslutsförslag|\p{Lu}\p{Ll}+s\s+beslut)\s+(?=\p{Lu}\p{Ll}+(?:\s+(?:\p{Ll}[\p{L}-]*|\p{Lu}\p{Ll}+|\([A-ZÅÄÖ]{1,3}\))){2})/u;

export function blockLabel(text: string): { kind: BlockKind; rest: string; runIn?: boolean } | null {
  // "Agreed.", "Beslutades." alone: the verdict itself, not a label over text to come.
  if (/^(?:agreed|resolved|beslutades|beslöts)\s*\.$/iu.test(text.trim())) return null;
  for (const [re, kind] of LABELS) {
    const m = re.exec(text);
    // ("Årsmötet beslutade enligt styrelsens förslag." is a decision that names the proposal, no label.)
    if (m && kind === "proposal" && decisionTense(m[0]) !== null) continue;
    if (m) return { kind, rest: text.slice(m[0].length).trim() };
  }
  const runIn = RUN_IN_LABEL.exec(text);
  if (runIn) return { kind: /beslut$/iu.test(runIn[1]) ? "decision" : "proposal", rest: text.slice(runIn[0].length).trim(), runIn: true };
  return null;
}

/** A short capitalised line between blank lines, not a sentence, not a decision ("Matters Arising"). */
function isSubheading(body: Line[], at: number): boolean {
  const text = body[at].text;
  const blankAround = (at === 0 || body[at - 1].text === "") && (at + 1 >= body.length || body[at + 1].text === "");
  return (
    blankAround &&
    /^\p{Lu}/u.test(text) &&
    text.split(/\s+/u).length <= 5 &&
    !/[.,;:!?]$/u.test(text) &&
    !ATT_CLAUSE.test(text) &&
    !isDecisionPhrase(text) &&
    blockLabel(text) === null
  );
}

/** Sentences of a line, split where a full stop is followed by a capital. */
export function sentences(text: string): string[] {
  // Not after an initial or a title: "K. Kaiser will …", "Mr. Radcliffe", "bl.a. Region".
  return text
    .split(/(?<=[.!?])(?<!(?:^|[\s(\[\]])(?:\p{Lu}|Mr|Ms|Mrs|Dr|St|Nr|nr|kl|ca|resp|Cllr|Cllrs|Cnllr|bl\.a|t\.ex|d\.v\.s|p\.g\.a)\.)\s+(?=[\p{Lu}”]|att\s)/u)
    .filter((s) => s.length > 0);
}

/** Kinds for items under no heading (or a neutral one), guessed from the title. */
const TITLE_KINDS: Array<[RegExp, SectionKind]> = [
  [/^(?:övriga frågor|övrigt|övriga ärenden)\b/iu, "other"],
  [/per[ -]capsulam/iu, "per_capsulam"],
  [/^(?:information|informationsärende|meddelanden|anmälningsärenden|anmälan av|delegationsbeslut)\b/iu, "information"],
];
/** A report by its title ("Lägesrapport …", "Rapport från …"), unless something more than noting was decided. */
const REPORT_TITLE = /(?<!\p{L})(?:\p{L}*rapport\p{L}*|redovisning)(?!\p{L})/iu;
/** Decisions that only take note: the usual outcome of a report. */
const NOTING = /(?:noterar|noteras|tackar\s+för|till\s+handlingarna)/iu;
/** Opening and closing of a meeting: "other" unless the minutes record a decision on them. */
const PROCEDURAL =
  /^(?:mötets öppnande|sammanträdets öppnande|öppnande|upprop|val av (?:justerare|sekreterare|ordförande)|justering|mötets avslutande|sammanträdets avslutande|avslutning|föregående (?:protokoll|minnesanteckningar|mötesanteckningar|anteckningar))\b/iu;

export function classifyItem(title: string, decision: string | null): SectionKind {
  for (const [re, kind] of TITLE_KINDS) if (re.test(title)) return kind;
  if (REPORT_TITLE.test(title) && (decision === null || NOTING.test(decision))) return "report";
  if (PROCEDURAL.test(title)) return decision !== null ? "decision" : "other";
  return "decision";
}

/**
 * A title that runs into the item's text: cut it where a capitalised word follows a
 * lower-case one and what follows reads as a decision ("Val av justerare Anna Berg valdes").
 * A title that is itself the decision ("Dagordningen godkändes") is left whole.
 */
function splitRunIn(title: string): { title: string; rest: string } | null {
  const words = title.split(/\s+/u);
  if (words.length < 4 || isDecisionPhrase(words.slice(0, 3).join(" "))) return null;
  for (let i = 1; i < words.length; i++) {
    if (!/^\p{Lu}/u.test(words[i]) || /^\p{Lu}/u.test(words[i - 1]) || /[:,]$/u.test(words[i - 1])) continue;
    // (The last word alone only after a full stop: "Minutes of last meeting. Agreed.")
    if (i === words.length - 1 && !/\.$/u.test(words[i - 1])) continue;
    const rest = words.slice(i).join(" ");
    // (The sentence that starts here decides, not one further on: "Motion made by Dan, … Carried by unanimous vote.")
    if (startsDecision(sentences(rest)[0] ?? rest, { inBackground: false, perCapsulam: false }) || /^att\s/iu.test(rest)) {
      // ("Capital Reserve Request – The Council approved …": the dash belongs to neither.)
      return { title: words.slice(0, i).join(" ").replace(/\s+[–-]$/u, ""), rest };
    }
  }
  return null;
}

/**
 * A title line that goes on with the item's text, as minutes copied from web pages and
 * PDFs write it: "Appointment of vice chair. Cllr Barber submitted resignation. …",
 * "Apologies for absence – Robert Metcalfe, Richard Gaze and …", "Councillor changes:
 * Cllr Bradley - resignation, …". The title is the first sentence, or the words before
 * a dash or colon when what follows is text (six words or more, with a comma or a full
 * stop), not the rest of a title ("Budget 2026 – slutlig fördelning").
 */
export function splitRunOnTitle(title: string): { title: string; rest: string } | null {
  const parts = sentences(title);
  if (parts.length > 1 && !/^\d+[.)]?$/u.test(parts[0])) {
    const rest = parts.slice(1).join(" ");
    const head = splitRunOnTitle(parts[0]) ?? titleBeforeSubject(parts[0]);
    return head ? { title: head.title, rest: `${head.rest} ${rest}` } : { title: parts[0].replace(/[.]$/u, ""), rest };
  }
  // ("Xmas lunch. agreed 3rd December at Reed", "New committee members. duties are 4 meetings each year": a short title,
  // its full stop, and its text in lower case, as some secretaries write it.)
  const lower = /^(\p{Lu}[^.!?:;]{1,60}?\p{Ll}{4,})\.\s+(\p{Ll}[\p{L}\d'’-]*(?:\s+\S+)+)$/u.exec(title);
  if (lower && lower[1].split(/\s+/u).length <= 6 && !ABBREVIATION.test(lower[1])) return { title: lower[1], rest: lower[2] };
  // "Balance, Receipts and Expenditures- Wendy reviewed reports", "Planning– To comment on …": a dash glued to the
  // title's last word is the gap between two cells of a row (not "Barn- och ungdomsnämnden": a capital follows).
  const glued = /^(\p{Lu}.{1,80}?\p{L})[–-]\s+(\p{Lu}\S*(?:\s+\S+)+)$/u.exec(title);
  if (glued && glued[1].split(/\s+/u).length <= 8) return { title: glued[1], rest: glued[2] };
  const decided = titleBeforeDecision(title) ?? standardHeadingRunOn(title) ?? electionRunOn(title);
  if (decided) return decided;
  // ("Val av justerare; Per Lind och Eva Ek", "Sekreterare: Bibbi Tränk": a formal item's title and whom or what it
  // gave, however short; formalities.ts reads the rest as its decision.)
  const formal = /^(\p{Lu}.{1,60}?)\s*[:;]\s*(\S.*)$/u.exec(title);
  if (formal && formalOutcome(formal[1]) !== null && /[\p{L}\d]/u.test(formal[2])) return { title: formal[1], rest: formal[2] };
  // ("Tävlingsplanering; En Cup anordnas", "Startavgifter 2020; 180 kr per start": a semicolon after a few words
  // parts a title from its text, as a colon does; a title hardly holds one.)
  const semi = /^(\p{Lu}[^;]{1,60}?);\s*([\p{Lu}\d].*)$/u.exec(title);
  if (semi && semi[1].split(/\s+/u).length <= 6 && semi[2].split(/\s+/u).length >= 2) return { title: semi[1], rest: semi[2] };
  // ("Treasurer's Report:No report": the colon glued to the text that follows it.)
  const m = /^(.+?)(?:\s+[–-]\s+|:\s+|:(?=\p{Lu}\p{Ll}))(.+)$/u.exec(title);
  if (!m) return null;
  const before = m[1].split(/\s+/u).length;
  const after = m[2].split(/\s+/u).length;
  // ("Apologies: Ian Bradley (work commitments)", "PRESENT: Roy, Carol": who came or sent apologies is the item's text, however short.)
  if (ATTENDANCE_TITLE.test(m[1]) && /^\p{Lu}/u.test(m[2])) return { title: m[1], rest: m[2] };
  // ("Public Relations – No Report", "Treasurer's Report: None": the remark that nothing came is text.)
  if (NOTHING_TO_REPORT.test(m[2])) return { title: m[1], rest: m[2] };
  // ("§10 Nästa möte: Nästa möte hålls 2021-03-04.": a short title, a colon, and a whole sentence, however short.)
  // (Not a field's label and its value, "Text: Meeting with DataOne.")
  const field = /^(?:text|title|subject|topic|item|presenter|ämne|rubrik|föredragande)$/iu.test(m[1].trim());
  if (/^:/u.test(title.slice(m[1].length).trimStart()) && !field && before <= 5 && after >= 4 && /^\p{Lu}.*\s\p{Ll}.*\.$/u.test(m[2])) return { title: m[1], rest: m[2] };
  if (before > 8 || after < 6 || !/[,.;]/u.test(m[2])) return null;
  return { title: m[1], rest: m[2] };
}
/**
 * A flattened page runs the title into the first sentence of the text: "Redovisning av demokratiprojekt Elever ur
 * årskurs 3 … redovisar demokratiprojekt för nämnden." The text starts at a capital after a word in lower case (not
 * after a function word: "Ansökan från Trafikkontoret"), with a word in lower case after it, as a subject opens.
 */
function titleBeforeSubject(sentence: string): { title: string; rest: string } | null {
  const words = sentence.split(/\s+/u);
  if (words.length < 10) return null;
  for (let i = 2; i < Math.min(words.length - 6, 12); i++) {
    if (/^\p{Lu}\p{Ll}+$/u.test(words[i]) && /^\p{Ll}[\p{Ll}-]*$/u.test(words[i - 1]) && !TITLE_FUNCTION_WORD.test(words[i - 1]) && opensClause(words.slice(i + 1, i + 4))) {
      return { title: words.slice(0, i).join(" "), rest: words.slice(i).join(" ") };
    }
  }
  return null;
}
/**
 * A title run into the decision whose subject opens with a capital: "GDPR Punkten ajourneras", "Redskapslådor Frågan
 * om centralt inköp … ajourneras", "Budget Styrelsen beslutade att …". The subject is a deciding body or the matter
 * itself ("Frågan", "Punkten", "Ärendet"); the title before it decides nothing.
 */
function titleBeforeDecision(text: string): { title: string; rest: string } | null {
  const words = text.split(/\s+/u);
  for (let i = 1; i <= Math.min(8, words.length - 2); i++) {
    if (!/^\p{Lu}/u.test(words[i]) || !DECISION_SUBJECT.test(words.slice(i).join(" "))) continue;
    const title = words.slice(0, i).join(" ");
    const rest = words.slice(i).join(" ");
    if (!/^\p{Lu}/u.test(title) || /[.:;!?]$/u.test(title) || decisionTense(title) !== null || decisionTense(rest) === null) return null;
    return { title, rest };
  }
  return null;
}
// (Case ignored for the body's name; its first letter is checked to be a capital.)
const DECISION_SUBJECT = new RegExp(String.raw`^(?:${DECIDING_BODY}|frågan|punkten|ärendet|beslutet)(?=\s)`, "iu");
/**
 * A heading every meeting uses, run into what was done under it: "AOCB Agreed that the Secretary would contact …".
 * The text after it opens a sentence that decides.
 */
function standardHeadingRunOn(text: string): { title: string; rest: string } | null {
  const m = STANDARD_HEADING.exec(text);
  if (!m) return null;
  const rest = text.slice(m[0].length).replace(/^[\s,.:;–-]+/u, "");
  // (The text opens a sentence of its own: "Val av ordförande och sekreterare blev …" is one title going on.)
  if (!/^\p{Lu}/u.test(rest) || rest.split(/\s+/u).length < 3 || decisionTense(rest) === null) return null;
  return { title: m[0].trim(), rest };
}
/**
 * An election's title run into who was elected: "Val av ordförande och sekreterare blev Ulf Henricson och Lars Karlsson",
 * "Protokoll justerare blev Stig Fagerbo". The title is the words before the verb; the whole sentence is the text, as
 * the election's decision (formalities.ts).
 */
function electionRunOn(text: string): { title: string; rest: string } | null {
  const m = /^(\p{Lu}[\p{L} -]{2,60}?)\s+(?:blev|blir|valdes|väljs|utsågs|utses)\s+\p{Lu}/u.exec(text);
  if (!m || !ELECTION_WORD.test(m[1])) return null;
  return { title: m[1], rest: text };
}
const ELECTION_WORD = /(?<!\p{L})(?:val\s+av|\p{L}*justera\p{L}*|ordförande|sekreterare|revisor\p{L}*|valberedning\p{L}*|kassör|rösträknare|ledamöter|suppleanter|styrelse)(?!\p{L})/iu;

/** After the subject's first word: a word in lower case, perhaps after a name ("Badmästaren Per Lind berättar"). */
const opensClause = (next: string[]) => {
  const k = next.findIndex((w) => !/^\p{Lu}\p{Ll}+$/u.test(w));
  return k >= 0 && /^\p{Ll}/u.test(next[k]);
};
const NOTHING_TO_REPORT = /^(?:no\s+report|none(?:\s+received)?|nothing\s+to\s+report|no\s+update|inget\s+att\s+rapportera|ingen\s+rapport|inga|inget)\.?$/iu;
const ATTENDANCE_TITLE = /^(?:present|in\s+attendance|attendance|närvarande|apologies(?:\s+for\s+absence)?|apologies\s+received|absent|absences|anmält\s+förhinder|förhinder|frånvarande)$/iu;

/** A sentence that decides or gives someone a task. */
// (A motion and its vote are part of it: "There was no second and motion failed. Supervisor Lyons made a motion, …")
const decides = (sentence: string) =>
  decisionTense(sentence) !== null || findMandate(sentence) !== null || MOTION_PART.test(sentence) || VOTE_ONLY.test(sentence);

/** Words a full stop shortens, not ends a title with: "inkl.", "resp.", "bl.a." */
const ABBREVIATION = /(?<!\p{L})(?:inkl|resp|exkl|forts|angående|ang|etc|osv|enl|jfr|avd|tel|approx|incl|excl|cont|dept)$/iu;

/** A case number: "Dnr 2018/00023", "Dnr. KS 2011/186", "Dnr: 2014/354-KS". */
// (The body's letters may be glued on: "KU.2017.3", "KS/2019:123", "SBN-2015-0123".)
// (After "Dnr" any one token with a digit: "07/KS", "261/", "KU.2017.3", "2019-000123"; a body's letters may come first.)
// ("Ärendenummer: KS 2020/123", as a municipal case system heads a paragraph.)
const CASE_NUMBER = String.raw`(?:dnr|diarienr|diarienummer|ärendenummer|ärendenr)\.?\s*:?\s*(?:[A-ZÅÄÖ]{1,5}(?:\s+|[./-]))?(?:[A-ZÅÄÖ]{1,5}[./:-]?)?\d[\dA-ZÅÄÖ]*(?:[/.:-][\dA-ZÅÄÖ]*)*`;
/** A case number before the title: "Dnr KS 2022/123 Val av justerare" is titled "Val av justerare". */
const CASE_FIRST = new RegExp(String.raw`^${CASE_NUMBER}\s+(?=\p{Lu})`, "iu");
/** A heading line that holds only the case number (and perhaps a page number): "Dnr 2018/00023 5". */
const CASE_ONLY = new RegExp(String.raw`^${CASE_NUMBER}(?:\s+\d{1,4}(?:\.\d{1,3})*)?$`, "iu");

/** A decision that only adopts the proposal: "Enligt förslag.", "Beslut enligt förslag", "Kommunstyrelsen beslöt enligt förslaget." */
const AS_PROPOSED = /^(?:(?:\p{L}+\s+){0,2}(?:beslöt|beslutade|beslutar|beslut)\s+)?(?:enligt|i\s+enlighet\s+med)\s+(?:\p{L}+\s+)?förslag(?:et)?\s*\.?$/iu;

/** A title, then a decision's or proposal's label and its text, on one line (see `buildItem`). */
// ("Fritidsgårdsflytt Kultur- och fritidsnämndens beslut 1." over "Planerad flytt …": the text may be the number of the
// decision's first point. A title that ends in "beslut", "Utegym Mjölby - beslut", is a title.)
const TITLE_THEN_LABEL =
  /^(\p{Lu}[^.!?]{2,}?)\s+((?:\p{Lu}[\p{L}-]*(?:\s+och\s+\p{Ll}[\p{L}-]*)?s\s+)?beslut|Beslut|Förslag till beslut)\s+(\p{Lu}.*|\d{1,2}[.)]?)$/u;

/** A line under a bare item number that is no title: "Dnr", a day, "Sammanträdesdatum". */
const NOT_A_TITLE = /^(?:dnr\.?:?|diarienr\.?:?|\d{4}-\d{2}-\d{2}|\d{1,2}\s+\p{L}+\s+\d{4}|sammanträdesdatum|mötesdatum)$/iu;

function cleanTitle(text: string): string {
  let title = text
    .trim()
    .replace(CASE_FIRST, "")
    // "Uppdrag om översyn Kommunstyrelsens beslut" over its numbered points: the label leaves the title.
    .replace(/\s+(?:\p{Lu}\p{Ll}+s\s+beslut|Beslut|Förslag till beslut)$/u, "")
    // A contents entry's dot leader and page go: "Personal... 5" → "Personal".
    .replace(/\s*(?:\.{3,}|…)\s*\d{0,4}$/u, "")
    // So do a Markdown page's references after the title: "TSC Elections [#129](https://github.com/…)", "GLEP 82 update [1]".
    .replace(/(?:\s*(?:\[[^\]]{1,20}\]\([^)\s]*\)|\[\d{1,3}\]))+$/u, "")
    // No closing colon or full stop: "Bakgrund" and "Beslut" carry the text, not the title.
    .replace(/\s*[:.]$/u, "");
  // A title wholly in quotes ("”För-handslaget”") loses them.
  const quoted = /^”([^”]+)”$/u.exec(title);
  if (quoted) title = quoted[1].trim();
  return title;
}

/** Split one section into item drafts. */
export function extractItems(section: Section, options: ItemOptions): ItemDraft[] {
  const groups: Array<{ start: Line; number: string | null; title: string; body: Line[]; parent: number | null }> = [];
  let mainIndex: number | null = null;
  let mainNumber: string | null = null;
  let previousText = "";

  for (const line of section.lines) {
    const start = line.text === "" ? null : startOf(line);
    const current = groups[groups.length - 1];
    // "följande mål:" followed by "1. …" is a list inside the item, not a new item.
    // Not when the line before was the item's own title ("2. Val av mötesfunktionärer:" → "2a. Mötesordförande"),
    // and not for a sub-point of the current item ("2.1", "2a").
    const subOfCurrent =
      start !== null && start.number !== null && current?.number != null && start.number.startsWith(current.number) && start.number !== current.number;
    // Not under a group heading of the agenda ("• New Business:", "Beslutsärenden:"): its list holds items.
    const groupHeading = /^(?:•\s+)?(?:old|new|unfinished|other)?\s*(?:business|matters|items|ärenden|beslutsärenden|informationsärenden|punkter)\s*:$/iu.test(previousText);
    const listInsideItem =
      start !== null &&
      current !== undefined &&
      /:$/u.test(previousText) &&
      !groupHeading &&
      blockLabel(previousText) === null &&
      previousText !== current.start.text &&
      !subOfCurrent &&
      start.decided !== true; // (the entries of a list of decisions are items: paragraphs.ts)
    // "§ 47 Uppdrag …" / "Kommunstyrelsens beslut" / "1. Kommunstyrelsen ger …" / "2. Uppdraget ska redovisas …": in a
    // protocol of §-numbered items, a plain list that starts again at 1 holds the points of the item's decision.
    // (So under "Mbn 141 Föregående protokoll", "KS 142 …", whose § sign the PDF lost, and under "141 Föregående
    // protokoll": a paragraph numbered on through the year, far above a list's "1.")
    const pointOfParagraph =
      start !== null &&
      current !== undefined &&
      start.number !== null &&
      (/§|(?<!\p{L})dnr(?!\p{L})/iu.test(current.start.text) || isBodyParagraph(current.start.text) || Number(current.number) >= 20) &&
      /^\d{1,2}[.)]\s/u.test(line.text) &&
      (start.number === "1" || current.body.some((l) => /^1[.)]\s/u.test(l.text)));
    if (start && !listInsideItem && !pointOfParagraph) {
      const number: string | null = start.sub && mainNumber !== null ? `${mainNumber}${start.number}` : start.number;
      if (!start.sub) [mainNumber, mainIndex] = [start.number, groups.length];
      groups.push({ start: line, number, title: start.title, body: [], parent: start.sub ? mainIndex : null });
    } else if (current) {
      current.body.push(line);
    }
    if (line.text !== "") previousText = line.text;
  }

  // A heading with no numbered items ("Övriga frågor" at the end) is itself one item.
  if (groups.length === 0 && section.heading !== null && section.kind !== null) {
    groups.push({
      start: section.heading,
      number: null,
      title: section.heading.text.replace(/^(?:[A-H]|[IVX]{1,4})[.)]\s+/u, ""),
      body: section.lines,
      parent: null,
    });
  }

  const items = groups.map((group) => buildItem(section, group, options));
  // Sub-items under no heading take their parent's kind: "4. Rapporter" → "a) Jobbspår för alla" is a report.
  groups.forEach((group, index) => {
    if (section.kind === null && group.parent !== null) items[index].section = items[group.parent].section;
  });
  return items;
}

function buildItem(
  section: Section,
  group: { start: Line; number: string | null; title: string; body: Line[]; parent: number | null },
  options: ItemOptions,
): ItemDraft {
  const body = [...group.body];
  let title = group.title;
  // "§ 4 Val av justerare Anna Berg valdes." / "3. Dagordning Dagordningen godkändes.": the
  // decision on the same line as the number. The title ends where a sentence that decides begins.
  const split = group.start.rest ? { title, rest: group.start.rest } : splitRunIn(title);
  if (split) {
    title = split.title;
    body.unshift({ ...group.start, text: split.rest, start: null });
  }
  const titleLines = [group.start];
  // "§ 5" alone, or "§ 11 Dnr 2018/00023 5" (the case number and a page): the title is the next line
  // that is neither a case number, a day, a bare "Dnr" nor page furniture ("KS § 77" / "PROTOKOLL" / "2015-05-05").
  if (title === "" || CASE_ONLY.test(title)) {
    const furniture = (text: string) =>
      text === "" || CASE_ONLY.test(text) || NOT_A_TITLE.test(text) || (options.recurs?.(text) === true && blockLabel(text) === null);
    while (body.length > 1 && furniture(body[0].text)) body.shift();
    const next = body.shift();
    if (next) {
      title = next.text;
      titleLines.push(next);
    }
  }
  // A title that wraps: the next line goes on in lower case and is no label.
  // (Not the text of an entry that starts in lower case: "• godkänna handlingsprogrammet …" under its lead.)
  while (
    !group.start.rest &&
    body.length > 0 &&
    /^\p{Ll}/u.test(body[0].text) &&
    // (Not a lettered point under it: "4. Julbordet" / "a) Inköp av skinka …".)
    !/^[a-h][.)]\s/u.test(body[0].text) &&
    !/[.:;!?]$/u.test(title) &&
    !ATT_CLAUSE.test(body[0].text) &&
    blockLabel(body[0].text) === null
  ) {
    const next = body.shift() as Line;
    title = `${title} ${next.text}`;
    titleLines.push(next);
  }
  // "Godkännande av dagordning Kommunfullmäktiges beslut Dagordningen godkännes.": a PDF ran the title, the
  // decision's label and its text into one line. The label and its text go back into the body, a line each.
  const labelled = group.start.rest ? null : TITLE_THEN_LABEL.exec(title);
  if (labelled && decisionTense(labelled[1]) === null) {
    const at = titleLines[titleLines.length - 1];
    title = labelled[1];
    body.unshift({ ...at, text: labelled[2], start: null }, { ...at, text: labelled[3], start: null });
  }
  const runOn = labelled ? null : splitRunOnTitle(title);
  if (runOn) {
    title = runOn.title;
    body.unshift({ ...titleLines[titleLines.length - 1], text: runOn.rest, start: null });
  }
  title = cleanTitle(title);

  const perCapsulam =
    options.perCapsulam === true || section.kind === "per_capsulam" || /per[ -]capsulam/iu.test(title) || group.start.start?.reported === true;
  const blocks: Record<BlockKind, Line[]> = { lead: [], background: [], proposal: [], decision: [], meta: [] };
  let state: BlockKind = "lead";

  // A paragraph of a page of decisions in brief is the item: its decision ends with it.
  const reported = group.start.start?.reported === true;
  // A decision found by its sentence, not under a label, ends with its paragraph, and before a line that neither
  // decides, gives a task, nor goes on with it: what follows is the item's story ("It was agreed that Andrew should
  // open an account …" / "Andrew feels that budgeting needs …"). Under "Beslut" the decision runs to the next label.
  let bySentence = false;
  let decided = false;
  // The meta label that opened the current meta block: after a motion or a vote, the meeting's decision ends it.
  let metaLabel = "";
  const taskLines: Line[] = [];
  let lastText: Line | null = null;
  const lastDecision = () => [...blocks.decision].reverse().find((l) => l.text !== "")?.text ?? "";
  // The first sentence from a line on, which may wrap onto the lines under it up to the paragraph's end: read only
  // where a rule below needs it, and only as far as the sentence goes.
  const firstSentenceAt = (at: number) => {
    const parts: string[] = [];
    for (let k = at; k < body.length && body[k].text !== "" && parts.length < 8; k++) {
      parts.push(body[k].text);
      if (/[.!?]/u.test(body[k].text)) break;
    }
    return sentences(parts.join(" "))[0] ?? "";
  };
  // A label's text that runs on into a sentence that decides: the label's part and the rest, else null.
  const metaRunsOn = (rest: string): { meta: string; text: string } | null => {
    const parts = sentences(rest);
    const at = parts.findIndex((part, k) => k > 0 && startsDecision(part, { inBackground: false, perCapsulam }));
    return at > 0 ? { meta: parts.slice(0, at).join(" "), text: parts.slice(at).join(" ") } : null;
  };
  body.forEach((line, at) => {
    // (A decision whose sentence is not done goes on: "Förbundsstyrelsen beslutar" over "• godkänna förslaget …".)
    if (state === "decision" && bySentence && /[.!?)”"]$/u.test(lastDecision())) {
      // (Not the next point of a list whose own point the decision was: "* **Decision:** The council approves …" /
      // "* Carol will draft the announcement".)
      const ownPoint = POINT.test(blocks.decision.find((l) => l.text !== "")?.raw ?? "") && POINT.test(line.raw);
      const goesOn = line.text !== "" && !ownPoint && (/^(?:•|[-–]\s|\d{1,2}[.)]\s|[Aa]tt\s|\p{Ll})/u.test(line.text) || decides(firstSentenceAt(at)));
      if (!goesOn) {
        state = "lead";
        bySentence = false;
      }
    }
    // After the decision, a paragraph that gives someone a task is read for its task, though it is no part of the
    // decision's text ("Till kassör valdes …" / "Ordföranden tog på sig uppgiften att driva …"). A line that opens
    // a paragraph is read; one that goes on with a task's line follows it.
    if (decided && state === "lead" && line.text !== "") {
      const wraps = /^\p{Ll}/u.test(line.text) && taskLines[taskLines.length - 1] === lastText;
      const opens = at === 0 || body[at - 1].text === "" || /[.!?:]$/u.test(body[at - 1].text);
      if (wraps || (opens && findMandate(firstSentenceAt(at)) !== null)) taskLines.push(line);
    }
    if (line.text !== "") lastText = line;
    if (line.text === "") {
      blocks[state].push(line);
      if (reported && state === "decision") state = "lead";
      return;
    }
    // A subheading inside the item ("Matters Arising" between blank lines) ends its decision:
    // what follows is the item's further text, not more of what was decided.
    if (state === "decision" && isSubheading(body, at)) {
      state = "lead";
      blocks.lead.push(line);
      return;
    }
    // ("Consensus: …" / "• Action: Dave to reach out …": an action as a point of its own ends the decision above.)
    const pointLabel = state === "decision" && /^•\s/u.test(line.text) ? blockLabel(line.text.replace(/^•\s+/u, "")) : null;
    const label = blockLabel(line.text) ?? (pointLabel?.kind === "meta" ? pointLabel : null);
    if (label?.runIn) {
      // A label run into a page's text: its first sentence is what it labels, the rest is the item's story
      // ("Beslut Arbetsutskottet lämnar yttrande … . Av en tjänsteskrivelse framgår att …").
      const [first, ...rest] = sentences(label.rest);
      blocks[label.kind].push({ ...line, text: first });
      state = "lead";
      if (rest.length > 0) blocks.lead.push({ ...line, text: rest.join(" ") });
      return;
    }
    const metaThenText = label?.kind === "meta" ? metaRunsOn(label.rest) : null;
    // "Föredragande: Ulrika Stuart Hamilton Styrelsen fastställde förslaget …": a flattened page runs the item's text
    // on after the presenter's name; a sentence that decides is the item's text, not more of the label.
    if (label?.kind === "meta" && /^föredragande/iu.test(line.text) && decisionTense(label.rest) !== null) {
      state = "lead";
      // (The name is the capitalised words before the sentence that decides.)
      const words = label.rest.split(/\s+/u);
      const k = [4, 3, 2, 1].find((n) => /^\p{Lu}/u.test(words[n] ?? "") && words.slice(0, n).every((w) => /^\p{Lu}/u.test(w)) && startsDecision(words.slice(n).join(" "), { inBackground: false, perCapsulam }));
      line = { ...line, text: k === undefined ? label.rest : words.slice(k).join(" ") };
    } else if (metaThenText) {
      // "Bilagor: RR_minnes_ Minnesanteckningar … gicks igenom. Anteckningarna godkändes …": a flattened page runs
      // the item's text on after a label of attachments or presenters; from the sentence that decides it is the text.
      blocks.meta.push({ ...line, text: metaThenText.meta });
      state = "lead";
      line = { ...line, text: metaThenText.text };
    } else if (label) {
      // "Arbetsutskottet föreslår kommunstyrelsen att godkänna …" over the board's own "Beslut": the committee's
      // decision is this body's proposal.
      const found = blocks.decision.filter((l) => l.text !== "");
      if (label.kind === "decision" && found.length > 0 && found.every((l) => PROPOSES_TO_BODY_RE.test(l.text))) {
        blocks.proposal.push(...blocks.decision.splice(0));
      }
      state = label.kind;
      if (label.kind === "meta") metaLabel = line.text;
      if (label.rest !== "") blocks[state].push({ ...line, text: label.rest });
      // "Föredragande: Maria Lund", "Ansvarig: Johan Ny": a label whose line holds all it names; the next line is the item's text.
      if (label.kind === "meta" && label.rest !== "" && ONE_LINE_META.test(line.text)) state = "lead";
      return;
    }
    // A body's decision after a list of documents or motions ("Beslutsunderlag" / "Tjänsteskrivelse" /
    // "Kommunstyrelsens förslag till kommunfullmäktige Kommunfullmäktige beslutar att …") ends that list.
    // (Not the chair's finding under "Propositionsordning": "… finner att kommunstyrelsen beslutar enligt förslaget", nor a
    // member's motion, "Per Lind yrkar att …"; but "Mötet beslutar att bifalla yrkandet" decides on it.)
    // ("Yrkande: Dan yrkade på att …" / "Omröstning: 4 för, 1 emot." / "Mötet beslutade att bifalla yrkandet.": after a
    // motion or a vote, the meeting's decision in the past ends the block too.)
    const tense = state === "meta" ? decisionTense(line.text) : null;
    const afterMotion = tense === "past" && MOTION_LABEL.test(metaLabel) && startsDecision(line.text, { inBackground: false, perCapsulam });
    if (state === "meta" && (tense === "present" || afterMotion) && !/(?<!\p{L})(?:yrka(?!nde)|proposition|finner\s+att|reserver)/iu.test(line.text)) state = "lead";
    if (state === "lead" || state === "background") {
      const parts = sentences(line.text);
      const at = parts.findIndex((part) =>
        startsDecision(part, { inBackground: state === "background", perCapsulam }),
      );
      if (at >= 0) {
        // A vote ("Motion passes …", "Passed by unanimous consent") takes the motion before it along.
        let from = at;
        if (VOTE_ONLY.test(parts[at])) {
          while (from > 0 && MOTION_PART.test(parts[from - 1])) from -= 1;
          if (from === 0) {
            const previous = [...blocks[state]].reverse().find((l) => l.text !== "");
            if (previous && MOTION_PART.test(previous.text)) {
              blocks[state].splice(blocks[state].lastIndexOf(previous), 1);
              blocks.decision.push(previous);
            }
          }
        }
        const at2 = from;
        if (at2 > 0) blocks[state].push({ ...line, text: parts.slice(0, at2).join(" ") });
        // (The line's further sentences stay with the decision while they decide, give a task or follow a colon.)
        let end = at + 1;
        while (end < parts.length && (decides(parts[end]) || /:$/u.test(parts[end - 1]))) end += 1;
        state = "decision";
        bySentence = true;
        decided = true;
        blocks.decision.push({ ...line, text: parts.slice(at2, end).join(" ").replace(/^•\s*/u, "") });
        if (end < parts.length) {
          state = "lead";
          bySentence = false;
          blocks.lead.push({ ...line, text: parts.slice(end).join(" ") });
        }
        return;
      }
    }
    blocks[state].push(line);
  });

  let proposal = joinLines(blocks.proposal);
  // ("## Decisions" / "* N/A", "Beslut: Inga.": a label that says nothing was decided holds no decision.)
  if (blocks.decision.every((line) => line.text === "" || NO_DECISION.test(line.text))) blocks.decision = [];
  let decisionLines = blocks.decision.filter((line) => line.text !== "");
  let decision = joinLines(blocks.decision);
  // The seed's way: the title itself is the decision ("ASK:s styrgrupp ger … i uppdrag att …").
  // ("Bengt-Åke får i uppdrag att kolla …" as a lettered point's first sentence: a task given is decided too.)
  // (Not an agenda entry the minutes never wrote up: "8. Approval of Budget 2005" listed is no approval.)
  const titleIsDecision = !titleLines[0]?.unwritten && (isDecisionPhrase(title) || startsDecision(title, { inBackground: false, perCapsulam: false }));
  if (decision === null && titleIsDecision) {
    decision = title;
    decisionLines = [{ ...titleLines[0], text: title }];
    // "Regionstyrelsen beslutar att" over "Föreslå regionfullmäktige …": the decision goes on under the title.
    const next = body.find((line) => line.text !== "");
    if (/(?:\batt|:)$/u.test(title) && next) {
      decision = `${title} ${next.text}`;
      decisionLines = [...decisionLines, next];
    }
  }
  // "17 Föregående protokoll" / "att lägga informationen till handlingarna": att-clauses straight under the title,
  // with nothing before them, are the decision whose lead ("Ungdomsrådet beslutar") a PDF set in its margin and lost.
  if (decision === null && !titleIsDecision && blocks.proposal.length === 0 && blocks.background.length === 0) {
    const lead = blocks.lead.filter((line) => line.text !== "");
    let n = 0;
    while (n < lead.length && ATT_CLAUSE.test(lead[n].text)) n += 1;
    if (n > 0) {
      decisionLines = lead.slice(0, n);
      decision = joinLines(decisionLines);
      blocks.lead = blocks.lead.filter((line) => !decisionLines.includes(line));
    }
  }
  // An entry of a list of decisions ("… beslöt även:" / "• Att godkänna årsredovisningen …") is its own decision.
  // (The entry's own line only, taken out of the item's text so that it is not shown twice.)
  let backgroundLines = [...blocks.lead, ...blocks.background];
  if (group.start.start?.decided === true) {
    const entry = split ? body[0] : { ...titleLines[0], text: title };
    decision = entry.text;
    decisionLines = [entry];
    backgroundLines = backgroundLines.filter((line) => line !== entry);
  }
  const background = joinLines(backgroundLines);
  // In a notice or agenda nothing is decided yet: what reads as a decision is a proposal.
  if (options.agendaOnly) {
    proposal = proposal ?? decision;
    decision = null;
    decisionLines = [];
  }

  // "Förslag: Föredragningslistan godkänns." / "Beslut: Enligt förslag.": the decision adopts the proposal, so the
  // record says what was decided, as a secretary writes it: "Föredragningslistan godkänns. Enligt förslag."
  if (decision !== null && proposal !== null && AS_PROPOSED.test(decision)) {
    decision = `${proposal.replace(/\s+$/u, "")} ${decision}`;
    decisionLines = [...blocks.proposal.filter((line) => line.text !== ""), ...decisionLines];
  }
  const kind = section.kind ?? classifyItem(title, decision);
  return {
    section: kind,
    number: group.number,
    title,
    background,
    proposal,
    decision,
    outcome: decisionOutcome(decision),
    decisionGuessed: false,
    source: sourceOf(group.start),
    lines: [...titleLines, ...group.body.filter((line) => !titleLines.includes(line))],
    decisionLines,
    taskLines: decision === null ? [] : taskLines.filter((line) => !decisionLines.includes(line)),
    backgroundLines: blocks.background,
    bodyLines: body,
  };
}
