// The text of an uploaded file: .docx through mammoth (with Word's headings and
// list numbers, word.ts), .txt as UTF-8. Files are checked for size and type
// first; a broken .docx is the user's error, not ours.
import { listMarkersAsText, wordHtmlToText } from "./word";

/** Headings by a Swedish style name, beside mammoth's own ("heading 1" …, what Word writes whatever its language). */
const WORD_HEADINGS = [1, 2, 3, 4, 5, 6].map((n) => `p[style-name='Rubrik ${n}'] => h${n}:fresh`);

export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

export type SourceFile = { filename: string; contentType: string; bytes: Buffer };
export type SourceText =
  | {
      ok: true;
      text: string;
      file: SourceFile;
      /** Item numbers were written from Word's automatic numbering, counted from 1: to be checked. */
      wordNumbers?: boolean;
    }
  | { ok: false; error: "too_large" | "file_type" | "pdf" | "corrupt" | "empty" };

const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

export function kindOf(filename: string): "docx" | "txt" | null {
  const lower = filename.toLowerCase();
  if (lower.endsWith(".docx")) return "docx";
  if (lower.endsWith(".txt")) return "txt";
  return null;
}

export async function readSourceText(file: SourceFile): Promise<SourceText> {
  if (file.bytes.length > MAX_IMPORT_BYTES) return { ok: false, error: "too_large" };
  // A PDF (often a scanned image) is refused with its own message, whatever its name says.
  if (file.bytes.subarray(0, 5).toString("latin1") === "%PDF-" || file.filename.toLowerCase().endsWith(".pdf")) {
    return { ok: false, error: "pdf" };
  }
  const kind = kindOf(file.filename);
  if (!kind) return { ok: false, error: "file_type" };
  let text: string;
  let wordNumbers = false;
  if (kind === "docx") {
    // A .docx is a zip: it starts with "PK".
    if (file.bytes.length < 4 || file.bytes.readUInt16BE(0) !== 0x504b) return { ok: false, error: "corrupt" };
    try {
      // Loaded with the first Word file, not at server start.
      const { default: mammoth } = await import("mammoth");
      const written = { itemNumbers: 0 };
      const html = await mammoth.convertToHtml(
        { buffer: file.bytes },
        {
          // Word's structure kept: headings, and the numbers of its lists (word.ts).
          transformDocument: listMarkersAsText(written),
          styleMap: WORD_HEADINGS,
          // Pictures are not text: not read into the HTML at all.
          convertImage: mammoth.images.imgElement(async () => ({ src: "" })),
        },
      );
      text = wordHtmlToText(html.value);
      wordNumbers = written.itemNumbers > 0;
    } catch {
      return { ok: false, error: "corrupt" };
    }
  } else {
    text = new TextDecoder("utf-8", { fatal: false }).decode(file.bytes).replace(/^\uFEFF/, "");
    if (text.includes("\u0000")) return { ok: false, error: "file_type" };
  }
  if (text.trim() === "") return { ok: false, error: "empty" };
  return { ok: true, text, file: { ...file, contentType: kind === "docx" ? DOCX : "text/plain; charset=utf-8" }, ...(wordNumbers ? { wordNumbers } : {}) };
}
