// The learned second reading of a document's structure: which lines head an item.
// The rules (structure.ts) know numberings, § paragraphs, marked-up headings and the
// standard headings of minutes; a document written in none of them ("Boat repairs." /
// "Membership fees." over their prose, no numbers) leaves them with an item or two, or
// none. There the model weighs each short line by its shape, its words and the lines
// around it, and the likeliest become the items' headings besides the rules' own. It
// never runs where the rules found a numbering. Where they found fewer than three items
// (the minutes of a meeting rarely hold fewer, so fewer says the rules missed the
// structure) a line more likely than not a heading is taken; where they found three or
// more under plain headings, only the lines it is surest of join them (`SUREST`).
import { decisionTense } from "../decisions";
import { findDates } from "../dates";
import { STANDARD_HEADING } from "../lexicon";
import type { Line } from "../types";
import { probability, type LogisticModel } from "./logistic";

/** A line the model may read as a heading: short, with letters, not attendance or a table of contents. */
export const isHeadingCandidate = (line: Line): boolean =>
  line.text !== "" && !line.attendance && !line.toc && !line.start?.sub && line.text.length <= 100 && /\p{L}{2}/u.test(line.text);

/** The line as a heading reads it: no bullet, markup or number before its words. */
export const headingText = (text: string): string =>
  text
    .replace(/^(?:[#=]+\s*|[•*\-–]\s+|\*\*|__)+/u, "")
    .replace(/(?:\*\*|__|\s*=+)$/u, "")
    .replace(/^(?:§\s*)?\d{1,3}(?:\.\d{1,2})*[.):]?\s+/u, "")
    .trim();

const wordsOf = (text: string): string[] =>
  (text.toLowerCase().match(/[\p{L}\d]+/gu) ?? []).map((w) => (/\d/u.test(w) ? "#" : w));

const bucket = (n: number, edges: number[]): string => String(edges.findIndex((e) => n <= e) === -1 ? edges.length : edges.findIndex((e) => n <= e));

/** How a neighbouring line looks: missing, or its length and how it ends and begins. */
function neighbour(line: Line | undefined, k: string): string[] {
  if (!line) return [`${k}:none`];
  const t = line.text;
  const f = [`${k}:len${bucket(wordsOf(t).length, [2, 5, 10, 20])}`];
  if (/[.!?]$/u.test(t)) f.push(`${k}:stop`);
  if (/:$/u.test(t)) f.push(`${k}:colon`);
  if (/^\p{Ll}/u.test(t)) f.push(`${k}:lower`);
  if (/^(?:•|[-*–]\s)/u.test(t)) f.push(`${k}:bullet`);
  if (line.attendance) f.push(`${k}:attendance`);
  return f;
}

/** Where each line stands among the lines with text: the nearest ones before and after it, and its rank. */
type Around = { prev: Array<Line | undefined>; next: Array<Line | undefined>; rank: number[]; withText: number };
function around(lines: Line[]): Around {
  const prev: Array<Line | undefined> = [];
  const next: Array<Line | undefined> = new Array(lines.length);
  const rank: number[] = [];
  let last: Line | undefined;
  let count = 0;
  for (const line of lines) {
    prev.push(last);
    rank.push(count);
    if (line.text !== "") {
      last = line;
      count += 1;
    }
  }
  let following: Line | undefined;
  for (let i = lines.length - 1; i >= 0; i--) {
    next[i] = following;
    if (lines[i].text !== "") following = lines[i];
  }
  return { prev, next, rank, withText: count };
}

/** The features of the line at `at` (a candidate) among the document's lines. */
function features(lines: Line[], at: number, ctx: Around): string[] {
  const line = lines[at];
  const raw = line.text;
  const text = headingText(raw);
  const words = wordsOf(text);
  const f: string[] = [];
  for (const w of words.slice(0, 8)) f.push(`w:${w}`);
  if (words.length > 0) f.push(`f:${words[0]}`, `l:${words[words.length - 1]}`);
  if (words.length > 1) f.push(`f2:${words[0]}_${words[1]}`);
  f.push(`len:${bucket(words.length, [1, 2, 3, 5, 8, 12, 20])}`);
  if (/^\p{Lu}/u.test(text)) f.push("shape:capital");
  if (/^\p{Ll}/u.test(text)) f.push("shape:lower");
  if (text.length >= 3 && !/\p{Ll}/u.test(text)) f.push("shape:upper");
  if (/:$/u.test(text)) f.push("shape:colon-end");
  else if (/:/u.test(text)) f.push("shape:colon");
  if (/[.!]$/u.test(text)) f.push("shape:stop");
  if (/\?$/u.test(text)) f.push("shape:question");
  if (/[,;]$/u.test(text)) f.push("shape:comma");
  if (/^(?:[#=]|\*\*|__)/u.test(raw)) f.push("shape:markup");
  if (/^(?:•|[-*–]\s)/u.test(raw)) f.push("shape:bullet");
  // (Not whether a number stood first: where the model reads, the rules found no numbering.)
  const capitals = (text.match(/(?<=\s)\p{Lu}\p{Ll}+/gu) ?? []).length;
  f.push(`caps:${bucket(words.length <= 1 ? 0 : capitals / (words.length - 1), [0, 0.5, 0.99])}`);
  if (findDates(text).length > 0) f.push("has:date");
  if (/\d/u.test(text)) f.push("has:digit");
  if (STANDARD_HEADING.test(text)) f.push("rule:standard");
  if (decisionTense(text) !== null) f.push("rule:decides");
  // The lines around it: blank or not, and how the nearest ones with text look.
  f.push(`blank:${lines[at - 1]?.text === "" ? "b" : ""}${lines[at + 1]?.text === "" ? "a" : ""}`);
  f.push(...neighbour(ctx.prev[at], "prev"), ...neighbour(ctx.next[at], "next"));
  const rank = ctx.rank[at];
  f.push(`pos:${rank < 3 ? rank : bucket(rank / ctx.withText, [0.1, 0.5, 0.9])}`);
  return f;
}

/** Each candidate line (isHeadingCandidate) with its features. */
export function headingUnits(lines: Line[]): Array<{ line: Line; features: string[] }> {
  const ctx = around(lines);
  return lines.flatMap((line, at) => (isHeadingCandidate(line) ? [{ line, features: features(lines, at, ctx) }] : []));
}

const BULLET = /^(?:•|[-*–]\s)/u;

/** A sentence: five words or more, ending in a full stop. */
const SENTENCE = /^(?:\S+\s+){4,}\S*[.!]$/u;

/** The lines the model takes for headings (at least `least` of them, else none). */
export function headingsByModel(lines: Line[], model: LogisticModel, least = 2): Line[] {
  const taken = new Set(headingUnits(lines).filter((u) => probability(model, u.features) >= model.threshold).map((u) => u.line));
  // A sentence straight under a line taken for a heading (five words or more, a full stop) is that heading's text,
  // not the next heading: "Membership fees." / "All agreed that fees stay the same for 2024."
  let above: Line | undefined;
  for (const line of lines) {
    if (line.text === "") continue;
    // (Under a heading the rules found too: "Approval of 2025 Budget - Presented by Anna Berg" / "Anna moved to …".)
    if (above && (taken.has(above) || above.start) && taken.has(line) && SENTENCE.test(line.text)) taken.delete(line);
    above = line;
  }
  const picked = lines.filter((line) => taken.has(line));
  return picked.length >= least ? picked : [];
}

/**
 * Where the rules found three items or more under plain headings, a line the model is this sure of heads an item too
 * ("Treasurer's Report" between "Old Business" and "New Business", written as the rules' headings were not). Chosen with
 * organisations left out (scripts/import-train.ts prints it): surer misses more, less sure splits items the annotators
 * kept whole and moves their tasks.
 */
export const SUREST = 0.95;

/**
 * Where the rules found no numbering (no numbered item start: a § extract of one paragraph is read by the rules),
 * the model's headings start the items: when it finds two or more, or, `alongside` the rules' three or more, each it
 * is surest of. True when it marked any.
 */
export function markLearnedHeadings(lines: Line[], model: LogisticModel, alongside = false): boolean {
  if (lines.some((l) => l.start && l.start.number !== null)) return false;
  // (Beside the rules' headings a bullet or a sentence is what stands under one: "- Consensus: approve the travel
  // budget …", a glued row of an action table "Gavin HoldenFollow up on improving the clubs helmet lighting.".)
  const under = (line: Line) => BULLET.test(line.text) || SENTENCE.test(line.text);
  const picked = (alongside ? headingsByModel(lines, { ...model, threshold: SUREST }, 1).filter((line) => !under(line)) : headingsByModel(lines, model)).filter(
    (line) => !line.start,
  );
  for (const line of picked) line.start = { number: null, sub: false, title: headingText(line.text) };
  return picked.length > 0;
}
