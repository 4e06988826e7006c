// A real, migrated database for each test file (never a mock), optionally
// filled with the ASK demo data, installed as the app's db. In the "unit"
// project an in-memory SQLite database; in the "pg" project (issue 15) a fresh
// PostgreSQL database copied from a migrated and seeded template.
import crypto from "node:crypto";
import { Kysely, SqliteDialect, sql } from "kysely";
import { inject } from "vitest";
import { openSqlite } from "../../db/client";
import { migrateToLatest } from "../../db/migrate";
import type { Database } from "../../db/schema";
import { seedDemo } from "../../db/seed/demo";
import { withAdvisoryLock } from "~/database/lock";
import { createPostgresDb } from "~/database/postgres";
import { withStatementCache } from "~/database/statement-cache";
import { setDb } from "~/utils/db.server";

export const DEMO_PASSWORD = "demo-password-for-tests";

type Demo = "seed" | "living" | false;

/** The PostgreSQL server of the "pg" project, or undefined when the tests run on SQLite. */
export function testPostgresUrl(): string | undefined {
  return inject("postgresUrl");
}

export const testDialect = (): "sqlite" | "postgres" => (testPostgresUrl() ? "postgres" : "sqlite");

async function fill(db: Kysely<Database>, demo: Demo): Promise<void> {
  await migrateToLatest(db);
  if (demo) await seedDemo(db, DEMO_PASSWORD, { livingUntil: demo === "living" ? undefined : null });
}

function databaseUrl(serverUrl: string, database: string): string {
  const u = new URL(serverUrl);
  u.pathname = `/${database}`;
  return u.toString();
}

let admin: Kysely<Database> | undefined;

/** A new empty database on the test server, or one copied from the template of `demo`. */
export async function createPostgresTestDatabase(demo: Demo | "empty"): Promise<string> {
  const server = testPostgresUrl();
  if (!server) throw new Error("not in the pg project");
  admin ??= createPostgresDb<Database>(server, { max: 2, idleTimeoutMillis: 2000 });
  const name = `t_${crypto.randomBytes(6).toString("hex")}`;
  if (demo === "empty") {
    await sql`create database ${sql.id(name)}`.execute(admin);
    return databaseUrl(server, name);
  }
  // The living demo depends on STYRBORD_TODAY (some tests change it).
  const template = demo === "living" ? `tpl_living_${(process.env.STYRBORD_TODAY ?? "").replace(/\D/g, "")}` : `tpl_${demo || "none"}`;
  // The first test file that needs a template makes it, while the others wait.
  await withAdvisoryLock(admin, `test-template:${template}`, async () => {
    const found = await sql`select 1 from pg_database where datname = ${template}`.execute(admin!);
    if (found.rows.length) return;
    const building = `${template}_building`;
    await sql`drop database if exists ${sql.id(building)}`.execute(admin!);
    await sql`create database ${sql.id(building)}`.execute(admin!);
    const db = createPostgresDb<Database>(databaseUrl(server, building), { max: 2 });
    try {
      await fill(db, demo);
    } finally {
      await db.destroy();
    }
    await sql`alter database ${sql.id(building)} rename to ${sql.id(template)}`.execute(admin!);
  });
  // A file that asks again (a fresh database per test) gets the copy made
  // while its previous test ran.
  const waiting = spare.get(template);
  spare.delete(template);
  const asked = (asks.get(template) ?? 0) + 1;
  asks.set(template, asked);
  const copy = (copyName: string) => sql`create database ${sql.id(copyName)} template ${sql.id(template)}`.execute(admin!).then(() => databaseUrl(server, copyName));
  const url = waiting ? await waiting : await copy(name);
  if (asked >= 2) {
    const next = copy(`t_${crypto.randomBytes(6).toString("hex")}`);
    next.catch(() => {});
    spare.set(template, next);
  }
  return url;
}

const spare = new Map<string, Promise<string>>();
const asks = new Map<string, number>();

/**
 * `demo: "seed"` (the default) is the seed's history only, 13 November 2025
 * still planned: a fixture that does not move with the calendar. `"living"` is
 * what a first start makes: the group's life up to STYRBORD_TODAY.
 */
export async function createTestDb({ demo = "seed" }: { demo?: Demo } = {}): Promise<Kysely<Database>> {
  let db: Kysely<Database>;
  if (testPostgresUrl()) {
    db = createPostgresDb<Database>(await createPostgresTestDatabase(demo), { max: 4, idleTimeoutMillis: 1000 });
  } else {
    db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(openSqlite(":memory:")) }) });
    await fill(db, demo);
  }
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
