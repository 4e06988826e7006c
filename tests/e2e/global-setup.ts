// Builds the app once, as `npm start` would; each browser-test file then starts
// its own server on a fresh demo database (tests/e2e/app-server.ts), so no file
// sees another's changes.
import { spawnSync } from "node:child_process";
import path from "node:path";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    root: string;
  }
}

export default async function setup(project: TestProject) {
  const root = project.config.root;
  if (process.env.STYRBORD_E2E_SKIP_BUILD !== "1") {
    // vitest sets NODE_ENV=test; the served build must be a production one.
    const build = spawnSync(path.join(root, "node_modules", ".bin", "remix"), ["build"], {
      cwd: root,
      stdio: "inherit",
      env: { ...process.env, NODE_ENV: "production" },
    });
    if (build.status !== 0) throw new Error("remix build failed");
  }
  project.provide("root", root);
}
