// Scoring a parse against the hand-written structure of a real document
// (tests/import/corpus/real/{dev,heldout}). Looser than score.ts, because real
// minutes are annotated by a person reading them, not by the parser's rules:
// - items match on their title (mostly the same words) or on number + some words;
// - a decision is right when most of the words of the shorter text (expected or
//   found) are in the other, and the found text is not a whole page;
// - a mandate is right on the matched item, with the right assignee (case, "the",
//   "Mr./Ms." ignored; the found name may go on: "Malin Amnefelt med stöd av …")
//   and mostly the same task;
// - dates are every calendar day the document names (the meeting's own day
//   included), compared as a set of YYYY-MM-DD;
// - the meeting date is scored on its own.
import type { ParsedMinutes } from "./types";

export type Count = { expected: number; found: number; correct: number };
export const REAL_MEASURES = ["items", "decisions", "mandates", "dates", "meetingDate"] as const;
export type RealMeasure = (typeof REAL_MEASURES)[number];
export type RealScore = Record<RealMeasure, Count> & {
  /** Decisions found in a document that is an agenda (nothing can have been decided). */
  inventedOnAgenda: number;
  /** Right decisions whose outcome (approved, noted, elected …) is also right. */
  outcomes: { correct: number; of: number };
  /** The meeting title is an attendance line ("Närvarande: …", "Attendees"). */
  attendanceTitle: number;
};

export type RealExpected = {
  file: string;
  organisation: string;
  documentKind: "minutes" | "agenda";
  meeting: { date: string | null };
  items: Array<{ number: string | null; title: string; decision: string | null; outcome: string | null }>;
  mandates: Array<{ item: number; assignee: string | null; task: string; dueDate: string | null }>;
  dates: string[];
};

export const words = (text: string | null): string[] => (text ?? "").toLowerCase().match(/[\p{L}\d]+/gu) ?? [];

function common(a: string[], b: string[]): number {
  const pool = [...b];
  let n = 0;
  for (const w of a) {
    const at = pool.indexOf(w);
    if (at >= 0) {
      n += 1;
      pool.splice(at, 1);
    }
  }
  return n;
}
/** Shared words over the longer text. */
export const overLonger = (a: string[], b: string[]) => (a.length + b.length === 0 ? 1 : common(a, b) / Math.max(a.length, b.length));
/** Shared words over the shorter text. */
export const overShorter = (a: string[], b: string[]) => (Math.min(a.length, b.length) === 0 ? 0 : common(a, b) / Math.min(a.length, b.length));

const HONORIFIC = /^(?:the|mr|ms|mrs|dr)$/u;
function sameAssignee(expected: string | null, found: string | null): boolean {
  if (expected === null || found === null) return expected === found;
  const e = words(expected).filter((w) => !HONORIFIC.test(w));
  const f = words(found).filter((w) => !HONORIFIC.test(w));
  if (e.length === 0 || f.length < e.length) return false;
  return e.every((w, i) => f[i] === w);
}

/**
 * Items: for each expected item the first unused found item with the same title
 * (or number and some words), preferring one whose having a decision agrees.
 * Expected index → found index.
 */
export function matchItems(expected: RealExpected, actual: ParsedMinutes["items"]): Map<number, number> {
  const itemMap = new Map<number, number>();
  const used = new Set<number>();
  expected.items.forEach((item, e) => {
    const ew = words(item.title);
    const candidates = actual
      .map((a, i) => ({ a, i }))
      .filter(({ a, i }) => {
        if (used.has(i)) return false;
        const sim = overLonger(ew, words(a.title));
        const sameNumber = item.number !== null && a.number !== null && item.number === a.number;
        return sim >= 0.5 || (sameNumber && overShorter(ew, words(a.title)) >= 0.5);
      });
    const pick = candidates.find(({ a }) => (a.decision !== null) === (item.decision !== null)) ?? candidates[0];
    if (pick) {
      itemMap.set(e, pick.i);
      used.add(pick.i);
    }
  });
  return itemMap;
}

