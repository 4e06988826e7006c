// Nested JSON arrays/objects in one query (Kysely's helpers), for the
// database the instance talks to. SQLite hands the JSON back as text,
// PostgreSQL as parsed values: callers parse strings.
import type { Kysely } from "kysely";
import * as postgres from "kysely/helpers/postgres";
import * as sqlite from "kysely/helpers/sqlite";
import { dialectOf } from "./dialect";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function jsonHelpers(db: Kysely<any>): { jsonArrayFrom: typeof sqlite.jsonArrayFrom; jsonObjectFrom: typeof sqlite.jsonObjectFrom } {
  return dialectOf(db) === "postgres" ? postgres : sqlite;
}
