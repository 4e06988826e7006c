// The due days a mandate row keeps (due_on, report_due_on) follow every change
// a user makes, and the register's pages, walked bucket by bucket by index,
// are the same as one sort over everything.
import { beforeAll, describe, expect, it } from "vitest";
import type { Kysely } from "kysely";
import type { Database, MandateStatus } from "../../db/schema";
import { followUpMandate, searchMandates } from "~/models/mandate.server";
import { refreshDueDays } from "~/models/mandate-due.server";
import { rescheduleMeeting } from "~/models/meeting.server";
import { getSessionUser } from "~/models/user.server";
import { addCalendarDays } from "~/utils/dates";
import { DEFAULT_FILTER } from "~/validation/mandate-filter";
import { createTestDb, demoIds } from "../setup/db";

let db: Kysely<Database>;
let ids: Awaited<ReturnType<typeof demoIds>>;

beforeAll(async () => {
  db = await createTestDb();
  ids = await demoIds(db);
});

const septemberMandates = async () =>
  db.selectFrom("mandate").select(["id", "due_on", "report_due_on", "status"]).where("given_on", "=", "2025-09-03").orderBy("id").execute();

describe("a mandate's stored due day", () => {
  it("is the day of the meeting it is due at, and moves with the meeting", async () => {
    const [first] = await septemberMandates();
    expect(first).toMatchObject({ due_on: "2025-11-13", report_due_on: "2025-11-13" });
    const staff = (await getSessionUser(db, ids.staffId))!;
    // On 10 November the 13 November meeting is still ahead: due soon, not overdue.
    let register = await searchMandates(db, staff, { ...DEFAULT_FILTER, due: "overdue" }, "2025-11-10");
    expect(register.rows.map((r) => r.id)).not.toContain(first.id);

    await rescheduleMeeting(db, ids.secretaryId, ids.novemberMeetingId, { date: "2025-11-20", startTime: "13:00", endTime: null, place: null });
    const [moved] = await septemberMandates();
    expect(moved).toMatchObject({ due_on: "2025-11-20", report_due_on: "2025-11-20" });
    // The day after the old day it is not overdue; the day after the new one it is.
    register = await searchMandates(db, staff, { ...DEFAULT_FILTER, due: "overdue" }, "2025-11-14");
    expect(register.rows.map((r) => r.id)).not.toContain(first.id);
    register = await searchMandates(db, staff, { ...DEFAULT_FILTER, due: "overdue" }, "2025-11-21");
    const row = register.rows.find((r) => r.id === first.id);
    expect(row).toMatchObject({ dueState: "overdue", dueDay: "2025-11-20", dueMeetingDate: "2025-11-20" });
  });

  it("stays awaited after a progress note, and is answered by a report-back", async () => {
    const [, second] = await septemberMandates();
    const staff = (await getSessionUser(db, ids.staffId))!;
    await followUpMandate(db, staff, second.id, { body: "Arbetet pågår.", status: "in_progress" }, "2025-11-25");
    expect((await septemberMandates())[1]).toMatchObject({ status: "in_progress", report_due_on: second.report_due_on });
    let overdue = await searchMandates(db, staff, { ...DEFAULT_FILTER, due: "overdue" }, "2025-11-26");
    expect(overdue.rows.map((r) => r.id)).toContain(second.id);

    await followUpMandate(db, staff, second.id, { body: "Direktivet är klart.", status: "reported" }, "2025-11-26");
    const after = (await septemberMandates())[1];
    expect(after).toMatchObject({ status: "reported", due_on: second.due_on, report_due_on: null });
    overdue = await searchMandates(db, staff, { ...DEFAULT_FILTER, due: "overdue" }, "2025-11-27");
    expect(overdue.rows.map((r) => r.id)).not.toContain(second.id);
    // Back to in progress: the report on or after the due day still answers it.
    await followUpMandate(db, staff, second.id, { body: null, status: "in_progress" }, "2025-11-28");
    expect((await septemberMandates())[1]).toMatchObject({ status: "in_progress", report_due_on: null });
  });
});

describe("the register's pages", () => {
  it("are the one urgency order, page after page, both ways", async () => {
    // Sixty more mandates of ASK in every status, due before, around and after today.
    const today = "2026-11-23";
    const statuses: MandateStatus[] = ["given", "in_progress", "reported", "done", "cancelled", "continued"];
    const offsets = [-400, -30, -1, 0, 3, 14, 15, 90, null];
    for (let i = 0; i < 60; i++) {
      const offset = offsets[i % offsets.length];
      await db
        .insertInto("mandate")
        .values({
          group_id: ids.askGroupId,
          assignee_unit_id: ids.unitId,
          task: `Uppdrag ${i}`,
          given_by_item_id: null,
          given_by_per_capsulam_id: null,
          given_on: "2024-01-01",
          due_date: offset === null ? null : addCalendarDays(today, offset),
          due_meeting_id: null,
          due_text: null,
          status: statuses[i % statuses.length],
          continues_mandate_id: null,
          call_id: null,
          project_id: null,
        })
        .execute();
    }
    await refreshDueDays(db, "all");
    const staff = (await getSessionUser(db, ids.staffId))!;
    for (const filter of [DEFAULT_FILTER, { ...DEFAULT_FILTER, dir: "desc" as const }, { ...DEFAULT_FILTER, status: "open" as const }]) {
      const all = await searchMandates(db, staff, filter, today, null);
      expect(all.rows.length).toBeGreaterThan(30);
      const paged: number[] = [];
      for (let page = 1; page <= Math.ceil(all.total / 7); page++) {
        const result = await searchMandates(db, staff, { ...filter, page }, today, { size: 7 });
        expect(result.total).toBe(all.total);
        paged.push(...result.rows.map((r) => r.id));
      }
      expect(paged).toEqual(all.rows.map((r) => r.id));
    }
    // Most urgent first: the overdue ones, oldest due day first.
    const first = await searchMandates(db, staff, DEFAULT_FILTER, today, { size: 3 });
    expect(first.rows.map((r) => r.dueState)).toEqual(["overdue", "overdue", "overdue"]);
    expect(first.rows[0].dueDay! <= first.rows[1].dueDay!).toBe(true);
  });
});
