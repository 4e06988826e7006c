// The one rule for when a mandate is due and when it is overdue. Calendar days
// in Europe/Stockholm (see app/utils/dates.ts); every page asks here.
//
// The rule has three faces over the same constants, side by side:
// `storedDueDays()` computes the two days each mandate row keeps
// (`mandate.due_on`, `mandate.report_due_on`; written by the model functions
// on every change, README "Decisions: the archive at scale"), `dueState()`
// judges one mandate in TypeScript, and `dueStateSql()` judges rows inside the
// database from the stored days, so the register, dashboards and deadlines
// filter, sort and page by index. tests/models/mandate-due.test.ts checks that
// the faces agree on every combination of status, due point, meeting state,
// report and day, so they cannot drift apart.
import { sql, type RawBuilder } from "kysely";
import type { MandateStatus, MeetingState } from "../../db/schema";
import { messagesFor, type Locale } from "~/i18n";
import { addCalendarDays, daysBetween, formatDay } from "~/utils/dates";

export type DueState = "closed" | "reported" | "overdue" | "due_soon" | "open";

/** "Due soon": within this many days, or at the group's next meeting. */
export const DUE_SOON_DAYS = 14;
/** No follow-up is expected any more. */
export const CLOSED_STATUSES: MandateStatus[] = ["done", "cancelled", "continued"];
/** Follow-up still expected: every other status (the register's "open"). */
export const OPEN_STATUSES: MandateStatus[] = ["given", "in_progress", "reported"];
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

/** The days a mandate row stores (mandate.due_on, mandate.report_due_on). */
export type StoredDueDays = {
  /** `dueDay()`: the due date, or the due meeting's current day. */
  dueOn: string | null;
  /** The due day while a report-back is still awaited: open status, and no report on or after it. Else null. */
  reportDueOn: string | null;
};

/** What a mandate row stores, from its status, due point and latest report-back. Recomputed on every write. */
export function storedDueDays(input: Pick<DueInput, "status" | "dueDate" | "lastReportedOn"> & { dueMeetingDate: string | null }): StoredDueDays {
  const dueOn = input.dueDate ?? input.dueMeetingDate ?? null;
  const awaited =
    dueOn !== null &&
    !CLOSED_STATUSES.includes(input.status) &&
    input.status !== "reported" &&
    // A report-back on or after the due point answers it; the work may go on.
    !(input.lastReportedOn && input.lastReportedOn >= dueOn);
  return { dueOn, reportDueOn: awaited ? dueOn : null };
}

export function dueState(input: DueInput, today: string): DueState {
  if (CLOSED_STATUSES.includes(input.status)) return "closed";
  if (input.status === "reported") return "reported";
  const { reportDueOn } = storedDueDays({ ...input, dueMeetingDate: input.dueMeeting?.date ?? null });
  if (!reportDueOn) return "open";
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

/**
 * The SQL expressions the rule reads: the stored days and a few columns of the
 * caller's query. The two meeting inputs are only read for a mandate due at a
 * meeting whose day has not passed (a few rows), so pass them as scalar
 * subqueries: they are then not evaluated for the thousands of others.
 */
export type DueSqlInputs = {
  status: RawBuilder<unknown>;
  dueDate: RawBuilder<unknown>;
  /** The stored `report_due_on`. */
  reportDueOn: RawBuilder<unknown>;
  dueMeetingState: RawBuilder<unknown>;
  /** The group's next meeting day (on or after today), or NULL. */
  nextMeetingDate: RawBuilder<unknown>;
};

const list = (values: string[]) => sql.join(values.map((v) => sql.lit(v)));

/**
 * `dueState()` as one SQL CASE over the stored days. `today` and the due-soon
 * horizon are bound as parameters; "the day after" is `due < today`.
 */
export function dueStateSql(i: DueSqlInputs, today: string): RawBuilder<DueState> {
  const soon = addCalendarDays(today, DUE_SOON_DAYS);
  return sql<DueState>`(case
    when ${i.status} in (${list(CLOSED_STATUSES)}) then 'closed'
    when ${i.status} = 'reported' then 'reported'
    when ${i.reportDueOn} is null then 'open'
    when ${i.reportDueOn} < ${today} then 'overdue'
    when ${i.dueDate} is not null then case when ${i.reportDueOn} <= ${soon} then 'due_soon' else 'open' end
    when ${i.dueMeetingState} in (${list(HELD_STATES)}) then 'overdue'
    when ${i.reportDueOn} <= ${soon} or ${i.reportDueOn} = ${i.nextMeetingDate} then 'due_soon'
    else 'open' end)`;
}

/**
 * "Overdue" as a condition an index on `report_due_on` answers with one range:
 * due before today, or (the rare case) due at a meeting already marked held on
 * or before its day. `heldAheadDay` is a scalar subquery: the latest day of a
 * meeting marked held that is today or later (NULL: none).
 */
export function overdueSql(i: DueSqlInputs & { heldAheadDay: RawBuilder<unknown> }, today: string): RawBuilder<boolean> {
  const yesterday = addCalendarDays(today, -1);
  return sql<boolean>`(${i.reportDueOn} <= coalesce(${i.heldAheadDay}, ${yesterday}) and (${i.reportDueOn} < ${today} or (${i.dueDate} is null and ${i.dueMeetingState} in (${list(HELD_STATES)}))))`;
}

/** Meeting states that make a mandate due at the meeting overdue, for callers' SQL. */
export const heldStatesSql = () => list(HELD_STATES);

/** The register's urgency rank (DUE_STATE_ORDER) of a due-state expression. */
export function dueRankSql(state: RawBuilder<DueState>): RawBuilder<number> {
  const whens = DUE_STATES.map((s) => sql`when ${sql.lit(s)} then ${sql.lit(DUE_STATE_ORDER[s])}`);
  return sql<number>`(case ${state} ${sql.join(whens, sql` `)} end)`;
}
