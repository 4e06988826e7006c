// The archive at scale (issue 14): each mandate keeps the days its due rule
// reads, so the register, the dashboards and the deadlines ask an index
// instead of computing the rule over thousands of mandates per request.
//   due_on         the due date, or the due meeting's current day (dueDay())
//   report_due_on  the same day while a report-back is still awaited, else NULL
// Both are computed by storedDueDays() (app/models/mandate-due.ts, the one
// place of the rule) and written by the model functions that write mandates,
// their trail entries and meeting days (refreshDueDays, mandate.server.ts).
// The backfill here reads with Kysely and computes with the same function.
import type { Kysely } from "kysely";
import { storedDueDays } from "../../app/models/mandate-due";
import type { MandateStatus } from "../schema";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("mandate").addColumn("due_on", "text").execute();
  await db.schema.alterTable("mandate").addColumn("report_due_on", "text").execute();
  await db.schema.createIndex("mandate_report_due_on_idx").on("mandate").column("report_due_on").execute();
  await db.schema.createIndex("mandate_group_id_report_due_on_idx").on("mandate").columns(["group_id", "report_due_on"]).execute();
  await db.schema.createIndex("mandate_assignee_unit_id_report_due_on_idx").on("mandate").columns(["assignee_unit_id", "report_due_on"]).execute();
  await db.schema.createIndex("mandate_due_on_idx").on("mandate").columns(["due_on"]).execute();
  await db.schema.createIndex("mandate_group_id_given_on_idx").on("mandate").columns(["group_id", "given_on"]).execute();

  const rows = await db
    .selectFrom("mandate")
    .leftJoin("meeting as due_meeting", "due_meeting.id", "mandate.due_meeting_id")
    .select((eb) => [
      "mandate.id",
      "mandate.status",
      "mandate.due_date",
      "due_meeting.meeting_date as due_meeting_date",
      eb
        .selectFrom("mandate_entry as e")
        .select((e) => e.fn.max("e.entry_date").as("d"))
        .whereRef("e.mandate_id", "=", "mandate.id")
        .where("e.kind", "=", "reported")
        .as("last_reported_on"),
    ])
    .execute();
  for (const r of rows) {
    const days = storedDueDays({
      status: r.status as MandateStatus,
      dueDate: r.due_date,
      dueMeetingDate: r.due_meeting_date,
      lastReportedOn: r.last_reported_on,
    });
    if (days.dueOn === null) continue;
    await db.updateTable("mandate").set({ due_on: days.dueOn, report_due_on: days.reportDueOn }).where("id", "=", r.id).execute();
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  for (const index of ["mandate_report_due_on_idx", "mandate_group_id_report_due_on_idx", "mandate_assignee_unit_id_report_due_on_idx", "mandate_due_on_idx", "mandate_group_id_given_on_idx"]) {
    await db.schema.dropIndex(index).execute();
  }
  await db.schema.alterTable("mandate").dropColumn("report_due_on").execute();
  await db.schema.alterTable("mandate").dropColumn("due_on").execute();
}
