// A page that reports decisions in plain paragraphs, with no numbered items or headings the
// other passes could read: a board's "Beslut i korthet", a news page after a meeting, notes
// written as prose ("Styrelsen beslutade att avvakta med …" / "Kommunledningskontoret fick
// också i uppdrag att …"). Rather than refuse it ("inga ärenden hittades"), each paragraph that
// reports a decision becomes an item for the secretary to review: under its own short heading
// when it has one ("Ansvar fritidsgårdar" / "Kommunfullmäktige beslutade att …"), else titled by
// its first sentence. Such a page tells of the meeting afterwards, in the past and with its
// dates, so its decisions are read as a per-capsulam report's are (items.ts: `reported`).
import { decisionTense } from "./decisions";
import { isHeadLabel } from "./header";
import { blockLabel, sentences } from "./items";
import { PASSIVE_VERBS, PAST_VERBS, PRESENT_VERBS } from "./lexicon";
import { findMandate } from "./mandates";
import { indentOf } from "./lines";
import type { Line } from "./types";

const ONE_CELL = /^\|[^|]+\|$/u;

/** A short heading line: a capital, at most ten words, no sentence end. */
const HEADING = /^\p{Lu}[^.!?;]{1,80}$/u;

/** A sentence of the text reports a decision or gives a task. */
export const reportsDecision = (text: string) => sentences(text).some((s) => decisionTense(s) !== null || findMandate(s) !== null);

/** A lead that opens a list of decisions: "Förbundsdirektionen beslöt även:", "The board resolved:", "… beslöt på sitt möte (28.3.2017) att:". */
// (The lead's own sentence decides: "I sin översikt informerade rektor om följande:" after a decision on the same line does not.)
// The list is what was decided: the lead ends in its verb or in "att", "följande", "även" ("Medlemsmötet bestämde att de
// inte skulle tillsättas, eftersom …:" over the posts left empty is one decision, its list a detail).
const LEAD_END = new RegExp(
  `(?<!\\p{L})(?:att|följande(?:\\s+beslut)?|även|också|bland\\s+annat|that|the\\s+following|as\\s+follows|resolved|agreed|decided|approved|prioriterades|${PRESENT_VERBS}|${PAST_VERBS}|${PASSIVE_VERBS})\\s*:$|(?<!\\p{L})att$`,
  "iu",
);
/** A lead that names what follows as decisions: "… and the following decisions were taken:", "Följande beslut fattades:". */
// ("Här är några saker politikerna bestämde på mötet:": what follows is what they decided.)
// ("Här följer ett urval av beslut i korthet:", "Här är några av besluten från mötet:", "A summary of the decisions:".)
const DECISIONS_FOLLOW =
  /(?:urval|några|sammanfattning|sammandrag|summary|some)\s+(?:\p{L}+\s+){0,2}?(?:beslut(?:en)?|decisions)(?:\s+\p{L}+){0,3}\s*:$|(?:following|these)\s+(?:decisions?|resolutions?)\s+(?:were|was)\s+(?:taken|made|reached|adopted)\s*:$|(?:följande|dessa)\s+beslut\s+(?:fattades|togs)\s*:$|(?:saker|beslut|ärenden|frågor)\s+(?:som\s+)?(?:\p{L}+\s+){0,2}?(?:bestämde|beslutade|beslöt|tog\s+beslut\s+om)(?:\s+\p{L}+){0,3}\s*:$/iu;
const isListLead = (text: string) =>
  !text.startsWith("•") && (DECISIONS_FOLLOW.test(text) || (LEAD_END.test(text) && decisionTense(sentences(text).pop() ?? "") !== null));

/** A label that says the paragraphs under it are the items dealt with: "Ärenden som behandlats:", "Items discussed:". */
const ITEMS_DEALT_WITH =
  /^(?:ärenden\s+som\s+(?:behandlades|behandlats|avhandlades)|(?:följande\s+)?(?:behandlade|avhandlade)\s+ärenden|följande\s+ärenden\s+(?:behandlades|avhandlades)|items\s+(?:discussed|considered|dealt\s+with)|matters\s+(?:discussed|considered))\s*:?$/iu;

