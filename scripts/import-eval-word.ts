// npm run import:eval:word -- [--set dev|heldout|DIR] [--way NAME]
// The Word path measured on real minutes: each text of a set is written as a Word
// file the ways secretaries write them, read back as the import reads a .docx, and
// scored like `npm run import:eval`. "raw" is mammoth's raw text (the import until the
// eleventh round), "word" the import now (Word's headings and list numbers kept, word.ts).
//   typed            every line a paragraph, numbers typed ("3. Val av justerare");
//   numbered heading an item's line in a heading style, its number typed;
//   heading          an item's title in a heading style, without its number;
//   list             an item's title as an entry of a numbered Word list;
//   numbered list    an item's title in a heading style numbered by Word ("§ 1", "1.");
//   bold             an item's title in bold without its number, and the labels of an
//                    item ("Beslut", "Bakgrund" …) on lines of their own in bold too;
//   table            laid out in a table, as many protocol templates do: a row per item,
//                    its number in the first cell and its title and text in the second;
//   bullets          numbers typed, and every line typed with a bullet ("•", "-", "*") an
//                    entry of a bulleted Word list instead.
// An item's line is one that starts with an item number and a capital letter.
import { AlignmentType, Document, HeadingLevel, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from "docx";
import mammoth from "mammoth";
import { parseMinutes } from "../app/import/parse";
import { addRealScores, precisionOf, recallOf, scoreReal, type RealScore } from "../app/import/score-real";
import { readSourceText } from "../app/import/source.server";
import { loadRealSet } from "./real-corpus";

const ITEM_LINE = /^(?:§\s*)?\d{1,2}(?:\.\d{1,2})*[a-h]?[.)]?\s+(?=\p{Lu})/u;
const WAYS = ["typed", "numbered heading", "heading", "list", "numbered list", "bold", "table", "bullets"] as const;
const LABEL_LINE = /^(?:Beslut|Förslag till beslut|Bakgrund|Sammanfattning(?: av ärendet)?|Beslutsunderlag|Yrkanden?|Ärendet|Protokollsanteckning|Reservation|Decision|Resolved|Action)\s*:?$/iu;
const BULLET_LINE = /^(\s*)[•\-*]\s+/u;
type Way = (typeof WAYS)[number];

const numbering = {
  config: [
    { reference: "items", levels: [{ level: 0, format: LevelFormat.DECIMAL, text: "%1.", alignment: AlignmentType.START }] },
    {
      reference: "bullets",
      levels: [0, 1, 2].map((level) => ({ level, format: LevelFormat.BULLET, text: "•", alignment: AlignmentType.START })),
    },
  ],
};

/** The text laid out in a table: what comes before the first item as paragraphs, then a row per item. */
function asTable(text: string): Array<Paragraph | Table> {
  const head: Paragraph[] = [];
  const rows: Array<{ number: string; lines: string[] }> = [];
  for (const line of text.split(/\r?\n/u).filter((l) => l.trim() !== "")) {
    const number = ITEM_LINE.exec(line.trim());
    if (number) rows.push({ number: number[0].trim(), lines: [line.trim().slice(number[0].length)] });
    else if (rows.length > 0) rows[rows.length - 1].lines.push(line);
    else head.push(new Paragraph({ text: line }));
  }
  if (rows.length === 0) return head;
  const cell = (lines: string[]) => new TableCell({ children: lines.map((l) => new Paragraph({ text: l })) });
  return [...head, new Table({ rows: rows.map((r) => new TableRow({ children: [cell([r.number]), cell(r.lines)] })) })];
}

function asWord(text: string, way: Way): Promise<Buffer> {
  if (way === "table") return Packer.toBuffer(new Document({ numbering, sections: [{ children: asTable(text) }] }));
  const paragraphs = text
    .split(/\r?\n/u)
    .filter((line) => line.trim() !== "")
    .map((line) => {
      const bullet = BULLET_LINE.exec(line);
      if (bullet && way === "bullets") {
        const level = Math.min(Math.floor(bullet[1].replace(/\t/gu, "    ").length / 2), 2);
        return new Paragraph({ text: line.slice(bullet[0].length), numbering: { reference: "bullets", level } });
      }
      const number = ITEM_LINE.exec(line.trim());
      if (way === "bold" && LABEL_LINE.test(line.trim())) return new Paragraph({ children: [new TextRun({ text: line.trim(), bold: true })] });
      if (!number || way === "typed" || way === "bullets" || way === "bold") {
        if (way === "bold" && number) return new Paragraph({ children: [new TextRun({ text: line.trim().slice(number[0].length), bold: true })] });
        return new Paragraph({ text: line });
      }
      const title = line.trim().slice(number[0].length);
      if (way === "numbered heading") return new Paragraph({ text: line.trim(), heading: HeadingLevel.HEADING_2 });
      if (way === "heading") return new Paragraph({ text: title, heading: HeadingLevel.HEADING_2 });
      if (way === "list") return new Paragraph({ text: title, numbering: { reference: "items", level: 0 } });
      return new Paragraph({ text: title, heading: HeadingLevel.HEADING_2, numbering: { reference: "items", level: 0 } });
    });
  return Packer.toBuffer(new Document({ numbering, sections: [{ children: paragraphs }] }));
}

const only = process.argv.indexOf("--way");
const ways = only >= 0 ? WAYS.filter((w) => w === process.argv[only + 1]) : WAYS;
const at = process.argv.indexOf("--set");
const set = at >= 0 ? process.argv[at + 1] : "dev";
const docs = loadRealSet(set);
if (docs.length === 0) throw new Error(`No documents in the set ${set}.`);

const pct = (n: number) => (n * 100).toFixed(1).padStart(5);
const line = (s: RealScore) =>
  (["items", "decisions", "mandates", "dates"] as const).map((m) => `${m} ${pct(recallOf(s[m]))} / ${pct(precisionOf(s[m]))}`).join("   ");

console.log(`${set}: ${docs.length} documents, recall / precision %`);
for (const way of ways) {
  const raw: RealScore[] = [];
  const word: RealScore[] = [];
  for (const doc of docs) {
    const filename = doc.file.replace(/\.txt$/u, ".docx");
    const bytes = await asWord(doc.text, way);
    raw.push(scoreReal(doc.expected, parseMinutes((await mammoth.extractRawText({ buffer: bytes })).value, { filename })));
    const source = await readSourceText({ filename, contentType: "", bytes });
    if (!source.ok) throw new Error(`${filename}: ${source.error}`);
    word.push(scoreReal(doc.expected, parseMinutes(source.text, { filename })));
  }
  console.log(`${way.padEnd(17)} raw   ${line(addRealScores(raw))}`);
  console.log(`${"".padEnd(17)} word  ${line(addRealScores(word))}`);
}
