// One staged file from an upload form, checked: present, within the limit, of
// an allowed type whose content matches its name. The route shows `error`
// next to the file field.
import type { Messages } from "~/i18n";
import { maxUploadMegabytes } from "./config.server";
import type { NewFile } from "./document.server";
import { checkFileKind } from "./file-kind.server";
import type { UploadForm } from "./upload.server";

export type CheckedFile = { ok: true; upload: NewFile } | { ok: false; error: string } | { ok: "none" };

export async function checkedFile(form: UploadForm, field: string, t: Messages): Promise<CheckedFile> {
  const e = t.documents.errors;
  const problem = form.problems.get(field);
  if (problem === "too-large") return { ok: false, error: e.tooLarge(maxUploadMegabytes()) };
  if (problem === "empty") return { ok: false, error: e.empty };
  const file = form.files.get(field);
  if (!file) return { ok: "none" };
  const kind = await checkFileKind(file.filename, file.path);
  if (!kind.ok) return { ok: false, error: kind.reason === "type" ? e.type : e.mismatch };
  return { ok: true, upload: { file, kind: kind.kind } };
}
