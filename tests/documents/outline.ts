// A PDF's bookmarks (outline), read with pdf-lib: title and page of each, nested.
import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFArray, PDFRef, PDFString } from "pdf-lib";

export type OutlineEntry = { title: string; pageIndex: number; children: OutlineEntry[] };

export async function readOutline(bytes: Uint8Array): Promise<OutlineEntry[]> {
  const pdf = await PDFDocument.load(bytes);
  const pageRefs = pdf.getPages().map((p) => p.ref.toString());
  const root = pdf.catalog.lookupMaybe(PDFName.of("Outlines"), PDFDict);
  const walk = (first: PDFDict | undefined): OutlineEntry[] => {
    const list: OutlineEntry[] = [];
    for (let node = first; node; node = node.lookupMaybe(PDFName.of("Next"), PDFDict)) {
      const raw = node.lookup(PDFName.of("Title"));
      const title = raw instanceof PDFHexString || raw instanceof PDFString ? raw.decodeText() : String(raw);
      const dest = node.lookupMaybe(PDFName.of("Dest"), PDFArray);
      const target = dest?.get(0);
      list.push({ title, pageIndex: target instanceof PDFRef ? pageRefs.indexOf(target.toString()) : -1, children: walk(node.lookupMaybe(PDFName.of("First"), PDFDict)) });
    }
    return list;
  };
  return walk(root?.lookupMaybe(PDFName.of("First"), PDFDict));
}
