// `npm run admin:create -- EMAIL`: makes EMAIL an active administrator (a new
// person, or an existing one, e.g. to regain access) and prints a one-time
// sign-in link, valid 72 hours, where they choose a password.
import { createAdminWithLink } from "../app/admin/users.server";
import { createDb } from "../db/client";
import { migrateToLatest } from "../db/migrate";

async function main() {
  const email = process.argv.slice(2).find((a) => !a.startsWith("-"));
  if (!email || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
    console.error("Usage: npm run admin:create -- name@example.org");
    process.exit(2);
  }
  const db = createDb(process.env.DATABASE_URL);
  try {
    await migrateToLatest(db);
    const base = process.env.PUBLIC_URL?.replace(/\/+$/, "") || `http://localhost:${process.env.PORT ?? 3000}`;
    const { url, created } = await createAdminWithLink(db, email, base);
    console.log(`${created ? "Created administrator" : "Made administrator"} ${email.toLowerCase()}.`);
    console.log(`One-time sign-in link (valid 72 hours):\n  ${url}`);
  } finally {
    await db.destroy();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
