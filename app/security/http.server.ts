// The HTTP-level defences, as Express middleware that server.js puts in front
// of everything (static files included): a fresh CSP nonce per request, the
// security headers (helmet), and the refusal of cross-site form posts.
import crypto from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import helmet from "helmet";

// The parts of Express's request and response used here (no @types/express in the project).
type Request = IncomingMessage & { method: string; app: { get(name: string): unknown }; get(name: string): string | undefined };
type Response = ServerResponse & { locals: Record<string, unknown>; status(code: number): Response; type(t: string): Response; send(body: string): void };
type Handler = (req: Request, res: Response, next: (err?: unknown) => void) => void;

const DEFAULTED = new Set(["content-security-policy", "x-content-type-options", "x-frame-options", "referrer-policy", "cross-origin-resource-policy"]);

/**
 * Makes `res.locals.cspNonce`: 128 random bits, new for every request. And lets
 * a route's own security header (a document's stricter `sandbox` CSP) replace
 * the default instead of being appended beside it (Remix's Express adapter
 * appends every header of the route's Response).
 */
export const cspNonce: Handler = (_req, res, next) => {
  res.locals.cspNonce = crypto.randomBytes(16).toString("base64");
  const r = res as Response & { append(name: string, value: string | string[]): unknown };
  const append = r.append.bind(r);
  r.append = (name, value) => (DEFAULTED.has(name.toLowerCase()) ? r.setHeader(name, value) : append(name, value));
  next();
};

/**
 * The headers. Scripts only from this site and only with this response's nonce
 * (Remix's <Scripts>, <ScrollRestoration> and its streamed data carry it);
 * no plugins, no <base>, no framing, forms only back to this site. Styles allow
 * inline style attributes (React `style`, the editor's positioning): they
 * cannot run code. HSTS only in production (over HTTPS behind the proxy).
 */
export function securityHeaders(production: boolean): Handler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        "default-src": ["'self'"],
        "script-src": ["'self'", (_req, res) => `'nonce-${(res as Response).locals.cspNonce}'`],
        "script-src-attr": ["'none'"],
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:", "blob:"],
        "font-src": ["'self'", "data:"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        // The organisation sign-in posts a form that redirects to the provider: Chrome checks the redirect too.
        "form-action": ["'self'", ...oidcOrigin()],
        "frame-ancestors": ["'none'"],
        "frame-src": ["'self'"],
      },
    },
    strictTransportSecurity: production ? { maxAge: 63072000, includeSubDomains: true } : false,
    referrerPolicy: { policy: "same-origin" },
    xFrameOptions: { action: "deny" },
    crossOriginEmbedderPolicy: false,
    // The PDFs open in the browser's own viewer in a new tab: same-origin is enough.
    crossOriginResourcePolicy: { policy: "same-origin" },
  }) as unknown as Handler;
}

function oidcOrigin(): string[] {
  try {
    return process.env.OIDC_ISSUER ? [new URL(process.env.OIDC_ISSUER).origin] : [];
  } catch {
    return [];
  }
}

const REFUSED_PAGE = `<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Otillåten begäran – Styrbord</title></head>
<body><main style="font-family: Arial, sans-serif; max-width: 40rem; margin: 3rem auto; padding: 0 1rem">
<h1>Otillåten begäran</h1><p>Formuläret skickades från en annan webbplats och togs inte emot. Gå till <a href="/">översikten</a> och försök igen därifrån.</p>
<p lang="en">The form was sent from another site and was not accepted. Go to the <a href="/">overview</a> and try again from there.</p></main></body></html>`;

/**
 * Whether a request that changes something came from another site: the
 * browser says so (`Sec-Fetch-Site: cross-site`), or its `Origin` names another
 * host than the one asked (or is "null": a sandboxed or privacy-stripped
 * context). A request without either (curl, a mail client's one-click
 * unsubscribe, the tests' own fetches) is not a browser's cross-site post.
 */
export function isCrossSite(method: string, headers: { origin?: string; secFetchSite?: string; host?: string }): boolean {
  if (method === "GET" || method === "HEAD" || method === "OPTIONS") return false;
  if (headers.secFetchSite === "cross-site") return true;
  const origin = headers.origin;
  if (!origin) return false;
  if (origin === "null") return true;
  try {
    return new URL(origin).host.toLowerCase() !== (headers.host ?? "").toLowerCase();
  } catch {
    return true;
  }
}

/** Refuses a cross-site POST (and PUT, DELETE...) with 403 before Remix sees it. */
export const refuseCrossSitePosts: Handler = (req, res, next) => {
  const forwardedHost = req.app.get("trust proxy") ? req.get("x-forwarded-host") : undefined;
  const crossSite = isCrossSite(req.method, {
    origin: req.get("origin"),
    secFetchSite: req.get("sec-fetch-site"),
    host: forwardedHost?.split(",")[0].trim() || req.get("host"),
  });
  if (!crossSite) return next();
  res.status(403).type("html").send(REFUSED_PAGE);
};
