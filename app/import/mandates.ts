// Mandates (uppdrag) in a decision text. The ways minutes give one:
//   "ASK:s styrgrupp ger Projektenhet Kronoberg i uppdrag att …"
//   "Nämnden uppdrar åt förvaltningen att …"
//   "Kommundirektören får i uppdrag att …", "Förvaltningen ges i uppdrag att …"
//   "Projektenheten ska återkomma med …", "Projektledaren återkommer till …"
//   "… beslutar att ge i uppdrag att …", "Uppdrag ges att …" (nobody named: assignee null)
// and when it is due: "senast den 6 mars" (a date), "till mötet den 13 november
// 2025" (a named meeting), "till nästa möte" (the next meeting, whatever its date).
// Only decision text is searched (parse.ts passes item.decision), so a report
// that quotes an old mandate creates nothing.
import { ENGLISH_BODY, ENGLISH_VERBS, WHEN_WORDS, WHO_WORDS } from "./lexicon";
import { classifyDate, findDates, findMonthDeadlines } from "./dates";
import type { PartialDay } from "./types";

export type Due = {
  kind: "date" | "meeting" | "next_meeting";
  /** The day as written (maybe without a year); null for "till nästa möte". */
  day: PartialDay | null;
  text: string;
  /** Offsets in the searched text. */
  start: number;
  end: number;
  /** A month, not a day ("senast juni 2022"): its last day stands for it. */
  month?: true;
};

export type MandateMatch = {
  assignee: string | null;
  task: string;
  due: Due | null;
};

/** "till nästa möte", "till styrgruppens nästa sammanträde", "vid nästa möte". */
// ("for the next meeting", "at the next Board meeting": in English too.)
const NEXT_MEETING = /\b(?:till|vid|på|inför)\s+(?:\p{L}+s\s+)?nästa\s+(?:möte|sammanträde|styrgruppsmöte)\b|\b(?:for|at|by|before|to)\s+the\s+next\s+(?:\p{L}+\s+)?meeting\b/iu;

const UNTIL = /(?<!\p{L})till\s+(?:och\s+med\s+)?(?:den\s+)?$/iu;

/** Every due phrase in a text, in order. */
export function findDues(text: string): Due[] {
  const dues: Due[] = [];
  for (const match of findDates(text)) {
    let { kind, text: phrase } = classifyDate(text, match);
    // "färdigställa rapporten till den 15 april": in a task, "till" a day is when it is due.
    const until = kind === "reference" ? UNTIL.exec(text.slice(0, match.start)) : null;
    if (until) [kind, phrase] = ["deadline", text.slice(until.index, match.end).trim()];
    if (kind !== "deadline" && kind !== "meeting") continue;
    const start = match.end - phrase.length;
    dues.push({ kind: kind === "deadline" ? "date" : "meeting", day: match.from, text: phrase, start, end: match.end });
  }
  const next = NEXT_MEETING.exec(text);
  if (next) dues.push({ kind: "next_meeting", day: null, text: next[0], start: next.index, end: next.index + next[0].length });
  // "återkomma senast juni 2022", "återrapportera i december 2021": a month's last day, where no day is named in it.
  for (const month of findMonthDeadlines(text)) {
    if (dues.some((due) => due.start < month.end && month.start < due.end)) continue;
    dues.push({ kind: "date", day: month.day, text: month.text, start: month.start, end: month.end, month: true });
  }
  return dues.sort((a, b) => a.start - b.start);
}

/** Verbs of reporting back: a due phrase after one of them is when a mandate comes back. */
// (JavaScript's \b knows only ASCII letters, so words that begin with å/ä/ö use lookarounds.)
const REPORT_BACK = /(?<!\p{L})(?:återkomm\p{L}*|återrapport\p{L}*|redovis\p{L}*|rapporter\p{L}*|presenter\p{L}*)/iu;

/**
 * The due phrase an item's background gives for its mandates: the first meeting
 * or date phrase after a reporting-back verb ("… avser att återkomma med ett
 * förslag till mötet den 13 november 2025"). An application deadline in the same
 * sentence ("ska vara inne senast den 6 mars") comes before the verb and is skipped.
 */
export function findReportBackDue(text: string): Due | null {
  const verb = REPORT_BACK.exec(text);
  if (!verb) return null;
  return findDues(text).find((due) => due.start >= verb.index) ?? null;
}

/** Words that end a subject going backwards: the subject of "får i uppdrag" follows them. */
// ("Hälso- och sjukvårdsdirektören": an "och" after a hyphen joins the words of one compound.)
const SUBJECT_BOUNDARY = /(?:^|[,;:]\s*|\batt\s+|(?<!-\s?)\boch\s+|\bsamt\s+|\bbeslutar\s+|\bbeslutade\s+)/giu;
const PRONOUNS = /^(?:vi|de|han|hon|den|det|man|denne|dessa)$/iu;

/** The subject just before `index`: "Styrgruppen beslutar att kommundirektören får …" → "kommundirektören". */
function subjectBefore(text: string, index: number): string | null {
  const before = text.slice(0, index);
  const bounds = [...before.matchAll(SUBJECT_BOUNDARY)].map((m) => ({ at: m.index ?? 0, end: (m.index ?? 0) + m[0].length, word: m[0].trim() }));
  const last = bounds[bounds.length - 1];
  let from = last?.end ?? 0;
  // "Ordföranden och sekreteraren får mandat att …", "Anna och Per får i uppdrag att …": two who share the task, when
  // what stands before "och" is only a name or a role, not a clause of its own ("… godkänner budgeten och kansliet …").
  if (last && /^(?:och|samt)$/iu.test(last.word)) {
    const start = bounds.length > 1 ? bounds[bounds.length - 2].end : 0;
    const first = before.slice(start, last.at).trim().split(/\s+/u);
    if (first.length <= 3 && /^\p{Lu}/u.test(first[0] ?? "") && first.every((w) => /^(?:\p{Lu}[\p{L}-]*|\p{Ll}+(?:en|et|na))$/u.test(w))) from = start;
  }
  return cleanAssignee(before.slice(from));
}

/** Trim an assignee: no dates, no "även", no trailing punctuation; null when nothing is left. */
function cleanAssignee(raw: string): string | null {
  let text = raw;
  for (const date of findDates(text).reverse()) text = text.slice(0, date.start) + text.slice(date.end);
  text = text
    .replace(/(?<!\p{L})(?:även|också|därför|härmed)(?!\p{L})/giu, " ")
    // A conjunction that opens the sentence is no part of who acts: "Men verksamhetschefen fick i uppdrag att …".
    .replace(/^\s*(?:men|och|samt|sedan|but|and|so|then)\s+/iu, "")
    .replace(/\s+/gu, " ")
    .replace(/^[\s,;:]+|[\s,;:.]+$/gu, "");
  if (text === "" || PRONOUNS.test(text)) return null;
  return text;
}

/** A matter, not someone: it "återkommer" on the agenda by itself. */
const COMES_BACK_ITSELF = /^(?:ärendet|ärendena|frågan|frågorna|motionen|punkten|förslaget|beslutet|skrivelsen|medborgarförslaget|remissen|det|detta)$/iu;

/** Verbs of coming back that a task may end with ("utreda frågan och återkomma") or be ("att återkomma"). */
const COME_BACK = "återkomma|återrapportera|redovisa|rapportera";
const DANGLING_COME_BACK = new RegExp(`\\s*(?:,|\\boch\\b|\\bsamt\\b)?\\s*(?:${COME_BACK})?\\s*$`, "iu");
const ONLY_COME_BACK = new RegExp(`^(?:${COME_BACK})(?!\\p{L})`, "iu");

/** Take the due phrase out of a task; remove "och återkomma" left dangling and the full stop. */
function cleanTask(raw: string): { task: string; due: Due | null } {
  let text = raw.trim();
  const due = findDues(text)[0] ?? null;
  // The due phrase is taken out wherever it stands: "återkomma till nästa möte med en analys".
  if (due) text = `${text.slice(0, due.start)} ${text.slice(due.end)}`.replace(/\s+/gu, " ");
  text = text
    .replace(/[\s,;:.]+$/u, "")
    .replace(DANGLING_COME_BACK, "")
    .replace(/[\s,;:.]+$/u, "")
    .trim();
  // "ger kansliet i uppdrag att återkomma": coming back is the whole task, not a dangling tail.
  if (text === "") text = ONLY_COME_BACK.exec(raw.trim())?.[0] ?? "";
  return { task: text, due };
}

/** "be/ber X att …" (built on first use: the name and role patterns are defined further down). */
let promised: RegExp | undefined;
let asked: RegExp | undefined;

/** "MSC: Owen/Helsley to adopt …", "M/S: Smith/Jones to …", "Motion: …", "Moved by …": a motion's movers, not doers. */
export const MOVED_BY = /^(?:MSC|M\/S\/C|M\/S|motion|moved)\b/iu;

