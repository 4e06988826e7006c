import type { Kysely } from "kysely";
import type { Database, GroupKind, Role } from "../../db/schema";
import type { SessionUser } from "./user.server";

export type GroupWithRole = { id: number; name: string; shortName: string; kind: GroupKind; role: Role | null };

/** The user's role in a group; admins who are not members read as viewers. */
export async function getRole(db: Kysely<Database>, user: SessionUser, groupId: number): Promise<Role | null> {
  const row = await db
    .selectFrom("membership")
    .select("role")
    .where("group_id", "=", groupId)
    .where("user_id", "=", user.id)
    .executeTakeFirst();
  if (row) return row.role;
  return user.isAdmin ? "viewer" : null;
}

/** Groups the user belongs to (admins: every group), with their role in each. */
export async function listGroupsForUser(db: Kysely<Database>, user: SessionUser): Promise<GroupWithRole[]> {
  const rows = await db
    .selectFrom("group")
    .leftJoin("membership", (join) =>
      join.onRef("membership.group_id", "=", "group.id").on("membership.user_id", "=", user.id),
    )
    .select(["group.id", "group.name", "group.short_name", "group.kind", "membership.role"])
    .$if(!user.isAdmin, (q) => q.where("membership.user_id", "=", user.id))
    .orderBy("group.parent_group_id", "asc")
    .orderBy("group.name")
    .execute();
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    shortName: r.short_name,
    kind: r.kind,
    role: r.role ?? (user.isAdmin ? "viewer" : null),
  }));
}
