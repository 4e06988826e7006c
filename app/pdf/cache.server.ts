// Rendered PDFs, kept by what they were drawn from (app/utils/content-cache):
// drawing a 15-item minutes PDF takes about a second, and approved minutes are
// downloaded again and again unchanged.
import { contentCache } from "~/utils/content-cache.server";

export const cachedPdf = contentCache<Buffer>(16 * 1024 * 1024);
