// Keeps the due days each mandate row stores (mandate.due_on, report_due_on)
// current, by the one rule in mandate-due.ts. Called inside the transaction of
// every model function that writes a mandate's status or due point, a
// report-back entry, or the day of a meeting mandates are due at.
import type { Kysely, Transaction } from "kysely";
import type { Database } from "../../db/schema";
import { storedDueDays } from "./mandate-due";

type Db = Kysely<Database> | Transaction<Database>;

/**
 * Recomputes the stored due days (mandate.due_on, report_due_on) by the one
 * rule, for the given mandates, the mandates due at a meeting, or all. Every
 * model function that writes a mandate's status or due point, a report-back
 * entry or a meeting's day calls it in its transaction.
 */
export async function refreshDueDays(db: Db, scope: { mandateIds: number[] } | { dueMeetingId: number } | "all"): Promise<number> {
  if (typeof scope === "object" && "mandateIds" in scope && scope.mandateIds.length === 0) return 0;
  const rows = await db
    .selectFrom("mandate")
    .leftJoin("meeting as due_meeting", "due_meeting.id", "mandate.due_meeting_id")
    .select((eb) => [
      "mandate.id",
      "mandate.status",
      "mandate.due_date",
      "mandate.due_on",
      "mandate.report_due_on",
      "due_meeting.meeting_date as due_meeting_date",
      eb
        .selectFrom("mandate_entry as e")
        .select((e) => e.fn.max("e.entry_date").as("d"))
        .whereRef("e.mandate_id", "=", "mandate.id")
        .where("e.kind", "=", "reported")
        .as("last_reported_on"),
    ])
    .$if(scope !== "all" && "mandateIds" in scope, (q) => q.where("mandate.id", "in", (scope as { mandateIds: number[] }).mandateIds))
    .$if(scope !== "all" && "dueMeetingId" in scope, (q) => q.where("mandate.due_meeting_id", "=", (scope as { dueMeetingId: number }).dueMeetingId))
    .execute();
  let changed = 0;
  for (const r of rows) {
    const days = storedDueDays({ status: r.status, dueDate: r.due_date, dueMeetingDate: r.due_meeting_date, lastReportedOn: (r.last_reported_on as string | null) ?? null });
    if (days.dueOn === r.due_on && days.reportDueOn === r.report_due_on) continue;
    await db.updateTable("mandate").set({ due_on: days.dueOn, report_due_on: days.reportDueOn }).where("id", "=", r.id).execute();
    changed++;
  }
  return changed;
}

