// Stage 1: split the text into lines and normalise each one, keeping the
// source line number so a preview can show the original beside what we found.
import type { Line, SourceRef } from "./types";

/** Characters that are dashes but not the plain hyphen-minus or the en/em dash we keep. */
const ODD_DASHES = /[\u2010\u2011\u2012\u2212\uFE63\uFF0D]/g;
/** Every double quote becomes the Swedish ” (Swedish uses ” on both sides). */
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u00AB\u00BB"]/g;
/** Typographic single quotes become ’; the ASCII apostrophe is left alone. */
const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B]/g;
/** Word processors export bullets as any of these, sometimes with a tab after. */
// (Arrows and ticks mark an entry too: "=> koen to investigate server", "► Beslut …", "✓ Klart".)
const BULLET = /^(?:[\u00B7\u2022\u2023\u2043\u25AA\u25CF\u25E6\u25CB\u25A0\u2219\u2013\u2014*o\uF0B7\uF0A7\u2192\u25BA\u25B6\u27A2\u2756\u2713\u2714]|=>|->|-(?!\d))\s+/;
/** Zero-width characters and the byte-order mark carry no meaning. */
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
/** "För -handslaget": a stray space before a hyphen that joins two words. */
const SPACED_HYPHEN = /(\p{L}) -(\p{L})/gu;

/** Normalise one line of text (exported for tests and for titles taken from elsewhere). */
/** Text set all in bold that reads as a heading: short, capitalised, not a sentence or a label ending in a colon. */
export function readsAsBoldHeading(text: string): boolean {
  const t = text.trim();
  return t.split(/\s+/u).length <= 15 && !/[.!?:]$/u.test(t) && /^\p{Lu}/u.test(t);
}

