// Is a parsed file ready to import, to be looked at first, or not minutes at all?
// A file that half-parses is never saved silently with gaps: the archive import
// (npm run import -- DIR/) saves only "imported" files and lists the rest in its
// report; the web import shows every file's preview with these reasons on top.
import { ONE_MEETING_PAGE } from "./meeting-page";
import { LEARNED_HEADINGS } from "./model/headings";
import { PARAGRAPH_ITEMS } from "./paragraphs";
import type { ParsedMinutes } from "./types";

export type ImportStatus = "imported" | "needs_review" | "failed";
export type ImportVerdict = { status: ImportStatus; reasons: string[] };

/** Why a file cannot be read at all (source.server.ts), in Swedish for the user. */
export const SOURCE_ERRORS: Record<string, string> = {
  too_large: "Filen är för stor (högst 5 MB).",
  file_type: "Bara Word (.docx) och text (.txt) kan läsas in.",
  pdf: "En PDF kan inte läsas in: en inskannad PDF är en bild utan text. Spara protokollet som Word (.docx) eller text (.txt), eller skriv av det.",
  corrupt: "Filen går inte att öppna; den är skadad eller inte en Word-fil.",
  empty: "Filen innehåller ingen text (en inskannad bild?).",
};

/** Said of a Word file whose item numbers come from Word's automatic numbering (source.server.ts). */
export const WORD_NUMBERS_NOTE = "Ärendenumren kommer från Words automatiska numrering och är räknade från 1; kontrollera dem mot dokumentet.";

export function verdict(parsed: ParsedMinutes, rawText: string): ImportVerdict {
  if (!parsed.isMinutes) {
    return { status: "failed", reasons: ["Texten ser inte ut som ett protokoll, minnesanteckningar eller en dagordning."] };
  }
  const reasons: string[] = [];
  if (parsed.items.length === 0) reasons.push("Inga ärenden hittades (bara försättsbladet?).");
  if (parsed.meeting.date === null) reasons.push("Mötets datum kunde inte bestämmas.");
  const longLines = rawText.split(/\r?\n/u).filter((l) => l.length > 600).length;
  if (longLines > 0) reasons.push("Texten har rader på flera hundra tecken (kopierad ur en PDF?): ärendenas gränser kan vara fel.");
  if (parsed.items.some((i) => i.title.length > 160)) reasons.push("Någon ärenderubrik är orimligt lång: kontrollera var ärendena börjar.");
  if (parsed.items.some((i) => (i.decision ?? "").length > 2000)) reasons.push("Något beslut är orimligt långt: kontrollera var ärendena slutar.");
  const gaps = numberGaps(parsed.items.map((i) => i.number));
  if (gaps.length > 0) reasons.push(`Numreringen hoppar över ${gaps.join(", ")}: saknas ärenden?`);
  if (parsed.documentKind === "minutes" && parsed.items.length >= 3 && !parsed.items.some((i) => i.decision !== null)) {
    reasons.push("Protokollet har ärenden men inga beslut hittades.");
  }
  // Items read out of plain paragraphs are a guess at the structure: looked at before they are saved.
  if (parsed.warnings.includes(PARAGRAPH_ITEMS)) reasons.push(PARAGRAPH_ITEMS);
  // So are items under headings the learned reading found (model/headings.ts).
  if (parsed.warnings.includes(LEARNED_HEADINGS)) reasons.push(LEARNED_HEADINGS);
  // And a page read as one item because no heading started any (meeting-page.ts).
  if (parsed.warnings.includes(ONE_MEETING_PAGE)) reasons.push(ONE_MEETING_PAGE);
  if (parsed.mandates.some((m) => m.assignee === null)) reasons.push("Ett uppdrag saknar mottagare.");
  if (parsed.dates.some((d) => d.date === null)) reasons.push("Några datum saknar år.");
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
