// Which files a document may be, decided by the content's magic bytes
// (`file-type`), never by the name or the browser's Content-Type alone: the
// name's extension must be on the list, and the content must be what the
// extension says. An .exe or an HTML page called .pdf is refused.
import { fileTypeFromFile } from "file-type";

export type FileKind = "pdf" | "docx" | "doc" | "xlsx" | "xls" | "pptx" | "ppt" | "png" | "jpg" | "gif" | "webp";

type KindRule = { extensions: string[]; sniffed: string[]; mime: string };

/** Old Office files (.doc, .xls, .ppt) are Compound File Binary containers: `cfb` by magic bytes. */
export const FILE_KINDS: Record<FileKind, KindRule> = {
  pdf: { extensions: ["pdf"], sniffed: ["pdf"], mime: "application/pdf" },
  docx: { extensions: ["docx"], sniffed: ["docx"], mime: "application/vnd.openxmlformats-officedocument.wordprocessingml.document" },
  doc: { extensions: ["doc"], sniffed: ["cfb"], mime: "application/msword" },
  xlsx: { extensions: ["xlsx"], sniffed: ["xlsx"], mime: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" },
  xls: { extensions: ["xls"], sniffed: ["cfb"], mime: "application/vnd.ms-excel" },
  pptx: { extensions: ["pptx"], sniffed: ["pptx"], mime: "application/vnd.openxmlformats-officedocument.presentationml.presentation" },
  ppt: { extensions: ["ppt"], sniffed: ["cfb"], mime: "application/vnd.ms-powerpoint" },
  png: { extensions: ["png"], sniffed: ["png"], mime: "image/png" },
  jpg: { extensions: ["jpg", "jpeg"], sniffed: ["jpg"], mime: "image/jpeg" },
  gif: { extensions: ["gif"], sniffed: ["gif"], mime: "image/gif" },
  webp: { extensions: ["webp"], sniffed: ["webp"], mime: "image/webp" },
};

/** What the file input offers; the server decides anyway. */
export const ACCEPT = Object.values(FILE_KINDS)
  .flatMap((k) => k.extensions.map((e) => `.${e}`))
  .join(",");

export type KindCheck = { ok: true; kind: FileKind; mime: string } | { ok: false; reason: "type" | "mismatch" };

export function kindOfName(filename: string): FileKind | null {
  const ext = filename.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1];
  if (!ext) return null;
  return (Object.keys(FILE_KINDS) as FileKind[]).find((k) => FILE_KINDS[k].extensions.includes(ext)) ?? null;
}

/** Checks a staged upload: its name's type must be allowed and its content must be that type. */
export async function checkFileKind(filename: string, file: string): Promise<KindCheck> {
  const kind = kindOfName(filename);
  if (!kind) return { ok: false, reason: "type" };
  const sniffed = await fileTypeFromFile(file);
  if (!sniffed || !FILE_KINDS[kind].sniffed.includes(sniffed.ext)) return { ok: false, reason: "mismatch" };
  return { ok: true, kind, mime: FILE_KINDS[kind].mime };
}

export function mimeOf(kind: string): string {
  return FILE_KINDS[kind as FileKind]?.mime ?? "application/octet-stream";
}

/** Shown in the browser (PDF and images); everything else is downloaded. */
export function opensInline(kind: string): boolean {
  return kind === "pdf" || kind === "png" || kind === "jpg" || kind === "gif" || kind === "webp";
}
