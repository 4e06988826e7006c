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
import { decisionTense } from "./decisions";
import { isHeadLabel } from "./header";
import { sentences } from "./items";
import { STANDARD_HEADING } from "./lexicon";
import { readsAsNoun } from "./mandates";
import { BODY_PARAGRAPH_HEAD, countsUp, itemStart, NOT_A_BODY } from "./numbering";
import { markItemsUnderLabel, markReportedParagraphs, reportsDecision } from "./paragraphs";
import { indentOf } from "./lines";
import type { Line } from "./types";

/** Labels that open an attendance list (the line alone, or ending in the label and a colon). */
const ATTENDANCE_LABEL =
  /^(?:närvarande(?:\s+\p{L}+){0,3}|beslutande(?:\s+ledamöter)?|ledamöter|ersättare|tjänstgörande ersättare|frånvarande(?:\s+\p{L}+){0,2}|deltagare|övriga deltagare|övriga deltagande|övriga närvarande|adjungerade?|adjungerande|attendees|attendance|present|absent|in attendance|board members|(?:[\p{Lu}\d]{2,6}\s+)?members(?:\s+present)?|members in attendance|guests(?:\/observers)?|(?:non-voting\s+)?observers|roll call|sent regrets|regrets|apologies|expected,? but not present|not present)\s*(?:var|voro|är|were)?\s*:?$/iu;
const ATTENDANCE_SUFFIX = /(?:^|\s)(?:attendees|närvarande|present)\s*:$/iu;
/** A run-in head that names who attended: "Other Club Members In Attendance: …". */
const IN_ATTENDANCE_LAST = /\sin\s+attendance$/iu;
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

/** Where the nearest line with text after line i is (-1: none), looked for without copying the rest of the text. */
function nextTextAt(lines: Line[], i: number): number {
  for (let k = i + 1; k < lines.length; k++) if (lines[k].text !== "") return k;
  return -1;
}
/** The nearest line with text after line i. */
function nextWithText(lines: Line[], i: number): Line | undefined {
  const k = nextTextAt(lines, i);
  return k < 0 ? undefined : lines[k];
}
/** The nearest line with text before line i. */
function prevWithText(lines: Line[], i: number): Line | undefined {
  for (let k = i - 1; k >= 0; k--) if (lines[k].text !== "") return lines[k];
  return undefined;
}

