// Stage 1b: the document's structure, before anything is read as content.
// Every line gets `start` (where an item begins, or null) and `attendance`.
//  1. Numbered lines in every scheme of numbering.ts are item starts.
//  2. Attendance lists are not items: after a label ("Närvarande", "Beslutande",
//     "Attendees", "Sent regrets" …) the next line, and every following list line
//     that reads as a name ("Mr. Ken Coar, Director", "Anna Berg (S)"), belong to
//     the list, numbered or not.
//  3. A document with fewer than two numbered items is structured by its
//     headings instead: a short capitalised line between blank lines, not a
//     sentence, not a label, starts an item (wiki minutes, "Mötets öppnande").
import { findDates } from "./dates";
import { itemStart } from "./numbering";
import type { Line } from "./types";

/** Labels that open an attendance list (the line alone, or ending in the label and a colon). */
const ATTENDANCE_LABEL =
  /^(?:närvarande(?:\s+\p{L}+){0,3}|beslutande(?:\s+ledamöter)?|ledamöter|ersättare|tjänstgörande ersättare|frånvarande(?:\s+\p{L}+){0,2}|deltagare|övriga deltagare|övriga närvarande|adjungerade?|adjungerande|attendees|attendance|present|absent|in attendance|board members|guests(?:\/observers)?|observers|sent regrets|regrets|apologies|expected,? but not present|not present)\s*(?:var|voro|är|were)?\s*:?$/iu;
const ATTENDANCE_SUFFIX = /(?:^|\s)(?:attendees|närvarande|present)\s*:$/iu;
const LEAD_IN = /(?<!\p{L})(?:närvar\p{L}*|adjunger\p{L}*|frånvar\p{L}*|deltog|deltar|present|attend\p{L}*)(?:\s+\p{L}+){0,3}\s+(?:var|voro|är|were)\s*:?$/iu;

/** A list line: "1. …", "• …", "- …" (bullets are already "• "). */
const LIST_ITEM = /^(?:\d{1,2}[.)]|•)\s+(.*)$/u;
/**
 * A name as attendance lists write it: "Mr. Ken Coar, Director", "Anna Berg (S)",
 * "C Magnus Berglund (punkter 1-18)", "Partiledare Anna Troberg": two to four
 * capitalised words, then perhaps a role after a comma or in brackets.
 */
const NAME = /^(?:(?:mr|ms|mrs|dr)\.?\s+)?\p{Lu}[\p{L}'’.\-]*(?:\s+(?:\p{Lu}[\p{L}'’.\-]*|v\.|von|van|de|af)){1,4}\s*(?:[,(–-].*)?$/u;

export type StructureOptions = {
  /** Lines that are something else than a heading (section headings, block labels, the footer). */
  notHeading: (text: string) => boolean;
};

export function markStructure(lines: Line[], options: StructureOptions): void {
  for (const line of lines) {
    // reflow.ts may already have said where an item starts in a line it cut.
    line.start = line.start ?? (line.text === "" ? null : itemStart(line.text));
    line.attendance = false;
  }
  markAttendance(lines);
  const numbered = lines.filter((l) => l.start && l.start.number !== null && !l.start.sub).length;
  if (numbered < 2) markHeadings(lines, options);
}

function markAttendance(lines: Line[]): void {
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i].text;
    // "Närvarande", "Attendees:", or a lead-in "Därtill vid detta möte adjungerad var".
    const labelOnly = ATTENDANCE_LABEL.test(text) || ATTENDANCE_SUFFIX.test(text) || LEAD_IN.test(text);
    const labelled = /^(?:närvarande|beslutande|deltagare|attendees|present|frånvarande)(?:\s+\p{L}+){0,2}\s*:\s*\S/iu.test(text);
    if (!labelOnly && !labelled) continue;
    if (lines[i].start) continue; // "§ 2. Närvarande ledamöter voro:" is an item of its own.
    lines[i].attendance = true;
    let j = i + 1;
    let first = labelOnly;
    for (; j < lines.length; j++) {
      const line = lines[j];
      if (line.text === "") continue;
      if (ATTENDANCE_LABEL.test(line.text)) break; // the next list starts; the loop above takes it
      const item = LIST_ITEM.exec(line.text);
      const content = item ? item[1] : line.text;
      if (first && !item && !/[.!?]$/u.test(content)) {
        // "Närvarande" / "Mattias Blomgren, Sven-Erik Jonsson, …": the line after the label.
        line.attendance = true;
        line.start = null;
        first = false;
        continue;
      }
      first = false;
      // Names one to a line ("Beslutande" / "Anna Berg (S)" / "Per Holm (M)") or as a list.
      if (NAME.test(content) && content.length <= 90) {
        line.attendance = true;
        line.start = null;
        continue;
      }
      break;
    }
    i = j - 1;
  }
}

function markHeadings(lines: Line[], options: StructureOptions): void {
  const prevBlank = (i: number) => i === 0 || lines[i - 1].text === "";
  const nextNonBlank = (i: number) => lines.slice(i + 1).find((l) => l.text !== "");
  const nextBlank = (i: number) => i + 1 >= lines.length || lines[i + 1].text === "";
  // The first line is the document's title, not a heading.
  const first = lines.findIndex((l) => l.text !== "");
  for (let i = first + 1; i < lines.length; i++) {
    const line = lines[i];
    const text = line.text;
    if (text === "" || line.start || line.attendance) continue;
    const wordsIn = text.split(/\s+/u).length;
    const looksLikeHeading =
      /^\p{Lu}/u.test(text) &&
      text.length <= 70 &&
      wordsIn <= 9 &&
      !/[.,;:!?]$/u.test(text) &&
      !/^\d/u.test(text) &&
      prevBlank(i) &&
      nextBlank(i) &&
      nextNonBlank(i) !== undefined &&
      !ATTENDANCE_LABEL.test(text) &&
      findDates(text).length === 0 &&
      !options.notHeading(text) &&
      // Not the last word a function word ("It was", "Styrelsen beslöt att").
      !/\s(?:was|were|is|att|och|som|the|of|to|and|that)$/iu.test(text);
    if (looksLikeHeading) line.start = { number: null, sub: false, title: text };
  }
}
