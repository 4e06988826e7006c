import { readFileSync } from "node:fs";
import SQLite from "better-sqlite3";
import { Kysely, SqliteDialect, sql, type Generated } from "kysely";
import { describe, expect, it } from "vitest";
import { SERVER_NODE_FLAGS } from "../../scripts/server-flags.js";
import { withStatementCache } from "./statement-cache";

describe("the prepared-statement cache", () => {
  it("answers each query as before, also after the table changes", async () => {
    const db = new Kysely<{ note: { id: Generated<number>; text: string } }>({
      dialect: new SqliteDialect({ database: withStatementCache(new SQLite(":memory:"), 2) }),
    });
    await sql`create table note (id integer primary key, text text not null)`.execute(db);
    for (const text of ["a", "b", "c"]) await db.insertInto("note").values({ text }).execute();
    const texts = async () => (await db.selectFrom("note").select("text").orderBy("id").execute()).map((r) => r.text);
    expect(await texts()).toEqual(["a", "b", "c"]);
    await sql`alter table note add column done integer not null default 0`.execute(db);
    await db.updateTable("note").set({ text: "B" }).where("id", "=", 2).execute();
    expect(await texts()).toEqual(["a", "B", "c"]);
    // More distinct queries than the cache holds: the oldest are prepared again.
    for (const id of [1, 2, 3]) expect((await sql<{ text: string }>`select text from note where id = ${sql.lit(id)}`.execute(db)).rows).toHaveLength(1);
    expect(await texts()).toEqual(["a", "B", "c"]);
    // A streamed query, then the same text run whole.
    const seen: string[] = [];
    for await (const row of db.selectFrom("note").select("text").orderBy("id").stream()) seen.push(row.text);
    expect(seen).toEqual(["a", "B", "c"]);
    expect(await texts()).toEqual(["a", "B", "c"]);
    await db.destroy();
  });
});

describe("the production server's Node flags", () => {
  it("are the ones npm start passes", () => {
    const start = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")).scripts.start as string;
    expect(start).toBe(`node ${SERVER_NODE_FLAGS.join(" ")} scripts/start.js`);
  });
});