export function markStructure(lines: Line[], options: StructureOptions): void {
  for (const line of lines) {
    // reflow.ts may already have said where an item starts in a line it cut.
    line.start = line.start ?? (line.text === "" ? null : itemStart(line.text));
    line.attendance = false;
  }
  bodyParagraphs(lines);
  letteredItems(lines);
  nestedLists(lines);
  // "= Protokoll styrelsemöte 2024-10-10", "# Minutes 3 March": a marked-up first line is the document's title.
  // (After the front matter of a Markdown page: "---" / "description: …" / "---", or TOML's "+++".)
  const fence = lines.findIndex((l) => l.text !== "");
  const fenced = fence >= 0 && /^(?:---|\+\+\+)$/u.test(lines[fence].text);
  const close = fenced ? lines.findIndex((l, k) => k > fence && l.text === lines[fence].text) : -1;
  const first = lines.find((l, k) => l.text !== "" && k > close);
  // Below front matter, a heading that is only the kind word ("## Agenda") opens the list, not the document.
  const onlyKindWord = (t: string) => fenced && t.replace(/^[#=\s]+|[\s=:]+$/gu, "").split(/\s+/u).length < 2;
  if (
    first?.start &&
    first.start.number === null &&
    /^(?:#|=)/u.test(first.text) &&
    ((DOC_KIND.test(first.text) && !onlyKindWord(first.text)) || findDates(first.text).length > 0)
  ) {
    first.start = null;
    first.text = first.text.replace(/^[#=]+\s*|\s*=+$/gu, "");
  }
  markAttendance(lines);
  groupHeadings(lines);
  zipNumberColumn(lines);
  numberOverTitle(lines);
  lettersOverTitle(lines);
  capitalParagraphs(lines);
  tableTopics(lines);
  completeSequence(lines);
  markNameLists(lines);
  markTableOfContents(lines);
  bulletedContents(lines);
  markAttachmentLists(lines);
  markActionLists(lines);
  markListsInProse(lines);
  deeperHeadings(lines);
  const numbered = lines.filter((l) => l.start && l.start.number !== null && !l.start.sub).length;
  // A protocol numbered by § ("MYN § 19 Dnr …", "§ 101") is structured by its paragraphs even when the
  // copy holds only one: the cover page's lines before it ("Plats och tid …", "Utses att justera …") are
  // not headings.
  const paragraphs = lines.some((l) => l.start && l.start.number !== null && !l.start.sub && /§/u.test(l.text));
  // Nor one structured by marked-up headings ("## Adopt Bylaws", "== Budget"), two or more.
  const markedUp = lines.filter((l) => l.start && l.start.number === null && /^(?:#{1,4}|={1,4})\s/u.test(l.text)).length;
  if (numbered < 2 && !paragraphs && markedUp < 2) {
    markHeadings(lines, options);
    headingsBetweenProse(lines, options);
    headBeforeAgenda(lines);
    standardHeadings(lines);
  } else if (!paragraphs && markedUp < 2) {
    // Headings over their prose above a numbered list that comes late ("Overgrown vegetation" / "Cllr Thomson has
    // confirmed …" … and then "1. Decrofting … 2. Community donations …"): the part before the list has its own.
    const firstNumbered = lines.findIndex((l) => l.start && l.start.number !== null && !l.start.sub);
    const before = lines.slice(0, firstNumbered);
    if (before.filter((l) => l.text !== "" && !l.attendance).length >= 12) markTightHeadings(before, options);
    // (Shorter, the standard headings there, two or more: "Apologies for Absence" / "Matters Arising" / "1. There had
    // been no progress …": the numbered paragraphs come under the last of them.)
    // (Over their text, not a list of agenda entries one under another.)
    const overText = (l: Line) => {
      const next = nextWithText(lines, lines.indexOf(l));
      return next !== undefined && ((next.start?.number ?? null) !== null || /[.!?]$/u.test(next.text) || next.text.split(/\s+/u).length > 8);
    };
    const standard = standardHeadingLines(before).filter(overText);
    if (standard.length >= 2) for (const line of standard) line.start = { number: null, sub: false, title: line.text.replace(/[\s:.]+$/u, "") };
  }
  if (!paragraphs && !markItemsUnderLabel(lines)) markReportedParagraphs(lines);
}

/**
 * "## 2. Budget" / "### Underlag" / "### Beslut": under items set as numbered marked-up headings, a deeper heading
 * with no number is a part of the item, not an item of its own.
 */
function deeperHeadings(lines: Line[]): void {
  const level = (l: Line) => /^(#{1,6})\s/u.exec(l.text)?.[1].length ?? 0;
  const numbered = lines.filter((l) => l.start && l.start.number !== null && !l.start.sub && level(l) > 0).map(level);
  if (numbered.length < 2) return;
  // (The level of the numbered marked-up item above; 0 when the item above is none, or a heading as high starts anew.)
  // (A section's heading as high, "## Reports", is not an item, yet ends the one above.)
  let parent = 0;
  for (const l of lines) {
    if (l.start?.sub) continue;
    if (l.start && l.start.number !== null) parent = level(l);
    else if (level(l) === 0) continue;
    else if (parent > 0 && level(l) > parent) {
      if (!l.start) continue;
      // (Its words stay, without the marks: "Underlag" in the item's text.)
      l.start = null;
      l.text = l.text.replace(/^#+\s*/u, "");
    } else parent = 0;
  }
}

/**
 * Where nothing else structured the text, the standard headings of minutes ("Apologies", "Matters arising",
 * "Treasurer's Report", "AOCB") are its items, three or more on lines of their own (short, no sentence).
 */
function standardHeadings(lines: Line[]): void {
  if (lines.filter((l) => l.start).length >= 2) return;
  const found = standardHeadingLines(lines);
  if (found.length < 3) return;
  for (const line of lines) if (line.start && line.start.number === null) line.start = null;
  for (const line of found) line.start = { number: null, sub: false, title: line.text.replace(/[\s:.]+$/u, "") };
}

/** The lines after the first that are a standard heading on their own (short, no sentence, no label and its text). */
function standardHeadingLines(lines: Line[]): Line[] {
  const first = lines.findIndex((l) => l.text !== "");
  return lines.filter((l, k) => {
    if (k <= first || l.start || l.attendance || l.text === "") return false;
    const words = l.text.split(/\s+/u).length;
    // (Not a label and its text, "Apologies: Dan Orr".)
    return STANDARD_HEADING.test(l.text) && words <= 14 && !/[.!?]\s+\p{Lu}/u.test(l.text) && !/:\s*\S/u.test(l.text);
  });
}

/** A number alone on its line: "12.1", "3.", "a.", "b)". */
const NUMBER_ONLY = /^(?:(\d{1,2}(?:\.\d{1,2}){0,3})\.?|([a-h])[.)])$/u;
/** A line that reads as a title: capitalised, short, no sentence, not ending in a function word. */
const TITLE_LIKE = /^\p{Lu}[^.!?:;,]{0,58}$/u;
const ENDS_IN_FUNCTION_WORD = /\s(?:att|och|som|i|på|med|för|av|till|the|of|to|and|that|with)$/iu;

/**
 * The number column printed apart: a PDF with the item numbers in a column of their own gives
 * them as a block ("12.1", "12.2", "a.", "b.", "12.3" …) before the titles and texts. Three or more
 * numbers alone in a row are given, in order, to the title-like lines that follow (a title follows
 * the start, a full stop or another title), when there are enough of them.
 */
function zipNumberColumn(lines: Line[]): void {
  for (let i = 0; i < lines.length; i++) {
    const block: Line[] = [];
    let j = i;
    while (j < lines.length && NUMBER_ONLY.test(lines[j].text)) block.push(lines[j++]);
    if (block.length < 3) continue;
    const titles: Line[] = [];
    let prev: Line | null = null;
    for (let k = j; k < lines.length && titles.length < block.length; k++) {
      const line = lines[k];
      if (line.text === "") continue;
      const afterBreak = prev === null || /[.!?:]$/u.test(prev.text) || titles.includes(prev);
      if (afterBreak && TITLE_LIKE.test(line.text) && line.text.split(/\s+/u).length <= 8 && !ENDS_IN_FUNCTION_WORD.test(line.text) && !line.attendance) {
        titles.push(line);
      }
      prev = line;
    }
    // Where the lines under the column are sentences ("1." … "5." over "Mötet öppnades av ordförande …" / "Roland Blom
    // valdes att justera …" / … / "6. Inkomna skrivelser"), the next line that takes the numbering up says where the
    // column's lines end: the first line under the column is item 1, the next item 2, and so on.
    if (titles.length < block.length) {
      const last = NUMBER_ONLY.exec(block[block.length - 1].text)?.[1];
      const next = lines.slice(j).findIndex((l) => l.start && l.start.number !== null && !l.start.sub);
      const nextNumber = next >= 0 ? lines[j + next].start?.number : undefined;
      const under = lines.slice(j, next >= 0 ? j + next : j).filter((l) => l.text !== "" && !l.attendance);
      if (last !== undefined && /^\d+$/u.test(last) && nextNumber === String(Number(last) + 1) && under.length >= block.length) {
        titles.splice(0, titles.length, ...under.slice(0, block.length));
      } else {
        i = j;
        continue;
      }
    }
    block.forEach((numberLine, n) => {
      const m = NUMBER_ONLY.exec(numberLine.text);
      const title = titles[n];
      title.start = { number: m?.[1] ?? m?.[2] ?? null, sub: m?.[2] !== undefined, title: title.text };
      numberLine.text = "";
      numberLine.start = null;
    });
    i = j;
  }
}

/** "2 17 UPPROP Ordförande öppnar …": a page number, a paragraph number whose § was lost, a heading in capitals, the text. */
const CAPITAL_PARAGRAPH = /^(?:\d{1,3}\s+)?(\d{1,3})\s+((?:[\p{Lu}][\p{Lu}\-–/,]*\s+)*[\p{Lu}][\p{Lu}\-]+)(?:\s+(\p{Lu}.*))?$/u;

/**
 * Paragraphs of a PDF transcript whose § sign was lost, each a heading in capitals after its number
 * ("2 17 UPPROP Ordförande öppnar …", "3 18 FÖREGÅENDE MÖTESPROTOKOLL Inga synpunkter …"): two or more
 * such lines whose numbers run on (one up each) are items; the text after the heading is the item's.
 */
function capitalParagraphs(lines: Line[]): void {
  const found = lines.flatMap((line) => {
    if (line.start || line.attendance) return [];
    const m = CAPITAL_PARAGRAPH.exec(line.text);
    if (!m || m[2].replace(/[^\p{L}]/gu, "").length < 5) return [];
    return [{ line, n: Number(m[1]), title: m[2], rest: m[3] ?? "" }];
  });
  if (found.length < 2 || !found.every((f, k) => k === 0 || f.n === found[k - 1].n + 1)) return;
  for (const f of found) {
    f.line.start = { number: String(f.n), sub: false, title: f.title };
    if (f.rest !== "") f.line.rest = f.rest;
  }
}

/** The head of a table's first column when its rows are the meeting's topics. */
const TOPIC_COLUMN = /^(?:discussion points?|discussion topics?|topics?|items?|agenda items?|agenda|subject|ärenden?|punkt|fråg(?:a|or)|ämnen?|diskussionspunkt(?:er)?|punkter)\s*:?$/iu;
const cellsOf = (text: string) => text.replace(/^\|/u, "").replace(/\|\s*$/u, "").split("|").map((c) => c.trim());

/**
 * A table of topics (Markdown "| Discussion Points | Notes | Responsible |", or an HTML table that
 * lines.ts turned into such rows): each row under the head is an item, titled by its first cell, the
 * other cells its text. Only a table whose first column is headed as topics; a list of names is not.
 */
function tableTopics(lines: Line[]): void {
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i].text;
    if ((text.match(/\|/gu) ?? []).length < 2) continue;
    const head = cellsOf(text);
    if (head.length < 2 || !TOPIC_COLUMN.test(head[0])) continue;
    let j = i + 1;
    for (; j < lines.length && (lines[j].text.match(/\|/gu) ?? []).length >= 2; j++) {
      const cells = cellsOf(lines[j].text);
      if (cells.every((c) => /^:?-{2,}:?$|^$/u.test(c))) continue; // "| --- | --- |"
      const title = cells[0].replace(/\s*:$/u, "");
      if (title === "" || title.length > 100 || lines[j].start) continue;
      lines[j].start = { number: null, sub: false, title };
      const rest = cells.slice(1).filter((c) => c !== "").join(" ");
      if (rest !== "") lines[j].rest = rest;
    }
    i = j - 1;
  }
}

/** A label that opens a list of attachments: "Bilagor:", "Bilaga", "Attachments:", "Enclosures". */
const ATTACHMENTS = /(?<!\p{L})(?:bilagor|bilaga|bifogade handlingar|attachments|enclosures|appendices)\s*:?$/iu;

/**
 * A numbered list under "Bilagor:" names the papers attached, not the items ("Bilagor: 1. Ekonomisk
 * rapport … 2. Förslag till placeringspolicy …"): its entries, numbered on one by one, are no items.
 */
function markAttachmentLists(lines: Line[]): void {
  lines.forEach((line, i) => {
    // (The label is the line: "Förslag till Dagordning för direktionen Formalia Bilagor" ends in a table's column head.)
    if (!ATTACHMENTS.test(line.text) || line.start || (!/:$/u.test(line.text) && line.text.split(/\s+/u).length > 3)) return;
    let last = 0;
    let between = 0;
    for (let j = i + 1; j < lines.length; j++) {
      const l = lines[j];
      if (l.text === "") continue;
      const n = Number.parseInt(l.start?.number ?? "", 10);
      // An entry may run over two lines, or have lost its number ("Förslag till placeringspolicy").
      if (!l.start && between < 2 && last > 0) {
        between += 1;
        continue;
      }
      if (!l.start || Number.isNaN(n) || n <= last || n > last + 2) break;
      between = 0;
      last = n;
      l.start = null;
      l.toc = true;
    }
  });
}

/** A heading over the tasks taken at the meeting: "## Actionpoints inför nästa möte", "Action items:", "Åtgärder". */
export const ACTION_HEADING = /^(?:#+\s*)?(?:action\s*(?:items?|points?|list)|actionpoints|actions|åtgärder|åtgärdslista|åtgärdspunkter|att göra|to-?dos?|next steps|homework|(?:agenda|items?)\s+for\s+(?:the\s+)?next\s+meeting|dagordning\s+(?:för|till)\s+nästa\s+möte|till\s+nästa\s+möte)(?:\s+\p{L}+){0,4}\s*:?$/iu;

/**
 * A numbered list under an action heading is a list of tasks, not of items: its numbers start no item.
 * So is the agenda of the next meeting ("Agenda for Next Meeting" / "1. Review …").
 */
function markActionLists(lines: Line[]): void {
  lines.forEach((line, i) => {
    if (!ACTION_HEADING.test(line.text)) return;
    for (let j = i + 1; j < lines.length; j++) {
      const l = lines[j];
      if (l.text === "" || /^[-=]{3,}$/u.test(l.text)) continue; // (a Markdown underline)
      if (!l.start || l.start.number === null || !/^\d{1,2}[.)]\s/u.test(l.text)) break;
      l.start = null;
    }
  });
}

/** A bare number alone on its line: "1", "12" (no dot, no bracket); "• 1" when a list's bullet stayed with it. */
const BARE_ONLY = /^(?:•\s*)?(\d{1,2})$/u;
/** A short title over the item's text: "Mötets öppnande:", "Fjällidenkommittén:", "Ekonomi". */
const SHORT_TITLE = /^(\p{Lu}[^.!?;]{1,60}?)\s*:?$/u;

/**
 * A number alone on its line over the item's title ("1" / "Mötets öppnande:" / text): a word processor's
 * numbered heading pasted as text puts the number on a line of its own. The numbers must count 1, 2, 3 …
 * (from 1 or 2, three or more, each one up), each over a short capitalised title; then the title line is
 * the item's start with that number. Page numbers fail the run or the title.
 */
function numberOverTitle(lines: Line[]): void {
  const pairs: Array<{ numberLine: Line; title: Line; n: number; text: string }> = [];
  lines.forEach((line, i) => {
    const m = BARE_ONLY.exec(line.text);
    if (!m) return;
    const next = nextWithText(lines, i);
    if (!next || next.attendance || next.start) return;
    const t = SHORT_TITLE.exec(next.text);
    if (!t || t[1].split(/\s+/u).length > 8 || ENDS_IN_FUNCTION_WORD.test(t[1])) return;
    pairs.push({ numberLine: line, title: next, n: Number.parseInt(m[1], 10), text: t[1] });
  });
  if (pairs.length < 3 || pairs[0].n > 2) return;
  if (!pairs.every((p, k) => k === 0 || p.n === pairs[k - 1].n + 1)) return;
  for (const p of pairs) {
    p.title.start = { number: String(p.n), sub: false, title: p.text };
    p.numberLine.text = "";
    p.numberLine.start = null;
  }
}

/** A letter alone on its line: "a.", "b)". */
const LETTER_ONLY = /^([a-h])[.)]$/u;

/**
 * The same with letters, the sub-items of an item ("2. Preliminärer" / "a." / "Mötets behörighet" / "b." / "Val av
 * mötessekreterare …"): two or more letters counting from a, each over a short title, are its lettered sub-items.
 */
function lettersOverTitle(lines: Line[]): void {
  let run: Array<{ letterLine: Line; title: Line; letter: string; text: string }> = [];
  const close = () => {
    if (run.length >= 2)
      for (const p of run) {
        p.title.start = { number: p.letter, sub: true, title: p.text };
        p.letterLine.text = "";
        p.letterLine.start = null;
      }
    run = [];
  };
  lines.forEach((line, i) => {
    const m = LETTER_ONLY.exec(line.text);
    if (!m) return;
    // (A letter out of turn ends the run; only "a" starts one.)
    const last = run[run.length - 1];
    if (m[1] !== (last ? String.fromCharCode(last.letter.charCodeAt(0) + 1) : "a")) {
      close();
      if (m[1] !== "a") return;
    }
    const next = nextWithText(lines, i);
    const t = next && !next.attendance && !next.start ? SHORT_TITLE.exec(next.text) : null;
    if (!next || !t || t[1].split(/\s+/u).length > 8 || ENDS_IN_FUNCTION_WORD.test(t[1])) return;
    run.push({ letterLine: line, title: next, letter: m[1], text: t[1] });
  });
  close();
}

/** "1 Svar på revisionsrapport om …": a bare number and a capitalised title of any length, on a line of its own. */
const LOOSE_BARE = /^(\d{1,3})\s+(\p{Lu}\p{L}+(?:\s+\S+){0,20})$/u;

/** "Kf 78 Kallelse", "Ks 131 Delegationsbeslut", "BUN 67 2013:270 Yttrande …": the body's short name, a number, the title. */
const BODY_PARAGRAPH = new RegExp(`^${BODY_PARAGRAPH_HEAD}(\\p{Lu}.*)$`, "u");

/**
 * A municipal protocol whose § signs the PDF lost ("Kf 78 Kallelse" for "Kf § 78 Kallelse"): the body's short
 * name before each paragraph's number. Read so only when the same name numbers two lines or more, counting up,
 * so that one "Kl 15 Mötet öppnas" is a time, not an item.
 */
function bodyParagraphs(lines: Line[]): void {
  const byName = new Map<string, Array<{ line: Line; number: number; title: string }>>();
  for (const line of lines) {
    if (line.start || line.text === "") continue;
    const m = BODY_PARAGRAPH.exec(line.text);
    if (!m || NOT_A_BODY.test(m[1])) continue;
    const found = byName.get(m[1]) ?? [];
    found.push({ line, number: Number(m[2]), title: m[3].trim() });
    byName.set(m[1], found);
  }
  for (const found of byName.values()) {
    if (!countsUp(found.map((f) => f.number))) continue;
    for (const f of found) f.line.start = { number: String(f.number), sub: false, title: f.title };
  }
}

/** "A. Approve Minutes of Regular Meeting", "B. Approve Warrant Lists": a capital letter and a dot before a title. */
const LETTERED = /^([A-H])\.\s+(\p{Lu}.*)$/u;

/**
 * Items lettered "A.", "B." under a numbered heading ("I. CALL TO ORDER" / "A. Approve Minutes …" / "B. …"), read
 * as sub-items only where the letters count on from A, two or more in a row somewhere in the text: one "A. Berg
 * valdes" is an initial.
 */
function letteredItems(lines: Line[]): void {
  const found = lines
    .filter((line) => !line.start && line.text !== "")
    .map((line) => ({ line, m: LETTERED.exec(line.text) }))
    .filter((x): x is { line: Line; m: RegExpExecArray } => x.m !== null);
  const runs: Array<typeof found> = [];
  for (const f of found) {
    const run = runs[runs.length - 1];
    const letter = f.m[1].charCodeAt(0);
    if (letter === 65) runs.push([f]);
    else if (run && run[run.length - 1].m[1].charCodeAt(0) === letter - 1) run.push(f);
  }
  // (Once the letters count in one run, a lone "A." under the next heading is lettered the same way.)
  if (!runs.some((run) => run.length >= 2)) return;
  for (const { line, m } of runs.flat()) line.start = { number: m[1], sub: true, title: m[2] };
}

/**
 * The document's own run of numbers. A bare number over a long title ("1 Svar på
 * revisionsrapport om granskning av upphandlingsprocessen i förhållande till LOU") is not
 * an item start on its shape alone (it could be a count, "3 Ledamöter …"); it is one when
 * it completes the document's increasing run: the numbered starts already found and such
 * lines, together, count 1, 2, 3 … (or on from the first number) with no number skipped.
 */
function completeSequence(lines: Line[]): void {
  const numberOf = (l: Line) => Number.parseInt(l.start?.number ?? "", 10);
  const known = lines.filter((l) => l.start && !l.start.sub && /^\d{1,3}$/u.test(l.start.number ?? "") && !l.attendance);
  if (known.length < 2) return;
  // "4Digital Mapping: …" — a number glued to its title by a PDF or a web page: an item when it is
  // the next number of the run, counted by the items before it (a web list may number them all "1.").
  lines.forEach((l) => {
    const glued = /^(\d{1,2})(\p{Lu}\p{Ll}+(?:\s.*)?)$/u.exec(l.text);
    if (!glued || l.start || l.attendance) return;
    const n = Number.parseInt(glued[1], 10);
    const before = known.filter((k) => k.no < l.no || (k.no === l.no && lines.indexOf(k) < lines.indexOf(l)));
    const last = before[before.length - 1];
    if (before.length > 0 && (n === before.length + 1 || (last && n === numberOf(last) + 1))) {
      l.start = { number: glued[1], sub: false, title: glued[2].trim() };
    }
  });
  // (A title broken over two lines may end in a comma: "9 Överklagande av … enligt miljöbalken,"; a short
  // one in a full stop: "2 Minutes of the 13th December 2009.")
  const loose = lines.filter(
    (l) => !l.start && !l.attendance && LOOSE_BARE.test(l.text) && (!/[.!?:;]$/u.test(l.text) || (/[^.]\.$/u.test(l.text) && l.text.split(/\s+/u).length <= 9)),
  );
  if (loose.length === 0) return;
  const all = lines.filter((l) => known.includes(l) || loose.includes(l));
  const num = (l: Line) => (known.includes(l) ? numberOf(l) : Number.parseInt(LOOSE_BARE.exec(l.text)?.[1] ?? "", 10));
  // Walk the document: a loose line counts when its number is exactly one above the last number
  // counted and below the next known start (a lost item between "6" and "8" is "7").
  let last: number | null = null;
  all.forEach((l, at) => {
    if (known.includes(l)) {
      last = numberOf(l);
      return;
    }
    const n = num(l);
    const next = all.slice(at + 1).find((x) => known.includes(x));
    const fitsBefore = last === null ? next !== undefined && numberOf(next) === n + 1 : n === last + 1;
    const fitsAfter = next === undefined ? last !== null : numberOf(next) > n;
    if (fitsBefore && fitsAfter) {
      const m = LOOSE_BARE.exec(l.text);
      if (m) {
        l.start = { number: m[1], sub: false, title: m[2].trim().replace(/[,.]$/u, "") };
        last = n;
      }
    }
  });
}

const DOC_KIND = /(?<!\p{L})(?:protokoll|minnesanteckningar|anteckningar|sammanfattning|dagordning|kallelse|minutes|agenda|notes)(?!\p{L})/iu;

/** Words of agenda titles: "Old Business", "Officer Reports" are capitalised but are not names. */
const AGENDA_WORD =
  /(?<!\p{L})(?:business|reports?|minutes|meeting|agenda|budget|items?|review|update|plan|policy|matters|questions|session|elections?|approval|opening|closing|adjournment|other|new|old|any|next|information|ärenden?|rapport(?:er)?|övrigt|övriga|frågor|mötet?s?|beslut|val|protokoll)(?!\p{L})/iu;
/** Something only a person's line has: "Mr.", a role after a comma, a party or a note in brackets. */
const NAME_MARK = /^(?:mr|ms|mrs|dr)\.?\s|,\s*\p{L}|\(/iu;

/**
 * Attendance lists without a label, known by their shape: two or more list lines
 * in a row ("1. Mr. Michael Tiemann, President", "• Simon Poole (chairing)") that
 * all read as names, one of them with a mark only a person has.
 */
function markNameLists(lines: Line[]): void {
  let run: Line[] = [];
  let before: Line | null = null;
  const close = () => {
    const names = run.filter((l) => l.text !== "");
    // Under an agenda's heading ("• New Business:", "Ärenden:") a list is the agenda's, its brackets the presenters.
    const underAgenda = before !== null && /:$/u.test(before.text) && AGENDA_WORD.test(before.text);
    // Lines of names without list marks ("Anna Berg (S), ordförande" / "Per Holm (M)"): three or more.
    const listed = names.some((l) => LIST_ITEM.test(l.text));
    if (!underAgenda && names.length >= (listed ? 2 : 3) && names.some((l) => NAME_MARK.test(listContent(l.text)))) {
      for (const l of names) {
        l.attendance = true;
        l.start = null;
      }
    }
    run = [];
  };
  for (const line of lines) {
    if (line.text === "") {
      run.push(line);
      continue;
    }
    const item = LIST_ITEM.exec(line.text);
    const content = item ? item[1] : line.start || line.attendance ? null : line.text;
    if (content !== null && content.length <= 90 && NAME.test(content) && !AGENDA_WORD.test(content) && !/[.!?:]$/u.test(content)) {
      // (A list is all marked or all bare: "• Vice President – Kevin Ross" then "August Community Outreach", a heading
      // over the next bullets, ends it.)
      const first = run.find((l) => l.text !== "");
      if (first !== undefined && first.text.startsWith("•") !== line.text.startsWith("•")) {
        close();
        before = null;
      }
      run.push(line);
      continue;
    }
    close();
    before = line;
  }
  close();
}

/** Characters of `text` that hold the same words as `prefix` ("Approval of minutes" in "Approval of minutes Motion to …"). */
function wordsPrefixLength(text: string, prefix: string): number {
  const want = squash(prefix).split(" ").length;
  const re = /[\p{L}\d]+/gu;
  let count = 0;
  for (const m of text.matchAll(re)) {
    count += 1;
    if (count === want) return (m.index ?? 0) + m[0].length;
  }
  return 0;
}

function listContent(text: string): string {
  return LIST_ITEM.exec(text)?.[1] ?? text;
}

const squash = (text: string) => text.toLowerCase().replace(/[^\p{L}\d]+/gu, " ").trim();

/** "1.2" comes after "1.1", "1" and before "2"; "5.1.1" after "5.1" (numbers of a nested list in order). */
function afterInOrder(next: string, prev: string): boolean {
  const a = next.split(".").map((p) => Number.parseInt(p, 10));
  const b = prev.split(".").map((p) => Number.parseInt(p, 10));
  if (a.some(Number.isNaN) || b.some(Number.isNaN)) return false;
  for (let k = 0; k < Math.max(a.length, b.length); k++) {
    if (a[k] === undefined) return false;
    if (b[k] === undefined) return true;
    if (a[k] !== b[k]) return a[k] > b[k];
  }
  return false;
}

/**
 * A table of contents: three or more numbered titles in a row with nothing under them,
 * whose titles come back later in the text as the headings the minutes are written
 * under ("1. Approval of Minutes" … then "Approval of Minutes" / "Motion to approve …").
 * The list is the agenda, not the items: the later headings become the items, with the
 * list's numbers. A list whose titles never come back (an agenda alone) stays as it is.
 * It is a table of contents when its first title, or half of its titles, come back.
 */
function markTableOfContents(lines: Line[]): void {
  const starts = lines.map((l, i) => ({ l, i })).filter(({ l }) => l.start && l.start.number !== null && !l.start.sub);
  // Each line's words, squashed once (a year's minutes have thousands of lines and many lists to look up).
  const squashed = lines.map((l) => (l.text === "" ? "" : squash(l.start?.title ?? l.text)));
  // The lines by their first word, in order: a title is looked for only where a line begins with its first word.
  const byFirstWord = new Map<string, number[]>();
  const firstWord = (t: string) => t.split(" ", 1)[0];
  const index = (k: number) => {
    const bucket = byFirstWord.get(firstWord(squashed[k])) ?? [];
    let at = bucket.length;
    while (at > 0 && bucket[at - 1] > k) at -= 1;
    if (bucket[at - 1] !== k) bucket.splice(at, 0, k);
    byFirstWord.set(firstWord(squashed[k]), bucket);
  };
  squashed.forEach((t, k) => t !== "" && index(k));
  // The last line that starts an item under each number: an entry whose number comes back later was written up.
  const lastAt = new Map<string, number>();
  lines.forEach((l, k) => l.start?.number != null && lastAt.set(l.start.number, k));
  for (let s = 0; s < starts.length; ) {
    // The run: each next start follows with only blank lines between.
    let e = s;
    while (
      e + 1 < starts.length &&
      afterInOrder(starts[e + 1].l.start?.number ?? "", starts[e].l.start?.number ?? "") &&
      lines.slice(starts[e].i + 1, starts[e + 1].i).every((l) => l.text === "")
    ) {
      e += 1;
    }
    const run = starts.slice(s, e + 1);
    s = e + 1;
    if (run.length < 3) continue;
    const after = run[run.length - 1].i + 1;
    // (A contents entry's dot leader and page number are not its title: "Information från polisen...5".)
    const titles = run.map(({ l }) => squash((l.start?.title ?? "").replace(/\s*\.{2,}\s*\d*\s*$/u, "")));
    // Where each title comes back later, as a line of its own or as a numbered start.
    // "1. Approval of minutes Motion to approve …": the heading may go on with the text on its line.
    const comesBack = (title: string, k: number) => {
      const t = squashed[k];
      return t === title || t.startsWith(`${title} `);
    };
    const found = titles.map((title, j) => {
      // A column of numbers whose titles stand in a column of their own ("§1 §2 … §8", then the titles): the number
      // comes back later, with a title, as an item's heading ("§ 1 - Val av justerare").
      if (title === "") {
        const number = run[j].l.start?.number;
        for (let k = after; k < lines.length; k++) if (lines[k].start?.number === number && lines[k].start?.title) return k;
        return -1;
      }
      // (A line whose words changed since is still in its first word's list: the test reads it as it is now.)
      const bucket = byFirstWord.get(firstWord(title)) ?? [];
      let lo = 0;
      for (let hi = bucket.length; lo < hi; ) {
        const mid = (lo + hi) >> 1;
        if (bucket[mid] < after) lo = mid + 1;
        else hi = mid;
      }
      // (A contents entry may end in its page without a dot leader: "Mellerud PRIDE 2017 3".)
      const unpaged = title.replace(/\s\d{1,3}$/u, "");
      for (const k of bucket.slice(lo)) if (lines[k].text !== "" && (comesBack(title, k) || (unpaged !== title && squashed[k] === unpaged))) return k;
      return -1;
    });
    // The minutes take up the first title again (a shortened copy may stop early), or half of them.
    if (found[0] < 0 && found.filter((k) => k >= 0).length * 2 < run.length) {
      // Else an entry whose item comes back under the same number gives way to it alone ("3 Information från
      // polisen...5" / "Dnr: - 3 Information från polisen Beslut …" on page 5 of an excerpt cut after it).
      run.forEach(({ l }, k) => {
        const at = found[k];
        if (at >= 0 && lines[at].start?.number === l.start?.number) {
          l.start = null;
          l.toc = true;
        }
      });
      continue;
    }
    const unwritten: Line[] = [];
    run.forEach(({ l }, k) => {
      const number = l.start?.number ?? null;
      const at = found[k];
      // An entry the minutes never wrote up (its title and its number never come back: "9. GISTAM support request"
      // on the agenda, nothing under it) was still an item of the meeting: it stays one, without text.
      if (at < 0 && titles[k] !== "" && !((lastAt.get(number ?? "") ?? -1) >= after)) unwritten.push(unwrittenItem(l, { ...l.start! }));
      l.start = null;
      l.toc = true;
      if (at < 0) return;
      const later = lines[at];
      if (!later.start) later.start = { number, sub: false, title: later.text };
      // The heading is the listed title; what follows it on the line is the item's text.
      const listed = l.text.replace(/^\s*(?:§\s*)?\d{1,3}[.)]?\s*/u, "");
      const title = later.start.title;
      if (listed !== "" && squash(title) !== squash(listed) && squash(title).startsWith(squash(listed)) && title.length > listed.length) {
        const cut = wordsPrefixLength(title, listed);
        if (cut > 0) {
          later.start = { ...later.start, title: title.slice(0, cut).trim() };
          later.rest = title.slice(cut).trim();
        }
      }
      squashed[at] = squash(later.start.title);
      if (squashed[at] !== "") index(at);
    });
    // Only where the minutes wrote their items under the listed titles alone: headings of their own after the list
    // ("## Officers" for "2. Elect officers") tell the same items in other words. Nor a list of contents with its pages
    // ("Mellerud PRIDE budget 4"): the paragraphs of an excerpt's whole protocol, most of them not in it.
    const foundAt = new Set(found);
    // (Counted only where an entry is left: a year's protocols pasted as one text hold many lists.)
    const foundCount = found.filter((k) => k >= 0).length;
    const ownHeadings = () => {
      let own = 0;
      for (let k = after; k < lines.length && own < foundCount; k++) if (lines[k].start && !lines[k].start!.sub && !foundAt.has(k)) own += 1;
      return own >= foundCount;
    };
    const paged = titles.filter((t) => /\s\d{1,3}$/u.test(t)).length * 2 >= titles.length || run.some(({ l }) => /\.{3,}/u.test(l.text));
    if (unwritten.length > 0 && (paged || ownHeadings())) unwritten.length = 0;
    // Each goes where its number falls among the written-up items (before the first with a higher number), or last.
    for (const entry of unwritten) {
      const n = topNumber(entry.start?.number ?? null);
      let k = after;
      while (k < lines.length && !(lines[k].start && !lines[k].start!.sub && topNumber(lines[k].start!.number) > n)) k += 1;
      lines.splice(k, 0, entry);
      squashed.splice(k, 0, "");
      for (const bucket of byFirstWord.values()) for (let b = 0; b < bucket.length; b++) if (bucket[b] >= k) bucket[b] += 1;
      for (const st of starts) if (st.i >= k) st.i += 1;
      for (const [n, at] of lastAt) if (at >= k) lastAt.set(n, at + 1);
    }
  }
}

/**
 * The agenda as a bulleted list before minutes that write each entry up under its words ("• Welcome" / "• Approval of
 * the agenda" / "• NeIC announcements" … then "Approval of the Agenda" over its text): as a numbered table of contents
 * (markTableOfContents), the lines that take the entries up again are the items, in order, and the bullets the agenda.
 * Four bullets or more, short, no sentences; the first entry or half of them must come back, each on a line of its own.
 */
function bulletedContents(lines: Line[]): void {
  if (lines.some((l) => l.start && l.start.number !== null)) return;
  const bare = (t: string) => squash(t.replace(/^[•#\s]+/u, "").replace(/\s*\((?:decision|information|discussion|beslut|diskussion)\)\s*$/iu, ""));
  // ("Review membership fees" listed, "Membership Fees" over the text: one holds the other.)
  const holds = (a: string, b: string) => b.split(" ").length >= 2 && ` ${a} `.includes(` ${b} `);
  const listed = new Set<string>();
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i].text.startsWith("•") || lines[i].toc) continue;
    const run: Line[] = [];
    let j = i;
    for (; j < lines.length; j++) {
      if (lines[j].text === "") continue;
      const m = /^•\s+(\p{Lu}.*)$/u.exec(lines[j].text);
      if (!m || lines[j].attendance || m[1].split(/\s+/u).length > 12 || /[.!?;]$/u.test(m[1])) break;
      run.push(lines[j]);
    }
    i = Math.max(i, j - 1);
    if (run.length < 4) continue;
    // (The list read out twice, "Live minutes:" then the meeting's own copy: the second is the agenda too.)
    if (run.filter((l) => listed.has(bare(l.text))).length * 2 >= run.length) {
      for (const entry of run) entry.toc = true;
      continue;
    }
    // Each entry's line further down, in order: the same words (the heading may add some: "Welcome and presence").
    const found: number[] = [];
    let from = j;
    for (const entry of run) {
      const want = bare(entry.text);
      let at = -1;
      // (Within a few hundred lines of the one before: a year's notes pasted as one text hold many such lists.)
      for (let k = from; k < Math.min(lines.length, from + 400); k++) {
        const t = lines[k].text;
        // (On a line of its own, not a bullet: "• Discussion" under each item is no heading taking an entry up.)
        if (t === "" || t.startsWith("•") || lines[k].attendance || t.split(/\s+/u).length > 12 || /[.!?]$/u.test(t)) continue;
        const got = bare(t);
        if (got === want || (want !== "" && got.startsWith(`${want} `)) || holds(want, got) || holds(got, want)) {
          at = k;
          break;
        }
      }
      found.push(at);
      if (at >= 0) from = at + 1;
    }
    if (found[0] < 0 && found.filter((k) => k >= 0).length * 2 < run.length) continue;
    if (found.filter((k) => k >= 0).length < 2) continue;
    const unwritten: Array<{ entry: Line; before: Line | null }> = [];
    run.forEach((entry, k) => {
      entry.toc = true;
      entry.start = null;
      const at = found[k];
      if (at >= 0) lines[at].start = { number: null, sub: false, title: lines[at].text.replace(/^[•#\s]+|[\s:]+$/gu, "") };
      // (An entry never written up stays an item, before the next one that was: markTableOfContents.)
      else {
        const next = found.slice(k + 1).find((f) => f >= 0);
        const start = { number: null, sub: false, title: entry.text.replace(/^•\s+/u, "") };
        unwritten.push({ entry: unwrittenItem(entry, start), before: next === undefined ? null : lines[next] });
      }
    });
    for (const entry of run) listed.add(bare(entry.text));
    for (const { entry, before } of unwritten) {
      const at = before === null ? lines.length : lines.indexOf(before);
      lines.splice(at, 0, entry);
      if (at <= i) i += 1;
    }
  }
}

/** A copy of a listed entry that the minutes never wrote up, kept as an item of its own without text. */
const unwrittenItem = (entry: Line, start: NonNullable<Line["start"]>): Line => ({ ...entry, toc: false, start, unwritten: true });

/** The first part of an item number ("5" of "5.2"), or -1. */
const topNumber = (number: string | null) => (number === null ? -1 : Number.parseInt(number, 10));


function markAttendance(lines: Line[]): void {
  for (let i = 0; i < lines.length; i++) {
    // "## Attending", "# Roll call": a marked-up label is a label.
    const markedUpLabel = lines[i].start?.number === null && /^(?:#{1,4}|={1,4})\s/u.test(lines[i].text);
    const text = markedUpLabel ? lines[i].text.replace(/^[#=]+\s*|\s*=+$/gu, "") : lines[i].text;
    // "Närvarande", "Attendees:", or a lead-in "Därtill vid detta möte adjungerad var".
    const labelOnly = ATTENDANCE_LABEL.test(text) || ATTENDANCE_SUFFIX.test(text) || LEAD_IN.test(text);
    // ("Committee members in attendance: Jon, Paul, …", "Others present: …", "Members Absent: …".)
    const labelled =
      /^(?:närvarande|beslutande|deltagare|attendees|attendance|in attendance|present|frånvarande)(?:\s+\p{L}+){0,2}\s*:\s*\S/iu.test(text) ||
      /^(?:\p{L}+[’']?\s+){0,2}(?:in\s+attendance|present|absent|attendees|absentees)\s*:\s*\S/iu.test(text);
    if (!labelOnly && !labelled) continue;
    if (lines[i].start && !(markedUpLabel && labelOnly)) continue; // "§ 2. Närvarande ledamöter voro:" is an item of its own.
    lines[i].attendance = true;
    lines[i].start = null;
    let j = i + 1;
    let first = labelOnly;
    for (; j < lines.length; j++) {
      const line = lines[j];
      if (line.text === "") continue;
      if (ATTENDANCE_LABEL.test(line.text)) break; // the next list starts; the loop above takes it
      const item = LIST_ITEM.exec(line.text);
      const content = item ? item[1] : line.text;
      // (Not an item that starts there, "1 Inledande formalia", cut out of a flattened page.)
      if (line.start && line.start.number !== null && !NAME.test(line.start.title)) break;
      if (first && !item && !/[.!?]$/u.test(content)) {
        // "Närvarande" / "Mattias Blomgren, Sven-Erik Jonsson, …": the line after the label.
        line.attendance = true;
        line.start = null;
        first = false;
        continue;
      }
      first = false;
      // Names one to a line ("Beslutande" / "Anna Berg (S)" / "Per Holm (M)") or as a list;
      // never an agenda heading after an empty list ("Not Present" / "Previous minutes").
      if (NAME.test(content) && content.length <= 90 && !(AGENDA_WORD.test(content) && !item)) {
        line.attendance = true;
        line.start = null;
        continue;
      }
      break;
    }
    i = j - 1;
  }
}

/**
 * A line shaped like a heading, wherever it stands: capitalised, short (at most nine words), no number first, not an
 * attendance label, a day, another kind of line (options.notHeading), a line that reports a decision ("Till
 * ordförande valdes Erica Olivius", "… 5000 kr Beviljades") or one whose last word is a function word ("It was",
 * "Styrelsen beslöt att"). Where it must stand is the caller's rule.
 */
function headingShaped(text: string, options: StructureOptions): boolean {
  return (
    /^\p{Lu}/u.test(text) &&
    text.length <= 70 &&
    text.split(/\s+/u).length <= 9 &&
    !/^\d/u.test(text) &&
    !ATTENDANCE_LABEL.test(text) &&
    findDates(text).length === 0 &&
    !options.notHeading(text) &&
    decisionTense(text) === null &&
    !/\s(?:was|were|is|att|och|som|the|of|to|and|that)$/iu.test(text)
  );
}

/**
 * A web page copied without its blank lines, each paragraph a line ("… från kommunfullmäktiges möte." / "Vindeln
 * Innovation Center blir verklighet" / "Kommunfullmäktige beslutade enhälligt att …"): a short capitalised line that
 * is no sentence, after a line that ends one and over a line of prose, is a heading. Two or more make a structure,
 * and only where nothing else did.
 */
function headingsBetweenProse(lines: Line[], options: StructureOptions): void {
  if (lines.some((l) => l.start)) return;
  const text = lines.filter((l) => l.text !== "");
  const first = lines.indexOf(text[0]);
  const last = lines.lastIndexOf(text[text.length - 1]);
  if (lines.some((l, i) => i > first + 1 && i < last && l.text === "")) return;
  const prose = (l: Line) => /[.!?]$/u.test(l.text) || l.text.length > 100;
  const found = text.filter((line, k) => {
    if (k === 0 || k === text.length - 1 || line.attendance) return false;
    const t = line.text;
    return (
      t.split(/\s+/u).length >= 2 &&
      !/[.,;:!?]$/u.test(t) &&
      /[.!?]$/u.test(text[k - 1].text) &&
      prose(text[k + 1]) &&
      headingShaped(t, options)
    );
  });
  if (found.length < 2) return;
  for (const line of found) line.start = { number: null, sub: false, title: line.text };
}

/** An agenda heading with its presenter: "Approval of 2018 Budget - Presented by Anna Berg", "Budget – föredragande Anna Berg". */
const PRESENTED =
  /^\p{Lu}[^.!?]{2,80}\s[-–]\s(?:[Pp]resented by|[Ll]ed by|[Ii]ntroduced by|[Ff]öredragande:?|[Ff]öredras av|[Pp]resenteras av)\s+\p{Lu}[^.!?]{0,40}$/u;

function markHeadings(lines: Line[], options: StructureOptions): void {
  const prevBlank = (i: number) => i === 0 || lines[i - 1].text === "";
  const nextNonBlank = (i: number) => nextWithText(lines, i);
  const nextBlank = (i: number) => i + 1 >= lines.length || lines[i + 1].text === "";
  // The first line is the document's title, not a heading.
  const first = lines.findIndex((l) => l.text !== "");
  for (let i = first + 1; i < lines.length; i++) {
    const line = lines[i];
    const text = line.text;
    if (text === "" || line.start || line.attendance) continue;
    const wordsIn = text.split(/\s+/u).length;
    // A heading in capitals ("REGULAR MEETING", "ÖVRIGA FRÅGOR") needs no blank line around it.
    const letters = text.replace(/[^\p{L}]/gu, "");
    const inCapitals = wordsIn >= 2 && letters.length >= 6 && letters === letters.toUpperCase();
    const looksLikeHeading =
      // (A short label over its text may end in a colon: "Secretaries Report:" / "Marcy presented …".)
      (!/[.,;:!?]$/u.test(text) || (/\p{L}:$/u.test(text) && wordsIn <= 5)) &&
      // Not a labelled line ("Proposed by: Cart", "Ansvarig: Eva").
      !/^\p{L}[\p{L} ]{0,25}:\s/u.test(text) &&
      ((prevBlank(i) && nextBlank(i)) || inCapitals) &&
      nextNonBlank(i) !== undefined &&
      headingShaped(text, options);
    if (looksLikeHeading || PRESENTED.test(text)) {
      line.start = { number: null, sub: false, title: text.replace(/\s*:$/u, "") };
      continue;
    }
    // "• Ekonomi" with its text indented under it: a bulleted heading.
    const bullet = /^•\s+(\S.*?)\s*:?$/u.exec(text);
    const next = nextNonBlank(i);
    if (
      bullet &&
      next &&
      bullet[1].length <= 70 &&
      bullet[1].split(/\s+/u).length <= 8 &&
      !/[.!?]$/u.test(bullet[1]) &&
      indentOf(next) > indentOf(line) &&
      !next.text.startsWith("•")
    ) {
      line.start = { number: null, sub: false, title: bullet[1] };
    }
  }
  // "- MINUTES OF PREVIOUS MEETING" over its text, no bullet before or after: an ordered list of
  // headings whose numbers a web page lost. Three or more such lone bullets make a structure.
  const prevNonBlank = (i: number) => prevWithText(lines, i);
  const lone = lines.filter((line, i) => {
    const bullet = /^•\s+(\p{Lu}.*?)$/u.exec(line.text);
    const next = nextNonBlank(i);
    const prev = prevNonBlank(i);
    return (
      bullet !== null &&
      !line.start &&
      !line.attendance &&
      bullet[1].split(/\s+/u).length <= 6 &&
      !/[.,;:!?]$/u.test(bullet[1]) &&
      next !== undefined &&
      !next.text.startsWith("•") &&
      (prev === undefined || !prev.text.startsWith("•"))
    );
  });
  if (lone.length >= 3) for (const line of lone) line.start = { number: null, sub: false, title: line.text.replace(/^•\s+/u, "") };
  // Every heading a bullet, the text under it unbulleted ("- Mötets öppnande" / "Mötet öppnades av …",
  // "- Val av mötesfunktionärer" / "- Sekreterare:" / "Johan valdes …"): a word processor's outline pasted
  // as text, its levels lost. A short capitalised bullet, no sentence, is a heading when prose follows it,
  // when it ends in a colon (a label over its list), or when the bullet under it is such a label.
  const bulletTitle = (i: number) => {
    const line = lines[i] as Line | undefined;
    const m = line ? /^•\s+(\p{Lu}.*?)\s*$/u.exec(line.text) : null;
    if (!m || !line || line.attendance) return null;
    const t = m[1].replace(/\s*:$/u, "");
    // A role as a label over the sentence that fills it ("• Justerare:" / "Anna valdes till justerare.") is a heading here.
    const next = nextWithText(lines, i);
    const roleOverSentence = line.text.endsWith(":") && isHeadLabel(t) && next !== undefined && !next.text.startsWith("•") && /[.!?]$/u.test(next.text);
    return t.length <= 80 && t.split(/\s+/u).length <= 10 && !/[.!?;,]$/u.test(t) && (!options.notHeading(t) || roleOverSentence) ? t : null;
  };
  const outlined = lines.flatMap((line, i) => {
    const title = bulletTitle(i);
    const nextAt = nextTextAt(lines, i);
    const next = nextAt < 0 ? undefined : lines[nextAt];
    if (title === null || line.start || next === undefined) return [];
    // Prose: a sentence or a labelled line ("Närvarande: Emil, …"), not another short heading.
    const prose = !next.text.startsWith("•") && (/[.!?]$/u.test(next.text) || /^\p{L}+:\s/u.test(next.text) || next.text.split(/\s+/u).length > 10);
    const label = line.text.endsWith(":");
    const overLabel = next.text.endsWith(":") && bulletTitle(nextAt) !== null;
    return prose || label || overLabel ? [{ line, title, prose }] : [];
  });
  // Only where no other headings were found (an outline of plain headings keeps its bullets as notes).
  const plainHeadings = lines.some((l) => l.start && !l.text.startsWith("•"));
  if (!plainHeadings && outlined.length >= 3 && outlined.filter((o) => o.prose).length >= 2) {
    for (const { line, title } of outlined) line.start = { number: null, sub: false, title };
  }
  // An outline: "Annual Report" over "- Discussion", "- Vote to accept …", then "Financial Reports" over
  // its own bullets. A short capitalised line that is no bullet, no sentence and no label, with bullets
  // under it, is the heading of what follows; three or more such lines make a structure.
  const outline = lines.filter((line, i) => {
    const next = nextNonBlank(i);
    const words = line.text.split(/\s+/u).length;
    return (
      line.text !== "" &&
      !line.start &&
      !line.attendance &&
      /^\p{Lu}/u.test(line.text) &&
      words <= 6 &&
      line.text.length <= 60 &&
      !/[.,;:!?]$/u.test(line.text) &&
      findDates(line.text).length === 0 &&
      !ATTENDANCE_LABEL.test(line.text) &&
      !options.notHeading(line.text) &&
      next !== undefined &&
      next.text.startsWith("•") &&
      !next.attendance
    );
  });
  if (outline.length >= 3) for (const line of outline) line.start = { number: null, sub: false, title: line.text };
  // Notes as nested bullets: "* Topic" at the left, "- note" indented under it (Markdown meeting notes).
  // A top-level bullet with indented bullets under it is a topic; three or more make a structure.
  const topics = lines.filter((line, i) => {
    const bullet = /^•\s+(\p{Lu}.*?)\s*:?$/u.exec(line.text);
    const next = nextNonBlank(i);
    return (
      bullet !== null &&
      !line.start &&
      !line.attendance &&
      bullet[1].length <= 70 &&
      bullet[1].split(/\s+/u).length <= 9 &&
      !/[.!?]$/u.test(bullet[1]) &&
      next !== undefined &&
      next.text.startsWith("•") &&
      !next.attendance &&
      indentOf(next) > indentOf(line)
    );
  });
  const left = Math.min(...topics.map((l) => indentOf(l)));
  const top = topics.filter((l) => indentOf(l) === left);
  if (top.length >= 3) for (const line of top) line.start = { number: null, sub: false, title: line.text.replace(/^•\s+/u, "").replace(/\s*:$/u, "") };
  // Last resort, where nothing above found a structure: short headings straight over their prose, no
  // blank line between ("Old Business:" / "Policy updates in process …"), as a web page or a pasted PDF
  // loses the spacing. A heading follows a finished sentence (or a blank), and prose follows it.
  if (lines.filter((l) => l.start).length < 2) markTightHeadings(lines, options);
  runInHeadings(lines, options);
  bulletedAgenda(lines);
  bulletedMinutes(lines);
}

/** The first bullet of minutes kept as a list: the meeting opened ("• Mötet öppnas", "• Meeting opened at 7pm"). */
const OPENS_MEETING =
  /^•\s+(?:(?:mötet|sammanträdet|årsmötet)\s+(?:öppna\p{L}*|förklaras\s+öppnat)|mötets\s+öppnande|(?:\p{Lu}\p{L}+\s+)?öppnade\s+(?:mötet|sammanträdet)|välkomna\b|(?:the\s+)?meeting\s+(?:was\s+)?(?:opened|called\s+to\s+order)|welcome\b)/iu;
/** Its last bullets: the meeting closed ("• Mötet avslutat!", "• Meeting closed at 9pm"). */
const CLOSES_MEETING = /^•\s+(?:(?:mötet|sammanträdet|årsmötet)\s+(?:avslut\p{L}*|förklaras\s+avslutat)|mötets\s+avslutande|(?:the\s+)?meeting\s+(?:was\s+)?(?:closed|adjourned))/iu;

/**
 * Minutes kept as one bulleted list ("Protokoll" / "• Mötet öppnas" / "• Fritidsgården diskuterades. Karolin har …"
 * / … / "• Mötet avslutat!"), where nothing else structured the text: a run of four or more bullets that opens or
 * closes the meeting is its items, each titled by its first sentence.
 */
function bulletedMinutes(lines: Line[]): void {
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i].text.startsWith("•")) continue;
    const run: Line[] = [];
    let j = i;
    for (; j < lines.length; j++) {
      if (lines[j].text === "") continue;
      if (!lines[j].text.startsWith("•") || lines[j].attendance) break;
      run.push(lines[j]);
    }
    i = j;
    if (run.length < 4 || !(OPENS_MEETING.test(run[0].text) || run.slice(-2).some((l) => CLOSES_MEETING.test(l.text)))) continue;
    // (An agenda of bullets already read as one keeps its reading.)
    if (run.some((l) => l.start)) continue;
    // (More than the headings around it, and none below: "Fågelfors föräldraförening" / "Protokoll" over it are the
    // document's head, and lose their place as items when nothing stands between them and the list.)
    const at = lines.indexOf(run[0]);
    const elsewhere = lines.filter((l) => l.start && !run.includes(l));
    if (run.length <= elsewhere.length || lines.slice(j).some((l) => l.start)) continue;
    for (let k = at - 1; k >= 0 && (lines[k].text === "" || lines[k].start || lines[k].attendance); k--) lines[k].start = null;
    for (const line of run) {
      const text = line.text.replace(/^•\s*/u, "");
      const all = sentences(text);
      line.start = { number: null, sub: false, title: all[0].replace(/[.:!]$/u, "") };
      if (all.length > 1) line.rest = all.slice(1).join(" ");
    }
  }
}

/**
 * Headings found above an "Agenda" heading that has headings of its own under it: the document's head (its
 * title, a roll-call table of "Name / Company / Yes" lines), not items; nor is "Agenda" itself one.
 */
function headBeforeAgenda(lines: Line[]): void {
  const at = lines.findIndex((l) => l.start && l.start.number === null && /^(?:[#=]+\s*)?(?:agenda|dagordning|föredragningslista|ärendelista)\s*:?$/iu.test(l.text));
  if (at < 0 || lines.slice(at + 1).filter((l) => l.start).length < 2) return;
  for (const line of lines.slice(0, at + 1)) if (line.start && line.start.number === null) line.start = null;
}

/**
 * "## Agenda" straight over "### Approve last meeting's minutes": a marked-up heading with a deeper one
 * under it and nothing between them groups the items and is none itself.
 */
function groupHeadings(lines: Line[]): void {
  const level = (l: Line | undefined) => (l ? /^(#{1,6}|={1,6})\s/u.exec(l.text)?.[1].length ?? 0 : 0);
  lines.forEach((line, i) => {
    if (!line.start || line.start.number !== null || level(line) === 0) return;
    const next = nextWithText(lines, i);
    if (level(next) > level(line) && next?.text[0] === line.text[0]) line.start = null;
  });
}

/** A line that introduces the items themselves: "Dagordning:", "Agenda:", "Ärenden:", "Följande ärenden behandlades:". */
const ITEMS_LABEL = /(?:dagordning|föredragningslista|ärendelista|ärenden|punkter|agenda|items|business|behandlades|följande)\s*:$/iu;

/**
 * A numbered list of sentences inside an item, where the items themselves are unnumbered headings: "Förslag på
 * ändring av stadgarna:" / "1. I stadgarna § 1 anges att …" / "2. …". When every numbered line of a text belongs to
 * such lists (each introduced by prose that ends in a colon, its entries sentences rather than titles), they are
 * no items: the numbers are taken back, and the headings structure the text.
 */
function markListsInProse(lines: Line[]): void {
  const numbered = lines.filter((l) => l.start && l.start.number !== null && !l.start.sub);
  if (numbered.length < 2) return;
  const inList = new Set<Line>();
  for (let k = 0; k < numbered.length; ) {
    const at = lines.indexOf(numbered[k]);
    const before = prevWithText(lines, at);
    if (!before || !/:$/u.test(before.text) || before.start || ITEMS_LABEL.test(before.text) || isHeadLabel(before.text.replace(/:$/u, ""))) return;
    // The run: numbers that count up from here.
    const run = [numbered[k]];
    while (k + run.length < numbered.length && Number(numbered[k + run.length].start?.number) === Number(run[run.length - 1].start?.number) + 1) {
      run.push(numbered[k + run.length]);
    }
    const words = run.map((l) => (l.start?.title ?? "").split(/\s+/u).length);
    if (words.reduce((a, b) => a + b, 0) / run.length < 6) return;
    // (A list whose entries each report a decision is the meeting's decisions, one item each:
    // "Beslutade uppdrag:" / "1. Kommunfullmäktige ger kommunstyrelsen i uppdrag att …".)
    // Nor one whose entries open with a head run into their text ("1. The School Budget – The Council adjusted …").
    if (run.filter((l) => reportsDecision(l.text)).length * 2 > run.length) return;
    if (run.filter((l) => /^\p{Lu}[^.!?:–]{2,60}?\s(?:–|-)\s+\S|^\p{Lu}[^.!?:–]{2,60}?:\s+\S/u.test(l.start?.title ?? "")).length * 2 > run.length) return;
    for (const l of run) inList.add(l);
    k += run.length;
  }
  for (const l of inList) l.start = null;
}

/**
 * Short headings straight over their prose, no blank line between ("Old Business:" / "Policy updates in process …"),
 * as a web page or a pasted PDF loses the spacing: a heading follows a finished sentence (or a blank), and prose
 * follows it. Three or more make a structure.
 */
function markTightHeadings(lines: Line[], options: StructureOptions): void {
  const first = lines.findIndex((l) => l.text !== "");
  const prevBlank = (i: number) => i === 0 || lines[i - 1].text === "";
  const nextNonBlank = (i: number) => nextWithText(lines, i);
  const prevNonBlank = (i: number) => prevWithText(lines, i);
  const prose = (l: Line | undefined) => l !== undefined && !l.start && !l.attendance && (/[.!?]$/u.test(l.text) || l.text.split(/\s+/u).length > 8);
  const tight = lines.filter((line, i) => {
    const t = line.text.replace(/\s*:$/u, "");
    const prev = prevNonBlank(i);
    return (
      i > first &&
      t !== "" &&
      !line.start &&
      !line.attendance &&
      /^\p{Lu}/u.test(t) &&
      t.length <= 70 &&
      t.split(/\s+/u).length <= 8 &&
      !/[.,;!?]$/u.test(t) &&
      !/^\d/u.test(t) &&
      !/:\s/u.test(t) &&
      findDates(t).length === 0 &&
      !ATTENDANCE_LABEL.test(t) &&
      !options.notHeading(t) &&
      !/\s(?:was|were|is|att|och|som|the|of|to|and|that|i|på|med|för|av|till)$/iu.test(t) &&
      (prev === undefined || prevBlank(i) || /[.!?:]$/u.test(prev.text)) &&
      prose(nextNonBlank(i))
    );
  });
  if (tight.length >= 3) for (const line of tight) line.start = { number: null, sub: false, title: line.text.replace(/\s*:$/u, "") };
}

/** "Approval of minutes: The minutes were approved.", "- Apologies: …": a short head run into its text after a colon. */
const RUN_IN = /^(?:•\s+)?(\p{Lu}[^:.!?]{2,60}?)\s*:\s+(\S.*)$/u;
/** "• MUGA – update provided by Sophie Muir.", "Road signs – Jon has confirmed …": a spaced dash runs the head into its text too. */
const RUN_IN_DASH = /^(?:•\s+)?(\p{Lu}[^:.!?–—]{2,60}?)\s+[–—-]\s+(\S.*)$/u;
/** "Legal advice. Jordan Hatcher was thanked …": a head that is no sentence, closed by a full stop. */
const RUN_IN_STOP = /^(\p{Lu}[^:.!?–—]{2,50}?)\.\s+(\p{Lu}.*)$/u;
/**
 * A head before a full stop that reads as a sentence: a finite verb after its first word ("The meeting opened", "Minutes
 * approved", "Anna har …"), or an article first and a word in -s before its last ("The coastal four needs a new rigger").
 */
const sentenceLike = (head: string) => FINITE_AFTER_FIRST.test(head) || /^(?:the|a|an|this|our|their)\s+(?:\S+\s+)*?\p{Ll}+s\s+\S/iu.test(head);
/** A finite verb after a head's first word makes it a sentence. */
const FINITE_AFTER_FIRST =
  /^\S+\s.*\b(?:is|are|was|were|has|have|had|will|would|shall|should|can|could|did|does|do|said|met|took|gave|went|made|told|\p{L}{2,}ed|är|var|har|hade|ska|skall|blir|blev|kan|\p{L}{2,}ade|\p{L}{2,}des)\b/iu;

/**
 * Paragraphs that each open with a short head and a colon, a spaced dash or a full stop ("Report on finances: The
 * financial report was discussed …", "Road signs – Jon has confirmed …", "Legal advice. Jordan Hatcher was thanked …"):
 * three or more make a structure, each head an item's title and the rest of its line the item's text; beside headings
 * found otherwise, only as many as they. Not a label of the head of the document ("Plats: …"), an attendance list, a
 * person's name before a note, or a sentence.
 */
function runInHeadings(lines: Line[], options: StructureOptions): void {
  const first = lines.findIndex((l) => l.text !== "");
  // Beside headings found otherwise, a bullet under one is its note, and a head closed by a full stop too loose a sign.
  const headed = lines.filter((l) => l.start).length;
  // (Nor a line under a heading that ends in a colon, "Old Business:" / "Gingerbread - Date TBD": the heading's list.)
  // (Such a line is kept aside, "under": where the labels and the run-in heads are of one kind, below, it is one.)
  let underLabel = false;
  const candidates = lines.flatMap((line, i) => {
    if (line.start) underLabel = line.text.endsWith(":");
    if (i <= first || line.start || line.attendance || (headed >= 2 && line.text.startsWith("•"))) return [];
    const stop = headed < 2 ? RUN_IN_STOP.exec(line.text) : null;
    const m = RUN_IN.exec(line.text) ?? RUN_IN_DASH.exec(line.text) ?? (stop && !sentenceLike(stop[1]) && stop[1].split(/\s+/u).length <= 8 ? stop : null);
    if (!m) return [];
    const head = m[1].trim();
    const words = head.split(/\s+/u);
    // (A person's name before a note: "Anna: I will …", "John Smith: reported …", "Eva Lind: Explained …"; not a
    // topic in capitals, "Car Park Lighting: The car park …", "Christmas Eve: The committee discussed …".)
    const rest = m[2];
    // (A standard head or a word of meetings is a topic: "Finances – the balance …", "Minutes – approved via email".)
    // ("Retreat Discussion: Staff and Trustees agreed …": a word that reads as a noun, "Discussion", names no one.)
    const personLike =
      !STANDARD_HEADING.test(head) &&
      !AGENDA_WORD.test(head) &&
      !(words.length > 1 && readsAsNoun(words[words.length - 1])) &&
      words.length <= 3 &&
      words.every((w) => /^\p{Lu}/u.test(w)) &&
      // (One word over a note that opens with an article or a "none" is a topic too: "Programs – no report", "Publicity –
      // the flyers are out".)
      ((words.length === 1 && !/^(?:the|a|an|no|none|nil|nothing|this|these|our|all)\b/iu.test(rest)) ||
        (words.length > 1 && (/^(?:I|We|Will|\p{Ll}|\p{Lu}\p{Ll}+(?:ed|s)\b)/u.test(rest) || !/^(?:The|A|An|This|There|It|Den|Det|En|Ett)\b|^[A-ZÅÄÖ]{2,4}\b/u.test(rest))));
    // (Nor the meeting's own head: "Minutes of the Board – Tuesday August 13, 2013, called to order …".)
    // ("Next meeting: 3 June", "AGM – 14 May at the hall" stay items.)
    const dayFirst = /\b(?:meeting|minutes|möte|protokoll)\b/iu.test(head) && !STANDARD_HEADING.test(head) && findDates(rest.slice(0, 60)).some((d) => d.start <= 30);
    // (A day in the head is a line of the text, "Tuesday 3 March – we met at …", unless a standard head names what the
    // day is: "Minutes of Previous Meeting Wednesday 3rd November 2021 – Proposed DF, Seconded JS. Passed.")
    const dayInHead = findDates(head).length > 0 && !STANDARD_HEADING.test(head);
    if (words.length > 8 || personLike || dayFirst || ATTENDANCE_LABEL.test(head) || IN_ATTENDANCE_LAST.test(head) || options.notHeading(head) || dayInHead) return [];
    return [{ line, at: i, head, rest, under: underLabel }];
  });
  // (And only where the run-in heads are as many: the text's own way of heading. Or where the headings found are labels
  // closed by a colon, unnumbered, "Library Director's Report:" / "Old Business:": a label run into its text, "Retreat
  // Discussion: Staff and Trustees agreed …", is the same way of heading, as a bold label is whether its text follows on
  // its line or the next.)
  // (Under a label, only a colon's run-in head, after a blank line: "Old Business:" / "Gingerbread - Date TBD" is its list.)
  const labels = lines.filter((l) => l.start && l.start.number === null && l.text.endsWith(":")).length;
  const colonRunIn = ({ line, at, under }: (typeof candidates)[number]) => RUN_IN.test(line.text) && (!under || prevLineBlank(lines, at));
  const sameStyle = headed >= 2 && labels * 2 >= headed && candidates.length >= 1 && candidates.every(colonRunIn) && candidates.length + labels >= 3;
  const found = sameStyle ? candidates : candidates.filter((c) => !c.under);
  if (!sameStyle && (found.length < 3 || found.length < headed)) return;
  // (Nor where a page of text stands before the first head: it would be taken for the document's head, its days lost.)
  const before = lines.slice(0, lines.indexOf(found[0].line)).filter((l) => l.text !== "" && !l.attendance && !l.start);
  if (before.length > 10) return;
  for (const { line, head, rest } of found) {
    line.start = { number: null, sub: false, title: head };
    line.rest = rest;
  }
}

/** True when the line before `i` is empty (or there is none). */
const prevLineBlank = (lines: Line[], i: number) => i === 0 || lines[i - 1].text === "";

/**
 * An agenda as a bulleted list ("Årsmötesagendan är enligt nedan." / "• Mötets öppnande" / "• Val av
 * mötesordförande" …), where nothing else structured the text: four or more short bullets in a row, no
 * sentences, two of them in the words of an agenda, are its items.
 */
function bulletedAgenda(lines: Line[]): void {
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i].text.startsWith("•")) continue;
    const run: Line[] = [];
    let j = i;
    let indent = -1;
    const points: Line[] = [];
    // (Under a heading that names it an agenda, an entry may be a long title: "Motion av … om utredning av kostnader …".)
    let h = i - 1;
    while (h >= 0 && lines[h].text === "") h -= 1;
    const head = h >= 0 ? lines[h] : undefined;
    const limit = head && AGENDA_LIST_HEAD.test(head.text) ? 25 : 12;
    for (; j < lines.length; j++) {
      const m = /^•\s+(\p{Lu}.*)$/u.exec(lines[j].text);
      // (A bullet indented under the run's own is a point of the entry above it: "• LAGs runda" / "  • Intro – 2 min var …".)
      if (m && indent >= 0 && indentOf(lines[j]) > indent) {
        points.push(lines[j]);
        continue;
      }
      if (!m || lines[j].attendance || m[1].split(/\s+/u).length > limit || /[.!?;]$/u.test(m[1])) break;
      if (indent < 0) indent = indentOf(lines[j]);
      run.push(lines[j]);
    }
    i = Math.max(i, j);
    if (run.length < 4 || run.filter((l) => AGENDA_WORD.test(l.text) || /^•\s+(?:val|fastställande|godkännande|fråga)\b/iu.test(l.text)).length < 2) continue;
    // (Longer than the headings found around it: "När, var och hur" over the notice's practical text is no agenda.
    // Not when minutes follow under headings of their own: the list was the agenda read out, they are the items.)
    const elsewhere = lines.filter((l) => l.start && !run.includes(l)).length;
    const below = lines.slice(j).filter((l) => l.start).length;
    // Nor the notes under a heading ("Summer 2020 print newsletter" / "• Content" / "• Census Update"), unless
    // the heading names the list ("Agenda", "Dagordning", "Följande ärenden behandlas …").
    const over = prevWithText(lines, lines.indexOf(run[0]));
    const named = over !== undefined && (AGENDA_LIST_HEAD.test(over.text) || ITEMS_LABEL.test(over.text));
    if (named && over?.start) over.start = null;
    // (A named agenda whose entries come again below as headings was read out over the minutes: "Agenda" / "- Annual
    // report" … then "Annual report" over its text.)
    // ("Review membership fees" in the list, "Membership Fees" over the text: one holds the other.)
    const bare = (t: string) => t.replace(/^[#•\s]+|[\s:]+$/gu, "").toLowerCase();
    const later = lines.slice(j).map((l) => bare(l.text)).filter((t) => t.split(/\s+/u).length >= 2 && t.length <= 80);
    const again = run.filter((l) => later.some((t) => bare(l.text).includes(t) || t.includes(bare(l.text)))).length;
    if ((named && again * 2 < run.length) || (run.length > elsewhere && below < 2 && !over?.start)) {
      for (const line of run) line.start = { number: null, sub: false, title: line.text.replace(/^•\s+/u, "") };
      for (const line of points) line.start = null;
    }
  }
}
/** A heading that names the list under it as the agenda. */
const AGENDA_LIST_HEAD = /^(?:#+\s*)?(?:agenda|dagordning|föredragningslista|ärendelista|ärenden|förslag\s+till\s+dagordning|följande\s+ärenden\s+(?:behandlas|ska\s+behandlas|kommer\s+att\s+behandlas)(?:\s+\p{L}+){0,3})\s*:?$/iu;

/** An entry that is text, not a title: a sentence, or a label of an item's parts ("**Context** …", "**Decision**: accept"). */
const TEXT_ENTRY = (line: Line) => {
  const title = line.start?.title ?? line.text;
  // ("1. Carsten to look at the recommendations [by 17th]": a task is text too.)
  return /[.!]$/u.test(title) || /^\p{Lu}[\p{L}'’-]+(?:\s+(?:and|&|och)\s+\p{Lu}[\p{L}'’-]+)?\s+(?:to|will)\s+\p{Ll}/u.test(title) || /^(?:context|options|decision|discussion|background|outcome|action|beslut|bakgrund|diskussion)\b/iu.test(title);
};

/**
 * A list nested under a numbered item, as Markdown writes it ("1. Decide on migration paths" / "   1. **Context** …"
 * / "   2. **Options**" / "      1. accept" / "   3. **Decision**: accept, unanimous"): a numbered run indented deeper than the
 * item above it, starting again at 1 or a, is that item's text when its entries are text, not titles. (Titles
 * nested so, "5. Genomgång av tidigare protokoll" / " 1. Medlemsavgiften", stay the item's sub-items.)
 */
function nestedLists(lines: Line[]): void {
  let parent: { indent: number } | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.text === "") continue;
    const indent = indentOf(line);
    const numbered = line.start && line.start.number !== null && !/§/u.test(line.text);
    if (!numbered) {
      if (parent && indent <= parent.indent) parent = null;
      continue;
    }
    // (The item above is a main item, "5." not "5.1": a list whose every entry is "1." nests nothing.)
    if (!parent || indent <= parent.indent || !/^(?:1|a)$/iu.test(line.start?.number ?? "")) {
      parent = line.start?.sub || /\./u.test(line.start?.number ?? "") ? null : { indent };
      continue;
    }
    // The run: every line indented at least this deep, up to the next line that is not.
    const run: Line[] = [];
    let j = i;
    for (; j < lines.length; j++) {
      if (lines[j].text !== "" && indentOf(lines[j]) < indent) break;
      run.push(lines[j]);
    }
    const entries = run.filter((l) => l.start && l.start.number !== null && indentOf(l) === indent);
    if (entries.filter(TEXT_ENTRY).length * 2 > entries.length) {
      for (const l of run) l.start = null;
      i = j - 1;
    } else {
      // Titles: the sub-items stay, and a list nested deeper under one of them is read in its turn ("3. Officer
      // Reports" / "1. Chair - Patrick" / "1. It's very important …" / "2. Patrick to investigate …").
      parent = { indent };
    }
  }
}
