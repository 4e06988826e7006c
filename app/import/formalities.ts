// The formal items a meeting opens and closes with: elections of its chair, secretary and
// checkers, the agenda, whether the meeting was duly called, discharge, the annual fee.
// Their title says what is decided; the text under it is the decision however short,
// with no verb at all: "Val av justerare" / "Ida och Sandra", "Frågan om mötet är
// stadgeenligt utlyst" / "Ja.", "Val av ordförande" / "Sittande". This reads them the
// way a secretary does, from the title, and only where no decision wording was found.
import { decisionOutcome } from "./decisions";
import type { ItemDraft } from "./items";
import type { DecisionOutcome } from "./types";

/** Titles that name an election: "Val av justerare", "Utseende av protokolljusterare", "Sekreterare", "Election of officers". */
const ELECTION = new RegExp(
  [
    String.raw`^(?:val|utseende|utse|nyval|omval|fyllnadsval)\s+(?:av\s+)?\p{L}`,
    String.raw`^(?:mötes|stämmo|årsmötes)?(?:ordförande|sekreterare)(?:\s+(?:för|vid)\s+(?:mötet|stämman|årsmötet))?$`,
    String.raw`^(?:två\s+)?(?:protokoll|mötes)?(?:justerare|justeringsm[äa]n|justeringsperson(?:er)?)(?:\s+(?:och|tillika|samt)\s+rösträknare)?$`,
    String.raw`^rösträknare$`,
    String.raw`^(?:election|appointment|re-?election)s?\s+of\b`,
  ].join("|"),
  "iu",
);

/** Titles that name an approval: the agenda, the calling of the meeting, discharge, fees, the voting list. */
const APPROVAL = new RegExp(
  [
    String.raw`^(?:fastställande|godkännande|faststä\p{L}*)\s+av\s+\p{L}`,
    String.raw`(?:stadgeenlig\p{L}*|behörig\p{L}*|laga\s+ordning)\s+(?:\p{L}+\s+)?(?:utlys\p{L}*|kalla\p{L}*|sammankalla\p{L}*)|(?:utlys\p{L}*|kallat|kallad|sammankallat)\s+(?:\p{L}+\s+)?(?:stadgeenligt|behörigen|i\s+laga\s+ordning)`,
    String.raw`ansvarsfrihet`,
    String.raw`^(?:årsavgift|medlemsavgift|avgift)(?:\s+för\s+\S+)?$`,
    String.raw`^(?:approval|adoption)\s+of\s+(?:the\s+)?(?:agenda|minutes)\b`,
  ].join("|"),
  "iu",
);

/** Text under the title that is not a decision: a proposal, a question, a note that it is postponed to be decided. */
// A report of the item ("Britta redogjorde för …", "Närvarande: …") is the item's story, not its decision.
const NOT_DECIDED =
  /^(?:förslag|föreslås|föreslår|\p{L}+\s+föreslår|valberedningen|proposed|proposal|nominations?|närvarande|frånvarande)\b|\?$|(?<!\p{L})(?:redogjorde|redogör|föredrog|föredrar|informerade|informerar|presenterade|presenterar|rapporterade|berättade|berättar|reported|presented)(?!\p{L})/iu;

const MAX_WORDS = 40;

/** The outcome a formal item's title implies when its text names none ("Ida och Sandra" is an election). */
export function formalOutcome(title: string): DecisionOutcome | null {
  const bare = title.replace(/^\s*[\d.)§:]+\s*/u, "").trim();
  if (ELECTION.test(bare)) return "elected";
  if (APPROVAL.test(bare)) return "approved";
  return null;
}

/**
 * Give each formal item without a decision the text under its title as its decision, when that
 * text is short (at most three lines, forty words) and not a proposal; the items filled.
 */
export function fillFormalDecisions(drafts: ItemDraft[]): ItemDraft[] {
  const filled: ItemDraft[] = [];
  for (const draft of drafts) {
    if (draft.decision !== null || draft.proposal !== null) continue;
    // ("§7 Rapporter" / "a) Ordförande" / "Anna berättade …": the chair's report, not the chair's election.)
    if (draft.section === "report" || draft.section === "information") continue;
    const outcome = formalOutcome(draft.title);
    if (outcome === null) continue;
    const body = draft.bodyLines.filter((line) => line.text.trim() !== "");
    if (body.length === 0 || body.length > 3) continue;
    const text = body.map((line) => line.text.trim()).join(" ");
    const words = text.match(/[\p{L}\d]+/gu) ?? [];
    if (words.length === 0 || words.length > MAX_WORDS || NOT_DECIDED.test(text)) continue;
    const read = decisionOutcome(text);
    draft.decision = text;
    draft.outcome = read === "decided" ? outcome : read;
    draft.decisionLines = body;
    // The lines move from the item's text to its decision, line by line (the text keeps them on lines of their own).
    if (draft.background !== null) {
      let rest = draft.background;
      for (const line of body) rest = rest.replace(line.text.trim(), "");
      rest = rest.replace(/\n{2,}/gu, "\n").trim();
      draft.background = rest === "" ? null : rest;
    }
    filled.push(draft);
  }
  return filled;
}

/** A head that says the page lists decisions: "Summary of Trustee Meeting Decisions", "Beslutslista", "Fattade beslut". */
// ("Östersundomkommitténs beslut den 10 april 2018" / "Beslut under mötet:": a page of a meeting's decisions.)
export const DECISIONS_HEAD =
  /(?<!\p{L})(?:(?:summary\s+of\s+(?:\p{L}+\s+){0,3})?decisions(?:\s+(?:taken|made))?|resolutions\s+(?:passed|adopted)|beslutslista|beslutsförteckning|fattade\s+beslut|sammanfattning\s+av\s+besluten|beslut\s+under\s+(?:mötet|sammanträdet)|\p{L}+s\s+beslut\s+den\s+\d{1,2})(?!\p{L})/iu;

/** The head line that says so is short, a title ("Beslut i korthet" pages tell of other things too, and are not meant). */
export const namesDecisionList = (text: string) => text.split(/\s+/u).length <= 12 && DECISIONS_HEAD.test(text);

/**
 * On a page that lists decisions (its head says so), every item is one: "1. Trevor has authority to release
 * web-site changes …" is what the trustees decided, though it names no verb of deciding. Each item without a
 * decision or a proposal takes its own text, the title and the lines under it, as its decision.
 */
export function fillListedDecisions(drafts: ItemDraft[]): ItemDraft[] {
  const filled: ItemDraft[] = [];
  for (const draft of drafts) {
    if (draft.decision !== null || draft.proposal !== null) continue;
    const body = draft.bodyLines.filter((line) => line.text.trim() !== "");
    const text = [draft.title, ...body.map((line) => line.text.trim())].join(" ").trim();
    if ((text.match(/[\p{L}\d]+/gu) ?? []).length < 3) continue;
    draft.decision = text;
    draft.outcome = decisionOutcome(text);
    draft.decisionLines = [draft.lines[0], ...body];
    draft.background = null;
    filled.push(draft);
  }
  return filled;
}
