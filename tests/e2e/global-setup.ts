// Builds the app, makes a fresh demo database in a temporary folder and serves
// it with remix-serve, as `npm start` would; the browser tests get its address.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";

export const E2E_PASSWORD = "e2e-demo-password";

declare module "vitest" {
  export interface ProvidedContext {
    baseURL: string;
    demoPassword: string;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

let server: ChildProcess | undefined;

export default async function setup(project: TestProject) {
  const root = project.config.root;
  const bin = (name: string) => path.join(root, "node_modules", ".bin", name);
  if (process.env.STYRBORD_E2E_SKIP_BUILD !== "1") {
    // vitest sets NODE_ENV=test; the served build must be a production one.
    const build = spawnSync(bin("remix"), ["build"], { cwd: root, stdio: "inherit", env: { ...process.env, NODE_ENV: "production" } });
    if (build.status !== 0) throw new Error("remix build failed");
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "styrbord-e2e-"));
  const env = {
    ...process.env,
    NODE_ENV: "production",
    DATABASE_URL: path.join(dataDir, "styrbord.db"),
    STYRBORD_DATA_DIR: dataDir,
    STYRBORD_DEMO_PASSWORD: E2E_PASSWORD,
    STYRBORD_TODAY: "2026-11-23",
    SESSION_SECRET: "e2e-session-secret",
  };
  const setupDb = spawnSync(bin("tsx"), ["db/setup.ts"], { cwd: root, env, stdio: "inherit" });
  if (setupDb.status !== 0) throw new Error("database setup failed");

  const port = await freePort();
  server = spawn(bin("remix-serve"), ["build/index.js"], { cwd: root, env: { ...env, PORT: String(port) }, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  server.stdout?.on("data", (chunk) => (output += chunk));
  server.stderr?.on("data", (chunk) => (output += chunk));
  const baseURL = `http://localhost:${port}`;
  const started = Date.now();
  for (;;) {
    try {
      const res = await fetch(`${baseURL}/healthz`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() - started > 30_000) throw new Error(`server did not start:\n${output}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  project.provide("baseURL", baseURL);
  project.provide("demoPassword", E2E_PASSWORD);

  return async () => {
    server?.kill("SIGTERM");
    if (process.env.STYRBORD_E2E_SHOW_LOG === "1") console.log(output);
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
}
