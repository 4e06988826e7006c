// How long `npm start` takes to its first answer on /healthz, on an installed
// checkout (the build exists): a first start (creates, migrates and seeds the
// database) and a second start on the same database. Run: npm run bench:start
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { SERVER_NODE_FLAGS } from "../../scripts/server-flags.js";

async function timeToHealthz(dataDir: string, port: number): Promise<number> {
  const started = performance.now();
  const child = spawn(process.execPath, [...SERVER_NODE_FLAGS, "scripts/start.js"], {
    env: { ...process.env, PORT: String(port), DATABASE_URL: path.join(dataDir, "styrbord.db"), STYRBORD_DATA_DIR: dataDir, STYRBORD_DEMO_PASSWORD: "bench", SESSION_SECRET: "bench" },
    stdio: "ignore",
  });
  try {
    for (;;) {
      try {
        if ((await fetch(`http://localhost:${port}/healthz`)).ok) return performance.now() - started;
      } catch {
        // not yet listening
      }
      if (performance.now() - started > 60_000) throw new Error("no answer within 60 s");
      await new Promise((r) => setTimeout(r, 10));
    }
  } finally {
    child.kill("SIGTERM");
    await new Promise((r) => child.once("exit", r));
  }
}

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "styrbord-start-"));
const first = await timeToHealthz(dataDir, 3917);
const second = await timeToHealthz(dataDir, 3917);
console.log(`npm start → first answer on /healthz: first start ${Math.round(first)} ms (with demo seed), next start ${Math.round(second)} ms`);
fs.rmSync(dataDir, { recursive: true, force: true });