/** Patterns, tried in order on one sentence or "att" clause. Each says where the assignee and task are. */
type Finder = (text: string) => MandateMatch | null;

const FINDERS: Finder[] = [
  // "… ger X i uppdrag att T", "… ge i uppdrag att T" (nobody named), "X får/ges i uppdrag att T".
  (text) => {
    // ("Hamngruppen fick i uppgift att ta fram …": a task, in other words.)
    // ("Ordföranden får mandat att teckna avtalet", "Kansliet fick uppdraget att …": an authority, or the mandate by its
    // definite noun, is given the same way.)
    // ("Lisa fick uppgiften att …", "Lisa har i uppdrag att …", "Lisa tilldelades uppdraget att …".)
    const m = /\b(?:i\s+(?:uppdrag(?:et)?|uppgift)|mandat(?:et)?|uppdraget|uppgiften)\s+att\s+/iu.exec(text);
    if (!m) return null;
    const before = text.slice(0, m.index);
    const give = [...before.matchAll(/\b(?:ger|ge|gav)\b/giu)].pop();
    // ("Kommunledningskontoret fick också i uppdrag att …": an adverb may stand between.)
    const passive = /\b(?:(?:har|hade)\s+fått|får|fick|ges|gavs|har|hade|tilldelas|tilldelades)(?:\s+(?:också|även|därför|nu|härmed|samtidigt))?\s*$/iu.exec(before);
    let assignee: string | null;
    if (passive) assignee = subjectBefore(text, passive.index);
    else if (give) assignee = cleanAssignee(before.slice((give.index ?? 0) + give[0].length));
    else return null;
    const { task, due } = cleanTask(text.slice(m.index + m[0].length));
    return { assignee, task, due };
  },
  // "… uppdrar åt X att T", "uppdra till X att T".
  (text) => {
    // "Styrelsen uppdrar Foxears att …": "åt"/"till" may be left out before a name or a unit.
    // ("Uppdrogs åt Ulf att kontakta …": the past passive opens a protocol's sentence.)
    // ("Kommunfullmäktige uppdrog dessutom till samtliga nämnder att …": an adverb may stand between.)
    const m = /\b(?:(?:uppdra[rgs]?|uppdrages|uppdrogs?)\s+(?:(?:dessutom|även|också|därtill)\s+)?(?:åt|till)\s+|uppdrar?\s+(?!att\b|åt\b|till\b|dessutom\b|även\b|också\b))(.+?)\s+att\s+(.+)$/iu.exec(text);
    if (!m) return null;
    const { task, due } = cleanTask(m[2]);
    return { assignee: cleanAssignee(m[1]), task, due };
  },
  // "Mötet lämnade i uppdrag till styrelsen att T", "ger i uppdrag åt kansliet att T": the one tasked after "till"/"åt".
  (text) => {
    const m = /(?<!\p{L})(?:lämnar|lämnade|ger|gav)\s+(?:\p{L}+\s+)?(?:i\s+)?uppdrag(?:et)?\s+(?:till|åt)\s+(.+?)\s+att\s+(.+)$/iu.exec(text);
    if (!m) return null;
    const { task, due } = cleanTask(m[2]);
    return { assignee: cleanAssignee(m[1]), task, due };
  },
  // "Uppmana ekonomidirektionen att T", "Ålägga ordföranden att T", "Ge kansliet fullmakt att T", "Styrelsen ger
  // ordföranden mandat att T": a decision's clause that charges someone, as a list of decisions writes it.
  (text) => {
    const m =
      /(?<!\p{L})(?:uppmana[rs]?|uppmanade|ålägga|ålägger|ålade|ålägges)\s+(.+?)\s+att\s+(.+)$/iu.exec(text) ??
      /(?<!\p{L})(?:ge|ger|gav|ges)\s+(.{2,60}?)\s+(?:(?:\p{L}+\s+){0,6}?)(?:fullmakt|mandat)\s+att\s+(.+)$/iu.exec(text);
    if (!m) return null;
    // (The one charged comes first after the verb: "Ge ekonomidirektionen i ärendets första behandling fullmakt …".)
    const who = m[1].split(/\s+(?:i|på|under|vid|för)\s+/u)[0];
    const { task, due } = cleanTask(m[2]);
    return { assignee: cleanAssignee(who), task, due };
  },
  // "Uppdrag ges att T", "Ett uppdrag lämnas till X att T".
  (text) => {
    const m = /\buppdrag(?:et)?\s+(?:ges|lämnas)\s+(?:till\s+(.+?)\s+)?att\s+(.+)$/iu.exec(text);
    if (!m) return null;
    const { task, due } = cleanTask(m[2]);
    return { assignee: m[1] ? cleanAssignee(m[1]) : null, task, due };
  },
  // "… delegera till ledningen att T", "ge redaktionellt uppdrag till sekreteraren att T".
  (text) => {
    const m = /(?<!\p{L})(?:delegera[rs]?|delegerade|ge[rs]?|gav)\s+(?:\p{L}+\s+)?(?:uppdrag(?:et)?\s+|uppdraget\s+)?(?:till|åt)\s+(.+?)\s+att\s+(.+)$/iu.exec(text);
    if (!m || !/deleger|uppdrag/iu.test(m[0].slice(0, m[0].indexOf(m[1])))) return null;
    const { task, due } = cleanTask(m[2]);
    return { assignee: cleanAssignee(m[1]), task, due };
  },
  // (Case matters in these patterns: the name after "till" goes on only with capitalised words, "till Region Kronoberg",
  // and a flag to ignore case would let "\p{Lu}" take any word, "till ordföranden att besluta". Their verbs stand
  // inside a sentence, in lower case.)
  // The passive with the task first: "(att) omprövningsbeslut av enklare slag delegeras till
  // verksamhetsledaren", "Beslutanderätten delegerades till förvaltningschefen".
  (text) => {
    const m = /(?<!\p{L})(?:delegeras|delegerades|överlåts|överläts)\s+till\s+(\p{L}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2})/u.exec(text);
    if (!m) return null;
    const before = text.slice(0, m.index).replace(/^.*?\batt\s+/iu, "").replace(/^(?:beslöts|beslutades|beslut)\s*:?\s*/iu, "");
    const { task, due } = cleanTask(before);
    if (task.split(/\s+/u).length < 2) return null;
    return { assignee: m[1], task, due };
  },
  // A referral: "Regionfullmäktige remitterar motionerna till regionstyrelsen för fortsatt beredning",
  // "Ärendet remitteras till socialnämnden för yttrande": the body referred to prepares it.
  (text) => {
    // ("Förslagen skickades till samhällsbyggnadsnämnden för beredning": sent to be prepared.)
    const m =
      /(?<!\p{L})(?:remitterar|remitterade|remitteras|remitterades)\s+(?:\p{L}+\s+){0,3}?till\s+(\p{L}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)(?:\s+för\s+(.+)|[.;]?)$/u.exec(text.trim()) ??
      /(?<!\p{L})(?:skickas|skickades|sänds|sändes)\s+(?:\p{L}+\s+){0,2}?till\s+(\p{L}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)\s+för\s+((?:beredning|yttrande|handläggning|vidare\s+handläggning)\b.*)$/u.exec(text);
    if (!m) return null;
    const { task, due } = cleanTask(m[2] ?? "beredning");
    return { assignee: cleanAssignee(m[1]), task: task === "" ? "beredning" : task, due };
  },
  // "… överlämnar det till kommunstyrelsen för ställningstagande och beslut", "hänskjuts till nämnden för avgörande".
  (text) => {
    const m = /(?<!\p{L})(?:överlämnar|överlämnade|överlämnas|överlämnades|hänskjuter|hänskjuts|hänsköts)\s+(?:(?:det|den|dem|ärendet|ärendena|motionen|motionerna|medborgarförslaget|medborgarförslagen|frågan|frågorna|förslaget|skrivelsen|remissen)\s+)?till\s+(\p{L}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)\s+för\s+(.+)$/u.exec(text);
    if (!m) return null;
    const { task, due } = cleanTask(m[2]);
    // ("… för kännedom" sends it to be read, no task.)
    return task === "" || /^(?:kännedom|information|kännedom\s+och\s+\p{L}+)$/iu.test(task) ? null : { assignee: cleanAssignee(m[1]), task, due };
  },
  // "Regiondirektören uppdras att återrapportera …", "Uppdrag till Lucas att lägga upp …", "Uppdrages till Marianne S att boka …".
  (text) => {
    const m =
      /^(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)\s+uppdras\s+att\s+(.+)$/u.exec(text) ?? /(?<!\p{L})uppdrag(?:es|as)?\s+till\s+(.+?)\s+att\s+(.+)$/iu.exec(text);
    if (!m) return null;
    const { task, due } = cleanTask(m[2]);
    return { assignee: cleanAssignee(m[1]), task, due };
  },
  // "Johan lovade att hjälpa till att dyka", "Anna åtog sig att …", "Ordföranden tog på sig uppgiften att …", "Hanna har
  // tagit på sig att …": someone undertook it.
  (text) => {
    promised ??= new RegExp(
      String.raw`^(${NAME_SV}|${ROLE_SV})\s+(?:lovade|lovar|åtog\s+sig|åtar\s+sig|tog\s+på\s+sig(?:\s+uppgiften)?|tar\s+på\s+sig(?:\s+uppgiften)?|erbjöd\s+sig|erbjuder\s+sig|(?:har|hade)\s+(?:lovat|åtagit\s+sig|erbjudit\s+sig|tagit\s+på\s+sig(?:\s+uppgiften)?))\s+(?:att\s+)?(\p{Ll}+(?!\p{L}).*)$`,
      "u",
    );
    const m = promised.exec(text.replace(/^•\s*/u, ""));
    if (!m || NOT_ASSIGNEE.test(m[1])) return null;
    const { task, due } = cleanTask(m[2]);
    return task === "" ? null : { assignee: m[1], task, due };
  },
  // "Styrelsen bemyndigar ordföranden att underteckna avtalet", "Ordföranden bemyndigas att …": an authority to act.
  (text) => {
    const active = /(?<!\p{L})(?:bemyndigar|bemyndigade|bemyndiga)\s+(?!att\b)(.+?)\s+att\s+(.+)$/iu.exec(text);
    if (active) {
      const { task, due } = cleanTask(active[2]);
      return { assignee: cleanAssignee(active[1]), task, due };
    }
    const passive = /(?<!\p{L})(?:bemyndigas|bemyndigades)\s+att\s+(.+)$/iu.exec(text);
    if (!passive) return null;
    const { task, due } = cleanTask(passive[1]);
    return { assignee: subjectBefore(text, passive.index), task, due };
  },
  // "Det ålades sekreteraren att T", "Nämnden ålägger förvaltningen att T": a duty laid on someone.
  (text) => {
    const m = /(?<!\p{L})(?:ålägger|ålade|åläggs|ålades)\s+(?:åt\s+)?(.+?)\s+att\s+(.+)$/iu.exec(text);
    if (!m) return null;
    const { task, due } = cleanTask(m[2]);
    return { assignee: cleanAssignee(m[1]), task, due };
  },
  // "att be Pecca Wickman fotografera …", "Styrelsen ber kansliet att …": someone asked to do something.
  (text) => {
    asked ??= new RegExp(String.raw`(?<!\p{L})(?:be|ber|bad)\s+(${NAME_SV}|${ROLE_SV})\s+(?:att\s+)?(\p{Ll}+(?!\p{L}).*)$`, "u");
    const m = asked.exec(text);
    if (!m || /^(?:om|för|till)$/u.test(m[2].split(/\s+/u)[0])) return null;
    const { task, due } = cleanTask(m[2]);
    return { assignee: m[1], task, due };
  },
  // "X ska återkomma med T", "X återkommer till T": the task keeps its verb.
  (text) => {
    const m = /\b(?:ska|skall)\s+återkomma\s+|(?<!\p{L})återkommer\s+(?=(?:med|till|i|om)\b)/iu.exec(text);
    if (!m) return null;
    const { task, due } = cleanTask(text.slice(m.index + m[0].length));
    if (task === "" && due === null) return null;
    const assignee = subjectBefore(text, m.index);
    // ("Ärendet återkommer till direktionen": the matter comes back, no one is tasked.)
    if (assignee !== null && COMES_BACK_ITSELF.test(assignee)) return null;
    return { assignee, task: `återkomma ${task}`.trim(), due };
  },
];

