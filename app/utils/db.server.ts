// The app's one database instance. Kept on globalThis so that dev reloads of
// the server build reuse the open connection.
import type { Kysely } from "kysely";
import { createDb } from "../../db/client";
import type { Database } from "../../db/schema";

const globalForDb = globalThis as unknown as { __styrbordDb?: Kysely<Database> };

export function getDb(): Kysely<Database> {
  globalForDb.__styrbordDb ??= createDb(process.env.DATABASE_URL);
  return globalForDb.__styrbordDb;
}

/** For tests: use this instance instead of the one from DATABASE_URL. */
export function setDb(db: Kysely<Database>): void {
  globalForDb.__styrbordDb = db;
}
