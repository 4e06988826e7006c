// What the meeting page adds to the agenda view (meeting.server.ts) while the
// meeting is held and for its minutes: item versions and section kinds,
// stances, corrections, approvals, the attendance sheet, the choices the
// decision forms offer, per-capsulam mandates, and the history.
import type { Kysely } from "kysely";
import type { ApprovalRole, ApprovalState, Database, Role } from "../../db/schema";
import { listMeetingHistory } from "./audit.server";
import { getAttendanceSheet } from "./attendance.server";
import { listStances } from "./decision.server";
import { listCorrections } from "./minutes.server";
import { canCorrectMinutes, canMarkStance, canRecordDecisions, canSeeMeetingHistory, canSendMinutes } from "./permissions";
import { meetingName } from "./meeting-name";

export async function getMinutesExtras(db: Kysely<Database>, userId: number, meetingId: number, groupId: number, role: Role | null) {
  const meeting = await db
    .selectFrom("meeting")
    .select(["meeting_date", "minutes_sent_at", "minutes_version", "state"])
    .where("id", "=", meetingId)
    .executeTakeFirstOrThrow();
  const recorder = canRecordDecisions(role);
  const [items, stances, corrections, approvals, perCapsulamMandates] = await Promise.all([
    db
      .selectFrom("agenda_item")
      .innerJoin("agenda_section", "agenda_section.id", "agenda_item.section_id")
      .select(["agenda_item.id", "agenda_item.version", "agenda_item.decision_text", "agenda_item.decision_json", "agenda_item.mandate_id", "agenda_item.per_capsulam_decision_id", "agenda_section.kind"])
      .where("agenda_item.meeting_id", "=", meetingId)
      .execute(),
    listStances(db, meetingId),
    listCorrections(db, meetingId),
    db
      .selectFrom("approval")
      .innerJoin("user", "user.id", "approval.user_id")
      .select(["approval.id", "approval.user_id", "approval.role", "approval.state", "approval.minutes_version", "approval.decided_at", "approval.comment", "user.name"])
      .where("approval.meeting_id", "=", meetingId)
      .orderBy("approval.role")
      .orderBy("approval.id")
      .execute(),
    db
      .selectFrom("mandate")
      .innerJoin("agenda_item", "agenda_item.per_capsulam_decision_id", "mandate.given_by_per_capsulam_id")
      .leftJoin("unit", "unit.id", "mandate.assignee_unit_id")
      .leftJoin("meeting as due_meeting", "due_meeting.id", "mandate.due_meeting_id")
      .select(["mandate.id", "mandate.task", "mandate.due_date", "mandate.due_text", "due_meeting.meeting_date as due_meeting_date", "agenda_item.id as item_id", "unit.name as unit_name"])
      .where("agenda_item.meeting_id", "=", meetingId)
      .execute(),
  ]);

  const choices = recorder ? await listMandateChoices(db, groupId, meeting.meeting_date) : null;

  const history = canSeeMeetingHistory(role) ? await listMeetingHistory(db, meetingId) : [];
  const sheet = recorder ? await getAttendanceSheet(db, meetingId, groupId) : [];
  const substitutes = recorder
    ? await db.selectFrom("attendance").select(["id", "name", "represents", "substitute_for"]).where("meeting_id", "=", meetingId).where("status", "=", "substitute").orderBy("id").execute()
    : [];
  const mine = approvals.find((a) => a.user_id === userId) ?? null;

  return {
    userId,
    minutesSentAt: meeting.minutes_sent_at,
    minutesVersion: meeting.minutes_version,
    can: {
      record: recorder,
      markStance: canMarkStance(role),
      send: canSendMinutes(role),
      correct: canCorrectMinutes(role),
      history: canSeeMeetingHistory(role),
    },
    items: Object.fromEntries(
      items.map((item) => [
        item.id,
        {
          version: item.version,
          sectionKind: item.kind,
          decisionText: item.decision_text,
          decisionJson: item.decision_json,
          followsUpMandate: item.mandate_id,
          stances: stances.filter((s) => s.agenda_item_id === item.id).map((s) => ({ id: s.id, userId: s.user_id, name: s.name, stance: s.stance, reason: s.reason })),
          corrections: corrections.filter((c) => c.itemId === item.id),
          perCapsulamMandates: perCapsulamMandates.filter((m) => m.item_id === item.id).map((m) => ({ id: m.id, task: m.task, due: { dueDate: m.due_date, dueMeetingDate: m.due_meeting_date, dueText: m.due_text }, unitName: m.unit_name })),
        },
      ]),
    ),
    corrections,
    approvals: approvals.map((a) => ({
      id: a.id,
      userId: a.user_id,
      name: a.name,
      role: a.role as ApprovalRole,
      state: a.state as ApprovalState,
      current: a.minutes_version === meeting.minutes_version,
      decidedAt: a.decided_at,
      comment: a.comment,
    })),
    myApproval: mine ? { state: mine.state as ApprovalState, current: mine.minutes_version === meeting.minutes_version } : null,
    sheet,
    substitutes: substitutes.map((s) => ({ id: s.id, name: s.name, represents: s.represents, substituteFor: s.substitute_for })),
    choices,
    history: history.map((h) => ({ id: h.id, at: h.at, who: h.user_name, entity: h.entity, action: h.action, before: h.before_json, after: h.after_json })),
  };
}

export type MinutesExtras = Awaited<ReturnType<typeof getMinutesExtras>>;

/** What a mandate form offers for a group: units, calls, open projects, the group's coming meetings. */
export async function listMandateChoices(db: Kysely<Database>, groupId: number, from: string) {
  const [units, calls, projects, meetings] = await Promise.all([
    db.selectFrom("unit").select(["id", "name"]).orderBy("name").execute(),
    db.selectFrom("funding_call").select(["id", "fund", "code"]).orderBy("closes_on", "desc").execute(),
    db.selectFrom("project").select(["id", "name"]).where("status", "!=", "closed").orderBy("name").execute(),
    db.selectFrom("meeting").select(["id", "title", "meeting_date"]).where("group_id", "=", groupId).where("meeting_date", ">", from).orderBy("meeting_date").execute(),
  ]);
  return {
    units,
    calls: calls.map((c) => ({ id: c.id, label: `${c.fund} ${c.code}` })),
    projects,
    laterMeetings: meetings.map((m) => ({ id: m.id, title: meetingName(m.title, m.meeting_date), date: m.meeting_date })),
  };
}
