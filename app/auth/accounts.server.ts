// What a person does with their own account: set a password from a link,
// change it, and the first administrator's setup. Each ends what must end.
import { verify } from "@node-rs/argon2";
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";
import { recordAudit } from "~/models/audit.server";
import { hashPassword } from "./passwords.server";
import { endUserSessions } from "./sessions.server";
import { checkToken, createToken, retireTokens, useToken, type TokenCheck } from "./tokens.server";

export type LinkResult = { ok: true; userId: number } | { ok: false; reason: "unknown" | "expired" | "used" | "inactive" };

/**
 * Sets the password through an invitation or reset link, in one transaction:
 * the link is used, every other open link of the person ends, every session ends.
 */
export async function setPasswordWithLink(
  db: Kysely<Database>,
  kind: "invitation" | "reset",
  token: string,
  password: string,
): Promise<LinkResult> {
  const passwordHash = await hashPassword(password);
  return db.transaction().execute(async (trx): Promise<LinkResult> => {
    const check = await checkToken(trx, kind, token);
    if (!check.ok) return check;
    if (!check.userId) return { ok: false, reason: "unknown" };
    const user = await trx.selectFrom("user").select(["id", "deactivated_at"]).where("id", "=", check.userId).executeTakeFirst();
    if (!user || user.deactivated_at) return { ok: false, reason: "inactive" };
    if (!(await useToken(trx, check.id))) return { ok: false, reason: "used" };
    const now = new Date().toISOString();
    await trx.updateTable("user").set({ password_hash: passwordHash, password_changed_at: now }).where("id", "=", user.id).execute();
    await retireTokens(trx, user.id, ["invitation", "reset"]);
    await endUserSessions(trx, user.id);
    await recordAudit(trx, { userId: user.id, entity: "user", entityId: user.id, action: kind === "invitation" ? "accept_invitation" : "reset_password" });
    return { ok: true, userId: user.id };
  });
}

/** Whether a link may be shown (its person active); the page asks before the form. */
export async function checkPasswordLink(db: Kysely<Database>, kind: "invitation" | "reset", token: string): Promise<TokenCheck & { email?: string; name?: string }> {
  const check = await checkToken(db, kind, token);
  if (!check.ok || !check.userId) return check.ok ? { ok: false, reason: "unknown" } : check;
  const user = await db.selectFrom("user").select(["email", "name", "deactivated_at"]).where("id", "=", check.userId).executeTakeFirst();
  if (!user || user.deactivated_at) return { ok: false, reason: "unknown" };
  return { ...check, email: user.email, name: user.name };
}

/** Changes the password when the current one is right; every other session of the person ends. */
export async function changePassword(
  db: Kysely<Database>,
  userId: number,
  current: string,
  password: string,
  keepSessionToken: string | undefined,
): Promise<"changed" | "wrong-current"> {
  const row = await db.selectFrom("user").select("password_hash").where("id", "=", userId).executeTakeFirstOrThrow();
  const ok = row.password_hash ? await verify(row.password_hash, current).catch(() => false) : false;
  if (!ok) return "wrong-current";
  const passwordHash = await hashPassword(password);
  await db.transaction().execute(async (trx) => {
    await trx.updateTable("user").set({ password_hash: passwordHash, password_changed_at: new Date().toISOString() }).where("id", "=", userId).execute();
    await endUserSessions(trx, userId, keepSessionToken);
    await retireTokens(trx, userId, ["reset"]);
    await recordAudit(trx, { userId, entity: "user", entityId: userId, action: "change_password" });
  });
  return "changed";
}

export async function hasUsers(db: Kysely<Database>): Promise<boolean> {
  return !!(await db.selectFrom("user").select("id").limit(1).executeTakeFirst());
}

/** A new setup link for an empty database (earlier ones end). Null when someone already exists. */
export async function createSetupToken(db: Kysely<Database>): Promise<string | null> {
  if (await hasUsers(db)) return null;
  await db.updateTable("auth_token").set({ used_at: new Date().toISOString() }).where("kind", "=", "setup").where("used_at", "is", null).execute();
  return createToken(db, "setup");
}

export type SetupResult = { ok: true; userId: number } | { ok: false; reason: "unknown" | "expired" | "used" | "done" };

/** The first administrator, from the setup link; refused once anyone exists. */
export async function completeSetup(
  db: Kysely<Database>,
  token: string,
  input: { name: string; email: string; password: string },
): Promise<SetupResult> {
  const passwordHash = await hashPassword(input.password);
  return db.transaction().execute(async (trx): Promise<SetupResult> => {
    if (await trx.selectFrom("user").select("id").limit(1).executeTakeFirst()) return { ok: false, reason: "done" };
    const check = await checkToken(trx, "setup", token);
    if (!check.ok) return check;
    if (!(await useToken(trx, check.id))) return { ok: false, reason: "used" };
    const { id } = await trx
      .insertInto("user")
      .values({ email: input.email, name: input.name, title: null, password_hash: passwordHash, is_admin: 1, unit_id: null, locale: "sv", password_changed_at: new Date().toISOString() })
      .returning("id")
      .executeTakeFirstOrThrow();
    await recordAudit(trx, { userId: id, entity: "user", entityId: id, action: "setup_first_admin", after: { email: input.email, name: input.name } });
    return { ok: true, userId: id };
  });
}

/**
 * "Forgot password": an active person gets a 2-hour, single-use reset link.
 * The caller answers the same whether or not the address exists, and the mail
 * goes out after the answer, so neither words nor timing tell.
 */
export async function requestPasswordReset(
  db: Kysely<Database>,
  email: string,
  baseUrl: string,
  send: (to: { email: string; name: string; locale: string | null }, url: string) => Promise<unknown>,
): Promise<void> {
  const user = await db
    .selectFrom("user")
    .select(["id", "email", "name", "locale"])
    .where("email", "=", email.trim().toLowerCase())
    .where("deactivated_at", "is", null)
    .executeTakeFirst();
  if (!user) return;
  const token = await db.transaction().execute(async (trx) => {
    await retireTokens(trx, user.id, ["reset"]);
    return createToken(trx, "reset", { userId: user.id });
  });
  void send(user, `${baseUrl}/reset-password/${token}`).catch((error) => console.error("Reset mail failed:", error));
}
