// Multipart requests, as a browser's form without JavaScript sends them.
import { cookieFor } from "../setup/requests";

export type UploadFile = { name: string; bytes: Uint8Array; type?: string };

export async function multipartRequest(path: string, fields: Record<string, string>, files: Record<string, UploadFile>, userId?: number): Promise<Request> {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  for (const [k, f] of Object.entries(files)) form.append(k, new Blob([f.bytes as BlobPart], { type: f.type ?? "application/octet-stream" }), f.name);
  const headers = new Headers();
  if (userId) headers.set("Cookie", await cookieFor(userId));
  return new Request(`http://localhost${path}`, { method: "POST", body: form, headers });
}

/** The same request with its body cut off after `fraction` of its bytes: an upload broken halfway. */
export async function truncatedRequest(request: Request, fraction: number): Promise<Request> {
  const body = new Uint8Array(await request.arrayBuffer());
  const headers = new Headers(request.headers);
  return new Request(request.url, { method: "POST", body: body.slice(0, Math.floor(body.length * fraction)), headers });
}
