import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";
import { recordAudit } from "./audit.server";

/** Calls whose application deadline (or closing day) is today or later. */
export async function listOpenCalls(db: Kysely<Database>, today: string) {
  return db
    .selectFrom("funding_call")
    .select(["id", "fund", "code", "title", "opens_on", "closes_on", "application_deadline"])
    .where((eb) => eb(eb.fn.coalesce("application_deadline", "closes_on"), ">=", today))
    .orderBy("closes_on")
    .execute();
}

export type FundingCallValues = {
  fund: string;
  code: string;
  title: string;
  programmeArea?: string;
  opensOn: string;
  closesOn: string;
  applicationDeadline?: string;
  url?: string;
  description?: string;
};

const callRow = (v: FundingCallValues) => ({
  fund: v.fund,
  code: v.code,
  title: v.title,
  programme_area: v.programmeArea || null,
  opens_on: v.opensOn,
  closes_on: v.closesOn,
  application_deadline: v.applicationDeadline || null,
  url: v.url || null,
  description: v.description || null,
});

/** Creates (id null) or updates a funding call, audited in the same transaction. */
export async function saveFundingCall(db: Kysely<Database>, userId: number, id: number | null, values: FundingCallValues): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const row = callRow(values);
    if (id === null) {
      const created = await trx.insertInto("funding_call").values(row).returning("id").executeTakeFirstOrThrow();
      await recordAudit(trx, { userId, entity: "funding_call", entityId: created.id, action: "create", after: row });
      return created.id;
    }
    const before = await trx.selectFrom("funding_call").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
    await trx.updateTable("funding_call").set(row).where("id", "=", id).execute();
    await recordAudit(trx, { userId, entity: "funding_call", entityId: id, action: "update", before, after: row });
    return id;
  });
}
