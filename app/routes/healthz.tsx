import { sql } from "kysely";
import { getDb } from "~/utils/db.server";

export async function loader() {
  try {
    await sql`select 1`.execute(getDb());
    return new Response("ok", { status: 200, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
  } catch {
    return new Response("database unavailable", { status: 503, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
}
