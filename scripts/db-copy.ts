// `npm run db:copy -- --from data/styrbord.db --to postgres://user:pass@host/styrbord`
// Copies a SQLite database into an empty PostgreSQL one (app/database/copy.ts).
import { parseArgs } from "node:util";
import { describeDatabaseUrl } from "../db/client";
import { copyDatabase } from "~/database/copy";

const { values } = parseArgs({ options: { from: { type: "string" }, to: { type: "string" } } });
const from = values.from ?? "data/styrbord.db";
if (!values.to) {
  console.error("Usage: npm run db:copy -- --from data/styrbord.db --to postgres://user:password@host:5432/styrbord");
  process.exit(2);
}
console.log(`Copying ${describeDatabaseUrl(from)} into ${describeDatabaseUrl(values.to)} (one transaction)…`);
try {
  const report = await copyDatabase(from, values.to, (line) => console.log(line));
  const rows = report.tables.reduce((n, t) => n + t.rows, 0);
  console.log(`Copied ${rows} rows in ${report.tables.length} tables, row counts checked; search index: ${report.searchDocuments} documents. ${(report.ms / 1000).toFixed(1)} s.`);
  console.log(`Start Styrbord with DATABASE_URL=${describeDatabaseUrl(values.to)}`);
} catch (error) {
  console.error(`db:copy failed, nothing was copied: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
