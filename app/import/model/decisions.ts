// The learned second reading of an item's decision: where the rules found none, the
// model weighs the item's title and every sentence of its text and takes the likeliest
// when it is likely enough. It never replaces a decision the rules found, and it never
// reads an agenda (parse.ts does not call it there): the rules stay the first and the
// explainable reading, the model covers wordings no rule has met.
import { decisionOutcome, decisionTense, startsDecision } from "../decisions";
import { blockLabel, type ItemDraft } from "../items";
import { TASK_LIST_TITLE } from "../lexicon";
import { unitFeatures, unitsOf, type Unit } from "./features";
import { probability, type LogisticModel } from "./logistic";

/**
 * The sentences the model may take for a decision: not where the rules know better. A report's or an
 * information item's text is the report; a labelled background or a proposal is not this meeting's
 * act; a past-tense decision the rules dated is history ("Styrgrupp ASK gav 2025-04-29 … uppdrag").
 */
export function decisionCandidates(draft: ItemDraft): Unit[] {
  if (draft.section === "report" || draft.section === "information") return [];
  // ("Att göra", "Action items": a list of tasks, each someone's, decides nothing.)
  if (TASK_LIST_TITLE.test(draft.title.trim())) return [];
  return unitsOf(draft).filter(
    (unit) =>
      !unit.inBackground &&
      // ("Ingen övrig fråga anmäldes.", "No other business.": that nothing more came up decides nothing.)
      !NOTHING.test(unit.text) &&
      // ("Ordföranden påminner om utbildningsdagen", "The Clerk reported that …": someone telling the meeting something.)
      !TELLS.test(unit.text) &&
      !(draft.proposal ?? "").includes(unit.text) &&
      // ("Ansvarig: Per Lind. När: nästa möte", "Föredragande: …": a label of who or what is no decision.)
      blockLabel(unit.line.text)?.kind !== "meta" &&
      !(decisionTense(unit.text) === "past" && !startsDecision(unit.text, { inBackground: false, perCapsulam: false })),
  );
}

const NOTHING = /^(?:(?:ingen|inga|inget)\s+(?:övrig|övriga|övrigt|andra|nya)|no\s+(?:other|further|any\s+other|new)\s+business)(?!\p{L})/iu;

const TELLS =
  /^(?:\p{Lu}[\p{L}'’-]*\s+){1,3}(?:informerar|informerade|påminner|påminde|berättar|berättade|redogör|redogjorde|presenterar|presenterade|rapporterar|rapporterade|meddelar|meddelade|informs|informed|reminds|reminded|reports|reported|presents|presented|updates|updated)(?!\p{L})/u;

/** Fill the decision of each item that has none with its likeliest sentence, when the model is sure enough; the items filled. */
export function fillDecisions(drafts: ItemDraft[], model: LogisticModel): ItemDraft[] {
  const filled: ItemDraft[] = [];
  for (const draft of drafts) {
    if (draft.decision !== null) continue;
    let best: { p: number; unit: Unit } | null = null;
    for (const unit of decisionCandidates(draft)) {
      const p = probability(model, unitFeatures(unit, draft.title));
      if (best === null || p > best.p) best = { p, unit };
    }
    if (best === null || best.p < model.threshold) continue;
    draft.decision = best.unit.text;
    draft.outcome = decisionOutcome(best.unit.text);
    draft.decisionGuessed = true;
    // The sentence moves from the item's text to its decision, as a decision the rules find does.
    if (!best.unit.isTitle && draft.background?.includes(best.unit.text)) {
      const rest = draft.background.replace(best.unit.text, "").replace(/[ \t]{2,}/gu, " ").replace(/^\s+|\s+$/gu, "");
      draft.background = rest === "" ? null : rest;
    }
    draft.decisionLines = [{ ...best.unit.line, text: best.unit.text }];
    filled.push(draft);
  }
  return filled;
}
