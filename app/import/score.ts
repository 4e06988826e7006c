// Scoring a parse against an expected result (the corpus in tests/import/corpus).
// Used by scripts/import-eval.ts and by the corpus test, so both count alike.
import type { ImportJson } from "./types";

export type Count = { expected: number; found: number; correct: number };
export type Score = { items: Count; decisions: Count; mandates: Count; dates: Count };
export type Measure = keyof Score;
export const MEASURES: Measure[] = ["items", "decisions", "mandates", "dates"];

const words = (text: string | null): string[] =>
  (text ?? "").toLowerCase().match(/[\p{L}\d]+/gu) ?? [];
const norm = (text: string | null): string => words(text).join(" ");

/** Share of words in common, against the longer text: 1 for the same words, 0 for none. */
export function similarity(a: string | null, b: string | null): number {
  const left = words(a);
  const right = words(b);
  if (left.length === 0 && right.length === 0) return 1;
  const pool = [...right];
  let common = 0;
  for (const word of left) {
    const at = pool.indexOf(word);
    if (at >= 0) {
      common += 1;
      pool.splice(at, 1);
    }
  }
  return common / Math.max(left.length, right.length);
}

const SAME_TEXT = 0.6;

/**
 * - items: same section and same title (words, case ignored);
 * - decisions: a matched item has a decision on both sides, with mostly the same words;
 * - mandates: on the matched item, the same assignee (null for none) and mostly the same task;
 * - dates: the same kind, date and end.
 */
export function scoreParse(expected: ImportJson, actual: ImportJson): Score {
  // Items, matched in order: expected index → actual index.
  const itemMap = new Map<number, number>();
  const usedItems = new Set<number>();
  expected.items.forEach((item, e) => {
    const a = actual.items.findIndex(
      (candidate, index) =>
        !usedItems.has(index) && candidate.section === item.section && norm(candidate.title) === norm(item.title),
    );
    if (a >= 0) {
      itemMap.set(e, a);
      usedItems.add(a);
    }
  });

  let decisionsCorrect = 0;
  expected.items.forEach((item, e) => {
    const a = itemMap.get(e);
    if (item.decision === null || a === undefined) return;
    const found = actual.items[a].decision;
    if (found !== null && similarity(item.decision, found) >= SAME_TEXT) decisionsCorrect += 1;
  });

  const usedMandates = new Set<number>();
  let mandatesCorrect = 0;
  for (const mandate of expected.mandates) {
    const a = actual.mandates.findIndex(
      (candidate, index) =>
        !usedMandates.has(index) &&
        candidate.item === itemMap.get(mandate.item) &&
        norm(candidate.assignee) === norm(mandate.assignee) &&
        similarity(candidate.task, mandate.task) >= SAME_TEXT,
    );
    if (a >= 0) {
      usedMandates.add(a);
      mandatesCorrect += 1;
    }
  }

  const key = (d: { date: string | null; end: string | null; kind: string }) => `${d.kind}|${d.date}|${d.end}`;
  const pool = actual.dates.map(key);
  let datesCorrect = 0;
  for (const date of expected.dates) {
    const at = pool.indexOf(key(date));
    if (at >= 0) {
      datesCorrect += 1;
      pool.splice(at, 1);
    }
  }

  return {
    items: { expected: expected.items.length, found: actual.items.length, correct: itemMap.size },
    decisions: {
      expected: expected.items.filter((i) => i.decision !== null).length,
      found: actual.items.filter((i) => i.decision !== null).length,
      correct: decisionsCorrect,
    },
    mandates: { expected: expected.mandates.length, found: actual.mandates.length, correct: mandatesCorrect },
    dates: { expected: expected.dates.length, found: actual.dates.length, correct: datesCorrect },
  };
}

/** Recall: share of what was expected that was found right (1 when nothing was expected). */
export const recall = (c: Count): number => (c.expected === 0 ? 1 : c.correct / c.expected);
/** Precision: share of what was found that was right (1 when nothing was found). */
export const precision = (c: Count): number => (c.found === 0 ? 1 : c.correct / c.found);

export function addScores(scores: Score[]): Score {
  const zero = (): Count => ({ expected: 0, found: 0, correct: 0 });
  const total: Score = { items: zero(), decisions: zero(), mandates: zero(), dates: zero() };
  for (const score of scores) {
    for (const measure of MEASURES) {
      total[measure].expected += score[measure].expected;
      total[measure].found += score[measure].found;
      total[measure].correct += score[measure].correct;
    }
  }
  return total;
}

/** The bar the corpus must clear (scripts/import-eval.ts exits non-zero below it). */
export const THRESHOLDS: Array<{ measure: Measure; metric: "recall" | "precision"; min: number }> = [
  { measure: "items", metric: "recall", min: 0.95 },
  { measure: "decisions", metric: "recall", min: 0.95 },
  { measure: "mandates", metric: "recall", min: 0.85 },
  { measure: "dates", metric: "precision", min: 0.95 },
];

/** The thresholds a total score falls short of, as readable lines; empty when all are met. */
export function shortfalls(total: Score): string[] {
  return THRESHOLDS.flatMap(({ measure, metric, min }) => {
    const value = metric === "recall" ? recall(total[measure]) : precision(total[measure]);
    return value < min ? [`${measure} ${metric} ${(value * 100).toFixed(1)} % < ${(min * 100).toFixed(0)} %`] : [];
  });
}
