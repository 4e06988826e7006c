import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";

/** Calls whose application deadline (or closing day) is today or later. */
export async function listOpenCalls(db: Kysely<Database>, today: string) {
  return db
    .selectFrom("funding_call")
    .select(["id", "fund", "code", "title", "opens_on", "closes_on", "application_deadline"])
    .where((eb) => eb(eb.fn.coalesce("application_deadline", "closes_on"), ">=", today))
    .orderBy("closes_on")
    .execute();
}
