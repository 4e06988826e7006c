// `npm run backup` (issue 15). SQLite: a consistent copy of the database file
// while the app runs, through SQLite's online backup API (better-sqlite3's
// `.backup()`), which also holds what is still in the write-ahead log; a plain
// file copy of a running WAL database can miss or tear it. PostgreSQL: its
// own tool, pg_dump, does this; the command is printed.
import fs from "node:fs";
import path from "node:path";
import { openSqlite, sqlitePathFromUrl } from "../../db/client";
import { isPostgresUrl } from "./dialect";

export type BackupResult = { file: string; bytes: number; ms: number };

export function defaultBackupFile(env: NodeJS.ProcessEnv = process.env, at = new Date()): string {
  const stamp = at.toISOString().replace(/[-:]/g, "").replace(/\..*$/, "").replace("T", "-");
  return path.resolve(env.STYRBORD_DATA_DIR ?? "data", "backups", `styrbord-${stamp}.db`);
}

export async function backupSqlite(url: string | undefined, file: string): Promise<BackupResult> {
  const started = Date.now();
  const source = sqlitePathFromUrl(url);
  if (!fs.existsSync(source)) throw new Error(`No database at ${source}`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const db = openSqlite(source);
  try {
    await db.backup(file);
  } finally {
    db.close();
  }
  return { file, bytes: fs.statSync(file).size, ms: Date.now() - started };
}

/** The pg_dump command for a PostgreSQL DATABASE_URL (password left to PGPASSWORD or ~/.pgpass). */
export function pgDumpCommand(url: string, file = "styrbord-$(date +%F).dump"): string {
  const u = new URL(url);
  const password = u.password;
  u.password = "";
  return `${password ? "PGPASSWORD=… " : ""}pg_dump --format=custom --no-owner --file=${file} "${u.toString()}"`;
}

export { isPostgresUrl };
