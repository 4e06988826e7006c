// Reminders and digests, run by the scheduler (and by tests with a pinned
// "today"). Each writes outbox rows with a once-only key, so running a job
// twice, after a restart or on two instances, sends nothing twice.
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";
import { CLOSED_STATUSES, HELD_STATES, dueState } from "~/models/mandate-due";
import { daysBetween, stockholmDay } from "~/utils/dates";
import { notificationConfig } from "./config.server";
import { enqueue, type OutboxRow } from "./outbox.server";

/**
 * The threshold a day falls under: the smallest of those at or above the days
 * left. Given 2 days before it is due, a mandate gets the 3-day reminder only,
 * and a reminder missed while the server was down goes out the next day.
 */
export function thresholdFor(daysLeft: number, thresholds: number[]): number | null {
  if (daysLeft < 0) return null;
  const applicable = thresholds.filter((t) => t >= daysLeft);
  return applicable.length ? Math.min(...applicable) : null;
}

async function staffByUnit(db: Kysely<Database>, unitIds: number[]) {
  const map = new Map<number, number[]>();
  if (!unitIds.length) return map;
  const rows = await db.selectFrom("user").select(["id", "unit_id"]).where("unit_id", "in", unitIds).orderBy("id").execute();
  for (const r of rows) map.set(r.unit_id!, [...(map.get(r.unit_id!) ?? []), r.id]);
  return map;
}

async function secretariesByGroup(db: Kysely<Database>, groupIds: number[]) {
  const map = new Map<number, number[]>();
  if (!groupIds.length) return map;
  const rows = await db.selectFrom("membership").select(["user_id", "group_id"]).where("group_id", "in", groupIds).where("role", "=", "secretary").orderBy("user_id").execute();
  for (const r of rows) map.set(r.group_id, [...(map.get(r.group_id) ?? []), r.user_id]);
  return map;
}

async function openMandates(db: Kysely<Database>) {
  const rows = await db
    .selectFrom("mandate")
    .leftJoin("meeting as due_meeting", "due_meeting.id", "mandate.due_meeting_id")
    .select(["mandate.id", "mandate.group_id", "mandate.assignee_unit_id", "mandate.status", "mandate.due_date", "due_meeting.meeting_date as due_meeting_date", "due_meeting.state as due_meeting_state"])
    .where("mandate.status", "not in", [...CLOSED_STATUSES, "reported"])
    .execute();
  const ids = rows.map((r) => r.id);
  const reported = new Map<number, string>();
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500);
    const entries = await db
      .selectFrom("mandate_entry")
      .select(["mandate_id", (eb) => eb.fn.max("entry_date").as("day")])
      .where("mandate_id", "in", chunk)
      .where("kind", "=", "reported")
      .groupBy("mandate_id")
      .execute();
    for (const e of entries) reported.set(e.mandate_id, String(e.day));
  }
  return rows.map((r) => ({ ...r, lastReportedOn: reported.get(r.id) ?? null }));
}

/** Reminders before a mandate's due day (14 and 3 days by default), to the staff of its unit. */
export async function enqueueMandateReminders(db: Kysely<Database>, today: string, now = new Date()): Promise<number> {
  const thresholds = notificationConfig().mandateReminderDays;
  const mandates = (await openMandates(db)).filter((m) => !(m.due_meeting_state && HELD_STATES.includes(m.due_meeting_state)));
  const staff = await staffByUnit(db, [...new Set(mandates.map((m) => m.assignee_unit_id).filter((id): id is number => id !== null))]);
  const rows: OutboxRow[] = [];
  for (const m of mandates) {
    const due = m.due_date ?? m.due_meeting_date;
    if (!due || (m.lastReportedOn && m.lastReportedOn >= due)) continue;
    const daysLeft = daysBetween(today, due);
    const threshold = thresholdFor(daysLeft, thresholds);
    if (threshold === null || m.assignee_unit_id === null) continue;
    for (const recipientId of staff.get(m.assignee_unit_id) ?? []) {
      rows.push({ kind: "mandate_reminder", recipientId, mandateId: m.id, data: { days: daysLeft, threshold }, dedupeKey: `mandate_reminder:${m.id}:${due}:${threshold}:${recipientId}` });
    }
  }
  return enqueue(db, rows, now);
}

