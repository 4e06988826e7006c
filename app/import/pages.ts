// Stage 0b: a PDF kept line by line (the way a municipal protocol is copied out of its
// PDF) repeats the page's furniture on every page: the running head ("KOMMUNSTYRELSEN",
// "PROTOKOLL", "Sammanträdesdatum", "2015-05-05") and foot ("Ordförandens och
// justerarens signaturer", "Utdragsbestyrkande", "Sidan 3 av 26"). Between two items it
// becomes the next item's title ("KS § 77" over "PROTOKOLL") or the end of a decision.
// Found by its shape and its repetition, never by its words:
//  - a page marker ("Sidan 3 av 26", "Sida 2(9)", "3 (24)", "Page 2 of 5") is furniture;
//  - with two or more page markers, a short line that comes back on three pages or more,
//    once or twice a page, is furniture after the first page (the head of page 1 keeps it, for the
//    document's name and day). A line that comes back on one page ("Ja", "Ja", "Nej" in a
//    vote) is text; so is a label, an item's start and a line that decides.
// A furniture line is blanked, not removed, so every other line keeps its number.
import { itemStart } from "./numbering";
import type { Line } from "./types";

/** "Sidan 3 av 26", "Sida 2(9)", "3 (24)", "2 av 6", "Page 2 of 5", "- 3 -", "(3)". */
const PAGE_MARKER = /^(?:\(\s*\d{1,3}\s*\)|(?:sid(?:a|an)?|page|s\.)\s*\d{1,3}(?:\s*(?:\(\s*\d{1,3}\s*\)|(?:av|of|\/)\s*\d{1,3}))?|\d{1,3}\s*(?:\(\s*\d{1,3}\s*\)|(?:av|of)\s+\d{1,3})|[-–]\s*\d{1,3}\s*[-–])$/iu;
/** Longer than this, a repeated line is a sentence someone wrote twice, not a running head. */
const SHORT = 80;

export function isPageMarker(text: string): boolean {
  return PAGE_MARKER.test(text.trim());
}

/**
 * Blank the running heads and feet of a paginated text. `keep` says which repeated lines
 * are text whatever their repetition (labels, lines that decide).
 */
export function stripPageFurniture(lines: Line[], keep: (text: string) => boolean): Line[] {
  // (A marker is short: the test runs on short lines only.)
  const marker = lines.map((l) => l.text !== "" && l.text.length <= 16 && isPageMarker(l.text));
  if (marker.filter(Boolean).length < 2) return lines;
  // Pages run from one marker to the next.
  const pagesOf = new Map<string, Set<number>>();
  const timesOnPage = new Map<string, number>();
  let page = 0;
  for (const [i, line] of lines.entries()) {
    if (line.text === "") continue;
    if (marker[i]) {
      page += 1;
      continue;
    }
    if (line.text.length > SHORT) continue;
    const key = `${page}\u0000${line.text}`;
    timesOnPage.set(key, (timesOnPage.get(key) ?? 0) + 1);
    const pages = pagesOf.get(line.text) ?? new Set<number>();
    pages.add(page);
    pagesOf.set(line.text, pages);
  }
  const furniture = new Set<string>();
  for (const [text, pages] of pagesOf) {
    if (pages.size < 3) continue;
    // Once a page (twice, when the head and the foot say it): more on some page makes it text (a vote, a table's column).
    if ([...pages].some((p) => (timesOnPage.get(`${p}\u0000${text}`) ?? 0) > 2)) continue;
    if (itemStart(text) !== null || keep(text)) continue;
    furniture.add(text);
  }
  let onFirstPage = true;
  return lines.map((line, i) => {
    if (line.text === "") return line;
    if (marker[i]) {
      onFirstPage = false;
      return { ...line, text: "" };
    }
    return furniture.has(line.text) && !onFirstPage ? { ...line, text: "" } : line;
  });
}
