// Builds the Word versions of a few real corpus texts (tests/import/corpus/real/docx/),
// to test the .docx path (mammoth) on real minutes. Each paragraph of the .docx
// is one line of the text; numbered lines become Word headings, as secretaries
// write them. Run: npx tsx scripts/import-make-docx.ts
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Document, HeadingLevel, Packer, Paragraph } from "docx";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../tests/import/corpus/real");
const SOURCES = ["dev/pp-2013-06-08.txt", "dev/psf-2009-12-21.txt", "dev/wmse-2023-04-23.txt", "dev/pp-2014-04-27.txt"];

for (const source of SOURCES) {
  const text = fs.readFileSync(path.join(root, source), "utf8");
  const paragraphs = text
    .split(/\r?\n/u)
    .filter((line) => line.trim() !== "")
    .map((line) =>
      /^(?:§\s*)?\d{1,2}(?:\.\d{1,2})*[a-h]?[.)]?\s+\p{Lu}/u.test(line.trim())
        ? new Paragraph({ text: line.trim(), heading: HeadingLevel.HEADING_2 })
        : new Paragraph({ text: line }),
    );
  const doc = new Document({ sections: [{ children: paragraphs }] });
  const out = path.join(root, "docx", path.basename(source).replace(/\.txt$/u, ".docx"));
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, await Packer.toBuffer(doc));
  console.log(out);
}
