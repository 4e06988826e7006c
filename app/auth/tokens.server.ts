// Single-use links: the first administrator's setup link, invitations (72 h)
// and password resets (2 h). The link carries a random token; the table keeps
// its SHA-256. A link works once, and not after it expires.
import type { Kysely, Transaction } from "kysely";
import type { AuthTokenKind, Database } from "../../db/schema";
import { hashToken, randomToken } from "./sessions.server";

type Db = Kysely<Database> | Transaction<Database>;

export const TOKEN_LIFETIME_MS: Record<AuthTokenKind, number> = {
  setup: 7 * 24 * 3600_000,
  invitation: 72 * 3600_000,
  reset: 2 * 3600_000,
};

export async function createToken(
  db: Db,
  kind: AuthTokenKind,
  { userId = null, createdBy = null, now = new Date() }: { userId?: number | null; createdBy?: number | null; now?: Date } = {},
): Promise<string> {
  const token = randomToken();
  await db
    .insertInto("auth_token")
    .values({
      kind,
      token_hash: hashToken(token),
      user_id: userId,
      created_by: createdBy,
      created_at: now.toISOString(),
      expires_at: new Date(now.getTime() + TOKEN_LIFETIME_MS[kind]).toISOString(),
    })
    .execute();
  return token;
}

export type TokenCheck =
  | { ok: true; id: number; userId: number | null }
  | { ok: false; reason: "unknown" | "expired" | "used" };

/** Looks a link up without using it (for showing its page). */
export async function checkToken(db: Db, kind: AuthTokenKind, token: string, now = new Date()): Promise<TokenCheck> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return { ok: false, reason: "unknown" };
  const row = await db
    .selectFrom("auth_token")
    .select(["id", "user_id", "expires_at", "used_at"])
    .where("token_hash", "=", hashToken(token))
    .where("kind", "=", kind)
    .executeTakeFirst();
  if (!row) return { ok: false, reason: "unknown" };
  if (row.used_at) return { ok: false, reason: "used" };
  if (row.expires_at <= now.toISOString()) return { ok: false, reason: "expired" };
  return { ok: true, id: row.id, userId: row.user_id };
}

/** Marks the link used; false when another request used it first. Call inside the transaction that acts on it. */
export async function useToken(db: Db, id: number, now = new Date()): Promise<boolean> {
  const result = await db
    .updateTable("auth_token")
    .set({ used_at: now.toISOString() })
    .where("id", "=", id)
    .where("used_at", "is", null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Every open link of a kind for a user ends (a new invitation replaces the old; a password set ends resets). */
export async function retireTokens(db: Db, userId: number, kinds: AuthTokenKind[], now = new Date()): Promise<void> {
  await db
    .updateTable("auth_token")
    .set({ used_at: now.toISOString() })
    .where("user_id", "=", userId)
    .where("kind", "in", kinds)
    .where("used_at", "is", null)
    .execute();
}
