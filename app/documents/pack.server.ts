// The meeting pack: the agenda (which lists each item's documents), then per
// item a divider page and every attached PDF's pages and every PNG/JPEG image,
// with a bookmark per item (and one per included document) and page numbers
// on every page, built with pdf-lib. Word, Excel, PowerPoint, GIF and WebP
// files are listed as "bifogas separat": no maintained library here turns them
// into PDF pages faithfully. A PDF that cannot be read (corrupt, encrypted)
// is listed as not included; the pack is built from the rest.
import type { PDFDocument, PDFFont, PDFPage, PDFRef } from "pdf-lib";
import type { Messages } from "~/i18n";
import type { BlobStore } from "./storage.server";

export type PackDocument = { title: string; filename: string; kind: string; sha256: string };
export type PackItem = { number: number; title: string; documents: PackDocument[] };
export type PackOutcome = "included" | "separate" | "failed";
export type PackResult = { bytes: Uint8Array; pageCount: number; outcomes: Array<{ item: number; title: string; outcome: PackOutcome }> };

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 56;

type Outline = { title: string; page: PDFPage; children: Outline[] };

// pdf-lib is loaded with the first pack, not at server start (it costs about 0.4 s).
let pdfLib: typeof import("pdf-lib");

export async function buildMeetingPack(input: { agendaPdf: Uint8Array; meetingTitle: string; items: PackItem[]; store: BlobStore; t: Messages }): Promise<PackResult> {
  pdfLib ??= await import("pdf-lib");
  const m = input.t.documents.pdf;
  const pack = await pdfLib.PDFDocument.load(input.agendaPdf);
  pack.setTitle(`${m.packTitle}: ${input.meetingTitle}`);
  pack.setCreator("Styrbord");
  pack.setProducer("Styrbord (pdf-lib)");
  const font = await pack.embedFont(pdfLib.StandardFonts.Helvetica);
  const bold = await pack.embedFont(pdfLib.StandardFonts.HelveticaBold);
  const outline: Outline[] = [{ title: m.agenda, page: pack.getPage(0), children: [] }];
  const outcomes: PackResult["outcomes"] = [];

  for (const item of input.items) {
    const loaded: Array<{ doc: PackDocument; outcome: PackOutcome; source?: PDFDocument; image?: Uint8Array }> = [];
    for (const doc of item.documents) {
      if (doc.kind !== "pdf" && doc.kind !== "png" && doc.kind !== "jpg") {
        loaded.push({ doc, outcome: "separate" });
        continue;
      }
      const bytes = await input.store.read(doc.sha256);
      if (!bytes) {
        loaded.push({ doc, outcome: "failed" });
        continue;
      }
      if (doc.kind !== "pdf") {
        loaded.push({ doc, outcome: "included", image: bytes });
        continue;
      }
      try {
        const source = await pdfLib.PDFDocument.load(bytes, { updateMetadata: false });
        if (source.getPageCount() === 0) throw new Error("no pages");
        loaded.push({ doc, outcome: "included", source });
      } catch {
        loaded.push({ doc, outcome: "failed" });
      }
    }
    for (const l of loaded) outcomes.push({ item: item.number, title: l.doc.title, outcome: l.outcome });
    if (loaded.length === 0) {
      outline.push({ title: `${item.number}. ${item.title}`, page: pack.getPage(0), children: [] });
      continue;
    }

    // The divider: which documents follow, and which do not.
    const divider = pack.addPage(A4);
    const node: Outline = { title: `${item.number}. ${item.title}`, page: divider, children: [] };
    outline.push(node);
    let y = A4[1] - MARGIN;
    y = drawWrapped(divider, m.itemHeading(item.number), bold, 16, y);
    y = drawWrapped(divider, item.title, font, 12, y - 4) - 12;
    for (const l of loaded) {
      const note = l.outcome === "included" ? m.included : l.outcome === "separate" ? m.separate : m.failed;
      y = drawWrapped(divider, `• ${l.doc.title} (${l.doc.filename}): ${note}`, font, 10.5, y);
    }

    for (const l of loaded) {
      if (l.outcome !== "included") continue;
      if (l.source) {
        try {
          const pages = await pack.copyPages(l.source, l.source.getPageIndices());
          pages.forEach((p) => pack.addPage(p));
          node.children.push({ title: l.doc.title, page: pages[0], children: [] });
        } catch {
          l.outcome = "failed";
        }
      } else if (l.image) {
        try {
          const image = l.doc.kind === "png" ? await pack.embedPng(l.image) : await pack.embedJpg(l.image);
          const page = pack.addPage(A4);
          const scale = Math.min((A4[0] - 2 * MARGIN) / image.width, (A4[1] - 2 * MARGIN) / image.height, 1);
          const w = image.width * scale;
          const h = image.height * scale;
          page.drawImage(image, { x: (A4[0] - w) / 2, y: A4[1] - MARGIN - h, width: w, height: h });
          node.children.push({ title: l.doc.title, page, children: [] });
        } catch {
          l.outcome = "failed";
        }
      }
    }
  }

  const total = pack.getPageCount();
  pack.getPages().forEach((page, index) => {
    const text = safe(font, m.page(index + 1, total));
    const { width } = page.getSize();
    const size = 8.5;
    page.drawText(text, { x: width - MARGIN - font.widthOfTextAtSize(text, size), y: 24, size, font, color: pdfLib.rgb(0.31, 0.36, 0.42) });
  });
  addOutline(pack, outline);
  const bytes = await pack.save();
  return { bytes, pageCount: total, outcomes };
}

