// The production server: remix-serve's setup (compression, static files,
// request log, the Remix handler) plus what remix-serve cannot do: prepare the
// database (migrate, demo on first start) from the build before listening, and
// answer a malformed URL with a Swedish 400 page instead of Express's English one.
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { createRequestHandler } from "@remix-run/express";
import compression from "compression";
import express from "express";
import morgan from "morgan";

const root = path.dirname(fileURLToPath(import.meta.url));
const build = await import(pathToFileURL(path.join(root, "build", "index.js")).href);
await build.entry.module.prepareDatabase();

const BAD_REQUEST_PAGE = `<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Felaktig adress – Styrbord</title></head>
<body><main style="font-family: Arial, sans-serif; max-width: 40rem; margin: 3rem auto; padding: 0 1rem">
<h1>Felaktig adress</h1><p>Adressen går inte att läsa. Kontrollera den, eller gå till <a href="/">översikten</a>.</p>
<p lang="en">The address could not be read. Check it, or go to the <a href="/">overview</a>.</p></main></body></html>`;

const app = express();
app.disable("x-powered-by");
// TRUST_PROXY (e.g. "loopback" or a hop count) lets req.ip come from X-Forwarded-For behind a proxy.
if (process.env.TRUST_PROXY) app.set("trust proxy", /^\d+$/.test(process.env.TRUST_PROXY) ? Number(process.env.TRUST_PROXY) : process.env.TRUST_PROXY);
// Security first (app/security): a CSP nonce for this response, the headers, and no cross-site posts.
const security = build.entry.module;
app.use(security.cspNonce);
app.use(security.securityHeaders(process.env.NODE_ENV === "production"));
app.use(security.refuseCrossSitePosts);
app.use((req, res, next) => {
  try {
    decodeURIComponent(req.path);
    next();
  } catch {
    res.status(400).type("html").send(BAD_REQUEST_PAGE);
  }
});
// Level 4 rather than zlib's 6: half the time for about 8 % more bytes (README, Decisions: the archive at scale, second pass).
app.use(compression({ level: 4 }));
app.use(build.publicPath, express.static(build.assetsBuildDirectory, { immutable: true, maxAge: "1y" }));
app.use(express.static(path.join(root, "public"), { maxAge: "1h" }));
app.use(morgan("tiny"));
app.all(
  "*",
  createRequestHandler({
    build,
    mode: process.env.NODE_ENV ?? "production",
    // The client's address, for the sign-in rate limit (app/auth/rate-limit.server.ts).
    // And the CSP nonce, for the scripts the page writes (app/security/nonce.tsx).
    getLoadContext: (req, res) => ({ clientAddress: req.ip ?? null, cspNonce: res.locals.cspNonce }),
  }),
);

const port = Number(process.env.PORT ?? 3000);
app.listen(port, () => {
  console.log(`Styrbord: http://localhost:${port}`);
  // The outbox worker and the reminder scheduler (app/notifications), in this process.
  build.entry.module.startBackgroundJobs();
});
