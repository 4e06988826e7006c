// `npm run bench`: the production server (node server.js on the built app) over
// the archive of `npm run seed:archive`, measured from outside with autocannon
// at 4 connections: the pages each role opens most, beside /healthz (the floor)
// and a bare page of the same app, in the same run. Prints req/s, p50/p95/p99,
// bytes per answer (as sent, gzip, and unpacked), the ratio to the floor and
// the server's RSS. Figures only: no test asserts on timings.
//
//   BENCH_DB       the archive (default data/archive.db)
//   BENCH_DATABASE_URL  a postgres:// database to serve instead, filled from
//                  the archive by `npm run db:copy -- --from data/archive.db --to …`
//                  (the ids the pages need are read from the archive, which the copy keeps)
//   BENCH_SECONDS  seconds per page (default 5)
//   BENCH_ONLY     only pages whose label contains this text
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";
import SQLite from "better-sqlite3";
import { buildIfStale } from "../../scripts/start.js";
import { EMAIL, freePort, signIn, type Role } from "./archive-server";
import { SERVER_NODE_FLAGS } from "../../scripts/server-flags.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const DB = path.resolve(root, process.env.BENCH_DB ?? "data/archive.db");
const SERVED = process.env.BENCH_DATABASE_URL || DB;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
// Comma-separated: a page is measured when its label contains any of them.
const ONLY = (process.env.BENCH_ONLY ?? "").split(",").map((s) => s.trim()).filter(Boolean);
const CONNECTIONS = 4;

type Page = { label: string; url: string; as: Role | null };


function rssMb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return kb / 1024;
}

/** The ids the pages need, read from the archive before the server starts. */
function fixtures() {
  const sqlite = new SQLite(DB);
  const get = <T,>(query: string, ...params: unknown[]) => sqlite.prepare(query).get(...params) as T | undefined;
  const member = get<{ id: number }>("select id from user where email = ?", EMAIL.member)!.id;
  const secretary = get<{ id: number }>("select id from user where email = ?", EMAIL.secretary)!.id;
  // A feed token for the member, so the ICS feed can be measured.
  sqlite.prepare("update user set calendar_token = ? where id = ?").run("bench-feed-token-0123456789abcde", member);
  const september = get<{ id: number }>("select id from meeting where meeting_date = '2025-09-03' order by id limit 1")!.id;
  const fifteen = get<{ id: number }>(
    `select m.id from meeting m join membership ms on ms.group_id = m.group_id and ms.user_id = ?
     where m.state = 'minutes_approved' and (select count(*) from agenda_item i where i.meeting_id = m.id) = 15
     order by m.meeting_date desc limit 1`,
    member,
  )!.id;
  const editable = get<{ id: number }>(
    `select m.id from meeting m join membership ms on ms.group_id = m.group_id and ms.user_id = ? and ms.role = 'secretary'
     where m.state in ('draft', 'agenda_published') order by m.meeting_date limit 1`,
    secretary,
  )?.id;
  const mandate = get<{ id: number }>(
    "select m.id from mandate m join membership ms on ms.group_id = m.group_id and ms.user_id = ? order by (select count(*) from mandate_entry e where e.mandate_id = m.id) desc, m.id desc limit 1",
    member,
  )!.id;
  const askGroup = get<{ id: number }>("select id from \"group\" where short_name = 'ASK'")!.id;
  sqlite.close();
  return { september, fifteen, editable, mandate, askGroup, member };
}


/** On PostgreSQL the feed token goes into the served database too. */
async function fixturesOnServed(memberToken: { id: number; token: string }) {
  if (SERVED === DB) return;
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: SERVED });
  await client.connect();
  await client.query("update \"user\" set calendar_token = $1 where id = $2", [memberToken.token, memberToken.id]);
  await client.end();
}