/** Helvetica's WinAnsi encoding covers Swedish; anything else becomes "?" rather than an error. */
function safe(font: PDFFont, text: string): string {
  const supported = new Set(font.getCharacterSet());
  return [...text].map((c) => (supported.has(c.codePointAt(0)!) ? c : c === "\n" || c === "\t" ? " " : "?")).join("");
}

function drawWrapped(page: PDFPage, text: string, font: PDFFont, size: number, y: number): number {
  const maxWidth = page.getSize().width - 2 * MARGIN;
  const words = safe(font, text).split(/\s+/);
  let line = "";
  const lines: string[] = [];
  for (const word of words) {
    const next = line ? `${line} ${word}` : word;
    if (font.widthOfTextAtSize(next, size) > maxWidth && line) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  for (const l of lines) {
    if (y < MARGIN) break;
    page.drawText(l, { x: MARGIN, y: y - size, size, font, color: pdfLib.rgb(0.11, 0.14, 0.19) });
    y -= size * 1.45;
  }
  return y;
}

/** The document outline (bookmarks), which pdf-lib has no high-level call for. */
function addOutline(pdf: PDFDocument, nodes: Outline[]) {
  const ctx = pdf.context;
  const rootRef = ctx.nextRef();
  const build = (list: Outline[], parent: PDFRef): PDFRef[] => {
    const refs = list.map(() => ctx.nextRef());
    list.forEach((node, i) => {
      const children = node.children.length ? build(node.children, refs[i]) : [];
      const entries: Record<string, unknown> = {
        Title: pdfLib.PDFHexString.fromText(node.title),
        Parent: parent,
        Dest: ctx.obj([node.page.ref, pdfLib.PDFName.of("Fit")]),
      };
      if (i > 0) entries.Prev = refs[i - 1];
      if (i < list.length - 1) entries.Next = refs[i + 1];
      if (children.length) {
        entries.First = children[0];
        entries.Last = children[children.length - 1];
        entries.Count = pdfLib.PDFNumber.of(children.length);
      }
      ctx.assign(refs[i], ctx.obj(entries as never));
    });
    return refs;
  };
  const top = build(nodes, rootRef);
  ctx.assign(rootRef, ctx.obj({ Type: "Outlines", First: top[0], Last: top[top.length - 1], Count: pdfLib.PDFNumber.of(top.length) } as never));
  pdf.catalog.set(pdfLib.PDFName.of("Outlines"), rootRef);
  pdf.catalog.set(pdfLib.PDFName.of("PageMode"), pdfLib.PDFName.of("UseOutlines"));
}
