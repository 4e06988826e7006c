// Serves the built app on a fresh demo database in a temporary folder, with
// server.js exactly as `npm start` runs it (it migrates and seeds first).
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { SERVER_NODE_FLAGS } from "../../scripts/server-flags.js";
import { freePort } from "../bench/archive-server";

export const DEMO_PASSWORD = "e2e-demo-password";

export type AppServer = {
  baseURL: string;
  dataDir: string;
  stop: () => Promise<void>;
  /** SIGKILL, no cleanup: the data folder stays for a restart (the durability test). */
  kill: () => Promise<void>;
  log: () => string;
};

/** `dataDir`: start on an existing data folder (a restart) instead of a fresh one. */
export async function startAppServer(root: string, extraEnv: Record<string, string> = {}, options: { dataDir?: string } = {}): Promise<AppServer> {
  const dataDir = options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), "styrbord-e2e-"));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    DATABASE_URL: path.join(dataDir, "styrbord.db"),
    STYRBORD_DATA_DIR: dataDir,
    STYRBORD_DEMO_PASSWORD: DEMO_PASSWORD,
    STYRBORD_TODAY: "2026-11-23",
    SESSION_SECRET: "e2e-session-secret",
    ...extraEnv,
  };

  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [...SERVER_NODE_FLAGS, "server.js"], {
    cwd: root,
    env: { ...env, PORT: String(port) },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  let exited: number | null = null;
  child.once("exit", (code) => (exited = code ?? -1));
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => (output += chunk));
  const baseURL = `http://localhost:${port}`;
  const started = Date.now();
  for (;;) {
    try {
      if ((await fetch(`${baseURL}/healthz`)).ok) break;
    } catch {
      // not listening yet
    }
    if (exited !== null) throw new Error(`server exited (${exited}) before answering:\n${output}`);
    if (Date.now() - started > 90_000) throw new Error(`server did not start:\n${output}`);
    await new Promise((r) => setTimeout(r, 150));
  }
  return {
    baseURL,
    dataDir,
    log: () => output,
    kill: async () => {
      const gone = new Promise((r) => (exited !== null ? r(null) : child.once("exit", r)));
      child.kill("SIGKILL");
      await gone;
    },
    stop: async () => {
      child.kill("SIGTERM");
      await new Promise((r) => child.once("exit", r));
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
