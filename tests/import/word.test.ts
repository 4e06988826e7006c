// The Word path keeps what the secretary marked up in Word: items in a heading
// style, items and points as Word's own numbered lists, tables. (Raw text lost all
// of it: a numbered list inside an item became the items.)
import { AlignmentType, Document, HeadingLevel, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from "docx";
import { describe, expect, it } from "vitest";
import { parseMinutes } from "~/import/parse";
import { readSourceText } from "~/import/source.server";
import { wordHtmlToText } from "~/import/word";

const numbering = {
  config: [
    {
      reference: "points",
      levels: [
        { level: 0, format: LevelFormat.DECIMAL, text: "§ %1", alignment: AlignmentType.START },
        { level: 1, format: LevelFormat.LOWER_LETTER, text: "%2)", alignment: AlignmentType.START },
      ],
    },
    { reference: "bullets", levels: [{ level: 0, format: LevelFormat.BULLET, text: "•", alignment: AlignmentType.START }] },
  ],
};

async function readWord(children: Array<Paragraph | Table>, styles?: ConstructorParameters<typeof Document>[0]["styles"]) {
  const bytes = await Packer.toBuffer(new Document({ numbering, styles, sections: [{ children }] }));
  const source = await readSourceText({ filename: "protokoll.docx", contentType: "", bytes });
  if (!source.ok) throw new Error(source.error);
  return { text: source.text, parsed: parseMinutes(source.text, { filename: "protokoll.docx" }), wordNumbers: source.wordNumbers ?? false };
}

const head = [
  new Paragraph({ text: "Protokoll styrelsen i Exempelförbundet 2026-02-12" }),
  new Paragraph({ text: "Närvarande: Anna Berg, Per Holm, Eva Lind" }),
];

describe("reading a Word file", () => {
  it("takes items in a heading style as the items, and a numbered Word list inside one as its text", async () => {
    const { parsed, wordNumbers } = await readWord([
      ...head,
      new Paragraph({ text: "Mötets öppnande", heading: HeadingLevel.HEADING_2 }),
      new Paragraph({ text: "Ordföranden förklarade mötet öppnat." }),
      new Paragraph({ text: "Budget 2026", heading: HeadingLevel.HEADING_2 }),
      new Paragraph({ text: "Kansliet redogjorde för tre förändringar:" }),
      new Paragraph({ text: "Högre lokalkostnader.", numbering: { reference: "points", level: 0 } }),
      new Paragraph({ text: "Nya bidrag från medlemskommunerna.", numbering: { reference: "points", level: 0 } }),
      new Paragraph({ text: "En reserv för oförutsedda kostnader.", numbering: { reference: "points", level: 0 } }),
      new Paragraph({ text: "Styrelsen beslutar att anta budgeten för 2026." }),
      new Paragraph({ text: "Nya lokaler", heading: HeadingLevel.HEADING_2 }),
      new Paragraph({ text: "Styrelsen ger förbundschefen i uppdrag att utreda nya lokaler till mötet den 12 mars 2026." }),
    ]);
    expect(parsed.items.map((i) => i.title)).toEqual(["Mötets öppnande", "Budget 2026", "Nya lokaler"]);
    // No item number was made up from Word's numbering.
    expect(wordNumbers).toBe(false);
    expect(parsed.items[1].decision).toBe("Styrelsen beslutar att anta budgeten för 2026.");
    expect(parsed.mandates.map((m) => [m.assignee, m.dueMeetingDate])).toEqual([["förbundschefen", "2026-03-12"]]);
  });

  it("numbers the items of a numbered Word list as Word counts them, across the text between them, and keeps sub-points under their item", async () => {
    const { text, parsed, wordNumbers } = await readWord([
      ...head,
      new Paragraph({ text: "Mötets öppnande", numbering: { reference: "points", level: 0 } }),
      new Paragraph({ text: "Ordföranden förklarade mötet öppnat." }),
      new Paragraph({ text: "Val av justerare", numbering: { reference: "points", level: 0 } }),
      new Paragraph({ text: "Till justerare utsågs Per Holm." }),
      new Paragraph({ text: "Lokaler", numbering: { reference: "points", level: 0 } }),
      new Paragraph({ text: "Hyra i Växjö", numbering: { reference: "points", level: 1 } }),
      new Paragraph({ text: "Hyra i Ljungby", numbering: { reference: "points", level: 1 } }),
      new Paragraph({ text: "Styrelsen beslutar att hyra kontoret i Växjö." }),
      new Paragraph({ text: "Mötets avslutande", numbering: { reference: "points", level: 0 } }),
    ]);
    expect(text).toContain("1. Mötets öppnande");
    expect(text).toContain("3. Lokaler");
    expect(text).toContain("   • Hyra i Växjö");
    expect(text).toContain("4. Mötets avslutande");
    // Word may have started the list elsewhere (§ 45 …): the numbers are said to be counted.
    expect(wordNumbers).toBe(true);
    expect(parsed.items.map((i) => [i.number, i.title])).toEqual([
      ["1", "Mötets öppnande"],
      ["2", "Val av justerare"],
      ["3", "Lokaler"],
      ["4", "Mötets avslutande"],
    ]);
    expect(parsed.items[1].decision).toBe("Till justerare utsågs Per Holm.");
    expect(parsed.items[2].decision).toBe("Styrelsen beslutar att hyra kontoret i Växjö.");
  });

  it("keeps a heading's own number, reads a Swedish heading style and a bulleted list, and writes a table row by row", async () => {
    const { text, parsed } = await readWord(
      [
        ...head,
        new Paragraph({ text: "§ 12 Val av justerare", heading: HeadingLevel.HEADING_2 }),
        new Paragraph({ text: "Till justerare utsågs Per Holm." }),
        new Paragraph({ text: "Ekonomi", style: "Rubrik2" }),
        new Paragraph({ text: "Två frågor togs upp:" }),
        new Paragraph({ text: "bidragen", numbering: { reference: "bullets", level: 0 } }),
        new Paragraph({ text: "reserven", numbering: { reference: "bullets", level: 0 } }),
        new Table({
          rows: [
            new TableRow({ children: [new TableCell({ children: [new Paragraph("Post")] }), new TableCell({ children: [new Paragraph("Belopp")] })] }),
            new TableRow({ children: [new TableCell({ children: [new Paragraph("Hyra")] }), new TableCell({ children: [new Paragraph("120 000 kr")] })] }),
          ],
        }),
        new Paragraph({ text: "Styrelsen beslutar att godkänna den ekonomiska rapporten." }),
      ],
      { paragraphStyles: [{ id: "Rubrik2", name: "Rubrik 2", basedOn: "Normal", run: { bold: true } }] },
    );
    expect(text).toContain("§ 12 Val av justerare");
    expect(text).toContain("## Ekonomi");
    expect(text).toContain("• bidragen");
    expect(text).toContain("| Hyra | 120 000 kr |");
    expect(parsed.items.map((i) => i.title)).toEqual(["Val av justerare", "Ekonomi"]);
    expect(parsed.items[0].number).toBe("12");
    expect(parsed.items[1].decision).toBe("Styrelsen beslutar att godkänna den ekonomiska rapporten.");
  });

  it("takes titles set in bold as headings, but not a bold label or a bold decision", async () => {
    const bold = (text: string) => new Paragraph({ children: [new TextRun({ text, bold: true })] });
    const { text, parsed } = await readWord([
      ...head,
      bold("Val av justerare"),
      new Paragraph({ text: "Till justerare utsågs Per Holm." }),
      bold("Budget 2026"),
      new Paragraph({ text: "Kansliet presenterade förslaget." }),
      bold("Beslut"),
      bold("Styrelsen beslutar att anta budgeten för 2026."),
      bold("Nya lokaler"),
      new Paragraph({ text: "Styrelsen ger förbundschefen i uppdrag att utreda nya lokaler." }),
    ]);
    expect(text).toContain("## Budget 2026");
    expect(parsed.items.map((i) => i.title)).toEqual(["Val av justerare", "Budget 2026", "Nya lokaler"]);
    expect(parsed.items[1].decision).toBe("Styrelsen beslutar att anta budgeten för 2026.");
  });

  it("reads minutes laid out in a table, the § in one column and the item in the next, cell by cell", async () => {
    const cell = (...paragraphs: string[]) => new TableCell({ children: paragraphs.map((p) => new Paragraph(p)) });
    const { parsed } = await readWord([
      ...head,
      new Table({
        rows: [
          new TableRow({ children: [cell("§ 12"), cell("Val av justerare", "Till justerare utsågs Per Holm.")] }),
          new TableRow({
            children: [
              cell("§ 13"),
              cell("Budget 2026", "Dnr KS 2025/112", "Kommunstyrelsens beslut", "Kommunstyrelsen beslutar att anta budgeten för 2026."),
            ],
          }),
          new TableRow({ children: [cell("§ 14"), cell("Nya lokaler", "Kommunstyrelsen ger kommundirektören i uppdrag att utreda nya lokaler.")] }),
        ],
      }),
    ]);
    expect(parsed.items.map((i) => [i.number, i.title])).toEqual([
      ["12", "Val av justerare"],
      ["13", "Budget 2026"],
      ["14", "Nya lokaler"],
    ]);
    expect(parsed.items[1].decision).toBe("Kommunstyrelsen beslutar att anta budgeten för 2026.");
    expect(parsed.mandates.map((m) => m.assignee)).toEqual(["kommundirektören"]);
  });

  it("reads notes kept as a table, one row per item, with the decision and who carries it out", async () => {
    const cell = (text: string) => new TableCell({ children: [new Paragraph(text)] });
    const row = (...cells: string[]) => new TableRow({ children: cells.map(cell) });
    const { parsed } = await readWord([
      new Paragraph({ text: "Minnesanteckningar samverkansgruppen 2026-02-12" }),
      new Paragraph({ text: "Deltagare: Anna Berg, Per Holm, Eva Lind" }),
      new Table({
        rows: [
          row("Punkt", "Diskussion", "Beslut", "Ansvarig", "Klart"),
          row("1. Föregående anteckningar", "Gicks igenom.", "Anteckningarna lades till handlingarna.", "", ""),
          row("2. Sommarjobb", "Utfallet redovisades.", "Gruppen ger Per Holm i uppdrag att sammanställa utfallet.", "Per Holm", "nästa möte"),
          row("3. Lokaler", "Diskussion om lokalerna.", "Styrelsen godkänner hyresavtalet.", "Eva Lind", "31 mars 2026"),
        ],
      }),
    ]);
    expect(parsed.items.map((i) => [i.number, i.title, i.decision])).toEqual([
      ["1", "Föregående anteckningar", "Anteckningarna lades till handlingarna."],
      ["2", "Sommarjobb", "Gruppen ger Per Holm i uppdrag att sammanställa utfallet."],
      ["3", "Lokaler", "Styrelsen godkänner hyresavtalet."],
    ]);
    expect(parsed.mandates.map((m) => [m.assignee, m.task, m.dueDate ?? m.dueText])).toEqual([
      ["Per Holm", "sammanställa utfallet", "nästa möte"],
      ["Eva Lind", "Styrelsen godkänner hyresavtalet", "2026-03-31"],
    ]);
  });

  it("writes mammoth's HTML as lines: headings, entries, line breaks, entities, pictures left out", () => {
    expect(
      wordHtmlToText(
        '<h1>Protokoll</h1><p>Rad ett<br />rad två &amp; tre</p><ul><li>Första<ul><li>inre</li></ul></li><li>Andra</li></ul><p><img src="" /></p><p>Slut</p>',
      ),
    ).toBe("# Protokoll\n\nRad ett\nrad två & tre\n\n• Första\n   • inre\n• Andra\n\nSlut\n");
  });
});
