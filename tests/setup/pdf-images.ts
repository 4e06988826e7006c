// PDF pages as PNG images (pdf-parse's screenshots, pdf.js and @napi-rs/canvas
// underneath), written to tests/.artifacts/pdf/ so a person can look at them.
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { PDFParse } from "pdf-parse";

export const PDF_ARTIFACTS = path.resolve(import.meta.dirname, "..", ".artifacts", "pdf");

/** Writes one PNG per page as `<name>-p<N>.png` and returns their paths. */
export async function writePdfPages(bytes: Uint8Array, name: string, scale = 1.5): Promise<string[]> {
  const parser = new PDFParse({ data: new Uint8Array(bytes) });
  try {
    const shots = await parser.getScreenshot({ scale, imageDataUrl: false, imageBuffer: true });
    await mkdir(PDF_ARTIFACTS, { recursive: true });
    const files: string[] = [];
    for (const page of shots.pages) {
      const file = path.join(PDF_ARTIFACTS, `${name}-p${page.pageNumber}.png`);
      await writeFile(file, page.data);
      files.push(file);
    }
    return files;
  } finally {
    await parser.destroy();
  }
}
