// Configuration from the environment, read when first asked (never at import).
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

export const DATA_DIR = path.resolve(process.env.STYRBORD_DATA_DIR ?? "data");

let cachedSecret: string | undefined;

/**
 * SESSION_SECRET, or one generated once and kept in data/session-secret so that
 * sessions survive a restart. Production without SESSION_SECRET gets a warning.
 */
export function sessionSecret(): string {
  if (process.env.SESSION_SECRET) return process.env.SESSION_SECRET;
  if (cachedSecret) return cachedSecret;
  const file = path.join(DATA_DIR, "session-secret");
  try {
    cachedSecret = fs.readFileSync(file, "utf8").trim();
  } catch {
    fs.mkdirSync(DATA_DIR, { recursive: true });
    cachedSecret = crypto.randomBytes(32).toString("base64url");
    fs.writeFileSync(file, cachedSecret + "\n", { mode: 0o600 });
  }
  if (process.env.NODE_ENV === "production") {
    console.warn(`SESSION_SECRET is not set: using the generated secret in ${file}. Set SESSION_SECRET in production.`);
  }
  return cachedSecret;
}

export const isProduction = () => process.env.NODE_ENV === "production";

/** The address links in mails point to: PUBLIC_URL when set, otherwise where the request came in. */
export function publicUrl(request?: Request): string {
  const configured = process.env.PUBLIC_URL?.replace(/\/+$/, "");
  if (configured) return configured;
  if (request) return new URL(request.url).origin;
  return `http://localhost:${process.env.PORT ?? 3000}`;
}
