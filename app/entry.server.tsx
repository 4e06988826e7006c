import { PassThrough } from "node:stream";
import type { AppLoadContext, EntryContext } from "@remix-run/node";
import { RemixServer } from "@remix-run/react";
import { renderToPipeableStream } from "react-dom/server";
import { startNotifications } from "./notifications";
import { NonceProvider, nonceFromContext } from "./security/nonce";
import { getDb } from "./utils/db.server";

const ABORT_DELAY = 5_000;

export default function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
  loadContext: AppLoadContext,
) {
  // The CSP nonce server.js made for this response: on every script React and Remix write.
  const nonce = nonceFromContext(loadContext);
  return new Promise((resolve, reject) => {
    let ready = false;
    const { pipe, abort } = renderToPipeableStream(
      <NonceProvider nonce={nonce}>
        <RemixServer context={remixContext} url={request.url} abortDelay={ABORT_DELAY} nonce={nonce} />
      </NonceProvider>,
      {
        nonce,
        // No loader defers data, so streaming the shell early gains nothing. The page is
        // sent whole, with its length: one pass through gzip, where Remix flushed the
        // compressor after every 2 KB that React wrote (a tenth of a page's time).
        onAllReady() {
          ready = true;
          const chunks: Buffer[] = [];
          const body = new PassThrough();
          body.on("data", (chunk: Buffer) => chunks.push(chunk));
          body.on("error", reject);
          body.on("end", () => {
            // The abort timer held the whole render for five seconds after it was sent.
            clearTimeout(timer);
            const html = Buffer.concat(chunks);
            responseHeaders.set("Content-Type", "text/html; charset=utf-8");
            responseHeaders.set("Content-Length", String(html.byteLength));
            resolve(new Response(html, { headers: responseHeaders, status: responseStatusCode }));
          });
          pipe(body);
        },
        onShellError(error: unknown) {
          clearTimeout(timer);
          reject(error);
        },
        onError(error: unknown) {
          responseStatusCode = 500;
          if (ready) console.error(error);
        },
      },
    );
    const timer = setTimeout(abort, ABORT_DELAY);
  });
}

export function handleError(error: unknown, { request }: { request: Request }) {
  if (request.signal.aborted) return;
  console.error(error);
}

// server.js mounts the security middleware (headers, CSP nonce, cross-site posts) from the build.
export { cspNonce, refuseCrossSitePosts, securityHeaders } from "./security/http.server";

// server.js prepares the database from the same build before it listens.
export { prepareDatabase } from "../db/prepare";

// server.js starts the notification worker and scheduler once it listens.
export const startBackgroundJobs = () => startNotifications(getDb());
