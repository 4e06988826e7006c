// The one rule for when a mandate is due and when it is overdue. Calendar days
// in Europe/Stockholm (see app/utils/dates.ts); every page asks here.
import type { MandateStatus, MeetingState } from "../../db/schema";
import { daysBetween } from "~/utils/dates";

export type DueState = "closed" | "reported" | "overdue" | "due_soon" | "open";

export const DUE_SOON_DAYS = 14;
const CLOSED: MandateStatus[] = ["done", "cancelled", "continued"];

export type DueInput = {
  status: MandateStatus;
  dueDate: string | null;
  /** The meeting it is due at, with its current date (a moved meeting moves the due day). */
  dueMeeting: { date: string; state: MeetingState } | null;
  /** Day of the latest report-back entry in the follow-up trail, if any. */
  lastReportedOn: string | null;
  /** True when the due meeting is the group's next meeting. */
  dueMeetingIsNext?: boolean;
};

/** The day the mandate is due back: its date, or the day of its meeting. */
export function dueDay(input: Pick<DueInput, "dueDate" | "dueMeeting">): string | null {
  return input.dueDate ?? input.dueMeeting?.date ?? null;
}

function meetingHeld(meeting: { date: string; state: MeetingState }, today: string): boolean {
  return meeting.state !== "draft" && meeting.state !== "agenda_published"
    ? true
    : daysBetween(meeting.date, today) > 0;
}

export function dueState(input: DueInput, today: string): DueState {
  if (CLOSED.includes(input.status)) return "closed";
  if (input.status === "reported") return "reported";
  const due = dueDay(input);
  if (!due) return "open";
  // A report-back on or after the due point answers it; the work may go on.
  if (input.lastReportedOn && input.lastReportedOn >= due) return "open";
  if (input.dueDate) {
    // Due on a date: overdue from the day after.
    if (daysBetween(input.dueDate, today) > 0) return "overdue";
    return daysBetween(today, input.dueDate) <= DUE_SOON_DAYS ? "due_soon" : "open";
  }
  const meeting = input.dueMeeting!;
  // Due at a meeting: overdue once that meeting is held without a report.
  if (meetingHeld(meeting, today)) return "overdue";
  if (input.dueMeetingIsNext || daysBetween(today, meeting.date) <= DUE_SOON_DAYS) return "due_soon";
  return "open";
}
