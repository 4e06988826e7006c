// The upload side of a documents route: read the posted form (multipart or
// plain), and always remove the staged files afterwards.
import { readForm } from "~/utils/forms.server";
import { readUploadForm, type UploadForm } from "./upload.server";

/** A multipart post is read with its files staged; a plain post as a form. Null: a broken upload (400). */
export async function readDocumentsForm(request: Request, fileFields: string[]): Promise<UploadForm | null> {
  const type = request.headers.get("Content-Type") ?? "";
  if (type.startsWith("multipart/form-data")) return readUploadForm(request, fileFields);
  const form = await readForm(request);
  return { form, files: new Map(), problems: new Map(), cleanup: async () => {} };
}
