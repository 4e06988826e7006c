// Groups as the administrator keeps them: name, short name, kind, parent, description.
import type { Kysely } from "kysely";
import type { Database, GroupKind } from "../../db/schema";
import { recordAudit } from "~/models/audit.server";

export type GroupInput = { name: string; shortName: string; kind: GroupKind; parentGroupId: number | null; description: string | null };
export type GroupError = "parentCycle" | "parentMissing";

export async function listGroupsForAdmin(db: Kysely<Database>) {
  return db
    .selectFrom("group")
    .leftJoin("group as parent", "parent.id", "group.parent_group_id")
    .select((eb) => [
      "group.id",
      "group.name",
      "group.short_name",
      "group.kind",
      "parent.short_name as parent_short_name",
      eb.selectFrom("membership").select(eb.fn.countAll<number>().as("n")).whereRef("membership.group_id", "=", "group.id").as("members"),
    ])
    .orderBy("group.name")
    .execute();
}

export async function getGroupForAdmin(db: Kysely<Database>, id: number) {
  return db.selectFrom("group").selectAll().where("id", "=", id).executeTakeFirst();
}

/** A parent that is the group itself, or lies below it, would make a loop. */
async function parentProblem(db: Kysely<Database>, groupId: number | null, parentId: number | null): Promise<GroupError | null> {
  if (parentId === null) return null;
  if (parentId === groupId) return "parentCycle";
  const groups = await db.selectFrom("group").select(["id", "parent_group_id"]).execute();
  const parentOf = new Map(groups.map((g) => [g.id, g.parent_group_id]));
  if (!parentOf.has(parentId)) return "parentMissing";
  const seen = new Set<number>();
  for (let at: number | null | undefined = parentId; at != null && !seen.has(at); at = parentOf.get(at)) {
    if (at === groupId) return "parentCycle";
    seen.add(at);
  }
  return null;
}

export async function createGroup(db: Kysely<Database>, byUserId: number, input: GroupInput): Promise<{ ok: true; id: number } | { ok: false; error: GroupError }> {
  const problem = await parentProblem(db, null, input.parentGroupId);
  if (problem) return { ok: false, error: problem };
  return db.transaction().execute(async (trx) => {
    const { id } = await trx
      .insertInto("group")
      .values({ name: input.name, short_name: input.shortName, kind: input.kind, parent_group_id: input.parentGroupId, description: input.description })
      .returning("id")
      .executeTakeFirstOrThrow();
    await recordAudit(trx, { userId: byUserId, entity: "group", entityId: id, action: "create", after: input });
    return { ok: true as const, id };
  });
}

export async function updateGroup(db: Kysely<Database>, byUserId: number, id: number, input: GroupInput): Promise<{ ok: true } | { ok: false; error: GroupError }> {
  return db.transaction().execute(async (trx) => {
    const problem = await parentProblem(trx as unknown as Kysely<Database>, id, input.parentGroupId);
    if (problem) return { ok: false as const, error: problem };
    const before = await trx.selectFrom("group").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
    await trx
      .updateTable("group")
      .set({ name: input.name, short_name: input.shortName, kind: input.kind, parent_group_id: input.parentGroupId, description: input.description })
      .where("id", "=", id)
      .execute();
    await recordAudit(trx, { userId: byUserId, entity: "group", entityId: id, action: "update", before, after: input });
    return { ok: true as const };
  });
}
