// Documents' configuration from the environment, read when first asked.
import path from "node:path";
import { DATA_DIR } from "~/utils/config.server";

const DEFAULT_MAX_MB = 25;

/** The largest file an upload may carry: STYRBORD_UPLOAD_MAX_MB (default 25 MB). */
export function maxUploadBytes(): number {
  const mb = Number(process.env.STYRBORD_UPLOAD_MAX_MB);
  return Math.round((Number.isFinite(mb) && mb > 0 ? mb : DEFAULT_MAX_MB) * 1024 * 1024);
}

export function maxUploadMegabytes(): number {
  return Math.round((maxUploadBytes() / (1024 * 1024)) * 10) / 10;
}

/** Where blobs are kept on disk when STORAGE_URL does not name an object store. */
export function diskStoreDir(): string {
  return path.join(process.env.STYRBORD_DATA_DIR ? path.resolve(process.env.STYRBORD_DATA_DIR) : DATA_DIR, "documents");
}

/** Uploads are written here while they arrive; moved into the store once checked. */
export function stagingDir(): string {
  return path.join(diskStoreDir(), ".incoming");
}
