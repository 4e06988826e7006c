import { describe, expect, it } from "vitest";
import { dueState } from "~/models/mandate-due";

const base = { status: "given" as const, dueDate: null, dueMeeting: null, lastReportedOn: null };

describe("when a mandate is overdue", () => {
  it("is overdue the day after its due date, not on the day", () => {
    expect(dueState({ ...base, dueDate: "2026-03-06" }, "2026-03-06")).toBe("due_soon");
    expect(dueState({ ...base, dueDate: "2026-03-06" }, "2026-03-07")).toBe("overdue");
  });

  it("is overdue once its meeting is held without a report", () => {
    const dueMeeting = { date: "2025-11-13", state: "agenda_published" as const };
    expect(dueState({ ...base, dueMeeting }, "2025-11-13")).toBe("due_soon");
    expect(dueState({ ...base, dueMeeting }, "2025-11-14")).toBe("overdue");
    expect(dueState({ ...base, dueMeeting: { ...dueMeeting, state: "held" } }, "2025-11-13")).toBe("overdue");
  });

  it("is not overdue when reported at the meeting, even while the work goes on", () => {
    const dueMeeting = { date: "2025-09-03", state: "minutes_approved" as const };
    expect(dueState({ ...base, status: "in_progress", dueMeeting, lastReportedOn: "2025-09-03" }, "2026-11-23")).toBe("open");
  });

  it("follows a meeting moved to a later day", () => {
    const moved = { date: "2025-11-20", state: "agenda_published" as const };
    expect(dueState({ ...base, dueMeeting: moved }, "2025-11-14")).toBe("due_soon");
  });

  it("never marks done, cancelled or continued mandates", () => {
    for (const status of ["done", "cancelled", "continued"] as const) {
      expect(dueState({ ...base, status, dueDate: "2020-01-01" }, "2026-11-23")).toBe("closed");
    }
  });
});
