// The one rule for when a mandate is due and when it is overdue. Calendar days
// in Europe/Stockholm (see app/utils/dates.ts); every page asks here.
//
// The rule is written here twice, side by side, over the same constants:
// `dueState()` for one mandate in TypeScript, and `dueStateSql()` for the
// register, where "overdue" must be filtered, sorted and paged inside SQLite.
// tests/models/mandate-due.test.ts checks that the two agree on every
// combination of status, due point, meeting state, report and day, so they
// cannot drift apart (README, Decisions: "Overdue in SQL").
import { sql, type RawBuilder } from "kysely";
import type { MandateStatus, MeetingState } from "../../db/schema";
import { messagesFor, type Locale } from "~/i18n";
import { addCalendarDays, daysBetween, formatDay } from "~/utils/dates";

export type DueState = "closed" | "reported" | "overdue" | "due_soon" | "open";

/** "Due soon": within this many days, or at the group's next meeting. */
export const DUE_SOON_DAYS = 14;
/** No follow-up is expected any more. */
export const CLOSED_STATUSES: MandateStatus[] = ["done", "cancelled", "continued"];
/** A meeting in one of these states has been held, whatever its date says. */
export const HELD_STATES: MeetingState[] = ["held", "minutes_drafted", "minutes_approved"];
/** Register order: the most urgent first. */
export const DUE_STATE_ORDER: Record<DueState, number> = { overdue: 0, due_soon: 1, open: 2, reported: 3, closed: 4 };
export const DUE_STATES = Object.keys(DUE_STATE_ORDER) as DueState[];

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

/**
 * The due point in the reader's language, from the date or the meeting's
 * current day ("at the meeting on 13 November 2025", "senast 6 mars 2026"):
 * every page, PDF, CSV and mail writes it with this. A mandate's `due_text`
 * is only what an imported document said, shown when there is no date.
 */
export function formatDuePoint(
  due: { dueDate: string | null; dueMeetingDate: string | null; dueText?: string | null },
  locale: Locale,
): string {
  const t = messagesFor(locale).mandates;
  if (due.dueDate) return t.dueOnDate(formatDay(due.dueDate, locale));
  if (due.dueMeetingDate) return t.dueAtMeeting(formatDay(due.dueMeetingDate, locale));
  return due.dueText || t.noDue;
}

/** Held by its state, or by its day having passed (a meeting nobody moved on in the tool). */
export function meetingHeld(meeting: { date: string; state: MeetingState }, today: string): boolean {
  return HELD_STATES.includes(meeting.state) || daysBetween(meeting.date, today) > 0;
}

export function dueState(input: DueInput, today: string): DueState {
  if (CLOSED_STATUSES.includes(input.status)) return "closed";
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

/** The SQL expressions the rule reads: column references or subqueries of the caller's query. */
export type DueSqlInputs = {
  status: RawBuilder<unknown>;
  dueDate: RawBuilder<unknown>;
  dueMeetingDate: RawBuilder<unknown>;
  dueMeetingState: RawBuilder<unknown>;
  lastReportedOn: RawBuilder<unknown>;
  /** The group's next meeting day (on or after today), or NULL. */
  nextMeetingDate: RawBuilder<unknown>;
};

const list = (values: string[]) => sql.join(values.map((v) => sql.lit(v)));

/** `dueDay()` in SQL. Calendar days are `YYYY-MM-DD` text, so text order is day order. */
export function dueDaySql(i: Pick<DueSqlInputs, "dueDate" | "dueMeetingDate">): RawBuilder<string | null> {
  return sql<string | null>`coalesce(${i.dueDate}, ${i.dueMeetingDate})`;
}

/**
 * `dueState()` as one SQL CASE, branch for branch. `today` and the due-soon
 * horizon are bound as parameters; "the day after" is `due < today`.
 */
export function dueStateSql(i: DueSqlInputs, today: string): RawBuilder<DueState> {
  const soon = addCalendarDays(today, DUE_SOON_DAYS);
  const due = dueDaySql(i);
  return sql<DueState>`(case
    when ${i.status} in (${list(CLOSED_STATUSES)}) then 'closed'
    when ${i.status} = 'reported' then 'reported'
    when ${due} is null then 'open'
    when ${i.lastReportedOn} is not null and ${i.lastReportedOn} >= ${due} then 'open'
    when ${i.dueDate} is not null then
      case when ${i.dueDate} < ${today} then 'overdue' when ${i.dueDate} <= ${soon} then 'due_soon' else 'open' end
    when ${i.dueMeetingState} in (${list(HELD_STATES)}) or ${i.dueMeetingDate} < ${today} then 'overdue'
    when ${i.dueMeetingDate} <= ${soon} or ${i.dueMeetingDate} = ${i.nextMeetingDate} then 'due_soon'
    else 'open' end)`;
}

/** The register's urgency rank (DUE_STATE_ORDER) of a due-state expression. */
export function dueRankSql(state: RawBuilder<DueState>): RawBuilder<number> {
  const whens = DUE_STATES.map((s) => sql`when ${sql.lit(s)} then ${sql.lit(DUE_STATE_ORDER[s])}`);
  return sql<number>`(case ${state} ${sql.join(whens, sql` `)} end)`;
}