/** The weekly digest of overdue mandates: to the staff of each unit and each group's secretary. */
export async function enqueueOverdueDigests(db: Kysely<Database>, today: string, now = new Date()): Promise<number> {
  const overdue = (await openMandates(db)).filter(
    (m) =>
      dueState(
        { status: m.status, dueDate: m.due_date, dueMeeting: m.due_meeting_date ? { date: m.due_meeting_date, state: m.due_meeting_state! } : null, lastReportedOn: m.lastReportedOn },
        today,
      ) === "overdue",
  );
  const staff = await staffByUnit(db, [...new Set(overdue.map((m) => m.assignee_unit_id).filter((id): id is number => id !== null))]);
  const secretaries = await secretariesByGroup(db, [...new Set(overdue.map((m) => m.group_id))]);
  const perRecipient = new Map<number, Set<number>>();
  const add = (userId: number, mandateId: number) => perRecipient.set(userId, (perRecipient.get(userId) ?? new Set()).add(mandateId));
  for (const m of overdue) {
    for (const id of m.assignee_unit_id !== null ? (staff.get(m.assignee_unit_id) ?? []) : []) add(id, m.id);
    for (const id of secretaries.get(m.group_id) ?? []) add(id, m.id);
  }
  return enqueue(
    db,
    [...perRecipient].map(([recipientId, ids]) => ({ kind: "overdue_digest", recipientId, data: { mandateIds: [...ids].sort((a, b) => a - b) }, dedupeKey: `overdue_digest:${today}:${recipientId}` })),
    now,
  );
}

/** Reminders before a call's application deadline (30 and 7 days): to the units of its mandates and the groups' secretaries. */
export async function enqueueCallReminders(db: Kysely<Database>, today: string, now = new Date()): Promise<number> {
  const thresholds = notificationConfig().callReminderDays;
  const calls = await db.selectFrom("funding_call").select(["id", "application_deadline", "closes_on"]).execute();
  const rows: OutboxRow[] = [];
  for (const call of calls) {
    const deadline = call.application_deadline ?? call.closes_on;
    const daysLeft = daysBetween(today, deadline);
    const threshold = thresholdFor(daysLeft, thresholds);
    if (threshold === null) continue;
    const mandates = await db.selectFrom("mandate").select(["group_id", "assignee_unit_id"]).where("call_id", "=", call.id).where("status", "not in", CLOSED_STATUSES).execute();
    const itemGroups = await db.selectFrom("agenda_item").innerJoin("meeting", "meeting.id", "agenda_item.meeting_id").select("meeting.group_id").where("agenda_item.call_id", "=", call.id).execute();
    const groupIds = [...new Set([...mandates.map((m) => m.group_id), ...itemGroups.map((g) => g.group_id)])];
    const unitIds = [...new Set(mandates.map((m) => m.assignee_unit_id).filter((id): id is number => id !== null))];
    const followers = new Set<number>([...(await staffByUnit(db, unitIds)).values()].flat());
    for (const ids of (await secretariesByGroup(db, groupIds)).values()) ids.forEach((id) => followers.add(id));
    for (const recipientId of [...followers].sort((a, b) => a - b)) {
      rows.push({ kind: "call_reminder", recipientId, callId: call.id, data: { days: daysLeft, threshold }, dedupeKey: `call_reminder:${call.id}:${deadline}:${threshold}:${recipientId}` });
    }
  }
  return enqueue(db, rows, now);
}

/** A reminder to the chair and checkers who have not approved N days after the minutes were sent (once per version). */
export async function enqueueApprovalReminders(db: Kysely<Database>, today: string, now = new Date()): Promise<number> {
  const days = notificationConfig().approvalReminderDays;
  const rows = await db
    .selectFrom("approval")
    .innerJoin("meeting", "meeting.id", "approval.meeting_id")
    .select(["approval.id", "approval.user_id", "approval.state", "approval.minutes_version as approved_version", "meeting.id as meeting_id", "meeting.minutes_version", "meeting.minutes_sent_at"])
    .where("meeting.state", "=", "minutes_drafted")
    .where("meeting.minutes_sent_at", "is not", null)
    .execute();
  return enqueue(
    db,
    rows
      .filter((r) => r.state === "pending" || (r.state === "approved" && r.approved_version !== r.minutes_version))
      .filter((r) => daysBetween(stockholmDay(new Date(r.minutes_sent_at!)), today) >= days)
      .map((r) => ({ kind: "approval_reminder", recipientId: r.user_id, meetingId: r.meeting_id, dedupeKey: `approval_reminder:${r.id}:${r.minutes_version}` })),
    now,
  );
}

/** Everything the scheduler runs each morning. */
export async function runDailyJobs(db: Kysely<Database>, today: string, now = new Date()) {
  return {
    mandateReminders: await enqueueMandateReminders(db, today, now),
    callReminders: await enqueueCallReminders(db, today, now),
    approvalReminders: await enqueueApprovalReminders(db, today, now),
  };
}
