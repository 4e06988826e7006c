// Units (e.g. Projektenhet Kronoberg): the organisations that receive mandates.
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";
import { recordAudit } from "~/models/audit.server";

export type UnitInput = { name: string; organisation: string | null };

export async function listUnitsForAdmin(db: Kysely<Database>) {
  return db
    .selectFrom("unit")
    .select((eb) => [
      "unit.id",
      "unit.name",
      "unit.organisation",
      eb.selectFrom("user").select(eb.fn.countAll<number>().as("n")).whereRef("user.unit_id", "=", "unit.id").as("staff"),
    ])
    .orderBy("unit.name")
    .execute();
}

export async function getUnitForAdmin(db: Kysely<Database>, id: number) {
  return db.selectFrom("unit").select(["id", "name", "organisation"]).where("id", "=", id).executeTakeFirst();
}

async function nameTaken(db: Kysely<Database>, name: string, exceptId: number | null): Promise<boolean> {
  const row = await db
    .selectFrom("unit")
    .select("id")
    .where((eb) => eb(eb.fn("lower", ["name"]), "=", name.toLowerCase()))
    .$if(exceptId !== null, (q) => q.where("id", "!=", exceptId!))
    .executeTakeFirst();
  return !!row;
}

export async function createUnit(db: Kysely<Database>, byUserId: number, input: UnitInput): Promise<{ ok: true; id: number } | { ok: false; error: "duplicate" }> {
  return db.transaction().execute(async (trx) => {
    if (await nameTaken(trx as unknown as Kysely<Database>, input.name, null)) return { ok: false as const, error: "duplicate" as const };
    const { id } = await trx.insertInto("unit").values({ name: input.name, short_name: null, organisation: input.organisation }).returning("id").executeTakeFirstOrThrow();
    await recordAudit(trx, { userId: byUserId, entity: "unit", entityId: id, action: "create", after: input });
    return { ok: true as const, id };
  });
}

export async function updateUnit(db: Kysely<Database>, byUserId: number, id: number, input: UnitInput): Promise<{ ok: true } | { ok: false; error: "duplicate" }> {
  return db.transaction().execute(async (trx) => {
    if (await nameTaken(trx as unknown as Kysely<Database>, input.name, id)) return { ok: false as const, error: "duplicate" as const };
    const before = await trx.selectFrom("unit").select(["name", "organisation"]).where("id", "=", id).executeTakeFirstOrThrow();
    await trx.updateTable("unit").set({ name: input.name, organisation: input.organisation }).where("id", "=", id).execute();
    await recordAudit(trx, { userId: byUserId, entity: "unit", entityId: id, action: "update", before, after: input });
    return { ok: true as const };
  });
}
