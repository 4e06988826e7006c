// Where a PDF's text sits on each page (pdf.js, the engine under pdf-parse), so
// a test can say "no two pieces of text overlap" and "the text stays inside
// the page's margins" the way a reader looking at the page would.
import { createRequire } from "node:module";
import path from "node:path";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

const standardFontDataUrl = path.join(path.dirname(createRequire(import.meta.url).resolve("pdfjs-dist/package.json")), "standard_fonts") + path.sep;

export type TextBox = { text: string; x: number; y: number; width: number; height: number };
export type PageLayout = { width: number; height: number; boxes: TextBox[] };

export async function pdfLayout(bytes: Uint8Array): Promise<PageLayout[]> {
  const doc = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false, standardFontDataUrl }).promise;
  try {
    const pages: PageLayout[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const viewport = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      const boxes: TextBox[] = [];
      for (const item of content.items) {
        if (!("str" in item) || item.str.trim() === "") continue;
        const [, , , d, x, y] = item.transform as number[];
        const size = Math.abs(d) || item.height;
        // From the baseline: descenders below, the cap height above.
        boxes.push({ text: item.str, x, y: y - size * 0.2, width: item.width, height: size * 0.9 });
      }
      pages.push({ width: viewport.width, height: viewport.height, boxes });
    }
    return pages;
  } finally {
    await doc.destroy();
  }
}

/** Pairs of text pieces on a page whose boxes overlap by more than `tolerance` points both ways. */
export function overlaps(page: PageLayout, tolerance = 0.5): Array<[string, string]> {
  const found: Array<[string, string]> = [];
  const { boxes } = page;
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i];
      const b = boxes[j];
      const dx = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
      const dy = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
      if (dx > tolerance && dy > tolerance) found.push([a.text, b.text]);
    }
  }
  return found;
}

/** Text that reaches outside the box `margin` points in from the page's edges. */
export function outsideMargins(page: PageLayout, margin: number): string[] {
  return page.boxes.filter((b) => b.x < margin - 0.5 || b.x + b.width > page.width - margin + 0.5 || b.y < margin - 0.5 || b.y + b.height > page.height - margin + 0.5).map((b) => b.text);
}