async function main() {
  if (!fs.existsSync(DB)) {
    console.error(`No archive at ${DB}: run \`npm run seed:archive\` first.`);
    process.exit(1);
  }
  buildIfStale();
  const ids = fixtures();
  await fixturesOnServed({ id: ids.member, token: "bench-feed-token-0123456789abcde" });
  const port = await freePort();
  const baseURL = `http://127.0.0.1:${port}`;
  const server = spawn(process.execPath, [...SERVER_NODE_FLAGS, "server.js"], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(port),
      DATABASE_URL: SERVED,
      STYRBORD_DEMO: "0",
      STYRBORD_TODAY: process.env.STYRBORD_TODAY ?? "2026-11-23",
      SESSION_SECRET: "bench-session-secret",
      STYRBORD_INSECURE_COOKIE: "1",
    },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let errors = "";
  server.stderr?.on("data", (chunk) => (errors += chunk));
  const stop = () => server.kill("SIGTERM");
  process.on("exit", stop);
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`${baseURL}/healthz`)).ok) break;
    } catch {
      // not listening yet
    }
    if (i > 300) throw new Error(`server did not start:\n${errors}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  const startRss = rssMb(server.pid!);
  const cookies = {} as Record<Role, string>;
  for (const role of Object.keys(EMAIL) as Role[]) cookies[role] = await signIn(baseURL, role);

  const pages = ([
    { label: "/healthz (floor)", url: "/healthz", as: null },
    { label: "bare page (/login)", url: "/login", as: null },
    { label: "/projects (200 projects, no paging)", url: "/projects", as: "member" },
    { label: "home: secretary", url: "/", as: "secretary" },
    { label: "home: chair", url: "/", as: "chair" },
    { label: "home: member", url: "/", as: "member" },
    { label: "home: staff", url: "/", as: "staff" },
    { label: "home: admin", url: "/", as: "admin" },
    { label: "/meetings", url: "/meetings", as: "member" },
    { label: "/meetings (admin: every group)", url: "/meetings", as: "admin" },
    { label: "a meeting of 15 items", url: `/meetings/${ids.fifteen}`, as: "member" },
    { label: "the 3 September 2025 meeting", url: `/meetings/${ids.september}`, as: "member" },
    ...(ids.editable ? [{ label: "agenda editor", url: `/meetings/${ids.editable}/agenda`, as: "secretary" as const }] : []),
    { label: "/mandates", url: "/mandates", as: "staff" },
    { label: "/mandates open, overdue", url: "/mandates?status=open&due=overdue", as: "staff" },
    { label: "/mandates group, by given day, page 5", url: `/mandates?group=${ids.askGroup}&sort=given&dir=desc&page=5`, as: "admin" },
    { label: "a mandate", url: `/mandates/${ids.mandate}`, as: "member" },
    { label: "/deadlines", url: "/deadlines", as: "staff" },
    { label: "/search ?q=uppdraget", url: "/search?q=uppdraget", as: "member" },
    { label: "/search ?q=kamratstöd (2019)", url: "/search?q=kamratst%C3%B6d&year=2019", as: "admin" },
    { label: "CSV (open mandates)", url: "/mandates.csv?status=open", as: "staff" },
    { label: "ICS feed", url: "/calendar/bench-feed-token-0123456789abcde.ics", as: null },
    { label: "minutes PDF (15 items)", url: `/meetings/${ids.fifteen}/minutes.pdf`, as: "member" },
    ...(ids.editable ? [{ label: "agenda PDF", url: `/meetings/${ids.editable}/agenda.pdf`, as: "secretary" as const }] : []),
  ] as Page[]).filter((p) => !ONLY.length || ONLY.some((only) => p.label.includes(only)) || p.label.includes("floor") || p.label.includes("bare page"));

  console.log(`Archive ${DB}${SERVED === DB ? "" : ` served from PostgreSQL (${SERVED.replace(/:[^:@/]*@/, ":***@")})`}; ${CONNECTIONS} connections, ${SECONDS} s a page; server RSS at start ${startRss.toFixed(0)} MB\n`);
  const header = ["page", "req/s", "p50", "p95", "p99", "answer", "gzip", "vs floor", "non-2xx", "RSS"];
  console.log(`| ${header.join(" | ")} |\n|${header.map(() => "---").join("|")}|`);
  let floor = 0;
  let peakRss = startRss;
  for (const page of pages) {
    const headers: Record<string, string> = { "accept-encoding": "gzip" };
    if (page.as) headers.cookie = cookies[page.as];
    // One plain request: the unpacked size, and a check that the page answers.
    const probe = await fetch(baseURL + page.url, { headers: page.as ? { cookie: cookies[page.as] } : {}, redirect: "manual" });
    const plainBytes = (await probe.arrayBuffer()).byteLength;
    const times: number[] = [];
    const instance = autocannon({ url: baseURL + page.url, connections: CONNECTIONS, duration: SECONDS, headers });
    instance.on("response", (_client, _status, _bytes, ms) => times.push(ms));
    const result = await instance;
    times.sort((a, b) => a - b);
    const at = (q: number) => (times.length ? times[Math.min(times.length - 1, Math.floor(q * times.length))] : NaN);
    const ms = (v: number) => `${v < 10 ? v.toFixed(1) : v.toFixed(0)} ms`;
    const rps = result.requests.average;
    if (page.url === "/healthz") floor = rps;
    const sent = result.requests.total ? result.throughput.total / result.requests.total : 0;
    const rss = rssMb(server.pid!);
    peakRss = Math.max(peakRss, rss);
    const kb = (b: number) => (b < 1024 ? `${b.toFixed(0)} B` : `${(b / 1024).toFixed(1)} KB`);
    console.log(
      `| ${page.label} | ${rps.toFixed(0)} | ${ms(at(0.5))} | ${ms(at(0.95))} | ${ms(at(0.99))} | ${kb(plainBytes)} | ${kb(sent)} | ${floor ? (rps / floor).toFixed(2) : "-"} | ${result.non2xx}${probe.status !== 200 ? ` (${probe.status})` : ""} | ${rss.toFixed(0)} MB |`,
    );
  }
  console.log(`\nServer RSS: ${startRss.toFixed(0)} MB at start, ${rssMb(server.pid!).toFixed(0)} MB after the bench (peak ${peakRss.toFixed(0)} MB).`);
  stop();
  if (errors.trim()) console.log(`\nServer errors:\n${errors.slice(0, 2000)}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
