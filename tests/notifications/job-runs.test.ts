// Several app instances run the same schedule; each slot of a job runs once.
import { describe, expect, it } from "vitest";
import { claimJobRun, runOnce } from "~/notifications/job-runs.server";
import { createTestDb } from "../setup/db";

describe("scheduled jobs on several instances", () => {
  it("run once per slot: the instance that claims it runs, the others skip", async () => {
    const db = await createTestDb({ demo: false });
    const at = new Date("2026-11-23T06:00:00.250Z");
    const ran: string[] = [];
    const results = await Promise.all(
      ["app-1", "app-2", "app-3"].map((instance) => runOnce(db, "reminders", at, async () => void ran.push(instance), instance)),
    );
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(ran).toHaveLength(1);
    const row = await db.selectFrom("job_run").selectAll().executeTakeFirstOrThrow();
    expect(row).toMatchObject({ job: "reminders", slot: "2026-11-23T06:00", instance: ran[0], error: null });
    expect(row.finished_at).not.toBeNull();
    // The next day's slot is free again; a claimed slot stays taken.
    expect(await claimJobRun(db, "reminders", "2026-11-24T06:00", "app-2")).toBe(true);
    expect(await claimJobRun(db, "reminders", "2026-11-23T06:00", "app-2")).toBe(false);
  });

  it("records a failed run, which is not run again in that slot", async () => {
    const db = await createTestDb({ demo: false });
    const at = new Date("2026-11-23T07:00:00Z");
    await expect(runOnce(db, "daily-digest", at, async () => Promise.reject(new Error("smtp down")), "app-1")).rejects.toThrow("smtp down");
    expect(await runOnce(db, "daily-digest", at, async () => {}, "app-2")).toBe(false);
    const row = await db.selectFrom("job_run").select(["instance", "error"]).executeTakeFirstOrThrow();
    expect(row).toEqual({ instance: "app-1", error: "Error: smtp down" });
  });
});
