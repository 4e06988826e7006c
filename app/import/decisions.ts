// Recognising decision text. Minutes state decisions in a handful of ways:
//   "Beslut: …" (a label, handled in items.ts),
//   "Styrgruppen beslutar att …", "Nämnden beslutade att …",
//   "Kommunstyrelsen godkänner/godkände …", "Rapporten läggs till handlingarna",
//   "ASK:s styrgrupp ger Projektenhet Kronoberg i uppdrag att …",
//   "Styrelsen beslutar" followed by "att …" clause lines.
// A background often quotes an *earlier* decision ("Styrgrupp ASK uppdrog till
// Projektenhet Kronoberg 2025-04-29 att …"); that is history, not this meeting's
// decision. The rules below tell them apart by tense and by a date in the sentence.
import { findDates } from "./dates";

/** Present-tense decision verbs (the meeting deciding now). Some need a companion phrase. */
const PRESENT =
  String.raw`(?:beslutar|godkänner|fastställer|antar|tillstyrker|avstyrker|avslår|bordlägger|återremitterar|beviljar|utser|noterar|tackar\s+för|uppdrar\s+(?:åt|till)|ger\b.*\bi\s+uppdrag|lägger\b.*\btill\s+handlingarna|föreslår\s+(?:\p{L}+\s+)?(?:kommun|region)?fullmäktige)`;
/** The same verbs in the past tense. */
const PAST_VERBS =
  String.raw`beslutade|beslöt|godkände|fastställde|antog|tillstyrkte|avstyrkte|avslog|bordlade|återremitterade|beviljade|utsåg|noterade|tackade|uppdrog|gav|lade|godkändes|fastställdes|antogs|bordlades|noterades|beviljades|utsågs|beslutades|beslöts|lades`;
const PAST =
  String.raw`(?:beslutade|beslöt|godkände|fastställde|antog|tillstyrkte|avstyrkte|avslog|bordlade|återremitterade|beviljade|utsåg|noterade|tackade\s+för|uppdrog\s+(?:åt|till)|gav\b.*\bi\s+uppdrag|lade\b.*\btill\s+handlingarna|godkändes|fastställdes|antogs|bordlades|noterades|beviljades|utsågs|beslutades|beslöts)`;
/**
 * Passive forms: "Dagordningen godkänns", "Informationen noteras", "Anna Berg utses
 * att justera". "… lades till handlingarna" is how minutes record *this* meeting's
 * noting, so it counts as present; other past passives ("antogs 2019") are past.
 */
const PASSIVE =
  String.raw`(?:godkänns|fastställs|antas|bordläggs|noteras|beviljas|utses|återremitteras|läggs\b.*\btill\s+handlingarna|lades\b.*\btill\s+handlingarna)`;
/** Where the past-tense verb stands, to see whether a date follows it. */
const PAST_VERB_RE = new RegExp(`(?<![\\p{L}])(?:${PAST_VERBS})(?![\\p{L}])`, "iu");

/**
 * A subject of at most six words starting with a capital ("ASK:s styrgrupp",
 * "Kommunstyrelsen", "Styrgrupp ASK", "Efter diskussion"), then the verb.
 * The lazy repeat finds the first verb that follows.
 */
const SUBJECT = String.raw`^[\p{Lu}\d][\p{L}\d:’.\-]*(?:\s+[\p{L}\d:’.()\-]+){0,5}?\s+`;

const PRESENT_RE = new RegExp(`${SUBJECT}${PRESENT}(?![\\p{L}])`, "iu");
const PAST_RE = new RegExp(`${SUBJECT}${PAST}(?![\\p{L}])`, "iu");
const PASSIVE_RE = new RegExp(`${SUBJECT}${PASSIVE}(?![\\p{L}])`, "iu");
/** "Beslutades att …", "Beslöts att …", "Beslut att …" at the start of a line. */
const IMPERSONAL = /^(?:beslutades|beslöts|beslut)\s+att\b/iu;
/** An "att …" clause of a decision list ("att godkänna budgeten"). */
export const ATT_CLAUSE = /^(?:\d+[.)]\s*|[a-h][.)]\s*|•\s*)?att\s+\p{L}/iu;
/**
 * Action phrases that minutes write without a decision verb: "Daniel återkommer
 * till nästa möte med …", "Ljungby kommun får i uppdrag att …". Outside a
 * labelled background they are this meeting's decision; inside one ("Projektenheten
 * … återkommer i frågan") they are part of the story.
 */
const ACTION = /(?:\b(?:får|ges)\s+i\s+uppdrag\s+att|\b(?:ska|skall)\s+återkomma|(?<!\p{L})återkommer\s+(?:till|med)(?!\p{L}))/iu;
/** Words that mark a past decision as history even without a date. */
const HISTORY = /\b(?:tidigare|förra\s+mötet|i\s+våras|i\s+fjol|förra\s+året|föregående\s+möte)\b/iu;

export type DecisionContext = {
  /** The line sits inside a labelled background ("Bakgrund: …"): only present tense counts there. */
  inBackground: boolean;
  /** Per-capsulam items report decisions taken earlier, with their date: past + date counts. */
  perCapsulam: boolean;
};

/** The tense a decision sentence is written in, or null when the text states no decision. */
export function decisionTense(text: string): "present" | "past" | null {
  if (PRESENT_RE.test(text) || PASSIVE_RE.test(text) || IMPERSONAL.test(text)) return "present";
  if (PAST_RE.test(text)) return "past";
  return null;
}

/** True when the text is phrased as a decision ("… ger X i uppdrag att …", "… beslutar att …"). */
export function isDecisionPhrase(text: string): boolean {
  return decisionTense(text) !== null;
}

/**
 * Does this line start this meeting's decision?
 * - present tense: always;
 * - an action phrase ("X får i uppdrag att …", "X återkommer till …"): outside a background;
 * - past tense ("Styrgruppen beslutade att …"): outside a background, and only
 *   when no date follows the verb and no history word stands in it ("… 2025-04-29 att …"),
 *   unless the item is a per-capsulam decision, which by nature is dated.
 */
export function startsDecision(text: string, context: DecisionContext): boolean {
  const tense = decisionTense(text);
  if (tense === "present") return true;
  if (!context.inBackground && tense === null && ACTION.test(text)) return true;
  if (tense !== "past" || context.inBackground) return false;
  if (context.perCapsulam) return true;
  // "Styrgrupp ASK uppdrog … 2025-04-29 att …": a date after the verb dates the decision, so it is history.
  // (A date before it belongs to the subject: "Anteckningarna från den 10 september lades …".)
  const verbAt = PAST_VERB_RE.exec(text)?.index ?? 0;
  return !findDates(text).some((date) => date.start > verbAt) && !HISTORY.test(text);
}
