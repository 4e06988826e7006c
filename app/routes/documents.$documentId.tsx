// A document's file, through the app: the reader's right to its item or
// mandate is checked on every request (no public URLs). PDFs and images open
// in the browser; everything else is an attachment; nothing is ever served as
// HTML or sniffed into something else.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { getBlobStore, getDownload, mimeOf, opensInline } from "~/documents";
import { notFound, parseId, requireUser } from "~/utils/auth.server";
import { getDb } from "~/utils/db.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const documentId = parseId(params.documentId);
  const versionParam = new URL(request.url).searchParams.get("version");
  const version = versionParam === null ? null : parseId(versionParam);
  const target = await getDownload(getDb(), user, documentId, version);
  if (!target) throw notFound();
  const body = await getBlobStore().stream(target.sha256);
  if (!body) throw notFound();
  const disposition = opensInline(target.kind) ? "inline" : "attachment";
  return new Response(body, {
    headers: {
      "Content-Type": mimeOf(target.kind),
      "Content-Length": String(target.size),
      "Content-Disposition": `${disposition}; ${contentDispositionName(target.filename)}`,
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'; sandbox",
      "Cache-Control": "private, no-store",
    },
  });
}

/** An ASCII fallback name and the real one (RFC 6266/5987), so "Direktiv å.pdf" keeps its name. */
function contentDispositionName(filename: string): string {
  const ascii = filename.normalize("NFKD").replace(/[^\x20-\x7e]/g, "").replace(/["\\]/g, "_") || "document";
  return `filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}
