// `npm run load`: the production server (node server.js) on a copy of the
// archive of `npm run seed:archive`, under 50 connections for 60 s: about 80 %
// reads and 20 % writes (follow-up notes) by several signed-in users at once.
// Prints requests, errors, the answers by status, p50/p99 latency and the
// server's SQLITE_BUSY count; exits 1 on any error, any 5xx or a SQLITE_BUSY
// that reached a user. A figure, not a timed test (not in npm test).
//
//   LOAD_DB           the archive (default data/archive.db; it is copied, never written)
//   LOAD_SECONDS      duration (default 60)
//   LOAD_CONNECTIONS  connections (default 50)
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import autocannon, { type Request as LoadRequest, type Result as LoadResult } from "autocannon";
import SQLite from "better-sqlite3";
import { buildIfStale } from "../../scripts/start.js";
import { EMAIL, freePort, signIn, type Role } from "./archive-server";
import { SERVER_NODE_FLAGS } from "../../scripts/server-flags.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const SOURCE = path.resolve(root, process.env.LOAD_DB ?? "data/archive.db");
const SECONDS = Number(process.env.LOAD_SECONDS ?? 60);
const CONNECTIONS = Number(process.env.LOAD_CONNECTIONS ?? 50);
// The users at work during the load (the administrator only reads /admin).
const LOAD_ROLES: Role[] = ["secretary", "chair", "member", "staff"];




async function main() {
  if (!fs.existsSync(SOURCE)) {
    console.error(`No archive at ${SOURCE}: run \`npm run seed:archive\` first.`);
    process.exit(1);
  }
  buildIfStale();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "styrbord-load-"));
  const DB = path.join(dir, "archive.db");
  await new SQLite(SOURCE, { readonly: true }).backup(DB);
  const sqlite = new SQLite(DB);
  const id = (q: string, ...p: unknown[]) => (sqlite.prepare(q).get(...p) as { id: number } | undefined)?.id;
  const staffUnit = (sqlite.prepare("select unit_id from user where email = ?").get(EMAIL.staff) as { unit_id: number | null }).unit_id;
  // A mandate the secretary and the unit's staff both may follow up (ASK's, assigned to the staff's unit, still open).
  const mandate = id(
    `select m.id from mandate m join "group" g on g.id = m.group_id where g.short_name = 'ASK' and m.assignee_unit_id = ? and m.status in ('given', 'in_progress') order by m.id desc limit 1`,
    staffUnit,
  );
  const meeting = id("select id from meeting where meeting_date = '2025-09-03' order by id limit 1");
  sqlite.close();
  if (!mandate || !meeting) throw new Error("the archive lacks an open ASK mandate or the 3 September 2025 meeting");

  const port = await freePort();
  const baseURL = `http://127.0.0.1:${port}`;
  const server = spawn(process.execPath, [...SERVER_NODE_FLAGS, "server.js"], {
    cwd: root,
    env: { ...process.env, NODE_ENV: "production", PORT: String(port), DATABASE_URL: DB, STYRBORD_DEMO: "0", STYRBORD_TODAY: process.env.STYRBORD_TODAY ?? "2026-11-23", SESSION_SECRET: "load-session-secret", STYRBORD_INSECURE_COOKIE: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  server.stdout?.on("data", (chunk) => (log += String(chunk).includes("SQLITE_BUSY") ? chunk : ""));
  server.stderr?.on("data", (chunk) => (log += chunk));
  const stop = () => server.kill("SIGTERM");
  process.on("exit", stop);
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`${baseURL}/healthz`)).ok) break;
    } catch {
      // not listening yet
    }
    if (i > 300) throw new Error(`server did not start:\n${log}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  const cookies = {} as Record<Role, string>;
  for (const role of LOAD_ROLES) cookies[role] = await signIn(baseURL, role);

  const read = (p: string) => ({ method: "GET" as const, path: p });
  const note = (who: string) => ({
    method: "POST" as const,
    path: `/mandates/${mandate}`,
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ intent: "note", body: `Lägesrapport under last (${who})` }).toString(),
  });
  const reads = ["/", "/meetings", `/meetings/${meeting}`, "/mandates", `/mandates/${mandate}`, "/deadlines", "/projects", "/search?q=projektdirektiv"].map(read);
  // Writers (secretary, staff): 6 reads and 4 writes in each round; readers (chair, member): reads only.
  // With 30 of 50 connections writing, about a fifth of all requests are writes.
  const writerRound = (who: string) => [reads[0], note(who), reads[2], reads[3], note(who), reads[4], note(who), reads[5], reads[7], note(who)];
  const groups: Array<{ role: Role; share: number; requests: LoadRequest[] }> = [
    { role: "secretary", share: 0.3, requests: writerRound("sekreterare") },
    { role: "staff", share: 0.3, requests: writerRound("projektenhet") },
    { role: "chair", share: 0.2, requests: reads },
    { role: "member", share: 0.2, requests: reads },
  ];
  console.log(`load: ${CONNECTIONS} connections for ${SECONDS} s on a copy of ${path.relative(root, SOURCE)} (mandate ${mandate})…`);
  const results = await Promise.all(
    groups.map(
      (g) =>
        autocannon({
          url: baseURL,
          connections: Math.max(1, Math.round(CONNECTIONS * g.share)),
          duration: SECONDS,
          headers: { cookie: cookies[g.role] },
          requests: g.requests,
          timeout: 30,
        }) as Promise<LoadResult>,
    ),
  );
  const writes = Number((new SQLite(DB, { readonly: true }).prepare("select count(*) as n from mandate_entry where body like 'Lägesrapport under last%'").get() as { n: number }).n);
  stop();

  const total = results.reduce((n, r) => n + r.requests.total, 0);
  // autocannon counts a timeout (no answer within 30 s) among its errors too.
  const errors = results.reduce((n, r) => n + r.errors, 0);
  const timeouts = results.reduce((n, r) => n + r.timeouts, 0);
  const byStatus: Record<string, number> = {};
  for (const r of results) for (const [code, s] of Object.entries(r.statusCodeStats ?? {})) byStatus[code] = (byStatus[code] ?? 0) + (s as { count: number }).count;
  const bad = Object.entries(byStatus).filter(([code]) => !/^[23]/.test(code));
  const busy = (log.match(/SQLITE_BUSY/g) ?? []).length;
  const weighted = (k: "p50" | "p99") => Math.max(...results.map((r) => r.latency[k]));
  console.log(`requests: ${total} (${(total / SECONDS).toFixed(1)}/s), writes acknowledged and stored: ${writes} (${((writes / Math.max(1, total)) * 100).toFixed(1)} %)`);
  console.log(`answers by status: ${JSON.stringify(byStatus)}`);
  console.log(`errors: ${errors} (of which timeouts after 30 s: ${timeouts}); non-2xx/3xx: ${bad.reduce((n, [, c]) => n + c, 0)}; SQLITE_BUSY in the server log: ${busy}`);
  for (const [i, r] of results.entries()) console.log(`  ${groups[i].role.padEnd(9)} p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms, ${r.requests.total} requests`);
  console.log(`latency (worst group): p50 ${weighted("p50")} ms, p99 ${weighted("p99")} ms`);
  fs.rmSync(dir, { recursive: true, force: true });
  const ok = errors === 0 && bad.length === 0 && busy === 0;
  console.log(ok ? "load: ok" : "load: FAILED");
  process.exit(ok ? 0 : 1);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
