// Sessions on the server. The cookie carries a random id; the table keeps only
// its SHA-256, so a copy of the database holds no working cookie. A session
// ends at sign-out, password change and deactivation, and when idle too long.
import crypto from "node:crypto";
import type { Kysely, Transaction } from "kysely";
import type { Database } from "../../db/schema";

type Db = Kysely<Database> | Transaction<Database>;

/** How long a session may sit unused: STYRBORD_SESSION_IDLE_MINUTES, 8 hours by default. */
export function idleLimitMs(env: NodeJS.ProcessEnv = process.env): number {
  const minutes = Number(env.STYRBORD_SESSION_IDLE_MINUTES);
  return (Number.isFinite(minutes) && minutes > 0 ? minutes : 8 * 60) * 60_000;
}

/** last_seen_at is written at most this often, so reading a page does not always write. */
const TOUCH_EVERY_MS = 60_000;

export function hashToken(token: string): string {
  return crypto.createHash("sha256").update(token).digest("hex");
}

export function randomToken(): string {
  return crypto.randomBytes(32).toString("base64url");
}

export async function createSession(db: Db, userId: number, userAgent: string | null): Promise<string> {
  const token = randomToken();
  await db
    .insertInto("session")
    .values({
      id: hashToken(token),
      user_id: userId,
      last_seen_at: new Date().toISOString(),
      user_agent: userAgent ? userAgent.slice(0, 300) : null,
    })
    .execute();
  return token;
}

/** The signed-in user's id for a cookie's session id, or null when it has ended, idled out or its user is deactivated. */
export async function resolveSession(db: Kysely<Database>, token: string, now = new Date()): Promise<number | null> {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
  const id = hashToken(token);
  const row = await db
    .selectFrom("session")
    .innerJoin("user", "user.id", "session.user_id")
    .select(["session.user_id", "session.last_seen_at", "user.deactivated_at"])
    .where("session.id", "=", id)
    .executeTakeFirst();
  if (!row) return null;
  const idle = now.getTime() - Date.parse(row.last_seen_at);
  if (row.deactivated_at || idle > idleLimitMs()) {
    await db.deleteFrom("session").where("id", "=", id).execute();
    return null;
  }
  if (idle > TOUCH_EVERY_MS) {
    await db.updateTable("session").set({ last_seen_at: now.toISOString() }).where("id", "=", id).execute();
  }
  return row.user_id;
}

export async function endSession(db: Db, token: string): Promise<void> {
  await db.deleteFrom("session").where("id", "=", hashToken(token)).execute();
}

/** Ends every session of the user, or every one but `keepToken`'s. */
export async function endUserSessions(db: Db, userId: number, keepToken?: string): Promise<number> {
  const result = await db
    .deleteFrom("session")
    .where("user_id", "=", userId)
    .$if(keepToken !== undefined, (q) => q.where("id", "!=", hashToken(keepToken!)))
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

export type SessionListing = { current: boolean; createdAt: string; lastSeenAt: string; userAgent: string | null };

export async function listUserSessions(db: Db, userId: number, currentToken: string | undefined): Promise<SessionListing[]> {
  const current = currentToken ? hashToken(currentToken) : null;
  const rows = await db
    .selectFrom("session")
    .select(["id", "created_at", "last_seen_at", "user_agent"])
    .where("user_id", "=", userId)
    .orderBy("last_seen_at", "desc")
    .execute();
  return rows.map((r) => ({ current: r.id === current, createdAt: r.created_at, lastSeenAt: r.last_seen_at, userAgent: r.user_agent }));
}

/** Removes sessions idle past the limit (called now and then; resolveSession also refuses them). */
export async function pruneIdleSessions(db: Db, now = new Date()): Promise<void> {
  const cutoff = new Date(now.getTime() - idleLimitMs()).toISOString();
  await db.deleteFrom("session").where("last_seen_at", "<", cutoff).execute();
}
