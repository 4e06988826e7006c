// Global setup of the "pg" test project: one PostgreSQL server for the whole
// run; each test file gets its own database copied from a migrated, seeded
// template (tests/setup/db.ts makes the templates on first use).
import type { TestProject } from "vitest/node";
import { startPostgres } from "./embedded-postgres";

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
