// People as the administrator keeps them: invite, edit, deactivate. A
// deactivated person cannot sign in, their sessions end at once, and all they
// wrote stays attributed to them (rows are never deleted).
import type { Kysely, Transaction } from "kysely";
import type { Database } from "../../db/schema";
import { endUserSessions } from "~/auth/sessions.server";
import { createToken, retireTokens } from "~/auth/tokens.server";
import { sendMail, type SentMail } from "~/mail";
import { recordAudit } from "~/models/audit.server";

type Db = Kysely<Database> | Transaction<Database>;

export type UserInput = { name: string; email: string; unitId: number | null; isAdmin: boolean; locale: "sv" | "en" };
export type UserError = "duplicateEmail" | "lastAdmin" | "unitMissing";
export type UserStatus = "active" | "invited" | "deactivated";

function statusOf(row: { deactivated_at: string | null; password_hash: string; oidc_subject: string | null }): UserStatus {
  if (row.deactivated_at) return "deactivated";
  return row.password_hash || row.oidc_subject ? "active" : "invited";
}

export async function listUsersForAdmin(db: Kysely<Database>) {
  const rows = await db
    .selectFrom("user")
    .leftJoin("unit", "unit.id", "user.unit_id")
    .select(["user.id", "user.name", "user.email", "user.is_admin", "user.deactivated_at", "user.password_hash", "user.oidc_subject", "unit.name as unit_name"])
    .orderBy("user.name")
    .execute();
  return rows.map((r) => ({ id: r.id, name: r.name, email: r.email, isAdmin: r.is_admin === 1, unitName: r.unit_name, status: statusOf(r) }));
}

export async function getUserForAdmin(db: Kysely<Database>, id: number) {
  const row = await db
    .selectFrom("user")
    .select(["id", "name", "email", "unit_id", "is_admin", "locale", "deactivated_at", "password_hash", "oidc_subject"])
    .where("id", "=", id)
    .executeTakeFirst();
  if (!row) return null;
  const groups = await db
    .selectFrom("membership")
    .innerJoin("group", "group.id", "membership.group_id")
    .select(["group.id", "group.short_name", "membership.role"])
    .where("membership.user_id", "=", id)
    .orderBy("group.name")
    .execute();
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    unitId: row.unit_id,
    isAdmin: row.is_admin === 1,
    locale: row.locale === "en" ? ("en" as const) : ("sv" as const),
    status: statusOf(row),
    groups,
  };
}

async function emailTaken(db: Db, email: string, exceptId: number | null): Promise<boolean> {
  const row = await db
    .selectFrom("user")
    .select("id")
    .where("email", "=", email.toLowerCase())
    .$if(exceptId !== null, (q) => q.where("id", "!=", exceptId!))
    .executeTakeFirst();
  return !!row;
}

async function unitMissing(db: Db, unitId: number | null): Promise<boolean> {
  if (unitId === null) return false;
  return !(await db.selectFrom("unit").select("id").where("id", "=", unitId).executeTakeFirst());
}

