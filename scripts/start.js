// `npm start`: serve the production build, building it first only when it is
// missing or older than the sources (`npm install` builds it once). The server
// then migrates the database and, on first start, loads the demo.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const SOURCES = ["app", "db", "remix.config.js", "package.json", "tsconfig.json"];

function newest(entry) {
  let stat;
  try {
    stat = fs.statSync(entry);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = stat.mtimeMs;
  for (const name of fs.readdirSync(entry)) latest = Math.max(latest, newest(path.join(entry, name)));
  return latest;
}

/** True when build/index.js is missing or a source changed after it was made. */
export function buildIsStale() {
  const built = path.join(root, "build", "index.js");
  if (!fs.existsSync(built)) return true;
  const builtAt = fs.statSync(built).mtimeMs;
  return SOURCES.some((source) => newest(path.join(root, source)) > builtAt);
}

export function buildIfStale() {
  if (!buildIsStale()) return;
  console.log("Styrbord: building the app (the sources are newer than the build)…");
  const result = spawnSync(path.join(root, "node_modules", ".bin", "remix"), ["build"], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, NODE_ENV: "production" },
  });
  if (result.status !== 0) throw new Error("remix build failed");
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    buildIfStale();
  } catch (error) {
    console.error(String(error));
    process.exit(1);
  }
  if (!process.argv.includes("--build-only")) {
    process.env.NODE_ENV = "production";
    await import("../server.js");
  }
}