export function scoreReal(expected: RealExpected, parsed: ParsedMinutes): RealScore {
  const actual = parsed.isMinutes ? parsed.items : [];
  const itemMap = matchItems(expected, actual);

  let decisionsCorrect = 0;
  const outcomes = { correct: 0, of: 0 };
  expected.items.forEach((item, e) => {
    const a = itemMap.get(e);
    if (item.decision === null || a === undefined) return;
    const found = actual[a].decision;
    if (found === null) return;
    const ew = words(item.decision);
    const fw = words(found);
    if (overShorter(ew, fw) >= 0.5 && fw.length <= 4 * ew.length + 25) {
      decisionsCorrect += 1;
      outcomes.of += 1;
      if (item.outcome === actual[a].outcome) outcomes.correct += 1;
    }
  });

  const mandates = parsed.isMinutes ? parsed.mandates : [];
  const usedMandates = new Set<number>();
  let mandatesCorrect = 0;
  for (const m of expected.mandates) {
    const at = mandates.findIndex(
      (c, i) =>
        !usedMandates.has(i) &&
        c.item === itemMap.get(m.item) &&
        sameAssignee(m.assignee, c.assignee) &&
        overShorter(words(m.task), words(c.task)) >= 0.5,
    );
    if (at >= 0) {
      usedMandates.add(at);
      mandatesCorrect += 1;
    }
  }

  const foundDates = new Set<string>();
  if (parsed.isMinutes || parsed.meeting.date) {
    if (parsed.meeting.date) foundDates.add(parsed.meeting.date);
    for (const d of parsed.dates) {
      if (d.date) foundDates.add(d.date);
      if (d.end) foundDates.add(d.end);
    }
  }
  // (The meeting's own day is one of the days the document names, as the heading above says: an annotation that gives
  // it as the meeting's date but leaves it out of its list of dates is read with it.)
  const expectedDates = new Set([...expected.dates, ...(expected.meeting.date ? [expected.meeting.date] : [])]);
  const datesCorrect = [...foundDates].filter((d) => expectedDates.has(d)).length;

  const md = parsed.meeting.date;
  const isAgenda = expected.documentKind === "agenda";
  return {
    items: { expected: expected.items.length, found: actual.length, correct: itemMap.size },
    decisions: {
      expected: expected.items.filter((i) => i.decision !== null).length,
      found: actual.filter((i) => i.decision !== null).length,
      correct: decisionsCorrect,
    },
    mandates: { expected: expected.mandates.length, found: mandates.length, correct: mandatesCorrect },
    dates: { expected: expectedDates.size, found: foundDates.size, correct: datesCorrect },
    meetingDate: {
      expected: expected.meeting.date ? 1 : 0,
      found: md ? 1 : 0,
      correct: md !== null && md === expected.meeting.date ? 1 : 0,
    },
    inventedOnAgenda: isAgenda ? actual.filter((i) => i.decision !== null).length : 0,
    outcomes,
    attendanceTitle: /^(?:närvarande|beslutande|deltagare|ledamöter|attendees|attendance|present|in attendance)\b/iu.test(
      parsed.meeting.title ?? "",
    )
      ? 1
      : 0,
  };
}

export function addRealScores(scores: RealScore[]): RealScore {
  const zero = (): Count => ({ expected: 0, found: 0, correct: 0 });
  const total: RealScore = {
    items: zero(),
    decisions: zero(),
    mandates: zero(),
    dates: zero(),
    meetingDate: zero(),
    inventedOnAgenda: 0,
    outcomes: { correct: 0, of: 0 },
    attendanceTitle: 0,
  };
  for (const s of scores) {
    for (const m of REAL_MEASURES) {
      total[m].expected += s[m].expected;
      total[m].found += s[m].found;
      total[m].correct += s[m].correct;
    }
    total.inventedOnAgenda += s.inventedOnAgenda;
    total.outcomes.correct += s.outcomes.correct;
    total.outcomes.of += s.outcomes.of;
    total.attendanceTitle += s.attendanceTitle;
  }
  return total;
}

export const recallOf = (c: Count): number => (c.expected === 0 ? 1 : c.correct / c.expected);
export const precisionOf = (c: Count): number => (c.found === 0 ? 1 : c.correct / c.found);

/** The bar the held-out set is measured against (issue 13). */
export const HELD_OUT_BAR = {
  decisionRecall: 0.9,
  mandateRecall: 0.8,
  datePrecision: 0.95,
  inventedOnAgenda: 0,
};
