// A page that reports decisions in plain paragraphs, with no numbered items or headings the
// other passes could read: a board's "Beslut i korthet", a news page after a meeting, notes
// written as prose ("Styrelsen beslutade att avvakta med …" / "Kommunledningskontoret fick
// också i uppdrag att …"). Rather than refuse it ("inga ärenden hittades"), each paragraph that
// reports a decision becomes an item for the secretary to review: under its own short heading
// when it has one ("Ansvar fritidsgårdar" / "Kommunfullmäktige beslutade att …"), else titled by
// its first sentence. Such a page tells of the meeting afterwards, in the past and with its
// dates, so its decisions are read as a per-capsulam report's are (items.ts: `reported`).
import { decisionTense } from "./decisions";
import { sentences } from "./items";
import { findMandate } from "./mandates";
import type { Line } from "./types";

/** What the preview and the archive report say of such a text: its items are a guess from its paragraphs. */
export const PARAGRAPH_ITEMS =
  "Texten har inga numrerade ärenden eller rubriker: varje stycke som redovisar ett beslut har blivit ett ärende. Kontrollera indelningen.";

/** A short heading line: a capital, at most ten words, no sentence end. */
const HEADING = /^\p{Lu}[^.!?;]{1,80}$/u;

const reports = (text: string) => sentences(text).some((s) => decisionTense(s) !== null || findMandate(s) !== null);

/**
 * Mark the paragraphs that report a decision as items, when two or more do and nothing else
 * structured the text. The first line is the document's title and never an item.
 */
export function markReportedParagraphs(lines: Line[]): void {
  // (Not an excerpt of a numbered protocol: one numbered item is its structure, the rest a cover page.)
  if (lines.filter((l) => l.start).length >= 2 || lines.some((l) => l.start && l.start.number !== null)) return;
  const first = lines.findIndex((l) => l.text !== "");
  // Paragraphs: runs of lines between blank lines; a text without blank lines has one per line.
  const blanks = lines.some((l, i) => i > first && l.text === "");
  const paragraphs: Line[][] = [];
  lines.forEach((line, i) => {
    if (i <= first || line.text === "" || line.attendance) {
      if (paragraphs.length > 0 && paragraphs[paragraphs.length - 1].length > 0) paragraphs.push([]);
      return;
    }
    if (!blanks || paragraphs.length === 0) paragraphs.push([]);
    paragraphs[paragraphs.length - 1].push(line);
  });
  // "Regionstyrelsen beslutar att" / "Föreslå regionfullmäktige …": a paragraph that ends in "att" goes on in the next.
  const filled: Line[][] = [];
  for (const p of paragraphs.filter((q) => q.length > 0)) {
    const last = filled[filled.length - 1];
    if (last && /\batt$/u.test(last[last.length - 1].text)) last.push(...p);
    else filled.push(p);
  }
  const reporting = filled.filter((p) => reports(p.map((l) => l.text).join(" ")));
  if (reporting.length < 2) return;
  for (const paragraph of reporting) {
    const at = filled.indexOf(paragraph);
    const above = at > 0 ? filled[at - 1] : undefined;
    const heading = above && above.length === 1 && HEADING.test(above[0].text) && above[0].text.split(/\s+/u).length <= 10 && !reports(above[0].text) ? above[0] : null;
    if (heading) {
      heading.start = { number: null, sub: false, title: heading.text, reported: true };
      continue;
    }
    const line = paragraph[0];
    const [title] = sentences(line.text);
    line.start = { number: null, sub: false, title: title.replace(/[.:]$/u, ""), reported: true };
    // The whole paragraph is the item's text, its first sentence too: that sentence is often the decision
    // ("Kansliet fick i uppdrag att …"), and the title only names it.
    line.rest = sentences(line.text).length > 1 || reports(line.text) ? line.text : undefined;
  }
}
