// How an agenda item's first line is numbered. Kept apart so that sections.ts
// (where does the first item start?) and items.ts (where does each start?) agree.

export type ItemStart = {
  /** The number without punctuation: "1", "5", "5.1"; for a sub-item just its letter: "a". */
  number: string;
  /** True for "a)", "b." sub-items: they belong to the item above. */
  sub: boolean;
  /** The rest of the line (may be empty when the title is on the next line). */
  title: string;
};

const PATTERNS: Array<{ re: RegExp; sub: boolean }> = [
  // "§ 5 Budget", "§5. Budget", "§ 12: Budget", "§ 5" alone (title on the next line).
  { re: /^§\s*(\d{1,3})\s*[.:)]?(?:\s+(.*))?$/u, sub: false },
  // "5 § Budget", "5 §. Budget".
  { re: /^(\d{1,3})\s*§\s*[.:]?(?:\s+(.*))?$/u, sub: false },
  // "5.1 Budget": a numbered sub-point, kept as its own item.
  { re: /^(\d{1,2}\.\d{1,2})\.?\s+(\p{Lu}.*)$/u, sub: false },
  // "1. Title", "1) Title", "1." alone. Not "1.5 miljoner" (no space) and not "15 oktober" (no dot).
  { re: /^(\d{1,2})[.)](?:\s+(.*))?$/u, sub: false },
  // "a) Title", "b. Title": sub-items.
  { re: /^([a-h])[.)]\s+(\S.*)$/u, sub: true },
];

/** Recognise the start of an item; null when the line is ordinary text. */
export function itemStart(text: string): ItemStart | null {
  for (const { re, sub } of PATTERNS) {
    const m = re.exec(text);
    if (!m) continue;
    const title = (m[2] ?? "").trim();
    // "att godkänna …" after a number or letter is a clause of a decision list, not an item.
    if (/^att\s/iu.test(title)) return null;
    return { number: m[1], sub, title };
  }
  return null;
}