/** A person as English minutes name one: "K. Kaiser", "Thomas Wouters", "Mr. Radcliffe", "Tim". */
// ("@alice": a handle, as minutes kept on GitHub name people.)
// ("Linda J will chair …": a surname's initial after the name.)
const PERSON = String.raw`(?:@[\p{L}\d][\p{L}\d_.\-]*[\p{L}\d]|(?:(?:Mr|Ms|Mrs|Dr|Cllr|Councillor|PCSO)\.?\s+)?(?:\p{Lu}\.\s*)?\p{Lu}[\p{L}'’\-]+(?:\s+(?:v\.|von|van|de)?\s*\p{Lu}[\p{L}'’\-]+){0,2}(?:\s+\p{Lu}\.?(?=\s))?)`;
/** Officers a resolution may task: "RESOLVED, that the treasurer contact …". */
const ROLE = String.raw`(?:the\s+)?(?:treasurer|secretary|(?:parish\s+|town\s+)?clerk|(?:town|city|county|general)\s+manager|chief\s+\p{L}+\s+officer|chair(?:man|person)?|president|vice[- ]president|executive director|director|administrator|general counsel|staff|board secretary|\p{L}+ committee|\p{L}+ chair|(?:joint\s+|technical\s+)?secretariat|(?:managing|certifying|audit)\s+authority|(?:programme|program|project)\s+(?:manager|office|team|secretariat)|coordinator|(?:\p{L}+\s+)?(?:working\s+group|task\s+force|office|unit|department))`;
const WHO = `(${ROLE}|${PERSON})`;
/** An officer of a council or board, in any case: "Clerk", "the clerk", "The Parish Clerk", "Chair". */
const OFFICER = String.raw`(?:[Tt]he\s+)?(?:[Pp]arish\s+|[Tt]own\s+)?(?:[Cc]lerk|[Cc]hair(?:man|person)?|[Vv]ice[- ][Cc]hair(?:man)?|[Tt]reasurer|[Ss]ecretary|[Pp]resident)`;
/** An officer named by what they keep: "Membership Secretary", "Welfare Officer", "Events Coordinator", "Fixtures Secretary". */
const KEEPER = String.raw`(?:[Tt]he\s+)?(?:\p{Lu}\p{Ll}+\s+){1,2}(?:Secretary|Officer|Coordinator|Co-ordinator|Manager|Treasurer|Clerk|Convenor|Convener|Representative|Rep|Lead)`;
/** A member named with a title: "Cllr Anderson", "Councillor Thacker-Vuts", "PCSO Knight", "Mr Berry". */
// ("Cllrs Simpson and Green will prepare …": two members under one title.)
const TITLED = String.raw`(?:Cllrs?|Councillors?|PCSO|Mr|Mrs|Ms|Dr)\.?\s+\p{Lu}[\p{L}'’\-]+(?:\s+(?:and\s+|&\s+)?\p{Lu}[\p{L}'’\-]+)?`;

/** Whoever a task may name: an officer by what they keep, an officer, a titled member, a person. */
const DOER = String.raw`${KEEPER}|${OFFICER}|${TITLED}|${PERSON}`;
/** A task in the passive, one clause: "Quotes to be obtained", "A letter of thanks to be sent to the school". */
const PASSIVE_TASK = String.raw`\p{Lu}[^,;]{6,80}?\bto\s+be\s+\p{Ll}+(?:ed|en|t)\b[^,;]*?`;

/** A group of the meeting's people: "members of the Management Committee", "all WP leaders", "the Building Committee". */
const GROUP = String.raw`(?:(?:[Tt]he|[Aa]ll|[Aa]ll\s+the)\s+)?(?:members\s+of\s+(?:the\s+)?)?(?:[\p{Lu}\d][\p{L}\d'’-]*\s+){0,3}(?:leaders|members|committee|group|team|officers|trustees|directors|volunteers|coordinators|chairs|Committee|Group|Team|Board)`;

/**
 * What may not follow "will" or "would" in a task: a state ("will be held", "would have liked"), a wish ("would like to
 * thank"), a refusal. "Will have a look at", "would have the report ready" and "will be in touch with" are tasks.
 */
const NOT_DOING_AFTER_WILL = String.raw`(?!be\b(?!\s+in\s+(?:touch|contact)\b)|not\b|have\b(?!\s+(?:a\s+(?:look|word|chat|think)\b|\S+(?:\s+\S+){0,3}\s+(?:ready|done|finished|completed|prepared)\b))|like\b|love\b|prefer\b|rather\b|appreciate\b|welcome\b|need\b|probably\b|hope\b|expect\b|seem\b|mean\b|require\b|abstain\b|vote\b|also\s+(?:be|like|have)\b)`;

