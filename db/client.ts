// createDb(url) makes a Kysely instance over better-sqlite3, or over a `pg`
// pool for a postgres:// URL (app/database). Nothing happens at import time;
// app/utils/db.server.ts holds the app's one instance.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import SQLite from "better-sqlite3";
import { Kysely, SqliteDialect } from "kysely";
import { isPostgresUrl } from "../app/database/dialect";
import { createPostgresDb } from "../app/database/postgres";
import { withStatementCache } from "../app/database/statement-cache";
import type { Database } from "./schema";

/** `DATABASE_URL` unset: data/styrbord.db; a path or `file:` URL: SQLite there. */
export function sqlitePathFromUrl(url: string | undefined, cwd = process.cwd()): string {
  if (!url) return path.join(cwd, "data", "styrbord.db");
  if (url === ":memory:") return url;
  if (url.startsWith("file:")) {
    // file:///abs/path, file:relative/path and file:./x all name a file.
    if (url.startsWith("file://")) return fileURLToPath(url);
    return path.resolve(cwd, url.slice("file:".length));
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(url)) {
    throw new Error(`DATABASE_URL: a SQLite path, a file: URL or a postgres:// URL, got ${url.split(":")[0]}:`);
  }
  return path.resolve(cwd, url);
}

export function openSqlite(file: string): SQLite.Database {
  if (file !== ":memory:") fs.mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new SQLite(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  sqlite.pragma("synchronous = NORMAL");
  // Statistics for the query planner (SQLite's advice for long-lived
  // connections): without them it may walk a group's whole index where a
  // short range of due days would do (README, Decisions: the archive at scale).
  sqlite.pragma("analysis_limit = 400");
  sqlite.pragma("optimize = 0x10002");
  return sqlite;
}

/** What a log line may say about the database (a PostgreSQL URL without its password). */
export function describeDatabaseUrl(url: string | undefined): string {
  if (!isPostgresUrl(url)) return sqlitePathFromUrl(url);
  const u = new URL(url);
  if (u.password) u.password = "***";
  return u.toString();
}

export function createDb(url?: string): Kysely<Database> {
  if (isPostgresUrl(url)) return createPostgresDb<Database>(url);
  return new Kysely<Database>({
    dialect: new SqliteDialect({ database: withStatementCache(openSqlite(sqlitePathFromUrl(url))) }),
  });
}