/** Active administrators other than `exceptId`. */
async function otherActiveAdmins(db: Db, exceptId: number): Promise<number> {
  const row = await db
    .selectFrom("user")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("is_admin", "=", 1)
    .where("deactivated_at", "is", null)
    .where("id", "!=", exceptId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export function invitationUrl(baseUrl: string, token: string): string {
  return `${baseUrl}/invite/${token}`;
}

async function mailInvitation(db: Kysely<Database>, to: { email: string; name: string; locale: string | null }, inviter: string, url: string): Promise<SentMail> {
  return sendMail(db, { to: to.email, locale: to.locale, template: "invitation", data: { name: to.name, inviter, url } });
}

/** Creates the person (no password yet) and mails them a 72-hour, single-use invitation. */
export async function inviteUser(
  db: Kysely<Database>,
  by: { id: number; name: string },
  input: UserInput,
  baseUrl: string,
): Promise<{ ok: true; id: number; mail: SentMail } | { ok: false; error: UserError }> {
  const created = await db.transaction().execute(async (trx) => {
    if (await emailTaken(trx, input.email, null)) return { ok: false as const, error: "duplicateEmail" as const };
    if (await unitMissing(trx, input.unitId)) return { ok: false as const, error: "unitMissing" as const };
    const { id } = await trx
      .insertInto("user")
      .values({ email: input.email, name: input.name, title: null, password_hash: "", is_admin: input.isAdmin ? 1 : 0, unit_id: input.unitId, locale: input.locale })
      .returning("id")
      .executeTakeFirstOrThrow();
    const token = await createToken(trx, "invitation", { userId: id, createdBy: by.id });
    await recordAudit(trx, { userId: by.id, entity: "user", entityId: id, action: "invite", after: input });
    return { ok: true as const, id, token };
  });
  if (!created.ok) return created;
  const mail = await mailInvitation(db, input, by.name, invitationUrl(baseUrl, created.token));
  return { ok: true, id: created.id, mail };
}

/** A new invitation replaces the open ones. */
export async function resendInvitation(db: Kysely<Database>, by: { id: number; name: string }, userId: number, baseUrl: string): Promise<SentMail | null> {
  const user = await db.selectFrom("user").select(["email", "name", "locale", "deactivated_at"]).where("id", "=", userId).executeTakeFirst();
  if (!user || user.deactivated_at) return null;
  const token = await db.transaction().execute(async (trx) => {
    await retireTokens(trx, userId, ["invitation"]);
    await recordAudit(trx, { userId: by.id, entity: "user", entityId: userId, action: "invite_again" });
    return createToken(trx, "invitation", { userId, createdBy: by.id });
  });
  return mailInvitation(db, user, by.name, invitationUrl(baseUrl, token));
}

export async function updateUser(db: Kysely<Database>, byUserId: number, id: number, input: UserInput): Promise<{ ok: true } | { ok: false; error: UserError }> {
  return db.transaction().execute(async (trx) => {
    if (await emailTaken(trx, input.email, id)) return { ok: false as const, error: "duplicateEmail" as const };
    if (await unitMissing(trx, input.unitId)) return { ok: false as const, error: "unitMissing" as const };
    const before = await trx.selectFrom("user").select(["name", "email", "unit_id", "is_admin", "locale", "deactivated_at"]).where("id", "=", id).executeTakeFirstOrThrow();
    if (before.is_admin === 1 && !input.isAdmin && !before.deactivated_at && (await otherActiveAdmins(trx, id)) === 0) {
      return { ok: false as const, error: "lastAdmin" as const };
    }
    await trx
      .updateTable("user")
      .set({ name: input.name, email: input.email, unit_id: input.unitId, is_admin: input.isAdmin ? 1 : 0, locale: input.locale })
      .where("id", "=", id)
      .execute();
    await recordAudit(trx, { userId: byUserId, entity: "user", entityId: id, action: "update", before, after: input });
    return { ok: true as const };
  });
}

/** Deactivates (sessions and open links end at once) or activates again. The last active administrator stays. */
export async function setUserActive(db: Kysely<Database>, byUserId: number, id: number, active: boolean): Promise<{ ok: true } | { ok: false; error: "lastAdmin" }> {
  return db.transaction().execute(async (trx) => {
    const user = await trx.selectFrom("user").select(["is_admin", "deactivated_at"]).where("id", "=", id).executeTakeFirstOrThrow();
    if (!active && user.is_admin === 1 && !user.deactivated_at && (await otherActiveAdmins(trx, id)) === 0) {
      return { ok: false as const, error: "lastAdmin" as const };
    }
    const now = new Date().toISOString();
    await trx.updateTable("user").set({ deactivated_at: active ? null : now }).where("id", "=", id).execute();
    if (!active) {
      await endUserSessions(trx, id);
      await retireTokens(trx, id, ["invitation", "reset"]);
    }
    await recordAudit(trx, { userId: byUserId, entity: "user", entityId: id, action: active ? "reactivate" : "deactivate" });
    return { ok: true as const };
  });
}

/**
 * `npm run admin:create -- EMAIL`: makes the person an active administrator
 * (creating them when new) and returns a one-time sign-in link (72 h).
 */
export async function createAdminWithLink(db: Kysely<Database>, email: string, baseUrl: string): Promise<{ url: string; created: boolean }> {
  const address = email.trim().toLowerCase();
  return db.transaction().execute(async (trx) => {
    const existing = await trx.selectFrom("user").select("id").where("email", "=", address).executeTakeFirst();
    let id: number;
    if (existing) {
      id = existing.id;
      await trx.updateTable("user").set({ is_admin: 1, deactivated_at: null }).where("id", "=", id).execute();
    } else {
      const name = address.split("@")[0];
      ({ id } = await trx
        .insertInto("user")
        .values({ email: address, name, title: null, password_hash: "", is_admin: 1, unit_id: null, locale: "sv" })
        .returning("id")
        .executeTakeFirstOrThrow());
    }
    await retireTokens(trx, id, ["invitation"]);
    const token = await createToken(trx, "invitation", { userId: id });
    await recordAudit(trx, { userId: null, entity: "user", entityId: id, action: existing ? "admin_create_cli_existing" : "admin_create_cli", after: { email: address } });
    return { url: invitationUrl(baseUrl, token), created: !existing };
  });
}