/** English action items. The assignee and the task as written. */
// (gerund: the task is written with its verb in -ing, "following this up"; elsewhere that reads as no task. passive: the
// task is a sentence in the passive, "A letter to be sent …", and need not open with a verb.)
const ENGLISH_FINDERS: Array<{ re: RegExp; who: number; task: number; listOnly?: boolean; gerund?: boolean; passive?: boolean }> = [
  // "RESOLVED, that the treasurer contact X …", "RESOLVED, to let the treasurer immediately write …" (a bare verb: a task).
  { re: new RegExp(`^RESOLVED[,:]?\\s+(?:that|to let)\\s+${WHO}\\s+(?:immediately\\s+|shall\\s+|should\\s+)?((?!is\\b|are\\b|be\\b|has\\b|have\\b)[a-z]+(?<!s)\\b.*)$`, "u"), who: 1, task: 2 },
  // "[113] K. Kaiser will update …", "Tim will make sure …"; not "will be asked".
  // ("The Deputy Chair would take responsibility …", "TA would get prices …": minutes in reported speech write "would".)
  // ("In the meantime Tom will contact …", "Tom (Treasurer) will pay …", "Tom, as treasurer, will pay …": a time before the
  // doer, an office beside the name.)
  { re: new RegExp(`^(?:\\[\\d+\\]\\s*)?(?:(?:[Ii]n\\s+the\\s+meantime|[Mm]eanwhile|[Aa]fter\\s+the\\s+meeting|[Ff]ollowing\\s+(?:the|this)\\s+meeting)\\s*,?\\s+)?(${OFFICER}|${ROLE}|${PERSON})(?:\\s*\\([^)]{1,30}\\)|,\\s+as\\s+[^,]{1,30},)?\\s+(?:will|would)\\s+${NOT_DOING_AFTER_WILL}(?:also\\s+)?([a-z].*)$`, "u"), who: 1, task: 2 },
  // "…, so Benoît will ping them again", "… and David should transfer …": the task in a clause after a comma or "so".
  { re: new RegExp(`(?:[,;]\\s*(?:so\\s+|and\\s+|then\\s+|but\\s+)?|\\s(?:so|and then)\\s+)(${OFFICER}|${TITLED}|${PERSON})\\s+(?:will|would|should|shall)\\s+${NOT_DOING_AFTER_WILL}(?:also\\s+)?([a-z].*)$`, "u"), who: 1, task: 2 },
  // "Berit Bergset is asked to take over the work with the website": a request the meeting makes.
  // ("Paul has been asked to chair the subgroup.")
  { re: new RegExp(`^${WHO}\\s+(?:is|was|were|are|(?:has|have|had)\\s+been)\\s+(?:also\\s+)?asked\\s+to\\s+([a-z].*)$`, "u"), who: 1, task: 2 },
  // "Jenny needs to send the invoices", "Tom will need to renew …": a person's own need to act (not a thing's: "The hall
  // needs to be painted").
  { re: new RegExp(`^(${OFFICER}|${TITLED}|${PERSON})\\s+(?:needs|will\\s+need|has)\\s+to\\s+(?!be\\b|have\\b)([a-z].*)$`, "u"), who: 1, task: 2 },
  // "… asked members of the Management Committee to suggest …", "We will ask the Building Committee to record …",
  // "WP leaders are requested to keep …": a group of the meeting's own people is tasked as one.
  { re: new RegExp(`\\b(?:asked|asks|ask|requested|invited)\\s+(${GROUP})\\s+to\\s+(?!be\\b|have\\b)([a-z].*)$`, "u"), who: 1, task: 2 },
  { re: new RegExp(`^(${GROUP})\\s+(?:is|are|were|was)\\s+(?:also\\s+)?(?:asked|requested|invited|instructed|tasked)\\s+to\\s+([a-z].*)$`, "u"), who: 1, task: 2 },
  // "The Steering Committee members will continue this discussion", "WP leaders will send …" (the meeting's own body,
  // "The committee will …", is no one it tasks).
  { re: new RegExp(`^(${GROUP})\\s+(?:will|would)\\s+${NOT_DOING_AFTER_WILL}(?:also\\s+)?([a-z].*)$`, "u"), who: 1, task: 2 },
  // "Councillor Atkins asked Councillor Thomson to follow up …", "It was decided to ask Anita to talk to Ulf".
  { re: new RegExp(`\\b(?:asked|asks|ask|requested)\\s+(${OFFICER}|${TITLED}|${PERSON})\\s+to\\s+(?!be\\b|have\\b)([a-z].*)$`, "u"), who: 1, task: 2 },
  // "The secretary was instructed to reply", "Anna is to circulate the draft", "Tom will be responsible for the raffle".
  { re: new RegExp(`^(${OFFICER}|${ROLE}|${PERSON})\\s+(?:is|was|were|are)\\s+(?:also\\s+)?(?:instructed|requested|tasked|directed|authori[sz]ed|delegated)\\s+to\\s+([a-z].*)$`, "u"), who: 1, task: 2 },
  // "It was resolved that the Clerk be asked to write …", "RESOLVED that the Treasurer be authorised to pay …".
  { re: new RegExp(`\\b(?:agreed|resolved|RESOLVED|decided)\\s+that\\s+(${OFFICER}|${TITLED}|${ROLE}|${PERSON})\\s+(?:be|is|are)\\s+(?:asked|instructed|requested|authori[sz]ed|tasked|directed)\\s+to\\s+([a-z].*)$`, "u"), who: 1, task: 2 },
  { re: new RegExp(`^(${OFFICER}|${TITLED}|${PERSON})\\s+(?:is|are|was|were)\\s+to\\s+(?!be\\b|have\\b)([a-z].*)$`, "u"), who: 1, task: 2 },
  // ("John is responsible for booking the venue", "Kate to be responsible for …", "Liz takes responsibility for the rota".)
  { re: new RegExp(`^(${OFFICER}|${TITLED}|${PERSON})\\s+(?:will\\s+|would\\s+|is\\s+to\\s+|to\\s+)?(be\\s+responsible\\s+for\\s+.+)$`, "u"), who: 1, task: 2 },
  { re: new RegExp(`^(${OFFICER}|${TITLED}|${PERSON})\\s+(?:is|are)\\s+(responsible\\s+for\\s+.+)$`, "u"), who: 1, task: 2 },
  { re: new RegExp(`^(${OFFICER}|${TITLED}|${PERSON})\\s+(?:takes|took|will\\s+take|would\\s+take|to\\s+take|has\\s+taken)\\s+(?:over\\s+)?(responsibility\\s+for\\s+.+)$`, "u"), who: 1, task: 2 },
  // "The Council delegated authority to the Clerk to pay the invoice".
  { re: new RegExp(`\\bdelegated\\s+(?:authority|power)\\s+to\\s+(${OFFICER}|${TITLED}|${ROLE}|${PERSON})\\s+to\\s+([a-z].*)$`, "u"), who: 1, task: 2 },
  // "TODO(carol): fix the build", as notes kept with code write it.
  { re: new RegExp(`^(?:TODO|FIXME|ACTION|AI)\\s*\\(\\s*([\\p{L}@][\\p{L}\\d_.\\- ]{0,30}?)\\s*\\)\\s*[:–-]?\\s*(.+)$`, "u"), who: 1, task: 2 },
  // "Jill Danks took action to create an email …", "Dave has taken the action to be Editor".
  // ("Tom has the action to book the hall.")
  { re: new RegExp(`^${WHO}\\s+(?:took|takes|has\\s+taken|has|had)\\s+(?:the\\s+|an\\s+)?action\\s+to\\s+([a-z].*)$`, "u"), who: 1, task: 2 },
  // "Todd has said he will fix it", "Anna confirmed that she would send the figures": a promise reported.
  // ("The door has not been fixed yet, but Todd has said he will fix it": after a comma too.)
  { re: new RegExp(`(?:^|[,;]\\s*(?:but\\s+|and\\s+|so\\s+)?)${WHO}\\s+(?:has\\s+|had\\s+)?(?:said|says|confirmed|promised|agreed|reported|stated|advised|indicated|explained|mentioned)\\s+(?:that\\s+)?(?:he|she|they)(?:\\s+(?:will|would)\\s+|['’]d\\s+)${NOT_DOING_AFTER_WILL}([a-z].*)$`, "u"), who: 1, task: 2 },
  // "Thomas Wouters volunteered to execute …", "Lee agreed to draft …", "X offered to …".
  // ("Jane has agreed to lead …": the perfect too.)
  // ("Ian kindly agreed to lead the walk", "Anna also offered to …", "Tom promised to …", "Tom is happy to ask around".)
  { re: new RegExp(`(?:^|\\band\\s+|,\\s*)${WHO}\\s+(?:(?:has|have|had)\\s+)?(?:(?:kindly|also|then|later|readily)\\s+)?(?:volunteered|agreed|offered|undertook|promised|(?:is|was)\\s+(?:happy|willing))\\s+to\\s+([a-z].*)$`, "u"), who: 1, task: 2 },
  // "… moved that we authorize Mr. Radcliffe to explore …".
  // ("The Council instructed the Clerk to write …", "directed staff to …", "tasked Anna to …".)
  { re: new RegExp(`\\b(?:authori[sz](?:e|es|ed)|instruct(?:s|ed)?|direct(?:s|ed)|empower(?:s|ed)?|task(?:s|ed))\\s+(${OFFICER}|${TITLED}|${ROLE}|${PERSON})\\s+to\\s+([a-z].*)$`, "u"), who: 1, task: 2 },
  // "Direct the City Clerk to recommend …", "Authorize the Director of Finance to report back …": a council's motion
  // written as its imperative, the officer named with a title of capitals.
  { re: /^(?:Direct|Authori[sz]e|Instruct|Request)\s+(?:the\s+)?(\p{Lu}[\p{L}'’-]+(?:\s+(?:of\s+|and\s+)?\p{Lu}[\p{L}'’-]+){0,4}|staff)\s+to\s+([a-z].*)$/u, who: 1, task: 2 },
  // "The Council approved the Town Manager to sign this agreement": approving lets an officer act.
  { re: new RegExp(`\\bapprov(?:es|ed)\\s+(${ROLE})\\s+to\\s+([a-z].*)$`, "iu"), who: 1, task: 2 },
  // "• Tim to send the draft", "[ ] Tim: send the draft" (a checklist of action items).
  // Only on a line of a list: in running text "Goal to publish …" is no one's task.
  { re: new RegExp(`^(?:\\[[ xX]?\\]\\s*)?${WHO}\\s+to\\s+(?!be\\b|have\\b)([a-z].*)$`, "u"), who: 1, task: 2, listOnly: true },
  // (After a dash the task goes on in lower case: "[X] Thanh Ha - Academy Software Foundation" is who attended.)
  { re: new RegExp(`^\\[[ xX]?\\]\\s*${WHO}\\s*(?::|[–-](?=\\s*\\p{Ll}))\\s*(.+)$`, "u"), who: 1, task: 2 },
  // "Clerk to obtain quotes …", "Cllr Anderson to advertise …": in running text only an officer
  // or a titled member (a bare name "Goal to publish …" may be anything).
  // ("Clerk/chair to ensure …", "Chair and Clerk to meet …": two officers as one.)
  { re: new RegExp(`^((?:${KEEPER}|${OFFICER}|${TITLED})(?:\\s*(?:\\/|\\band\\b|&)\\s*(?:${OFFICER}|${TITLED}))*)\\s+to\\s+(?!be\\b|have\\b)([a-z].*)$`, "u"), who: 1, task: 2 },
  // "Agreed Jim to get quotes.", "It was agreed that the Clerk to write …": what was agreed, a doer and the task.
  { re: new RegExp(`^(?:[Ii]t\\s+was\\s+)?(?:[Aa]greed|AGREED|[Rr]esolved|[Dd]ecided)(?:\\s+that)?\\s*[:,]?\\s+(${DOER})\\s+to\\s+(?!be\\b|have\\b)([a-z].*)$`, "u"), who: 1, task: 2 },
  // "Jim was tasked with getting quotes", "The Treasurer is charged with …".
  { re: new RegExp(`^(${DOER})\\s+(?:is|was|were|are|has\\s+been)\\s+(?:tasked|charged)\\s+with\\s+(\\p{Ll}+ing\\b.*)$`, "u"), who: 1, task: 2, gerund: true },
  // "Jim is following this up", "Sue will be contacting the school": a task already in hand, its verb one of doing.
  { re: new RegExp(`^(${DOER})\\s+(?:is|are|will\\s+be|would\\s+be)\\s+(?:also\\s+)?((?:following|looking\\s+into|getting|arranging|organi[sz]ing|contacting|chasing|sorting|writing|preparing|drafting|checking|investigating|researching|updating|speaking|liaising|booking|sending|circulating|producing|compiling|obtaining|seeking|pursuing|coordinating|co-ordinating)\\b.*)$`, "u"), who: 1, task: 2, gerund: true },
  // "Quotes to be obtained by Jim", "Letter to be sent to the council (Clerk)", "Minutes to be posted – Sue": a task in the
  // passive, who does it named last (one clause: "The grant requests $2,000 …, with $3,000 to be provided by Good Works"
  // gives no one a task).
  { re: new RegExp(`^(${PASSIVE_TASK})\\s+by\\s+(${DOER})\\s*\\.?$`, "u"), who: 2, task: 1, passive: true },
  { re: new RegExp(`^(${PASSIVE_TASK})\\s*\\(\\s*(${DOER})\\s*\\)\\s*\\.?$`, "u"), who: 2, task: 1, passive: true },
  { re: new RegExp(`^(${PASSIVE_TASK})\\s+[–-]\\s*(${DOER})\\s*\\.?$`, "u"), who: 2, task: 1, passive: true },
  // "Mike did not attend, will distribute the area minutes": the doer named once, the task after a comma.
  // ("SC was still waiting for a call but would telephone him again": "and" or "but" without the comma.)
  { re: new RegExp(`^(${OFFICER}|${TITLED}|${PERSON})\\s+\\p{Ll}[^,;.]{2,60}?(?:,\\s+(?:and\\s+|but\\s+)?|\\s+(?:and|but)\\s+)(?:will|would|is\\s+going\\s+to)\\s+${NOT_DOING_AFTER_WILL}(?:also\\s+)?([a-z].*)$`, "u"), who: 1, task: 2 },
  // "… delegated approval to the Co-chairs, who will circulate the final version": the doer named, then what they will do.
  { re: new RegExp(`(?:^|\\s)(${OFFICER}|${TITLED}|${ROLE}|${PERSON}),\\s+who\\s+(?:will|would)\\s+(?:then\\s+)?${NOT_DOING_AFTER_WILL}(?:also\\s+)?([a-z].*)$`, "u"), who: 1, task: 2 },
  // "MMacA asked RB if he could do a ballpark estimate": asked whether they would act.
  { re: new RegExp(`\\basked\\s+(${OFFICER}|${TITLED}|${PERSON})\\s+(?:if|whether)\\s+(?:he|she|they)\\s+(?:could|would|can|will)\\s+${NOT_DOING_AFTER_WILL}([a-z].*)$`, "u"), who: 1, task: 2 },
  // "It was agreed that PCSO Knight would brief …", "It was RESOLVED that the clerk write to …".
  // ("Agreed that Secretary would contact …", "It was agreed Mary would contact …": a line may open with the verb, and
  // "that" may be left out before a doer who would act.)
  { re: new RegExp(`(?:\\b|^)(?:[Aa]greed|[Rr]esolved|RESOLVED|[Dd]ecided)\\s+that\\s+(${OFFICER}|${TITLED}|${PERSON})\\s+(?:would\\s+|will\\s+|should\\s+|shall\\s+)?((?!is\\b|are\\b|be\\b|was\\b|were\\b|has\\b|have\\b|had\\b|would\\b|will\\b)[a-z]+(?<!s|ed)\\b.*)$`, "u"), who: 1, task: 2 },
  { re: new RegExp(`(?:\\b|^)(?:[Aa]greed|[Dd]ecided)\\s+(${OFFICER}|${TITLED}|${PERSON})\\s+(?:would|will|should)\\s+${NOT_DOING_AFTER_WILL}([a-z]+(?<!s|ed)\\b.*)$`, "u"), who: 1, task: 2 },
  // "Action (Tim): send …".
  { re: new RegExp(`^action\\s*\\(\\s*${WHO}\\s*\\)\\s*[:–-]?\\s*(.+)$`, "iu"), who: 1, task: 2 },
  // "Action: Anna to send …", "ACTION - Anna: send …", "Action item: Anna will …".
  // ("Action: bremner to start votes …": an IRC nick in lower case.)
  { re: new RegExp(`^(?:action(?:\\s+items?)?|AI|to-?do)\\s*[:\\-–]\\s*(${ROLE}|${PERSON}|[a-z][\\w-]{2,20})\\s*(?:to|will|:|-|–)\\s*(.+)$`, "u"), who: 1, task: 2 },
  { re: new RegExp(`^(?:action(?:\\s+items?)?|AI|to-?do)\\s*[:\\-–]\\s*${WHO}\\s*(?:to|will|:|-|–)\\s*(.+)$`, "iu"), who: 1, task: 2 },
  // "ACTION POINT JV to approach Todd Miller …", "ACTION HB to AF for …": the label in capitals, no colon.
  // ("Action Jim to get quotes.")
  { re: new RegExp(`^(?:ACTION|[Aa]ction)(?:\\s+(?:POINTS?|[Pp]oints?))?\\s+${WHO}\\s+to\\s+(.+)$`, "u"), who: 1, task: 2 },
];

