// Is a parsed file ready to import, to be looked at first, or not minutes at all?
// A file that half-parses is never saved silently with gaps: the archive import
// (npm run import -- DIR/) saves only "imported" files and lists the rest in its
// report; the web import shows every file's preview with these reasons on top.
import type { ImportNote } from "./notes";
import type { ParsedMinutes } from "./types";

export type ImportStatus = "imported" | "needs_review" | "failed";
/** The reasons are notes (notes.ts), put in words by the web preview in the interface's language, by the archive CLI in Swedish. */
export type ImportVerdict = { status: ImportStatus; reasons: ImportNote[] };

/** Notes of the parser's that the review repeats: a guess at the structure, looked at before it is saved. */
const STRUCTURE_GUESSED: Array<ImportNote["code"]> = [
  // Items read out of plain paragraphs (paragraphs.ts).
  "paragraph_items",
  // Items under headings the learned reading found (model/headings.ts).
  "learned_headings",
  // A page read as one item because no heading started any (meeting-page.ts).
  "one_meeting_page",
];

export function verdict(parsed: ParsedMinutes, rawText: string): ImportVerdict {
  if (!parsed.isMinutes) {
    return { status: "failed", reasons: [{ code: "not_meeting_document" }] };
  }
  const reasons: ImportNote[] = [];
  if (parsed.items.length === 0) reasons.push({ code: "no_items" });
  if (parsed.meeting.date === null) reasons.push({ code: "no_meeting_date" });
  const longLines = rawText.split(/\r?\n/u).filter((l) => l.length > 600).length;
  if (longLines > 0) reasons.push({ code: "long_lines" });
  if (parsed.items.some((i) => i.title.length > 160)) reasons.push({ code: "long_title" });
  if (parsed.items.some((i) => (i.decision ?? "").length > 2000)) reasons.push({ code: "long_decision" });
  const gaps = numberGaps(parsed.items.map((i) => i.number));
  if (gaps.length > 0) reasons.push({ code: "number_gaps", numbers: gaps });
  if (parsed.documentKind === "minutes" && parsed.items.length >= 3 && !parsed.items.some((i) => i.decision !== null)) {
    reasons.push({ code: "no_decisions" });
  }
  for (const code of STRUCTURE_GUESSED) {
    const note = parsed.warnings.find((w) => w.code === code);
    if (note) reasons.push(note);
  }
  if (parsed.mandates.some((m) => m.assignee === null)) reasons.push({ code: "mandate_without_assignee" });
  if (parsed.dates.some((d) => d.date === null)) reasons.push({ code: "days_without_year" });
  return { status: reasons.length > 0 ? "needs_review" : "imported", reasons };
}

/** Whole numbers missing from a run of item numbers: "1, 2, 4" misses 3. Sub-points ("2a", "2.1") are ignored. */
function numberGaps(numbers: Array<string | null>): number[] {
  const whole = numbers.filter((n): n is string => n !== null && /^\d+$/u.test(n)).map(Number);
  const gaps: number[] = [];
  for (let i = 1; i < whole.length; i++) {
    const [a, b] = [whole[i - 1], whole[i]];
    if (b > a + 1 && b - a <= 4) for (let n = a + 1; n < b; n++) gaps.push(n);
  }
  return gaps;
}
