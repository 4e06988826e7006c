// One instance runs each scheduled job (issue 15). Every app instance runs the
// same croner schedule; before a run each tries to insert the (job, slot) row
// of `job_run` and only the one whose insert lands runs it. Portable (a
// primary key, no advisory lock), so it behaves the same on SQLite and
// PostgreSQL, and the table records what ran where.
import os from "node:os";
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";

export const INSTANCE = `${os.hostname()}:${process.pid}`;

/** The slot of a run started at `at`: its minute (instances' clocks agree to the minute). */
export function slotOf(at: Date): string {
  return at.toISOString().slice(0, 16);
}

/** True for the one instance that may run `job` in `slot`. */
export async function claimJobRun(db: Kysely<Database>, job: string, slot: string, instance = INSTANCE): Promise<boolean> {
  const result = await db
    .insertInto("job_run")
    .values({ job, slot, instance, finished_at: null, error: null })
    .onConflict((oc) => oc.columns(["job", "slot"]).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
}

/** Runs `fn` if this instance claims the slot, and records how it ended. */
export async function runOnce(db: Kysely<Database>, job: string, at: Date, fn: () => Promise<unknown>, instance = INSTANCE): Promise<boolean> {
  const slot = slotOf(at);
  if (!(await claimJobRun(db, job, slot, instance))) return false;
  let error: string | null = null;
  try {
    await fn();
  } catch (e) {
    error = String(e);
    throw e;
  } finally {
    await db.updateTable("job_run").set({ finished_at: new Date().toISOString(), error }).where("job", "=", job).where("slot", "=", slot).execute();
  }
  return true;
}