/**
 * Swedish action items written without a decision verb, with the one who acts as
 * the subject: "Ive kallar till ett möte om …", "Lennart kommer att delta …",
 * "Gunnar Winberg skall vara sekreterare den 5/6", "Kansliet ansvarar för …",
 * "Jörgen förser Gunnar och Annalena med mallar", "Uppdras åt kansliet att …" (see
 * FINDERS), "Ansvarig: Anna Berg" after the task. The subject is a name (one to
 * three capitalised words) or a unit or role in its definite form ("kansliet",
 * "ordföranden", "verksamhetsledaren"); never the deciding body itself ("styrelsen",
 * "nämnden", "mötet") or a pronoun, and never negated ("kommer inte att delta").
 * Reporting verbs ("informerar", "redovisar", "presenterar") are not actions.
 */
const ACTION_VERBS =
  String.raw`kallar(?:\s+till|\s+in)?|ansvarar\s+för|tar\s+fram|tar\s+kontakt|kontaktar|undersöker|utreder|bjuder\s+in|skickar(?:\s+ut)?|sammanställer|förbereder|ser\s+över|bokar|ordnar|förser|beställer|skriver|uppdaterar|tittar\s+på|hör\s+av\s+sig|stämmer\s+av|följer\s+upp|tar\s+med|tar\s+ansvar\s+för|håller\s+i|fixar|lägger\s+upp|sprider|samordnar|planerar|organiserar|tar\s+upp\s+(?:\p{L}+\s+){0,2}?med|tar\s+in|kollar(?:\s+upp)?|mejlar|mailar|ringer|räknar\s+ut|bevakar|verkar\s+för|återkopplar|bokar\s+in|googlar|hämtar|köper(?:\s+in)?|mailar\s+ut|mejlar\s+ut|reviderar|svarar\s+för|tar\s+på\s+sig|ställer\s+upp\s+som|tittar\s+vidare\s+på|(?:är\s+|blir\s+)?ansvarig\s+för|ansöker|annonserar|arrangerar|utarbetar|sköter|tar\s+hand\s+om|jobbar\s+vidare\s+med|fortsätter\s+(?:med|arbetet)|fortsätter\s+(?:\p{Ll}+\s+){1,3}?med\s+att|sammankallar|ser\s+till\s+att|betalar(?:\s+in)?|undertecknar|skriver\s+under|återrapporterar|bereder|förhandlar|upphandlar|lämnar\s+in|skickar\s+in|formulerar|sammanfattar|hör\s+med|(?:utses|utsågs)\s+(?:till\s+)?ansvarig\s+för|(?:är|blir|utses\s+till|utsågs\s+till)\s+(?:kontaktperson|sammankallande)\p{L}*|för\s+(?:\p{L}+\s+){0,2}?vidare|lyfter\s+(?:frågan|ärendet|detta|det)|begär\s+in|återkommer`;
