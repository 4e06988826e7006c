// A real, migrated SQLite database for each test file (in memory, never a
// mock), optionally filled with the ASK demo data, installed as the app's db.
import { Kysely, SqliteDialect } from "kysely";
import { openSqlite } from "../../db/client";
import { migrateToLatest } from "../../db/migrate";
import type { Database } from "../../db/schema";
import { seedDemo } from "../../db/seed/demo";
import { setDb } from "~/utils/db.server";

export const DEMO_PASSWORD = "demo-password-for-tests";

/**
 * `demo: "seed"` (the default) is the seed's history only, 13 November 2025
 * still planned: a fixture that does not move with the calendar. `"living"` is
 * what a first start makes: the group's life up to STYRBORD_TODAY.
 */
export async function createTestDb({ demo = "seed" }: { demo?: "seed" | "living" | false } = {}): Promise<Kysely<Database>> {
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: openSqlite(":memory:") }) });
  await migrateToLatest(db);
  if (demo) await seedDemo(db, DEMO_PASSWORD, { livingUntil: demo === "living" ? undefined : null });
  setDb(db);
  return db;
}

/** Ids of the demo's people and meetings, looked up by what users see. */
export async function demoIds(db: Kysely<Database>) {
  const user = async (email: string) =>
    (await db.selectFrom("user").select("id").where("email", "=", email).executeTakeFirstOrThrow()).id;
  const meeting = async (date: string) =>
    (await db.selectFrom("meeting").select("id").where("meeting_date", "=", date).executeTakeFirstOrThrow()).id;
  const group = await db.selectFrom("group").select("id").where("short_name", "=", "ASK").executeTakeFirstOrThrow();
  const unit = await db.selectFrom("unit").select("id").where("name", "=", "Projektenhet Kronoberg").executeTakeFirstOrThrow();
  return {
    askGroupId: group.id,
    unitId: unit.id,
    secretaryId: await user("sekreterare@ask.example"),
    chairId: await user("ordforande@ask.example"),
    memberId: await user("ledamot@ask.example"),
    staffId: await user("projektenhet@ask.example"),
    adminId: await user("admin@ask.example"),
    aprilMeetingId: await meeting("2025-04-29"),
    septemberMeetingId: await meeting("2025-09-03"),
    novemberMeetingId: await meeting("2025-11-13"),
  };
}
