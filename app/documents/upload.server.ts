// Reading an upload form (multipart, works without JavaScript). Each file is
// streamed into a staging file while its sha256 and size are counted; a file
// over the limit is drained and dropped; a body cut off halfway makes the
// whole form fail and every staged file is removed: nothing half-stored.
import { createHash, randomBytes } from "node:crypto";
import { createWriteStream } from "node:fs";
import fs from "node:fs/promises";
import path from "node:path";
import {
  unstable_composeUploadHandlers as composeUploadHandlers,
  unstable_createMemoryUploadHandler as createMemoryUploadHandler,
  unstable_parseMultipartFormData as parseMultipartFormData,
  type UploadHandler,
} from "@remix-run/node";
import { maxUploadBytes, stagingDir } from "./config.server";

export type StagedFile = { field: string; filename: string; path: string; size: number; sha256: string };
export type FileProblem = "too-large" | "empty";

export type UploadForm = {
  form: FormData;
  /** Staged files by field name (the form's value is the file's name). */
  files: Map<string, StagedFile>;
  problems: Map<string, FileProblem>;
  /** Removes the staged files; call when done, whatever happened. */
  cleanup: () => Promise<void>;
};

const FIELD_LIMIT = 64 * 1024;

/** Parses a multipart form; null when the body is not a complete multipart form (cut off, malformed). */
export async function readUploadForm(request: Request, fileFields: string[]): Promise<UploadForm | null> {
  const max = maxUploadBytes();
  const dir = stagingDir();
  const files = new Map<string, StagedFile>();
  const problems = new Map<string, FileProblem>();
  const written: string[] = [];
  const cleanup = async () => {
    await Promise.all(written.map((p) => fs.rm(p, { force: true })));
  };

  const fileHandler: UploadHandler = async ({ name, filename, data }) => {
    if (!fileFields.includes(name) || filename === undefined) return undefined;
    const cleanName = path.basename(filename.replace(/\\/g, "/")).trim();
    if (!cleanName) {
      for await (const chunk of data) void chunk; // an empty file input: nothing chosen
      return "";
    }
    await fs.mkdir(dir, { recursive: true });
    const target = path.join(dir, `${Date.now()}-${randomBytes(8).toString("hex")}`);
    written.push(target);
    const out = createWriteStream(target, { mode: 0o600 });
    const hash = createHash("sha256");
    let size = 0;
    let tooLarge = false;
    try {
      for await (const chunk of data) {
        size += chunk.byteLength;
        if (size > max) {
          // Keep reading so the rest of the form (the title) still arrives, write nothing more.
          tooLarge = true;
          continue;
        }
        hash.update(chunk);
        if (!out.write(chunk)) await new Promise<void>((resolve) => out.once("drain", () => resolve()));
      }
    } finally {
      await new Promise<void>((resolve, reject) => out.end((err?: Error | null) => (err ? reject(err) : resolve())));
    }
    if (tooLarge) problems.set(name, "too-large");
    else if (size === 0) problems.set(name, "empty");
    else files.set(name, { field: name, filename: cleanName, path: target, size, sha256: hash.digest("hex") });
    return cleanName;
  };

  try {
    const form = await parseMultipartFormData(request, composeUploadHandlers(fileHandler, createMemoryUploadHandler({ maxPartSize: FIELD_LIMIT })));
    return { form, files, problems, cleanup };
  } catch {
    await cleanup();
    return null;
  }
}