// ("Linda Englund kommer framgent att ansvara …", "X ska fortsättningsvis …": an adverb of time may stand between;
// "Johan lovade att hjälpa till", "Eva erbjöd sig att …": a promise made at the meeting is a task too.)
const MODAL = String.raw`(?:ska|skall|skulle|kommer\s+(?:framgent\s+|fortsättningsvis\s+|också\s+|även\s+)?att|får|åtar\s+sig\s+att|åtog\s+sig\s+att|tar\s+på\s+sig\s+att|tog\s+på\s+sig\s+att|lovade\s+att|lovar\s+att|erbjöd\s+sig\s+att|erbjuder\s+sig\s+att|(?:har|hade)\s+(?:lovat|åtagit\s+sig|erbjudit\s+sig|tagit\s+på\s+sig)\s+att|(?:ombeds|uppmanas|anmodas)(?:\s+att)?)\s+(?:(?:också|även|framgent|fortsättningsvis|tillsammans|gemensamt|snarast|sedan|därefter|vidare)\s+)?`;
/** A unit or role in its definite form: "kansliet", "ordföranden", "projektledaren", "förvaltningen". */
const ROLE_SV =
  String.raw`(?:\p{Lu}?\p{Ll}*(?:kansliet|kontoret|förvaltningen|enheten|sekretariatet|presidiet|utskottet|beredningen|arbetsgruppen|gruppen|ledningen|ordföranden|ordförande|sekreteraren|kassören|ledaren|ledarna|chefen|samordnaren|handläggaren|ansvarige|ansvariga|direktören|strategen|konsulten|representanten)|valberedningen)`;
// ("Anna B ordnar …": a surname's initial after the name.)
const NAME_SV = String.raw`\p{Lu}[\p{L}’'\-]+(?:\s+(?:von|af|de|van)?\s*\p{Lu}[\p{L}’'\-]+){0,2}(?:\s+\p{Lu}\.?(?=\s))?`;
const NOT_ASSIGNEE = /^(?:att|styrelsen|nämnden|mötet|direktionen|kommittén|delegationen|styrgruppen|gruppen|vi|de|han|hon|man|det|den|denna|detta|alla|samtliga|lag|lag-gruppen|stämman|årsmötet|föreningen|förbundet|sektionen|klubben|kåren)$/iu;
const SV_ACTION = new RegExp(
  String.raw`^(?:•\s*)?(?:(?:[Pp]lan|[Ss]teg|[Aa]lternativ|[Åå]tgärd|[Aa]tt\s+göra|TODO|[Tt]odo)(?:\s+[\p{Lu}\d]{1,2})?\s*:\s*)?(?:(?:därefter|sedan|vidare|även)\s+)?(${NAME_SV}|${ROLE_SV})(?:(?:\s+(?:och|samt)\s+|\s*[+/&]\s*|,\s*)(${NAME_SV}|${ROLE_SV}))?\s+(?:${MODAL}(?!inte(?!\p{L})|ej(?!\p{L}))(\p{Ll}+(?!\p{L}).*)|((?:${ACTION_VERBS})(?!\p{L}).*))$`,
  "u",
);
/** "Till nästa möte ska Anna …": a time (group 1), the modal, the doer (3), what they do (4). */
const INVERTED_SHALL = new RegExp(
  String.raw`^((?:[Tt]ill|[Ii]nför|[Ss]enast|[Ii]nnan|[Ff]öre)\s+(?:[\p{L}\d-]+\s+){0,2}?[\p{L}\d-]+)\s+(ska|skall|kommer\s+att)\s+(${NAME_SV}|${ROLE_SV})\s+(?:också\s+|även\s+)?(\p{Ll}+(?!\p{L}).*)$`,
  "u",
);
/** Words that open a Swedish sentence where a doer could stand, but name no one: adverbs, things, the text's own labels. */
const NOT_SOMEONE_SV =
  /^(?:Det|Den|Detta|Denna|Dessa|Här|Där|Nu|Då|Man|Initialt|Inledningsvis|Vidare|Först|Dessutom|Sedan|Därefter|Även|Också|Framöver|Fortsättningsvis|Preliminärt|Eventuellt|Förhoppningsvis|Troligen|Därför|Senare|Tidigare|Slutligen|Arbetet|Materialet|Ärendet|Frågan|Beslutet|Protokollet|Datum|Justering|Delredovisning|Redovisning|Slutredovisning|Rapporten|Projektet|Avgiften|Budgeten|Mötet)$/u;
/** Verbs in the present that report or state, not do: "att Anna informerar …" gives no task. */
const CLAUSE_NOT_DOING =
  /^(?:är|har|blir|kan|vill|får|måste|bör|informerar|redovisar|presenterar|rapporterar|redogör|meddelar|konstaterar|tackar|önskar|deltar|närvarar|finns|gäller|behöver|saknar|representerar|kvarstår|återstår)$/u;
const REPORTING = /^(?:informera|redovisa|presentera|berätta|rapportera|redogöra|meddela|konstatera|vara\s+med|delta\s+i\s+mötet)/iu;

/**
 * A decision that names who acts, with the verb in the present: "Styrelsen beslutade att
 * Martin N går ut via supertext …", "Styrelsen beslutade: Lars + Martin I ordnar offert …".
 * The one who acts is a person's name (a first name, perhaps a surname or an initial).
 */
const PERSON_SV = String.raw`\p{Lu}\p{Ll}+(?:\s+\p{Lu}(?:\p{Ll}+)?(?![\p{L}]))?`;
const DECIDED_PERSON = new RegExp(
  String.raw`(?<!\p{L})(?:[Bb]eslutade|[Bb]eslöt|[Bb]eslutar|[Bb]eslutades|[Bb]eslöts)\s*(?:att\s+|:\s*)(${PERSON_SV}|${ROLE_SV})(?:\s*(?:\+|&|och|samt)\s*${PERSON_SV})?\s+(\p{Ll}.*)$`,
  "u",
);

