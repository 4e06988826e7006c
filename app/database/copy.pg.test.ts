// Moving up (issue 15): the demo database copied from SQLite into an empty
// PostgreSQL database shows the 3 September 2025 minutes exactly as before.
// Needs both databases, so it runs in the "pg" project only (*.pg.test.ts).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { sql } from "kysely";
import { afterAll, describe, expect, it } from "vitest";
import { createDb } from "../../db/client";
import { migrateToLatest } from "../../db/migrate";
import { seedDemo } from "../../db/seed/demo";
import { loader as meetingLoader } from "~/routes/meetings.$meetingId/route";
import { searchEngine } from "~/search/index.server";
import { getSessionUser } from "~/models/user.server";
import { setDb } from "~/utils/db.server";
import { createPostgresTestDatabase, DEMO_PASSWORD, demoIds } from "../../tests/setup/db";
import { getRequest, payloadOf, routeArgs } from "../../tests/setup/requests";
import { copyDatabase, copyOrder } from "./copy";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "styrbord-copy-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("npm run db:copy", () => {
  it("puts parents first and leaves cycles and self-references for afterwards", () => {
    const { order, late } = copyOrder(
      ["project", "mandate", "agenda_item", "meeting"],
      [
        { table: "agenda_item", column: "meeting_id", target: "meeting" },
        { table: "agenda_item", column: "carried_from_item_id", target: "agenda_item" },
        { table: "mandate", column: "given_by_item_id", target: "agenda_item" },
        { table: "mandate", column: "project_id", target: "project" },
        { table: "project", column: "mandate_id", target: "mandate" },
      ],
    );
    expect(order.indexOf("meeting")).toBeLessThan(order.indexOf("agenda_item"));
    expect(order.indexOf("agenda_item")).toBeLessThan(order.indexOf("mandate"));
    expect(late.map((r) => `${r.table}.${r.column}`).sort()).toEqual(["agenda_item.carried_from_item_id", "project.mandate_id"]);
  });

  it("copies the demo database into an empty PostgreSQL database; the 3 September 2025 minutes read the same", { timeout: 120_000 }, async () => {
    const file = path.join(dir, "styrbord.db");
    const sqlite = createDb(file);
    await migrateToLatest(sqlite);
    await seedDemo(sqlite, DEMO_PASSWORD, { livingUntil: null });
    await sqlite.destroy();

    const url = await createPostgresTestDatabase("empty");
    const report = await copyDatabase(file, url);
    const counts = Object.fromEntries(report.tables.map((t) => [t.table, t.rows]));
    expect(counts.meeting).toBeGreaterThan(0);
    expect(counts.agenda_item).toBeGreaterThan(0);
    expect(report.searchDocuments).toBeGreaterThan(0);

    // A second copy into the same (no longer empty) database is refused, and changes nothing.
    await expect(copyDatabase(file, url)).rejects.toThrow(/not empty/);

    const pages: unknown[] = [];
    for (const db of [createDb(file), createDb(url)]) {
      setDb(db);
      const ids = await demoIds(db);
      for (const t of report.tables) {
        const [{ n }] = (await sql<{ n: number }>`select count(*) as n from ${sql.table(t.table)}`.execute(db)).rows;
        expect(Number(n), t.table).toBe(t.rows);
      }
      const result = await meetingLoader(routeArgs(await getRequest(`/meetings/${ids.septemberMeetingId}`, ids.memberId), { meetingId: String(ids.septemberMeetingId) }) as never);
      pages.push(payloadOf(result));
      // The copied database goes on: a new row gets the next id, search finds the decision.
      const hits = await searchEngine(db).search((await getSessionUser(db, ids.memberId))!, { text: "uppdraget", groupId: null, year: 2025, kind: null, page: 1 });
      expect(hits.hits.length).toBeGreaterThan(0);
      const unit = await db.insertInto("unit").values({ name: `Ny enhet ${pages.length}`, short_name: null, organisation: null }).returning("id").executeTakeFirstOrThrow();
      expect(unit.id).toBe(counts.unit + 1);
      await db.destroy();
    }
    expect(JSON.stringify(pages[1])).toContain("3 september 2025");
    expect(pages[1]).toEqual(pages[0]);
  });
});
