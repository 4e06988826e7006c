// Builds the app when its sources are newer than the build, as `npm start`
// does, and unpacks the browser once; each browser-test file then starts its
// own server on a fresh demo database (tests/e2e/app-server.ts), so no file
// sees another's changes.
import type { TestProject } from "vitest/node";
import { buildIfStale } from "../../scripts/start.js";
import { resolveChromium, type ChromiumLaunch } from "./chromium";

declare module "vitest" {
  export interface ProvidedContext {
    root: string;
    chromium: ChromiumLaunch;
  }
}

export default async function setup(project: TestProject) {
  project.provide("chromium", await resolveChromium());
  // vitest sets NODE_ENV=test; buildIfStale builds a production bundle.
  if (process.env.STYRBORD_E2E_SKIP_BUILD !== "1") buildIfStale();
  project.provide("root", project.config.root);
}
