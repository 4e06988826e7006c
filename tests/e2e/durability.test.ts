// Durability: 1,000 follow-up notes written through the app's own action over
// HTTP by the signed-in secretary, the server SIGKILLed at a random moment
// while writes are in flight, restarted on the same data folder; every note the
// server acknowledged (its redirect came back) is there, and SQLite's
// integrity check is ok. (On PostgreSQL the same test runs with DATABASE_URL
// pointing at the test's embedded server, the restart being the app's; the
// check is a count over mandate_entry and `amcheck` instead of integrity_check.)
import fs from "node:fs";
import path from "node:path";
import SQLite from "better-sqlite3";
import { afterAll, describe, expect, inject, it } from "vitest";
import { DEMO_PASSWORD, startAppServer, type AppServer } from "./app-server";

const TOTAL = Number(process.env.DURABILITY_WRITES ?? 1000);
const IN_FLIGHT = 6;

let server: AppServer | undefined;
let dataDir: string | undefined;
afterAll(async () => {
  await server?.stop();
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
});

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

describe("a killed server", () => {
  it(`keeps every acknowledged write of ${TOTAL}, and its database is intact`, { timeout: 300_000 }, async () => {
    const root = inject("root");
    server = await startAppServer(root, { STYRBORD_INSECURE_COOKIE: "1" });
    dataDir = server.dataDir;
    const dbFile = path.join(dataDir, "styrbord.db");
    const peek = new SQLite(dbFile, { readonly: true });
    const mandate = peek.prepare("select mandate.id from mandate join \"group\" on \"group\".id = mandate.group_id where \"group\".short_name = 'ASK' and mandate.status in ('given', 'in_progress') order by mandate.id limit 1").get() as { id: number };
    peek.close();
    expect(mandate).toBeDefined();

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
    server = await startAppServer(root, { STYRBORD_INSECURE_COOKIE: "1" }, { dataDir });
    cookie = await signIn(server.baseURL, "sekreterare@ask.example");
    next = stoppedAt;
    killed = false;
    await run(() => server!.baseURL, TOTAL);
    // Killed again (the folder stays), and the database read as the next start would find it.
    await server.kill();
    server = undefined;

    const db = new SQLite(dbFile);
    const integrity = db.pragma("integrity_check") as Array<{ integrity_check: string }>;
    const stored = new Set((db.prepare("select body from mandate_entry where mandate_id = ? and body like 'durability %'").all(mandate.id) as Array<{ body: string }>).map((r) => r.body));
    db.close();
    console.log(`durability: ${TOTAL} writes, killed after ${beforeRestart} acknowledged, ${lost} not acknowledged, ${stored.size} stored`);
    expect(integrity).toEqual([{ integrity_check: "ok" }]);
    expect(acknowledged.filter((text) => !stored.has(text))).toEqual([]);
    expect(acknowledged.length).toBe(TOTAL - lost);
    expect(lost).toBeLessThanOrEqual(IN_FLIGHT);
    expect(beforeRestart).toBeGreaterThanOrEqual(killAt);
  });
});
