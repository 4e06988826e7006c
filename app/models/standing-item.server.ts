// A group's standing items: what every new agenda of the group starts with
// (app/models/agenda.server.ts puts them in). The secretary keeps the list.
import type { Kysely } from "kysely";
import type { Database, SectionKind } from "../../db/schema";
import { recordAudit } from "./audit.server";

export type StandingItemFields = { sectionKind: Exclude<SectionKind, "custom">; title: string; presentation: string | null };

export async function listStandingItems(db: Kysely<Database>, groupId: number) {
  return db
    .selectFrom("standing_item")
    .select(["id", "section_kind", "title", "presentation", "position"])
    .where("group_id", "=", groupId)
    .orderBy("position")
    .orderBy("id")
    .execute();
}

async function renumber(trx: Kysely<Database>, ids: number[]) {
  for (const [index, id] of ids.entries()) {
    await trx.updateTable("standing_item").set({ position: index + 1 }).where("id", "=", id).execute();
  }
}

export async function addStandingItem(db: Kysely<Database>, groupId: number, fields: StandingItemFields, userId: number) {
  return db.transaction().execute(async (trx) => {
    const last = await trx
      .selectFrom("standing_item")
      .select((eb) => eb.fn.max("position").as("max"))
      .where("group_id", "=", groupId)
      .executeTakeFirst();
    const { id } = await trx
      .insertInto("standing_item")
      .values({ group_id: groupId, section_kind: fields.sectionKind, title: fields.title, presentation: fields.presentation, position: Number(last?.max ?? 0) + 1 })
      .returning("id")
      .executeTakeFirstOrThrow();
    await recordAudit(trx, { userId, entity: "standing_item", entityId: id, action: "standing_item_added", after: { groupId, ...fields } });
    return id;
  });
}

/** False when the item is not the group's. */
export async function updateStandingItem(db: Kysely<Database>, groupId: number, id: number, fields: StandingItemFields, userId: number) {
  return db.transaction().execute(async (trx) => {
    const before = await trx.selectFrom("standing_item").selectAll().where("id", "=", id).where("group_id", "=", groupId).executeTakeFirst();
    if (!before) return false;
    await trx
      .updateTable("standing_item")
      .set({ section_kind: fields.sectionKind, title: fields.title, presentation: fields.presentation })
      .where("id", "=", id)
      .execute();
    await recordAudit(trx, { userId, entity: "standing_item", entityId: id, action: "standing_item_updated", before, after: { groupId, ...fields } });
    return true;
  });
}

export async function removeStandingItem(db: Kysely<Database>, groupId: number, id: number, userId: number) {
  return db.transaction().execute(async (trx) => {
    const before = await trx.selectFrom("standing_item").selectAll().where("id", "=", id).where("group_id", "=", groupId).executeTakeFirst();
    if (!before) return false;
    await trx.deleteFrom("standing_item").where("id", "=", id).execute();
    await renumber(trx, (await listStandingItems(trx, groupId)).map((i) => i.id));
    await recordAudit(trx, { userId, entity: "standing_item", entityId: id, action: "standing_item_removed", before });
    return true;
  });
}

/** Moves one place up or down; refused (false) when the list is not the one the secretary saw. */
export async function moveStandingItem(db: Kysely<Database>, groupId: number, id: number, direction: "up" | "down", expectedOrder: number[], userId: number) {
  return db.transaction().execute(async (trx) => {
    const order = (await listStandingItems(trx, groupId)).map((i) => i.id);
    if (order.join(",") !== expectedOrder.join(",") || !order.includes(id)) return false;
    const from = order.indexOf(id);
    const to = direction === "up" ? from - 1 : from + 1;
    if (to < 0 || to >= order.length) return true;
    [order[from], order[to]] = [order[to], order[from]];
    await renumber(trx, order);
    await recordAudit(trx, { userId, entity: "standing_item", entityId: id, action: "standing_item_moved", before: { position: from + 1 }, after: { position: to + 1 } });
    return true;
  });
}

export async function getGroupName(db: Kysely<Database>, groupId: number): Promise<string | null> {
  const row = await db.selectFrom("group").select("name").where("id", "=", groupId).executeTakeFirst();
  return row?.name ?? null;
}
