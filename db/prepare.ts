// What every start does before serving: create and migrate the database, and
// fill an empty one with the demo data (STYRBORD_DEMO=0 turns that off). The
// server runs it from its own build (app/entry.server.tsx re-exports it), so a
// start needs no TypeScript compiler; `npm run setup` runs it alone.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { withAdvisoryLock } from "../app/database/lock";
import { createDb, describeDatabaseUrl } from "./client";
import type { Kysely } from "kysely";
import { migrateToLatest } from "./migrate";
import type { Database } from "./schema";
import { seedDemo, DEMO_USERS } from "./seed/demo";
import { createSetupToken } from "~/auth/accounts.server";

export async function prepareDatabase(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const file = describeDatabaseUrl(env.DATABASE_URL);
  const db = createDb(env.DATABASE_URL);
  try {
    // Several instances may start at once on one PostgreSQL database: one of
    // them migrates and seeds while the others wait, then find it done.
    await withAdvisoryLock(db, "prepare", () => prepare(db, env, file));
  } finally {
    await db.destroy();
  }
}

async function prepare(db: Kysely<Database>, env: NodeJS.ProcessEnv, file: string): Promise<void> {
  const applied = await migrateToLatest(db);
  if (applied.length) console.log(`Database ${file}: applied ${applied.join(", ")}`);
  const empty = !(await db.selectFrom("user").select("id").limit(1).executeTakeFirst());
  if (!empty) return;
  if (env.STYRBORD_DEMO === "0") {
    // No one can sign in yet: a one-time setup link for the first administrator (each start makes a new one).
    const token = await createSetupToken(db);
    const base = env.PUBLIC_URL?.replace(/\/+$/, "") || `http://localhost:${env.PORT ?? 3000}`;
    console.log(`\nNo users yet. Create the first administrator (one-time link):\n  ${base}/setup?token=${token}\nor run: npm run admin:create -- you@example.org\n`);
    return;
  }
  const given = env.STYRBORD_DEMO_PASSWORD;
  const password = given || crypto.randomBytes(9).toString("base64url");
  await seedDemo(db, password);
  console.log("Demo data loaded: Styrgrupp ASK, Projektenhet Kronoberg and their meetings.");
  if (given) return;
  const dataDir = path.resolve(env.STYRBORD_DATA_DIR ?? "data");
  fs.mkdirSync(dataDir, { recursive: true });
  const credentials = path.join(dataDir, "demo-credentials.txt");
  const lines = DEMO_USERS.map((u) => `${u.email}\t${password}\t${u.title}`);
  fs.writeFileSync(credentials, `# Styrbord demo sign-in (e-mail, password, role)\n${lines.join("\n")}\n`, { mode: 0o600 });
  console.log(`\nDemo sign-in (shown once, kept in ${credentials}):`);
  for (const u of DEMO_USERS) console.log(`  ${u.email.padEnd(28)} ${password}`);
  console.log("");
}
