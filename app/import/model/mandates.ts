// The learned second reading of mandates: a sentence of an item that the model takes
// for a task, with someone named to do it (assignee.ts), is a mandate the rules did not
// see. A sentence whose task the rules already gave is left alone.
import type { ItemDraft } from "../items";
import type { MandateMatch } from "../mandates";
import type { Line } from "../types";
import { assigneeAndTask } from "./assignee";
import { unitFeatures, unitsOf, type Unit } from "./features";
import { probability, type LogisticModel } from "./logistic";

/** What the mandate model reads: a sentence's features, and whether someone is named to act in it. */
export function mandateFeatures(unit: Unit, title: string): string[] {
  return [...unitFeatures(unit, title), "who:named"];
}

const wordsOf = (text: string) => text.toLowerCase().match(/[\p{L}\d]+/gu) ?? [];
/** Most of the shorter text's words are in the longer: the same task. */
function sameTask(a: string, b: string): boolean {
  const [x, y] = [wordsOf(a), new Set(wordsOf(b))];
  const [short, long] = x.length <= y.size ? [x, y] : [wordsOf(b), new Set(x)];
  return short.length > 0 && short.filter((w) => long.has(w)).length / short.length >= 0.5;
}

/** The mandates the model finds in an item, beside those already found (`known` tasks). */
export function learnedMandates(draft: ItemDraft, model: LogisticModel, people: Set<string>, known: string[]): Array<{ found: MandateMatch; line: Line }> {
  const out: Array<{ found: MandateMatch; line: Line }> = [];
  for (const unit of unitsOf(draft)) {
    if (unit.isTitle || unit.inBackground) continue;
    const found = assigneeAndTask(unit.text, people);
    if (found === null || known.some((task) => sameTask(task, found.task))) continue;
    if (probability(model, mandateFeatures(unit, draft.title)) < model.threshold) continue;
    out.push({ found, line: unit.line });
    known.push(found.task);
  }
  return out;
}
