// `npm run search:rebuild`: index every searchable text again (DATABASE_URL or
// the first argument; default data/styrbord.db).
import { performance } from "node:perf_hooks";
import { createDb } from "../db/client";
import { migrateToLatest } from "../db/migrate";
import { rebuildSearchIndex } from "~/search/index.server";

const started = performance.now();
const db = createDb(process.argv[2] ?? process.env.DATABASE_URL);
try {
  await migrateToLatest(db);
  const count = await rebuildSearchIndex(db);
  console.log(`Search index rebuilt: ${count} documents in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
} finally {
  await db.destroy();
}
