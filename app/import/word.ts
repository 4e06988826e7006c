// The text of a Word file, with Word's own structure kept (issue 13: "document
// structure first"). mammoth's raw text drops what the secretary marked up: the
// heading styles their items stand under, and which paragraphs are entries of a
// list. From mammoth's HTML we write the text the parser already reads:
// - a heading (Rubrik 1–6 / Heading 1–6) is a Markdown heading, "## Budget 2026",
//   unless it carries its own number ("§ 12 Budget"): then it is that numbered line;
// - Word numbers its lists itself, so the numbers are in no text run: a list of
//   items gets its numbers written as Word counts them ("1. Mötets öppnande"), the
//   points of an item get bullets (`listMarkersAsText`, applied to mammoth's
//   document before it is turned into HTML). mammoth tells which list a paragraph
//   is in and at what level, not the list's format or start: an item list Word
//   numbers "§ 1" is read as "1.", one Word starts at 45 is read from 1;
// - a paragraph all in bold, as titles are often set without a heading style, is a
//   heading too when it reads as one (short, not a sentence: `readsAsBoldHeading`,
//   the rule lines.ts has for Markdown's "**…**"); a label such as "Beslut" stays a
//   label (lines.ts);
// - a table of data is written row by row, "| cell | cell |"; a table that lays
//   out the minutes (§ in one column, the item in the next) cell by cell;
// - every other paragraph is a line, with a blank line after it as in the raw text.
import { Parser } from "htmlparser2";
import { readsAsBoldHeading } from "./lines";

/** What `listMarkersAsText` reads and changes of mammoth's document (its transform API, pinned with mammoth). */
type WordElement = {
  type: string;
  children?: WordElement[];
  value?: string;
  styleId?: string | null;
  styleName?: string | null;
  numbering?: { isOrdered: boolean; level: string } | null;
};

const HEADING_STYLE = /^(?:heading|rubrik)\s*[1-6]$/iu;
const isHeading = (p: WordElement) => HEADING_STYLE.test(p.styleName ?? "") || HEADING_STYLE.test(p.styleId ?? "");

/**
 * mammoth's `transformDocument`: every paragraph in a Word list gets its marker as
 * text and leaves the list, so it reads as the secretary sees it. What the marker
 * is depends on what the list is:
 * - a heading Word numbers is an item: its number ("1. Val av justerare");
 * - in a text whose items stand under headings, a list is part of an item: bullets;
 * - otherwise a numbered list at the first level is the list of items: its numbers;
 *   deeper levels, and bulleted lists, are points of an item: bullets, indented.
 * Counters are kept per list level as mammoth identifies it (a level object per
 * list definition): a list continues across the paragraphs between its entries, as
 * in Word, and a deeper level starts again when a shallower one counts on.
 * `written.itemNumbers` counts the item numbers written: they start at 1 whatever
 * Word started at, so the preview asks to check them.
 */
export function listMarkersAsText(written: { itemNumbers: number } = { itemNumbers: 0 }): (document: WordElement) => WordElement {
  return (document) => {
    const paragraphs: WordElement[] = [];
    const collect = (element: WordElement) => {
      if (element.type === "paragraph") paragraphs.push(element);
      else element.children?.forEach(collect);
    };
    collect(document);
    const underHeadings = paragraphs.filter((p) => isHeading(p) && !p.numbering).length >= 2;

    const counts = new Map<object, number>();
    const atLevel: Array<object | undefined> = [];
    const mark = (paragraph: WordElement): WordElement => {
      const numbering = paragraph.numbering;
      if (!numbering) return paragraph;
      const level = Number(numbering.level) || 0;
      const n = (counts.get(numbering) ?? 0) + 1;
      counts.set(numbering, n);
      for (let deeper = level + 1; deeper < atLevel.length; deeper++) {
        const key = atLevel[deeper];
        if (key) counts.delete(key);
      }
      atLevel.length = level + 1;
      atLevel[level] = numbering;
      const numbered = numbering.isOrdered && (isHeading(paragraph) || (level === 0 && !underHeadings));
      const marker = numbered ? `${n}. ` : `${"   ".repeat(level)}• `;
      if (numbered) written.itemNumbers += 1;
      const first = firstText(paragraph);
      if (first) first.value = `${marker}${first.value ?? ""}`;
      return { ...paragraph, numbering: null };
    };
    const walk = (element: WordElement): WordElement => {
      const children = element.children?.map(walk);
      const next = children ? { ...element, children } : element;
      return next.type === "paragraph" ? mark(next) : next;
    };
    return walk(document);
  };
}

function firstText(element: WordElement): WordElement | null {
  if (element.type === "text") return element;
  for (const child of element.children ?? []) {
    const found = firstText(child);
    if (found) return found;
  }
  return null;
}

const HEADING = /^h([1-6])$/u;
const NUMBERED = /^\s*(?:§\s*)?\d/u;
/** A cell that holds only an item's number: "§ 12", "3.", "12 a". */
const ITEM_NUMBER = /^(?:§\s*)?\d{1,3}\s*[a-h]?[.):]?$/u;
const BLOCK = new Set(["p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6"]);

