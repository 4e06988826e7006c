// Swedish words to the stems the index holds: Snowball's Swedish stemmer, plus
// the definite neuter "-et" it leaves alone ("uppdraget", "beslutet"), so that
// every inflection of a word meets its other forms. Letters are Unicode
// letters: å, ä and ö stay themselves ("kamratstöd" is not "kamratstod").
import snowball from "snowball-stemmers";

const swedish = snowball.newStemmer("swedish");
const WORD = /[\p{L}\p{N}]+/gu;
const VOWELS = "aeiouyåäö";

// Texts repeat their words: stems are remembered (bounded, cleared when full).
const memo = new Map<string, string>();
const MEMO_SIZE = 50_000;

export function stemWord(word: string): string {
  const known = memo.get(word);
  if (known !== undefined) return known;
  const stem = computeStem(word);
  if (memo.size >= MEMO_SIZE) memo.clear();
  memo.set(word, stem);
  return stem;
}

function computeStem(word: string): string {
  const lower = word.toLowerCase();
  if (!/\p{L}/u.test(lower)) return lower;
  let stem = swedish.stem(lower);
  // "uppdraget" → "uppdrag", "beslutet" → "beslut"; short words ("paket") keep theirs.
  if (stem.endsWith("et") && stem.length >= 7 && !VOWELS.includes(stem[stem.length - 3])) stem = stem.slice(0, -2);
  return stem;
}

/** The words of a text, in order, with where each starts. */
export function words(text: string): Array<{ word: string; index: number }> {
  return Array.from(text.matchAll(WORD), (m) => ({ word: m[0], index: m.index ?? 0 }));
}

/** A text as the space-separated stems the index stores. */
export function stemText(text: string): string {
  return words(text)
    .map((w) => stemWord(w.word))
    .join(" ");
}
