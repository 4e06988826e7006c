// `npm run backup [-- --to file]`: a consistent copy of the SQLite database
// (DATABASE_URL, default data/styrbord.db) while the app runs; for PostgreSQL
// it prints the pg_dump command to use instead.
import { parseArgs } from "node:util";
import { backupSqlite, defaultBackupFile, isPostgresUrl, pgDumpCommand } from "~/database/backup";

const { values } = parseArgs({ options: { to: { type: "string" }, from: { type: "string" } } });
const url = values.from ?? process.env.DATABASE_URL;
if (isPostgresUrl(url)) {
  console.log("PostgreSQL is backed up with its own tool, pg_dump (a consistent snapshot while the app runs):");
  console.log(`  ${pgDumpCommand(url)}`);
  console.log("Restore into an empty database with: pg_restore --no-owner --dbname=postgres://…/styrbord styrbord-YYYY-MM-DD.dump");
} else {
  const result = await backupSqlite(url, values.to ?? defaultBackupFile());
  console.log(`Backup written: ${result.file} (${(result.bytes / 1024).toFixed(0)} kB, ${result.ms} ms).`);
  console.log("Restore: stop Styrbord, put the file in place of the database (remove any -wal and -shm files beside it), start.");
}