/**
 * Under a label that says so ("Ärenden som behandlats:"), where nothing else structured the text, every
 * paragraph is an item: a short heading titles the paragraph under it ("Inkomna motioner" / "Inga inkomna
 * motioner"), any other paragraph is titled by its first sentence ("Ansvarsfrihet för styrelsen beviljades.").
 */
export function markItemsUnderLabel(lines: Line[]): boolean {
  const at = lines.findIndex((l) => ITEMS_DEALT_WITH.test(l.text));
  // (Not over numbered items: they are the structure. Plain headings found under it are read again here.)
  if (at < 0 || lines.slice(at + 1).some((l) => l.start && l.start.number !== null)) return false;
  const blocks: Line[][] = [[]];
  for (const line of lines.slice(at + 1)) {
    if (line.text === "" || line.attendance) {
      if (blocks[blocks.length - 1].length > 0) blocks.push([]);
      continue;
    }
    blocks[blocks.length - 1].push(line);
  }
  const paragraphs = blocks.filter((b) => b.length > 0);
  // (Headings found under it with their notes right under them, "ITEM: Remaining payments" / "We still owe …", stay.)
  const headings = lines.slice(at + 1).filter((l, k, rest) => l.start && (rest[k + 1]?.text ?? "") !== "").length;
  if (paragraphs.length < 3 || headings >= 2) return false;
  for (const line of lines.slice(at)) line.start = null;
  for (let k = 0; k < paragraphs.length; k++) {
    const [line] = paragraphs[k];
    const heading = paragraphs[k].length === 1 && HEADING.test(line.text) && line.text.split(/\s+/u).length <= 10 && !reportsDecision(line.text);
    if (heading && k + 1 < paragraphs.length) {
      line.start = { number: null, sub: false, title: line.text };
      k += 1;
      continue;
    }
    startParagraph(line, false);
  }
  return true;
}

/**
 * A paragraph's first line starts its item, titled by its first sentence; the whole paragraph is the item's text,
 * its first sentence too (that sentence is often the decision, "Kansliet fick i uppdrag att …", and the title
 * only names it).
 */
function startParagraph(line: Line, reported: boolean): void {
  const text = line.text.replace(/^•\s*/u, "");
  const [title] = sentences(text);
  line.start = { number: null, sub: false, title: title.replace(/[.:]$/u, ""), ...(reported ? { reported: true } : {}) };
  line.rest = sentences(text).length > 1 || reportsDecision(text) ? text : undefined;
}

/**
 * Mark the paragraphs that report a decision as items, when two or more do and nothing else
 * structured the text. The first line is the document's title and never an item.
 */