export function normaliseLine(raw: string): string {
  let text = raw
    .replace(INVISIBLE, "")
    .replace(/[\t\u00A0\u2000-\u200A\u202F\u205F\u3000]/g, " ")
    .replace(ODD_DASHES, "-")
    .replace(DOUBLE_QUOTES, "\u201D")
    .replace(SINGLE_QUOTES, "\u2019")
    .trim();
  // "”För -handslaget”" → "”För-handslaget”"; "vård - men" (spaces on both sides) stays.
  text = text.replace(SPACED_HYPHEN, "$1-$2");
  // An IRC log kept by MeetBot ("18:59:14 <marga> #topic Roll Call"): its commands are the minutes' structure.
  const meetbot = /^(?:\[?\d{1,2}:\d{2}(?::\d{2})?\]?\s+)?<[^>\s]{1,30}>\s+#(topic|agreed|agree|action|info|idea|startmeeting|endmeeting)\b\s*(.*)$/iu.exec(text);
  if (meetbot) {
    const [, command, rest] = meetbot;
    const kind = command.toLowerCase();
    if (kind === "topic") return `## ${rest}`;
    if (kind === "agreed" || kind === "agree") return `Agreed: ${rest}`;
    if (kind === "action") return `Action: ${rest}`;
    return rest;
  }
  // A heading set in spaced capitals, as a PDF gives it ("K U N G Ö R E L S E", "P R O T O K O L L"), is the word.
  text = text.replace(/(?<!\S)(?:\p{Lu} ){3,}\p{Lu}(?!\S)/gu, (spaced) => spaced.replace(/ /gu, ""));
  // A line all in bold is a heading in Markdown notes ("**Discussion of the no-show policy**"), unless it is a label.
  const bold = /^(?:\*\*|__)([^*_]+?)(?:\*\*|__)$/u.exec(text);
  if (bold && readsAsBoldHeading(bold[1])) text = `### ${bold[1].trim()}`;
  // Markdown emphasis says nothing: "**Beslut:** …" is "Beslut: …".
  text = text.replace(/\*\*(\S(?:.*?\S)?)\*\*/gu, "$1").replace(/(?<![\p{L}\d])__(\S(?:.*?\S)?)__(?![\p{L}\d])/gu, "$1");
  // A marked-up heading that is only a label ("=== Beslut", "### Decision") is the label.
  const label = /^(?:#{1,6}|={1,6})\s+(\p{L}[\p{L} ]{0,30}?)\s*:?\s*=*$/u.exec(text);
  if (label && /^(?:beslut|beslutet|förslag(?: till beslut)?|beslutsförslag|bakgrund|ärendet|decision|decisions|proposal|background|outcome|resolution)$/iu.test(label[1])) text = label[1];
  // A bullet or dash alone on its line is an empty list entry of a web page's layout: a blank line.
  if (/^(?:[-–—*•\u00B7\u2022\uF0B7])$/u.test(text)) return "";
  // A bullet marker at the start becomes "• " so later stages see one kind.
  if (BULLET.test(text)) text = `\u2022 ${text.replace(BULLET, "")}`;
  return text.replace(/ {2,}/g, " ");
}

/** Named and numbered character references that HTML tables in Markdown carry ("&#x26;", "&amp;"). */
function decodeEntities(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);/giu, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .replace(/&#(\d+);/gu, (_, dec: string) => String.fromCodePoint(Number.parseInt(dec, 10)))
    .replace(/&nbsp;/gu, " ")
    .replace(/&lt;/gu, "<")
    .replace(/&gt;/gu, ">")
    .replace(/&quot;/gu, '"')
    .replace(/&amp;/gu, "&");
}

/**
 * An HTML table left in a text (Markdown pages often hold one on a single line): one line per row,
 * its cells between pipes as in a Markdown table ("| Discussion Points | Notes |"); paragraphs and
 * breaks inside a cell become spaces, other tags go.
 */
function tableRows(raw: string): string[] {
  if (!/<t[dh](?:\s[^>]*)?>/iu.test(raw)) return [raw];
  return raw
    .split(/<\/tr\s*>/iu)
    .map((row) =>
      decodeEntities(
        row
          .replace(/<t[dh](?:\s[^>]*)?>/giu, " | ")
          .replace(/<\/?(?:p|br|div|li|ul|ol)[^>]*>/giu, " ")
          .replace(/<[^>]+>/gu, ""),
      )
        .replace(/\s+/gu, " ")
        .trim(),
    )
    .filter((row) => row.replace(/[|\s]/gu, "") !== "")
    .map((row) => `${row} |`);
}

/** Tags that open or close a block of an HTML page. */
const HTML_BLOCK = /<\/?(?:p|h[1-6]|li|ul|ol|div|br|table|tr|section|article|header|footer)(?:\s[^>]*)?\/?>/giu;

/**
 * A line of an HTML page (a page saved or pasted as its source): one piece per block, a heading as Markdown's
 * ("<h3>Motion #1</h3>" → "### Motion #1"), a list entry as a bullet, other tags gone, entities decoded.
 */
function htmlBlocks(raw: string): string[] {
  // (A table's line is read by its rows: `tableRows`.)
  if (!/<[a-z]/iu.test(raw) || /<t[dh](?:\s[^>]*)?>/iu.test(raw)) return [raw];
  const marked = raw
    .replace(/<h([1-6])(?:\s[^>]*)?>/giu, (_, level: string) => `\n${"#".repeat(Number(level))} `)
    .replace(/<li(?:\s[^>]*)?>/giu, "\n• ")
    .replace(HTML_BLOCK, "\n")
    .replace(/<[^>]+>/gu, "");
  const pieces = marked.split("\n").map((piece) => decodeEntities(piece).trim());
  const kept = pieces.filter((piece) => piece !== "" && piece !== "•");
  return kept.length > 0 ? kept : [""];
}

/** Split text into normalised lines (blank lines are kept, with empty `text`). */
export function toLines(text: string): Line[] {
  // Some PDF transcripts set "$" for every space ("Ordinarie$föreningsstämma$7$maj$2015$"): ten or more after a word
  // are spaces, never money.
  const dollarSpaces = (text.match(/[\p{L}\d.,:]\$(?=[\s\p{L}\d]|$)/gmu) ?? []).length >= 10;
  // An HTML page's source: its blocks are the lines (five block tags or more, outside a table's cells).
  const html = (text.replace(/<table[\s\S]*?<\/table>/giu, "").match(HTML_BLOCK) ?? []).length >= 5;
  return (dollarSpaces ? text.replace(/\$/gu, " ") : text)
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .flatMap((raw, index) =>
      (html ? htmlBlocks(raw) : [raw]).flatMap((piece) => tableRows(piece).map((row) => ({ no: index + 1, raw: row === raw ? raw : row, text: normaliseLine(row) }))),
    );
}

/** How far a line is indented in its source (a tab counts four): nested lists and bullets are told by it. */
export const indentOf = (line: Pick<Line, "raw">) => (/^[\s\u00a0]*/u.exec(line.raw.replace(/\t/gu, "    "))?.[0].length ?? 0);

export function sourceOf(line: Line): SourceRef {
  return { line: line.no, text: line.raw };
}

/**
 * Join lines into running text: lines of one paragraph with "\n", paragraphs
 * (separated by blank lines in the source) with one blank line. Null when empty.
 */
export function joinLines(lines: Line[]): string | null {
  const out: string[] = [];
  let pendingBreak = false;
  for (const line of lines) {
    if (line.text === "") {
      pendingBreak = out.length > 0;
      continue;
    }
    if (pendingBreak) out.push("");
    pendingBreak = false;
    out.push(line.text);
  }
  return out.length > 0 ? out.join("\n") : null;
}
