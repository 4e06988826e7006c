// What the learned model reads: an item's text cut into sentences ("units"), and each
// sentence described as a bag of string features. Words and word pairs say what is
// written; word endings let an unseen inflection ("fastställdes", "antogs") borrow from
// seen ones; the rules' own reading (decision tense, a mandate phrase) is one feature
// among others, so the model learns when to trust them.
import { decisionTense, startsDecision } from "../decisions";
import type { ItemDraft } from "../items";
import { sentences } from "../items";
import { findMandate } from "../mandates";
import type { Line } from "../types";

/** One sentence of an item's text, with the line it starts on. */
export type Unit = { text: string; line: Line; index: number; of: number; inBackground: boolean; isTitle: boolean };

/** Lines of one paragraph joined where a sentence wraps (the next line goes on in lower case). */
function paragraphs(lines: Line[]): Array<{ line: Line; text: string }> {
  const out: Array<{ line: Line; text: string }> = [];
  let open = false;
  for (const line of lines) {
    if (line.text === "" || line.attendance) {
      open = false;
      continue;
    }
    const last = out[out.length - 1];
    if (open && last && /^\p{Ll}/u.test(line.text) && !/[.:;!?]$/u.test(last.text)) last.text = `${last.text} ${line.text}`;
    else out.push({ line, text: line.text });
    open = true;
  }
  return out;
}

/**
 * The item's title (minutes often write the decision as the heading: "Rosmari Johansson justerar
 * protokollet") and the sentences of its text under the title (at most 60: a page-long item is read in part).
 */
export function unitsOf(draft: ItemDraft): Unit[] {
  const background = new Set(draft.backgroundLines.map((l) => l.no));
  const body = paragraphs(draft.bodyLines)
    .flatMap(({ line, text }) => sentences(text).map((s) => ({ line, text: s.trim() })))
    .filter((u) => /\p{L}/u.test(u.text))
    .slice(0, 60);
  // (An agenda entry the minutes never wrote up decides nothing, whatever its title says: structure.ts.)
  const title = draft.lines[0] && !draft.lines[0].unwritten ? [{ line: draft.lines[0], text: draft.title, index: -1, of: body.length, inBackground: false, isTitle: true }] : [];
  return [...title, ...body.map((u, index) => ({ ...u, index, of: body.length, inBackground: background.has(u.line.no), isTitle: false }))];
}

const wordsOf = (text: string): string[] =>
  (text.toLowerCase().match(/[\p{L}\d]+/gu) ?? []).map((w) => (/\d/u.test(w) ? "#" : w));

const bucket = (n: number, edges: number[]): string => String(edges.findIndex((e) => n <= e) === -1 ? edges.length : edges.findIndex((e) => n <= e));

export function unitFeatures(unit: Unit, title: string): string[] {
  const text = unit.text;
  const words = wordsOf(text);
  // A title's words weigh apart from a sentence's: "Val av justerare" is a heading, "Anna valdes" is not.
  const k = unit.isTitle ? "T" : "";
  const f: string[] = unit.isTitle ? ["is:title"] : [];
  for (const w of words) {
    f.push(`${k}w:${w}`);
    if (w.length >= 5) f.push(`${k}s:${w.slice(-3)}`, `${k}p:${w.slice(0, 5)}`);
  }
  for (let i = 0; i + 1 < words.length; i++) f.push(`b:${words[i]}_${words[i + 1]}`);
  if (words.length > 0) f.push(`f:${words[0]}`, `l:${words[words.length - 1]}`);
  if (words.length > 1) f.push(`f2:${words[0]}_${words[1]}`);
  f.push(`len:${bucket(words.length, [2, 4, 8, 15, 30, 60])}`);
  if (/^\p{Lu}/u.test(text)) f.push("shape:capital");
  if (/^\p{Lu}{3,}/u.test(text)) f.push("shape:upper");
  if (/:/u.test(text)) f.push("shape:colon");
  if (/\(/u.test(text)) f.push("shape:paren");
  if (/[.!]$/u.test(text)) f.push("shape:stop");
  if (/^•/u.test(text)) f.push("shape:bullet");
  const capitals = (text.match(/(?<=\s)\p{Lu}\p{Ll}+/gu) ?? []).length;
  f.push(`caps:${bucket(capitals, [0, 1, 3])}`);
  if (!unit.isTitle) f.push(`pos:${unit.index === 0 ? "first" : unit.index === unit.of - 1 ? "last" : "mid"}`, `of:${bucket(unit.of, [1, 3, 8])}`);
  if (unit.inBackground) f.push("in:background");
  const tense = decisionTense(text);
  f.push(`rule:tense:${tense ?? "none"}`);
  if (startsDecision(text, { inBackground: unit.inBackground, perCapsulam: false })) f.push("rule:starts");
  if (findMandate(text) !== null) f.push("rule:mandate");
  if (!unit.isTitle) for (const w of wordsOf(title).slice(0, 8)) f.push(`t:${w}`);
  return f;
}