/** A decision that someone shall do something: "beslutade att Anders och Lennart ska ta fram …", "Beslut togs att kassören ska …". */
const DECIDED_SHALL = new RegExp(
  String.raw`(?<!\p{L})(?:[Bb]eslutade|[Bb]eslöt|[Bb]eslutar|[Bb]eslutades|[Bb]eslöts|[Bb]eslut\s+(?:togs|fattades)(?:\s+om)?)\s+att\s+(${PERSON_SV}(?:\s*(?:\+|&|och|samt)\s*${PERSON_SV})?|${ROLE_SV})\s+(?:ska|skall)\s+(?!inte\b|ej\b)(\p{Ll}+(?!\p{L}).*)$`,
  "u",
);

/** "att Ove och Agneta tar ansvar för …", "att Charlotte kollar alternativ": a clause of a decision list naming who acts. */
const CLAUSE_PERSON = new RegExp(
  String.raw`^att\s+(${PERSON_SV}(?:\s*(?:\+|&|och|samt)\s*${PERSON_SV})?)\s+(\p{Ll}+(?:ar|er|ör|år)(?!\p{L}).*)$`,
  "u",
);
/** Bodies and things a clause may open with; not one who acts. */
const CLAUSE_NOT_PERSON = /^(?:föreningen|klubben|kommunen|regionen|förbundet|avdelningen|sektionen|protokollet|dagordningen|mötet|årsmötet|stämman|styrelsen|nämnden)$/iu;

export function findSwedishAction(text: string): MandateMatch | null {
  const sentence = withoutTag(text).replace(/^•\s*/u, "").trim();
  const clause = CLAUSE_PERSON.exec(sentence);
  if (clause && !clause[1].split(/\s*(?:\+|&|och|samt)\s*/u).some((name) => NOT_ASSIGNEE.test(name) || CLAUSE_NOT_PERSON.test(name))) {
    const verb = clause[2].split(/\s+/u)[0];
    if (!CLAUSE_NOT_DOING.test(verb)) {
      const cleaned = cleanTask(clause[2]);
      if (cleaned.task !== "") return { assignee: clause[1], task: cleaned.task, due: cleaned.due };
    }
  }
  // "Beslut togs att Anders och Lennart ska ta fram ett förslag …", "Styrelsen beslutade att kassören ska betala …".
  const shall = DECIDED_SHALL.exec(sentence);
  if (shall && !shall[1].split(/\s*(?:\+|&|och|samt)\s*/u).some((name) => NOT_ASSIGNEE.test(name) || CLAUSE_NOT_PERSON.test(name))) {
    const cleaned = cleanTask(shall[2]);
    if (cleaned.task !== "" && !REPORTING.test(cleaned.task)) return { assignee: shall[1], task: cleaned.task, due: cleaned.due };
  }
  const decided = DECIDED_PERSON.exec(sentence);
  // ("Styrelsen beslutade att kassören betalar fakturan": a role in its definite form too, its verb the first word and
  // one of doing; "att ordföranden informerar …" reports.)
  const roleFirst = decided !== null && /^\p{Ll}/u.test(decided[1]);
  const firstVerb = decided?.[2].split(/\s+/u)[0] ?? "";
  const roleDoes = !roleFirst || (/^\p{Ll}+(?:ar|er|ör|år)$/u.test(firstVerb) && !CLAUSE_NOT_DOING.test(firstVerb));
  if (decided && roleDoes && !NOT_ASSIGNEE.test(decided[1]) && /(?<!\p{L})\p{Ll}+(?:ar|er|ör|år|gör|ser)(?!\p{L})/u.test(decided[2]) && !/^(?:ska|skall|inte|ej)\b/u.test(decided[2])) {
    const cleaned = cleanTask(decided[2]);
    if (cleaned.task !== "") return { assignee: decided[1], task: cleaned.task, due: cleaned.due };
  }
  // "Till nästa möte ska Anna ta fram ett förslag", "Inför årsmötet ska kassören boka lokal": a time first, the doer
  // after the verb; the time is the task's due.
  const when = INVERTED_SHALL.exec(sentence);
  if (when && !NOT_ASSIGNEE.test(when[3]) && !NOT_SOMEONE_SV.test(when[3]) && !/^(?:inte|ej|bli|vara|finnas)\b/u.test(when[4])) {
    const cleaned = cleanTask(`${when[4].replace(/[.;]+$/u, "")} ${when[1].charAt(0).toLowerCase()}${when[1].slice(1)}`.trim());
    if (cleaned.task !== "") return { assignee: when[3], task: cleaned.task, due: cleaned.due };
  }
  // "4. Ekonomisk uppföljning: Lasse Nilsson reviderar prognosen …": the topic's label before the one who acts.
  // ("Det antecknades att Annika och Sara skulle sammanställa underlaget": what was noted, that someone would act.)
  const noted = sentence.replace(/^(?:det\s+)?(?:antecknades|noterades|konstaterades|bestämdes|överenskoms)\s+att\s+(?=\p{Lu})/iu, "");
  const m = SV_ACTION.exec(noted) ?? SV_ACTION.exec(sentence.replace(/^(?:\d{1,2}[.)]\s*)?[^:–.]{1,40}:\s+(?=\p{Lu})/u, ""));
  if (!m) return null;
  const assignee = m[2] ? `${m[1]} och ${m[2]}` : m[1];
  if (NOT_ASSIGNEE.test(m[1]) || NOT_SOMEONE_SV.test(m[1])) return null;
  const rest = (m[3] ?? m[4] ?? "").trim();
  if (rest === "" || /^(?:inte|ej)\b/iu.test(rest) || REPORTING.test(rest)) return null;
  // "X kommer att …" must go on with a verb of doing, not a state ("kommer att bli", "ska vara klar").
  // and not a passive ("Ärendet ska återupptas") or a state ("ska vara avslutat", "kommer att bli").
  if (m[3] && /^(?:bli|finnas|behöva|kunna|gälla|vara|ske|pågå|\p{L}+s)(?!\p{L})/iu.test(rest)) return null;
  // "Initialt ska styrelsen verka för …": an adverb first and the subject after the verb; who acts is not the first word.
  if (m[3] && /^(?:\p{Ll}+(?:en|et|na)|vi|de|han|hon|man|den|det|jag|ni)\s+\p{Ll}+a(?!\p{L})/u.test(rest)) return null;
  const cleaned = cleanTask(rest);
  if (cleaned.task === "") return null;
  return { assignee, task: cleaned.task, due: cleaned.due };
}

/** "Ansvarig: Anna Berg", "Ansvar: kansliet", "Responsible: Tim", "Owner: Tim": who does the task on the line before. */
// ("Ansvarig: Per Lind. När: nästa möte": and by when, as a table of minutes gives it: tables.ts.)
export const RESPONSIBLE = new RegExp(String.raw`^(?:${WHO_WORDS})\s*:\s*(\S.{0,60}?)(?:[.;,]?\s+(?:${WHEN_WORDS})\s*:\s*(.+?))?[.]?$`, "iu");

/** Words that stand where English action items name a person, but are none. */
export const NOT_PERSON_EN = new RegExp(`^(?:${ENGLISH_VERBS}|moved|seconded|motion|vote|votes|voting|proposed|resolution|decision|action|actions|todo|note|notes|all|everyone|everybody|nobody|none|access|goal|goals|plan|plans|aim|need|needs|prerequisites?|consensus|agreement)$`, "iu");

/**
 * A capitalised word that opens a sentence as a noun or a function word, not a name: "Registration will open …",
 * "Funding to …", "Worked to …", "Not to worry …". (Names rarely end so; roles are read before this.)
 */
// ("ary" after four letters or more: "Summary", "Library", not "Mary", "Gary".)
const NOUN_ENDING = /(?:tion|sion|ment|ness|ity|ance|ence|ing|age|ure|ship|ism|ery|(?<=\p{L}{4})ary|ory|ics|ies|ers|als|ants|ents|ists|ogy|dom|hood|cy|ful|ed|ves)$/u;
const NOT_NAMELIKE = /^(?:Not|How|Why|What|When|Where|Who|Which|Nothing|Something|Someone|Anyone|Each|Every|Both|Some|Most|Many|More|Further|Time|Ways?|Help)$/u;
export const readsAsNoun = (word: string) => NOUN_ENDING.test(word) || NOT_NAMELIKE.test(word);

const DECIDING_BODY_EN = new RegExp(`^(?:the\\s+)?${ENGLISH_BODY}$`, "iu");

/** What an English task does not start with: it starts with a verb ("Welcome to new board members", "Further to the auditing …"). */
export const NOT_A_TASK = /^(?:new|the|a|an|our|all|this|that|these|those|his|her|their|its|my|your|any|every|each|some|date|be(?!\s+responsible\s|\s+in\s+(?:touch|contact)\s))\s/iu;