export function markReportedParagraphs(lines: Line[]): void {
  // (Not an excerpt of a numbered protocol: one numbered item is its structure, the rest a cover page.)
  const structured = lines.filter((l) => l.start).length >= 2 || lines.some((l) => l.start && l.start.number !== null);
  // (Where headings structure the text, only a list of decisions above the first of them is read: "Kommunfullmäktige
  // beslutade bland annat att" / "• godkänna …" on a news page, its other news under headings of their own.)
  const firstStart = lines.findIndex((l) => l.start);
  const first = lines.findIndex((l) => l.text !== "");
  const used = new Set<Line>();
  // A list of decisions under its lead: each entry is an item whose text is the decision
  // ("Fullmäktige beslöt att:" / "• Fastställa bokslutet för år 2016;" / "• Bevilja ansvarsfrihet;").
  const entries: Line[] = [];
  lines.forEach((line, i) => {
    // (A lead that names what follows as decisions is read wherever it stands: "Ärenden i korthet" / "Här följer ett
    // urval av beslut i korthet:" / "• Kommunfullmäktige fastställde …".)
    if (!isListLead(line.text) || (structured && i > firstStart && !DECISIONS_FOLLOW.test(line.text))) return;
    // Its entries: bullets, or paragraphs that each open an "att" clause ("Att välja vilka som ska …").
    const list: Line[] = [];
    // (Clauses that end in a comma are one decision's points, written as a sentence: "Att uppdra …," / "Att utse …,".)
    const entry = (text: string) => text.startsWith("•") || (/^Att\s+\p{Ll}/u.test(text) && !/[,;]$/u.test(text));
    for (let j = i + 1; j < lines.length; j++) {
      if (lines[j].text === "") continue;
      // (A line indented under an entry goes on with it: "• godkänna handlingsprogram …" / "  Ett lagförslag om …".)
      if (list.length > 0 && !lines[j].text.startsWith("•") && indentOf(lines[j]) > indentOf(list[list.length - 1])) continue;
      if (!entry(lines[j].text) || lines[j].attendance) break;
      list.push(lines[j]);
    }
    if (list.length === 0) return;
    used.add(line);
    for (const entry of list) {
      used.add(entry);
      entries.push(entry);
    }
  });
  if (structured) {
    if (entries.length >= 2) markEntries(entries);
    return;
  }
  // Paragraphs: runs of lines between blank lines; a text without blank lines has one per line; a bullet starts one.
  // (A blank line only under the first line sets the title apart and says nothing of the paragraphs.)
  // (Nor do the blank lines after the last paragraph.)
  const last = lines.findLastIndex((l) => l.text !== "");
  const blanks = lines.some((l, i) => i > first + 1 && i < last && l.text === "");
  const paragraphs: Line[][] = [];
  // (The paragraph before the current one is looked up from the end: a few steps back over empty ones.)
  const underHeading = (current: Line[]) => {
    let k = paragraphs.length - 2;
    while (k >= 0 && paragraphs[k].length === 0) k -= 1;
    const before = k >= 0 ? paragraphs[k] : undefined;
    return (before?.length === 1 && HEADING.test(before[0].text)) || HEADING.test(current[0]?.text ?? "");
  };
  lines.forEach((line, i) => {
    if (i <= first || line.text === "" || line.attendance || used.has(line)) {
      if (paragraphs.length > 0 && paragraphs[paragraphs.length - 1].length > 0) paragraphs.push([]);
      return;
    }
    // (A table's one-cell row, "| Budget 2012 |", is a paragraph of its own, and a row's end ends one.)
    const cell = ONE_CELL.test(line.text);
    // (A line longer than any wrapped one that ends its sentence ends its paragraph: a page's paragraphs
    // pasted one per line, with blank lines only between its parts.)
    // (Not a bullet's lines, nor a block under its own heading: those are one paragraph however they were pasted.)
    const prev = i > 0 ? lines[i - 1].text : "";
    const current = paragraphs[paragraphs.length - 1] ?? [];
    const unwrapped = prev.length > 100 && /[.!?]$/u.test(prev) && /^\p{Lu}/u.test(line.text) && !current[0]?.text.startsWith("•") && !underHeading(current);
    if (!blanks || paragraphs.length === 0 || line.text.startsWith("•") || cell || unwrapped) paragraphs.push([]);
    paragraphs[paragraphs.length - 1].push(line);
    if (cell || /\|$/u.test(line.text)) paragraphs.push([]);
  });
  // "Regionstyrelsen beslutar att" / "Föreslå regionfullmäktige …": a paragraph that ends in "att" goes on in the next.
  const filled: Line[][] = [];
  let listUnder = false;
  for (const p of paragraphs.filter((q) => q.length > 0)) {
    const last = filled[filled.length - 1];
    const end = last?.[last.length - 1].text ?? "";
    // So does one that ends in a colon, with the bullets under it: "The following points were highlighted:".
    const bullet = p[0].text.startsWith("•");
    listUnder = bullet && (/:$/u.test(end) || (listUnder && end.startsWith("•")));
    if (last && (/\batt$/u.test(end) || listUnder)) last.push(...p);
    else filled.push(p);
  }
  const isBullet = (p: Line[]) => p[0].text.startsWith("•");
  const reportsIn = (p: Line[]) => reportsDecision(p.map((l) => l.text).join(" "));
  // A bulleted summary of the meeting ("• We approved …", "• Staff have agreed …", "• Marina will follow up."):
  // when two of its bullets report a decision, every bullet of it is something the meeting dealt with.
  const inSummary = new Set<Line[]>();
  const indexOf = new Map(lines.map((line, i) => [line, i]));
  const gap = (a: Line[], b: Line[]) => (indexOf.get(b[0]) ?? 0) - (indexOf.get(a[a.length - 1]) ?? 0);
  for (let k = 0; k < filled.length; ) {
    let e = k;
    while (e < filled.length && isBullet(filled[e]) && (e === k || gap(filled[e - 1], filled[e]) <= 2)) e += 1;
    const run = filled.slice(k, Math.max(e, k + 1));
    if (e > k && run.filter(reportsIn).length >= 2) for (const p of run) inSummary.add(p);
    k = Math.max(e, k + 1);
  }
  const reporting = filled.filter((p) => inSummary.has(p) || reportsIn(p));
  if (reporting.length + entries.length < 2) return;
  markEntries(entries);
  for (const paragraph of reporting) {
    const at = filled.indexOf(paragraph);
    // ("Beslut: Kommunstyrelsen godkänner …" under a heading and its background: the decision of the item above,
    // not an item of its own.)
    if (at > 0 && blockLabel(paragraph[0].text)?.kind === "decision" && filled.slice(0, at).some((p) => p.some((l) => l.start) || reporting.includes(p))) continue;
    const above = at > 0 ? filled[at - 1] : undefined;
    // ("| Budget 2012 |": a table's one-cell row over the row of its text is a heading too.)
    // (So is the first line of a paragraph that reports nothing, its background under it: "Ansökan om lån - Mjönäs
    // Bygdegårdförening" / "Mjönäs bygdegård har beviljats …" over "Kommunstyrelsen beslutade att bevilja …".)
    // (Not a label, "Plats och tid", nor a lead over a list, "… the following donations:". Only when this paragraph
    // opens with the decision and the one above decided nothing: "Budget" / "Budgeten antogs." is an item of its own.)
    const decidesIn = (text: string) => sentences(text).some((t) => decisionTense(t) !== null);
    const headed =
      above !== undefined &&
      above.length > 1 &&
      !isBullet(above) &&
      !isBullet(paragraph) &&
      !/:$/u.test(above[0].text) &&
      !isHeadLabel(above[0].text) &&
      blockLabel(above[0].text) === null &&
      decisionTense(sentences(paragraph[0].text)[0] ?? "") !== null &&
      !above.slice(1).some((l) => decidesIn(l.text));
    const cell = above?.length === 1 || headed ? above![0].text.replace(/^\|\s*|\s*\|$/gu, "") : "";
    const heading = above && !isBullet(paragraph) && HEADING.test(cell) && cell.split(/\s+/u).length <= 10 && !reportsDecision(cell) ? above[0] : null;
    if (heading) {
      heading.start = { number: null, sub: false, title: cell, reported: true };
      continue;
    }
    startParagraph(paragraph[0], true);
  }
}

/** Each entry of a list of decisions is an item whose own text is the decision. */
function markEntries(entries: Line[]): void {
  for (const entry of entries) {
    const text = entry.text.replace(/^•\s*/u, "").replace(/[;,]$/u, "");
    const [title] = sentences(text);
    entry.start = { number: null, sub: false, title: title.replace(/[.:;]$/u, ""), reported: true, decided: true };
    entry.rest = text;
  }
}
