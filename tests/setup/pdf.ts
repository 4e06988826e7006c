// PDF text and page facts read with pdf-parse (pdf.js underneath), so the tests
// need no poppler on the machine.
import { PDFParse } from "pdf-parse";

export type PdfFacts = { text: string; pages: string[]; pageCount: number; pageSize: { width: number; height: number } };

/** The text of every page (pages joined by a blank line) and the first page's size in points. */
export async function readPdf(bytes: ArrayBuffer | Uint8Array | Buffer): Promise<PdfFacts> {
  const data = bytes instanceof Uint8Array ? new Uint8Array(bytes) : new Uint8Array(bytes);
  const parser = new PDFParse({ data });
  try {
    const result = await parser.getText();
    const info = await parser.getInfo({ parsePageInfo: true });
    const first = (info as unknown as { pages?: Array<{ width: number; height: number }> }).pages?.[0];
    return {
      text: result.pages.map((p) => p.text).join("\n\n"),
      pages: result.pages.map((p) => p.text),
      pageCount: result.total,
      pageSize: { width: first?.width ?? 0, height: first?.height ?? 0 },
    };
  } finally {
    await parser.destroy();
  }
}

/** The PDF's text on one line: runs of white space made one space, as a reader sees it. */
export async function pdfText(bytes: ArrayBuffer | Uint8Array | Buffer): Promise<string> {
  return (await readPdf(bytes)).text.replace(/\s+/g, " ");
}