/** A table cell as read: its paragraphs as plain text, and as the lines they would be outside a table. */
type Cell = { plain: string[]; lines: string[] };

export function wordHtmlToText(html: string): string {
  const out: string[] = [];
  /** Where lines go: the text, or the cell being read. */
  let sink = out;
  let text = "";
  /** Open lists, innermost last: ordered or not, and the entries so far. */
  const lists: Array<{ ordered: boolean; count: number }> = [];
  /** The outermost table being read (a table inside a cell is read as that cell's paragraphs). */
  let table: Cell[][] | null = null;
  let tableDepth = 0;
  let cell: Cell | null = null;
  let heading = 0;
  /** Open <strong> elements, and whether every word of the paragraph so far was inside one. */
  let strong = 0;
  let allBold = true;

  /** The text gathered since the last block ends here: written as its kind of line. */
  const flush = (kind: "paragraph" | "entry" | "heading") => {
    // Spaces typed at a line's start are kept (they indent lists typed by hand); Word's own
    // indentation is formatting and is not in the text.
    const line = text.replace(/\u00a0/gu, " ").replace(/\s+$/u, "").replace(/^\n+/u, "");
    const bold = allBold;
    text = "";
    allBold = true;
    if (line.trim() === "") return;
    cell?.plain.push(line.trim());
    // A heading that carries its number ("§ 12 Budget", "3. Val av justerare") is a numbered
    // line as it stands; the heading mark is for items that only their style marks.
    if (kind === "heading") sink.push(NUMBERED.test(line) ? line.trim() : `${"#".repeat(heading)} ${line.trim()}`, "");
    else if (kind === "entry") {
      const list = lists[lists.length - 1];
      list.count += 1;
      const marker = list.ordered ? `${list.count}. ` : "• ";
      sink.push(`${"   ".repeat(lists.length - 1)}${marker}${line.trim()}`);
    } else if (bold && !line.includes("\n") && readsAsBoldHeading(line)) sink.push(`## ${line.trim()}`, "");
    else sink.push(line, "");
  };

  /**
   * A table of data (a cell, a paragraph) is written row by row, "| Hyra | 120 000 kr |";
   * a table that lays out the minutes (the § in one column, the item's paragraphs in the
   * next, as many protocol templates do: a first column of item numbers, or cells of
   * several paragraphs) is written cell by cell, as its paragraphs.
   */
  const writeTable = (rows: Cell[][]) => {
    const numbered = rows.every((r) => r.length > 1 && ITEM_NUMBER.test(r[0].plain.join(" ")));
    const layout = numbered || rows.some((r) => r.some((c) => c.plain.length > 1 || c.plain.some((p) => p.length > 200)));
    if (layout) for (const c of rows.flat()) out.push(...c.lines);
    else
      for (const r of rows) {
        const cells = r.map((c) => c.plain.join(" ").replace(/\|/gu, "/"));
        if (cells.some((c) => c !== "")) out.push(`| ${cells.join(" | ")} |`);
      }
    out.push("");
  };

  const parser = new Parser(
    {
      onopentag(name) {
        const level = HEADING.exec(name);
        if (level) {
          flush("paragraph");
          heading = Number(level[1]);
        } else if (name === "ul" || name === "ol") {
          // A list inside an entry: the entry's own text comes first.
          flush(lists.length > 0 ? "entry" : "paragraph");
          lists.push({ ordered: name === "ol", count: 0 });
        } else if (name === "table") {
          flush("paragraph");
          tableDepth += 1;
          if (tableDepth === 1) table = [];
        } else if (name === "tr" && tableDepth === 1) table?.push([]);
        else if ((name === "td" || name === "th") && tableDepth === 1) {
          flush("paragraph");
          cell = { plain: [], lines: [] };
          sink = cell.lines;
          table?.[table.length - 1]?.push(cell);
        } else if (name === "br") text += "\n";
        else if (name === "strong") strong += 1;
        else if (BLOCK.has(name)) flush(lists.length > 0 ? "entry" : "paragraph");
      },
      ontext(value) {
        if (strong === 0 && value.trim() !== "") allBold = false;
        text += value;
      },
      onclosetag(name) {
        if (name === "strong") strong -= 1;
        else if (HEADING.test(name)) {
          flush("heading");
          heading = 0;
        } else if (name === "li") flush("entry");
        else if (name === "ul" || name === "ol") {
          flush("entry");
          lists.pop();
          if (lists.length === 0) sink.push("");
        } else if ((name === "td" || name === "th") && tableDepth === 1) {
          flush("paragraph");
          cell = null;
          sink = out;
        } else if (name === "table") {
          flush("paragraph");
          tableDepth -= 1;
          if (tableDepth === 0 && table) {
            writeTable(table);
            table = null;
          }
        } else if (name === "p") flush(lists.length > 0 ? "entry" : "paragraph");
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  flush("paragraph");
  return `${out.join("\n").replace(/\n{3,}/gu, "\n\n").trim()}\n`;
}
