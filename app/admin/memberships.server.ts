// A group's members and their roles, kept by administrators and by the group's secretary.
import type { Kysely } from "kysely";
import type { Database, Role } from "../../db/schema";
import { recordAudit } from "~/models/audit.server";

export type MembershipInput = { userId: number; role: Role; represents: string | null };

export async function listMembers(db: Kysely<Database>, groupId: number) {
  return db
    .selectFrom("membership")
    .innerJoin("user", "user.id", "membership.user_id")
    .select(["membership.id", "membership.role", "membership.represents", "user.id as user_id", "user.name", "user.email", "user.deactivated_at"])
    .where("membership.group_id", "=", groupId)
    .orderBy("user.name")
    .execute();
}

/** Active people who are not yet members of the group. */
export async function listCandidates(db: Kysely<Database>, groupId: number) {
  return db
    .selectFrom("user")
    .select(["id", "name", "email"])
    .where("deactivated_at", "is", null)
    .where((eb) => eb.not(eb.exists(eb.selectFrom("membership").select("id").whereRef("membership.user_id", "=", "user.id").where("membership.group_id", "=", groupId))))
    .orderBy("name")
    .execute();
}

export async function addMember(db: Kysely<Database>, byUserId: number, groupId: number, input: MembershipInput): Promise<{ ok: true } | { ok: false; error: "already" | "userMissing" }> {
  return db.transaction().execute(async (trx) => {
    const user = await trx.selectFrom("user").select("id").where("id", "=", input.userId).where("deactivated_at", "is", null).executeTakeFirst();
    if (!user) return { ok: false as const, error: "userMissing" as const };
    const existing = await trx.selectFrom("membership").select("id").where("group_id", "=", groupId).where("user_id", "=", input.userId).executeTakeFirst();
    if (existing) return { ok: false as const, error: "already" as const };
    const { id } = await trx
      .insertInto("membership")
      .values({ group_id: groupId, user_id: input.userId, role: input.role, represents: input.represents })
      .returning("id")
      .executeTakeFirstOrThrow();
    await recordAudit(trx, { userId: byUserId, entity: "membership", entityId: id, action: "create", after: { groupId, ...input } });
    return { ok: true as const };
  });
}

export async function updateMember(db: Kysely<Database>, byUserId: number, groupId: number, membershipId: number, input: { role: Role; represents: string | null }): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const before = await trx.selectFrom("membership").select(["role", "represents", "user_id"]).where("id", "=", membershipId).where("group_id", "=", groupId).executeTakeFirst();
    if (!before) return false;
    await trx.updateTable("membership").set({ role: input.role, represents: input.represents }).where("id", "=", membershipId).execute();
    await recordAudit(trx, { userId: byUserId, entity: "membership", entityId: membershipId, action: "update", before, after: input });
    return true;
  });
}

export async function removeMember(db: Kysely<Database>, byUserId: number, groupId: number, membershipId: number): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const before = await trx.selectFrom("membership").select(["role", "represents", "user_id"]).where("id", "=", membershipId).where("group_id", "=", groupId).executeTakeFirst();
    if (!before) return false;
    await trx.deleteFrom("membership").where("id", "=", membershipId).execute();
    await recordAudit(trx, { userId: byUserId, entity: "membership", entityId: membershipId, action: "delete", before: { groupId, ...before } });
    return true;
  });
}
