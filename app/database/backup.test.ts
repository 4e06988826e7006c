// `npm run backup` on SQLite: a copy taken while the app has the database open
// (its last writes still in the write-ahead log) restores with everything in it.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { sql } from "kysely";
import { afterAll, describe, expect, it } from "vitest";
import { createDb } from "../../db/client";
import { migrateToLatest } from "../../db/migrate";
import { seedDemo } from "../../db/seed/demo";
import { DEMO_PASSWORD } from "../../tests/setup/db";
import { backupSqlite, pgDumpCommand } from "./backup";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "styrbord-backup-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("npm run backup", () => {
  it("copies the running SQLite database, and the restored copy has the minutes and the latest change", { timeout: 60_000 }, async () => {
    const file = path.join(dir, "styrbord.db");
    const app = createDb(file);
    await migrateToLatest(app);
    await seedDemo(app, DEMO_PASSWORD, { livingUntil: null });
    // The app is running: its latest write sits in the write-ahead log.
    await app.insertInto("unit").values({ name: "Enhet skapad före säkerhetskopian", short_name: null, organisation: null }).execute();
    expect(fs.statSync(`${file}-wal`).size).toBeGreaterThan(0);

    const backup = path.join(dir, "backups", "styrbord-backup.db");
    const result = await backupSqlite(file, backup);
    expect(result.bytes).toBeGreaterThan(0);
    await app.insertInto("unit").values({ name: "Enhet skapad efter säkerhetskopian", short_name: null, organisation: null }).execute();
    await app.destroy();

    // Restore: the backup file in place of the database.
    const restoredFile = path.join(dir, "restored.db");
    fs.copyFileSync(backup, restoredFile);
    const restored = createDb(restoredFile);
    try {
      const [{ ok }] = (await sql<{ ok: string }>`select integrity_check as ok from pragma_integrity_check`.execute(restored)).rows;
      expect(ok).toBe("ok");
      const units = (await restored.selectFrom("unit").select("name").execute()).map((u) => u.name);
      expect(units).toContain("Enhet skapad före säkerhetskopian");
      expect(units).not.toContain("Enhet skapad efter säkerhetskopian");
      const september = await restored.selectFrom("meeting").select(["state"]).where("meeting_date", "=", "2025-09-03").executeTakeFirstOrThrow();
      expect(september.state).toBe("minutes_approved");
      expect(await restored.selectFrom("agenda_item").select("id").where("meeting_id", "=", (await restored.selectFrom("meeting").select("id").where("meeting_date", "=", "2025-09-03").executeTakeFirstOrThrow()).id).execute()).not.toHaveLength(0);
    } finally {
      await restored.destroy();
    }
  });

  it("gives the pg_dump command for PostgreSQL, without the password", () => {
    const command = pgDumpCommand("postgres://styrbord:hemligt@db.region.se:5432/styrbord");
    expect(command).toContain("pg_dump --format=custom");
    expect(command).toContain("postgres://styrbord@db.region.se:5432/styrbord");
    expect(command).not.toContain("hemligt");
  });
});
