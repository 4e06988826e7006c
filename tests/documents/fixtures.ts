// Test files made inside the tests: PDFs with pdf-lib, a Word file with docx,
// and the bad ones (an executable, an HTML page) under misleading names.
import { Document, Packer, Paragraph } from "docx";
import { PDFDocument, StandardFonts } from "pdf-lib";

/** A PDF whose pages each carry one line of text. */
export async function makePdf(lines: string[]): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  for (const line of lines) pdf.addPage([595.28, 841.89]).drawText(line, { x: 72, y: 760, size: 14, font });
  return pdf.save();
}

export async function makeDocx(text: string): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph(text)] }] })));
}

/** The start of a Windows executable (MZ header and PE signature) and some padding. */
export function makeExe(): Uint8Array {
  const bytes = new Uint8Array(512);
  bytes.set([0x4d, 0x5a, 0x90, 0x00, 0x03]);
  bytes[0x3c] = 0x80;
  bytes.set([0x50, 0x45, 0x00, 0x00], 0x80);
  return bytes;
}

export const HTML = new TextEncoder().encode('<!DOCTYPE html><html><body><script>alert("x")</script></body></html>');

/** A file that starts like a PDF and then is not one. */
export const CORRUPT_PDF = new TextEncoder().encode("%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >>\ngarbage garbage garbage\n%%EOF\n");
