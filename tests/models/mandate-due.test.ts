import { sql } from "kysely";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import type { MandateStatus, MeetingState } from "../../db/schema";
import { dueState, dueStateSql, overdueSql, storedDueDays, type DueInput } from "~/models/mandate-due";
import { addCalendarDays, daysBetween, stockholmDay } from "~/utils/dates";
import { createTestDb } from "../setup/db";

const base = { status: "given" as const, dueDate: null, dueMeeting: null, lastReportedOn: null };

describe("when a mandate is overdue", () => {
  it("is overdue the day after its due date, not on the day", () => {
    expect(dueState({ ...base, dueDate: "2026-03-06" }, "2026-03-06")).toBe("due_soon");
    expect(dueState({ ...base, dueDate: "2026-03-06" }, "2026-03-07")).toBe("overdue");
  });

  it("is due soon 14 days ahead, not 15", () => {
    expect(dueState({ ...base, dueDate: "2026-12-07" }, "2026-11-23")).toBe("due_soon");
    expect(dueState({ ...base, dueDate: "2026-12-08" }, "2026-11-23")).toBe("open");
  });

  it("is overdue once its meeting is held without a report", () => {
    const dueMeeting = { date: "2025-11-13", state: "agenda_published" as const };
    expect(dueState({ ...base, dueMeeting }, "2025-11-13")).toBe("due_soon");
    expect(dueState({ ...base, dueMeeting }, "2025-11-14")).toBe("overdue");
    expect(dueState({ ...base, dueMeeting: { ...dueMeeting, state: "held" } }, "2025-11-13")).toBe("overdue");
  });

  it("is due soon when its meeting is the group's next, however far away", () => {
    const dueMeeting = { date: "2027-02-10", state: "draft" as const };
    expect(dueState({ ...base, dueMeeting }, "2026-11-23")).toBe("open");
    expect(dueState({ ...base, dueMeeting, dueMeetingIsNext: true }, "2026-11-23")).toBe("due_soon");
  });

  it("is not overdue when reported at the meeting, even while the work goes on", () => {
    const dueMeeting = { date: "2025-09-03", state: "minutes_approved" as const };
    expect(dueState({ ...base, status: "in_progress", dueMeeting, lastReportedOn: "2025-09-03" }, "2026-11-23")).toBe("open");
  });

  it("stays overdue when the only report came before the due point", () => {
    const dueMeeting = { date: "2025-11-13", state: "held" as const };
    expect(dueState({ ...base, dueMeeting, lastReportedOn: "2025-10-01" }, "2026-11-23")).toBe("overdue");
  });

  it("follows a meeting moved to a later day", () => {
    const moved = { date: "2025-11-20", state: "agenda_published" as const };
    expect(dueState({ ...base, dueMeeting: moved }, "2025-11-14")).toBe("due_soon");
    expect(dueState({ ...base, dueMeeting: moved }, "2025-11-20")).toBe("due_soon");
    expect(dueState({ ...base, dueMeeting: moved }, "2025-11-21")).toBe("overdue");
  });

  it("follows a meeting moved to an earlier day, and a report on the new day answers it", () => {
    const moved = { date: "2025-11-06", state: "held" as const };
    expect(dueState({ ...base, dueMeeting: moved }, "2025-11-07")).toBe("overdue");
    expect(dueState({ ...base, dueMeeting: moved, lastReportedOn: "2025-11-06" }, "2025-11-07")).toBe("open");
  });

  it("never marks done, cancelled or continued mandates, and shows reported ones as reported", () => {
    for (const status of ["done", "cancelled", "continued"] as const) {
      expect(dueState({ ...base, status, dueDate: "2020-01-01" }, "2026-11-23")).toBe("closed");
    }
    expect(dueState({ ...base, status: "reported", dueDate: "2020-01-01" }, "2026-11-23")).toBe("reported");
  });
});

describe("the day in Stockholm", () => {
  const originalTz = process.env.TZ;
  afterEach(() => {
    process.env.TZ = originalTz;
  });
  const due = { ...base, dueDate: "2026-03-06" };

  it("turns at midnight in Stockholm, not at midnight UTC (winter: UTC+1)", () => {
    // 23:59:59 on 6 March in Stockholm: still the due day.
    expect(dueState(due, stockholmDay(new Date("2026-03-06T22:59:59Z")))).toBe("due_soon");
    // 00:00:00 on 7 March in Stockholm (23:00 UTC on the 6th): overdue.
    expect(stockholmDay(new Date("2026-03-06T23:00:00Z"))).toBe("2026-03-07");
    expect(dueState(due, stockholmDay(new Date("2026-03-06T23:00:00Z")))).toBe("overdue");
  });

  it("turns at midnight in summer time too (UTC+2)", () => {
    const midsummer = { ...base, dueDate: "2026-06-30" };
    expect(stockholmDay(new Date("2026-06-30T21:59:59Z"))).toBe("2026-06-30");
    expect(dueState(midsummer, stockholmDay(new Date("2026-06-30T21:59:59Z")))).toBe("due_soon");
    expect(stockholmDay(new Date("2026-06-30T22:00:00Z"))).toBe("2026-07-01");
    expect(dueState(midsummer, stockholmDay(new Date("2026-06-30T22:00:00Z")))).toBe("overdue");
  });

  it("counts whole days across the change to and from summer time, whatever the server's zone", () => {
    for (const tz of ["UTC", "Europe/Stockholm", "America/New_York", "Pacific/Auckland"]) {
      process.env.TZ = tz;
      // The night of 28–29 March 2026 is 23 hours long in Stockholm; 24–25 October is 25 hours.
      expect(daysBetween("2026-03-28", "2026-03-30"), tz).toBe(2);
      expect(daysBetween("2026-10-24", "2026-10-26"), tz).toBe(2);
      expect(addCalendarDays("2026-03-28", 1), tz).toBe("2026-03-29");
      expect(addCalendarDays("2026-10-25", 14), tz).toBe("2026-11-08");
      expect(dueState({ ...base, dueDate: "2026-03-29" }, "2026-03-15"), tz).toBe("due_soon");
      expect(dueState({ ...base, dueDate: "2026-03-29" }, "2026-03-30"), tz).toBe("overdue");
    }
  });

  it("puts the first hour of summer time on the right day", () => {
    // 02:00 CET jumps to 03:00 CEST on 29 March 2026 (01:00 UTC).
    expect(stockholmDay(new Date("2026-03-29T00:59:59Z"))).toBe("2026-03-29");
    expect(stockholmDay(new Date("2026-03-29T01:00:00Z"))).toBe("2026-03-29");
    expect(stockholmDay(new Date("2026-03-28T22:59:59Z"))).toBe("2026-03-28");
  });
});