/** A word or mark without which no English finder reads a task. */
const ENGLISH_ACTION_WORD =
  /\b(?:will|would|to|should|shall|is|are|was|were|asked|asks|ask|requested|action|actions|todo|to-do|fixme|ai|took|takes|taken|resolved|responsible|delegated|volunteered|agreed|offered|undertook|authori[sz]\w*|instruct\w*|direct\w*|empower\w*|task\w*|approv\w*|(?:he|she|they)['’]d)\b|^\[|\(\s*\p{L}/iu;

/** English action items in any sentence of an item ("Tim will make sure that both happen."). */
export function findEnglishAction(text: string): MandateMatch | null {
  const listed = /^(?:•|\[[ xX]?\])/u.test(text.trim());
  // Markdown emphasis is layout: "**TODO**: Michael to …".
  const sentence = withoutTag(text).replace(/^•\s*/u, "").replace(/\*\*|__/gu, "").trim();
  // "MSC: Helsley/Owen to approve …", "M/S: Smith/Jones to adopt …": who moved and seconded, not who acts.
  if (MOVED_BY.test(sentence)) return null;
  // (Every finder needs one of these words or marks: a sentence without any, most Swedish ones, is passed by at once.)
  if (!ENGLISH_ACTION_WORD.test(sentence)) return null;
  for (const { re, who, task, listOnly, gerund, passive } of ENGLISH_FINDERS) {
    if (listOnly && !listed) continue;
    const m = re.exec(sentence);
    if (!m) continue;
    const assignee = m[who].trim();
    if (/^(?:it|this|that|there|we|they|he|she|the|these|those)$/iu.test(assignee)) continue;
    // ("This task force will identify …": a body pointed back to, not named.)
    if (/^(?:this|that|these|those|our|its|their)\s/iu.test(assignee)) continue;
    if (/^the\s/iu.test(assignee) && !new RegExp(`^${ROLE}$`, "iu").test(assignee)) continue;
    // The deciding body does not give itself a task ("Council agreed to plant two trees").
    if (DECIDING_BODY_EN.test(assignee)) continue;
    // A decision word or a label is no one: "Agreed to call it the 1.1.1 release", "Resolved to discuss …".
    if (NOT_PERSON_EN.test(assignee)) continue;
    if (!/\s/u.test(assignee) && readsAsNoun(assignee) && !new RegExp(`^(?:${OFFICER}|${ROLE})$`, "u").test(assignee)) continue;
    // A task starts with a verb in its base form: "Prerequisites to moving …", "Access to djangoproject.com …" are not tasks.
    // ("Torre will chair.": a verb alone, the full stop ending the sentence.)
    if (!passive && (!/^(?:also\s+)?\p{L}+(?![\p{L}\d]|\.(?!\s*$))/u.test(m[task]) || (!gerund && /^(?:\p{Ll}{3,}ing|being|doing|going)(?!\p{L})/u.test(m[task])))) continue;
    // A task starts with a verb: "Welcome to new board members" is a heading, not Welcome's task.
    if (!passive && NOT_A_TASK.test(m[task])) continue;
    // ("Clerk to action.": a tag naming who takes up the sentence before, read by actionTag.)
    if (ACTION_ALONE.test(m[task].trim())) continue;
    const cleaned = cleanTask(m[task]);
    if (cleaned.task === "") continue;
    return { assignee, task: cleaned.task, due: cleaned.due };
  }
  return null;
}

/**
 * "Action: DW", "Action: SS/BK", "ACTION MMacA.": an action tag that names only who acts; the task is
 * what was written just before it. The names as written (initials, a role, a name; several with "/").
 */
const ACTION_TAG =
  /^(?:[Aa]ction|ACTION)(?:\s+(?:[Pp]oints?|POINTS?|[Ii]tems?|ITEMS?|by|BY))?\s*[:\-–]?\s*((?:\p{Lu}[\p{L}'’.\-]*)(?:\s+\p{Lu}[\p{L}'’\-]+)?(?:\s*[/&,]\s*\p{Lu}[\p{L}'’.\-]*(?:\s+\p{Lu}[\p{L}'’\-]+)?)*)\s*[.\-–]?\s*$/u;

/**
 * The tag at the end of the line it belongs to: "A letter of thanks is to be sent to the auditor ACTION Justine/Su",
 * "An email … will be put on Facebook – AM" (after a dash, initials only: "Apologies – Robert" names who was absent).
 */
const TRAILING_ACTION = /^(.{8,}?)\s+ACTION\s*[:\-–]?\s*(\p{Lu}[\p{L}'’.\-]*(?:\s*\/\s*\p{Lu}[\p{L}'’.\-]*)*)\s*\.?$/u;
const TRAILING_INITIALS = /^(.{8,}?)\s+[–-]\s*(\p{Lu}{2,4}(?:\s*\/\s*\p{Lu}{2,4})*)\s*\.?$/u;
/** "Book the hall – action Tom.", "Book the hall - Tom to action.": the tag after a dash, in words. */
const TRAILING_ACTION_WORD = /^(.{8,}?)\s+[–-]\s*(?:[Aa]ction|ACTION)\s*:?\s*(\p{Lu}[\p{L}'’.\-]*(?:\s*\/\s*\p{Lu}[\p{L}'’.\-]*)*)\s*\.?$/u;
const TRAILING_TO_ACTION = /^(.{8,}?)\s+[–-]\s*(\p{Lu}[\p{L}'’.\-]*(?:\s*\/\s*\p{Lu}[\p{L}'’.\-]*)*)\s+to\s+(?:action|ACTION)\s*\.?$/u;
/** "action" as the whole task: the word of a tag ("Clerk to action.", "… - Sam to action."), read by actionTag and trailingAction. */
export const ACTION_ALONE = /^action\.?$/iu;

export function trailingAction(line: string): { who: string; task: string } | null {
  const text = line.trim();
  const m = TRAILING_ACTION.exec(text) ?? TRAILING_INITIALS.exec(text) ?? TRAILING_ACTION_WORD.exec(text) ?? TRAILING_TO_ACTION.exec(text);
  if (!m || NOT_PERSON_EN.test(m[2])) return null;
  return { who: m[2].replace(/\.$/u, ""), task: m[1].replace(/^(?:•|\d{1,2}[.)])\s*/u, "").replace(/[.;:,]+$/u, "").trim() };
}

/** The tag with the initials first: "MG Action.", "PC/MM action". */
const INITIALS_ACTION = /^(\p{Lu}{2,4}(?:\s*[/&]\s*\p{Lu}{2,4})*)\s+(?:[Aa]ction|ACTION)\.?$/u;
/** "Clerk to action.", "Tom to action": who takes up what was written before. */
const TO_ACTION = /^((?:[Tt]he\s+)?\p{Lu}[\p{L}'’.\-]*(?:\s+\p{Lu}[\p{L}'’\-]+)?(?:\s*(?:\/|&|and)\s*\p{Lu}[\p{L}'’.\-]*)*)\s+to\s+(?:action|ACTION)\.?$/u;

export function actionTag(sentence: string): string | null {
  const m = ACTION_TAG.exec(sentence.trim()) ?? INITIALS_ACTION.exec(sentence.trim()) ?? TO_ACTION.exec(sentence.trim());
  if (!m) return null;
  const who = m[1].replace(/[.]$/u, "").trim();
  return NOT_PERSON_EN.test(who) || /^(?:items?|points?|list|log|plan|none|all)$/iu.test(who) ? null : who;
}

/** The mandate a sentence or clause gives, if any. */
/** "[Onboarding] Luca will complete …": a topic's tag in brackets is no part of the sentence (a checkbox, "[ ]", "[x]", is read elsewhere). */
export const withoutTag = (text: string) => text.replace(/^(?:•\s*)?\[(?=[^\]]*\p{L}{2})[^\]]{1,30}\]\s*/u, "");

export function findMandate(raw: string): MandateMatch | null {
  const text = withoutTag(raw);
  let nobody: MandateMatch | null = null;
  for (const finder of FINDERS) {
    const found = finder(text);
    if (found && found.task !== "") {
      if (found.assignee !== null) return found;
      nobody ??= found;
    }
  }
  // "Hesse kollar vilka regler som gäller och återkommer med …": the one who acts opens the sentence.
  return findEnglishAction(text) ?? findSwedishAction(text) ?? nobody;
}

/**
 * Canonical unit name: a known unit named in the assignee ("Projektenhet
 * Kronoberg"), or its definite form ("Projektenheten" → "Projektenhet Kronoberg").
 */
export function canonicalAssignee(assignee: string | null, knownUnits: string[]): string | null {
  if (assignee === null) return null;
  const lower = assignee.toLowerCase();
  for (const unit of knownUnits) {
    if (lower.includes(unit.toLowerCase())) return unit;
  }
  for (const unit of knownUnits) {
    const head = unit.split(/\s+/u)[0].toLowerCase();
    if (head.length >= 4 && new RegExp(`^${head}(?:en|et|n|t)$`, "u").test(lower)) return unit;
  }
  return assignee;
}
