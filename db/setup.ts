// `npm start` runs this before serving: create and migrate the database, and
// fill it with the demo data on first start (STYRBORD_DEMO=0 turns that off).
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { createDb, sqlitePathFromUrl } from "./client";
import { migrateToLatest } from "./migrate";
import { seedDemo, DEMO_USERS } from "./seed/demo";

async function main() {
  const file = sqlitePathFromUrl(process.env.DATABASE_URL);
  const db = createDb(process.env.DATABASE_URL);
  try {
    const applied = await migrateToLatest(db);
    if (applied.length) console.log(`Database ${file}: applied ${applied.join(", ")}`);
    const empty = !(await db.selectFrom("user").select("id").limit(1).executeTakeFirst());
    if (empty && process.env.STYRBORD_DEMO !== "0") {
      const given = process.env.STYRBORD_DEMO_PASSWORD;
      const password = given || crypto.randomBytes(9).toString("base64url");
      await seedDemo(db, password);
      console.log("Demo data loaded: Styrgrupp ASK, Projektenhet Kronoberg and their meetings.");
      if (!given) {
        const dataDir = path.resolve(process.env.STYRBORD_DATA_DIR ?? "data");
        fs.mkdirSync(dataDir, { recursive: true });
        const credentials = path.join(dataDir, "demo-credentials.txt");
        const lines = DEMO_USERS.map((u) => `${u.email}\t${password}\t${u.title}`);
        fs.writeFileSync(credentials, `# Styrbord demo sign-in (e-mail, password, role)\n${lines.join("\n")}\n`, { mode: 0o600 });
        console.log(`\nDemo sign-in (shown once, kept in ${credentials}):`);
        for (const u of DEMO_USERS) console.log(`  ${u.email.padEnd(28)} ${password}`);
        console.log("");
      }
    }
  } finally {
    await db.destroy();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