describe("the same rule in SQL (the register filters on it)", () => {
  // Many cases in one query (one round trip each batch: PostgreSQL runs this file too).
  let run: (inputs: DueInput[], today: string) => Promise<string[]>;
  let overdue: (inputs: DueInput[], today: string) => Promise<boolean[]>;
  // Typed, so that PostgreSQL knows what a bare parameter is.
  const v = (x: string | null) => sql`cast(${x} as text)`;
  beforeAll(async () => {
    const db = await createTestDb({ demo: false });
    run = async (inputs, today) => {
      const exprs = inputs.map((input, i) => {
        // The SQL reads the days the row stores, computed by storedDueDays().
        const stored = storedDueDays({ ...input, dueMeetingDate: input.dueMeeting?.date ?? null });
        return sql`${dueStateSql(
          {
            status: v(input.status),
            dueDate: v(input.dueDate),
            reportDueOn: v(stored.reportDueOn),
            dueMeetingState: v(input.dueMeeting?.state ?? null),
            nextMeetingDate: v(input.dueMeetingIsNext ? input.dueMeeting!.date : null),
          },
          today,
        )} as ${sql.id(`s${i}`)}`;
      });
      const row = await sql<Record<string, string>>`select ${sql.join(exprs)}`.execute(db);
      return inputs.map((_, i) => row.rows[0][`s${i}`]);
    };
    overdue = async (inputs, today) => {
      const exprs = inputs.map((input, i) => {
        const stored = storedDueDays({ ...input, dueMeetingDate: input.dueMeeting?.date ?? null });
        const m = input.dueMeeting;
        // The latest meeting marked held on or after today: this one, if it is such a meeting.
        const heldAhead = m && ["held", "minutes_drafted", "minutes_approved"].includes(m.state) && m.date >= today ? m.date : null;
        const expr = overdueSql(
          { status: v(input.status), dueDate: v(input.dueDate), reportDueOn: v(stored.reportDueOn), dueMeetingState: v(m?.state ?? null), nextMeetingDate: v(null), heldAheadDay: v(heldAhead) },
          today,
        );
        return sql`${expr} as ${sql.id(`o${i}`)}`;
      });
      const row = await sql<Record<string, unknown>>`select ${sql.join(exprs)}`.execute(db);
      // SQLite answers 1/0, PostgreSQL true/false.
      return inputs.map((_, i) => Number(row.rows[0][`o${i}`]) === 1);
    };
  });

  it("agrees with dueState on every combination around the edges", async () => {
    const today = "2026-03-29"; // the first day of summer time
    const statuses: MandateStatus[] = ["given", "in_progress", "reported", "done", "cancelled", "continued"];
    const states: MeetingState[] = ["draft", "agenda_published", "held", "minutes_drafted", "minutes_approved"];
    const offsets = [-400, -1, 0, 1, 13, 14, 15, 60];
    const days = offsets.map((o) => addCalendarDays(today, o));
    const reports = [null, ...days];
    let checked = 0;
    for (const status of statuses) {
      for (const report of reports) {
        const cases: DueInput[] = [{ ...base, status, lastReportedOn: report }];
        for (const day of days) {
          cases.push({ ...base, status, lastReportedOn: report, dueDate: day });
          for (const state of states) {
            for (const isNext of [false, true]) {
              cases.push({ ...base, status, lastReportedOn: report, dueMeeting: { date: day, state }, dueMeetingIsNext: isNext });
            }
          }
        }
        const found = await run(cases, today);
        const overdueFound = await overdue(cases, today);
        cases.forEach((input, i) => {
          expect(found[i], JSON.stringify(input)).toBe(dueState(input, today));
          // The register's "overdue" filter, which an index answers, picks exactly the overdue ones.
          expect(overdueFound[i], JSON.stringify(input)).toBe(dueState(input, today) === "overdue");
          checked++;
        });
      }
    }
    expect(checked).toBeGreaterThan(4000);
  });
});
