import { sql, type Kysely } from "kysely";
import { refreshDueDays } from "./mandate-due.server";
import type { Database, MeetingState, Role, SectionKind, Outcome, AttendanceStatus } from "../../db/schema";
import { carryOverIntoAgenda } from "./agenda.server";
import { getAgendaMeeting } from "./agenda-item.server";
import { recordAudit } from "./audit.server";
import { agendaIsOpen, canSeeMeeting } from "./permissions";
import { notify } from "~/notifications";
import type { SessionUser } from "./user.server";
import { getRole } from "./group.server";
import { richTextToHtml } from "~/utils/rich-text.server";
import { dueState, type DueState } from "./mandate-due";
import { reportedOnByMandate } from "./mandate.server";
import { defaultMeetingTitle, meetingName } from "./meeting-name";

export type MeetingListRow = {
  id: number;
  title: string;
  date: string;
  startTime: string | null;
  place: string | null;
  state: MeetingState;
  groupId: number;
  groupShortName: string;
  /** Set when the meeting was called off: lists say so, and it is nobody's next meeting. */
  cancelledAt: string | null;
  /** Imported and not yet checked against its original (the archive command's saves): lists say so. */
  importUnchecked: boolean;
};

export type MeetingListOptions = {
  groupId?: number | null;
  /** Only past meetings of this calendar year. */
  year?: number | null;
  /** Past meetings after this key (`YYYY-MM-DD.id`, the last row of the page before). */
  after?: string | null;
  /** At most this many past meetings; null: all of them. */
  pastLimit?: number | null;
  upcomingLimit?: number | null;
};

/**
 * Meetings the user may see, split on today's date: the coming ones first in
 * date order, then the past ones newest first, one page at a time (paging by
 * key, so page 60 of an archive costs what page 1 does). Visibility is the
 * rule of permissions.ts in SQL: a draft only for the secretary and chair.
 */
export async function listMeetings(
  db: Kysely<Database>,
  user: SessionUser,
  today: string,
  options: MeetingListOptions = {},
): Promise<{ upcoming: MeetingListRow[]; past: MeetingListRow[]; nextKey: string | null }> {
  const { groupId = null, year = null, after = null, pastLimit = null, upcomingLimit = null } = options;
  const visible = () =>
    db
      .selectFrom("meeting")
      .innerJoin("group", "group.id", "meeting.group_id")
      .leftJoin("membership", (join) =>
        join.onRef("membership.group_id", "=", "meeting.group_id").on("membership.user_id", "=", user.id),
      )
      .select([
        "meeting.id",
        "meeting.title",
        "meeting.meeting_date",
        "meeting.start_time",
        "meeting.place",
        "meeting.state",
        "meeting.group_id",
        "meeting.cancelled_at",
        "group.short_name",
        (eb) =>
          eb
            .exists(eb.selectFrom("imported_document").select("imported_document.id").whereRef("imported_document.meeting_id", "=", "meeting.id").where("imported_document.reviewed_at", "is", null))
            .as("import_unchecked"),
      ])
      .$if(!user.isAdmin, (q) => q.where("membership.user_id", "=", user.id))
      .where((eb) => eb.or([eb("meeting.state", "!=", "draft"), eb("membership.role", "in", ["secretary", "chair"])]))
      .$if(groupId !== null, (q) => q.where("meeting.group_id", "=", groupId!));
  const afterKey = after ? /^(\d{4}-\d{2}-\d{2})\.(\d+)$/.exec(after) : null;
  const [upcoming, past] = await Promise.all([
    after || year !== null
      ? Promise.resolve([])
      : visible()
          .where("meeting.meeting_date", ">=", today)
          .orderBy("meeting.meeting_date")
          .orderBy("meeting.id")
          .$if(upcomingLimit !== null, (q) => q.limit(upcomingLimit!))
          .execute(),
    visible()
      .where("meeting.meeting_date", "<", today)
      .$if(year !== null, (q) => q.where("meeting.meeting_date", ">=", `${year}-01-01`).where("meeting.meeting_date", "<", `${year! + 1}-01-01`))
      .$if(afterKey !== null, (q) =>
        q.where((eb) =>
          eb.or([
            eb("meeting.meeting_date", "<", afterKey![1]),
            eb.and([eb("meeting.meeting_date", "=", afterKey![1]), eb("meeting.id", "<", Number(afterKey![2]))]),
          ]),
        ),
      )
      .orderBy("meeting.meeting_date", "desc")
      .orderBy("meeting.id", "desc")
      .$if(pastLimit !== null, (q) => q.limit(pastLimit! + 1))
      .execute(),
  ]);
  const row = (r: (typeof past)[number]): MeetingListRow => ({
    id: r.id,
    title: meetingName(r.title, r.meeting_date),
    date: r.meeting_date,
    startTime: r.start_time,
    place: r.place,
    state: r.state,
    groupId: r.group_id,
    groupShortName: r.short_name,
    cancelledAt: r.cancelled_at,
    // (SQLite answers 0/1, PostgreSQL a boolean.)
    importUnchecked: Boolean(Number(r.import_unchecked)),
  });
  const more = pastLimit !== null && past.length > pastLimit;
  const page = more ? past.slice(0, pastLimit!) : past;
  const last = page[page.length - 1];
  return {
    upcoming: upcoming.map(row),
    past: page.map(row),
    nextKey: more && last ? `${last.meeting_date}.${last.id}` : null,
  };
}

/** The calendar years in which the user may see meetings, newest first (the year picker). */
export async function listMeetingYears(db: Kysely<Database>, user: SessionUser, groupId: number | null): Promise<number[]> {
  const rows = await db
    .selectFrom("meeting")
    .leftJoin("membership", (join) =>
      join.onRef("membership.group_id", "=", "meeting.group_id").on("membership.user_id", "=", user.id),
    )
    .select(sql<string>`substr(meeting.meeting_date, 1, 4)`.as("year"))
    .distinct()
    .$if(!user.isAdmin, (q) => q.where("membership.user_id", "=", user.id))
    .$if(groupId !== null, (q) => q.where("meeting.group_id", "=", groupId!))
    .orderBy("year", "desc")
    .execute();
  return rows.map((r) => Number(r.year));
}

export type PlanMeetingInput = {
  groupId: number;
  date: string;
  startTime: string | null;
  endTime?: string | null;
  place: string | null;
  /** Empty: the app names it after the group and the day, with the year. */
  title: string;
  createdBy: number | null;
};

/** Plans a meeting: the meeting and its draft agenda, in one transaction. */
export async function planMeeting(db: Kysely<Database>, input: PlanMeetingInput): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const group = await trx.selectFrom("group").select("name").where("id", "=", input.groupId).executeTakeFirstOrThrow();
    const title = input.title.trim() || defaultMeetingTitle(group.name, input.date);
    const { id } = await trx
      .insertInto("meeting")
      .values({
        group_id: input.groupId,
        title,
        meeting_date: input.date,
        start_time: input.startTime,
        end_time: input.endTime ?? null,
        place: input.place,
        state: "draft",
        created_by: input.createdBy,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await carryOverIntoAgenda(trx, { id, groupId: input.groupId, date: input.date });
    await recordAudit(trx, {
      userId: input.createdBy,
      entity: "meeting",
      entityId: id,
      action: "meeting_planned",
      meetingId: id,
      after: { title, date: input.date, startTime: input.startTime, place: input.place },
    });
    return id;
  });
}

export type MeetingView = Awaited<ReturnType<typeof getMeetingView>>;

/**
 * Everything the meeting page shows. Null when the meeting does not exist or
 * the user may not see it (a draft is invisible, not forbidden, to members).
 */
export async function getMeetingView(db: Kysely<Database>, user: SessionUser, meetingId: number, today: string) {
  const meeting = await getAgendaMeeting(db, meetingId);
  if (!meeting) return null;
  const role: Role | null = await getRole(db, user, meeting.groupId);
  if (!canSeeMeeting(role, meeting.state)) return null;

  const [sections, items, attendance, approvals, importedDocument] = await Promise.all([
    db
      .selectFrom("agenda_section")
      .select(["id", "kind", "title", "position"])
      .where("meeting_id", "=", meetingId)
      .orderBy("position")
      .execute(),
    db
      .selectFrom("agenda_item")
      .leftJoin("funding_call", "funding_call.id", "agenda_item.call_id")
      .leftJoin("project", "project.id", "agenda_item.project_id")
      .select([
        "agenda_item.id",
        "agenda_item.section_id",
        "agenda_item.position",
        "agenda_item.paragraph",
        "agenda_item.title",
        "agenda_item.presentation",
        "agenda_item.presenter",
        "agenda_item.background_json",
        "agenda_item.proposal_json",
        "agenda_item.decision_json",
        "agenda_item.decision_text",
        "agenda_item.outcome",
        "agenda_item.mandate_id",
        "funding_call.id as call_id",
        "funding_call.code as call_code",
        "funding_call.fund as call_fund",
        "funding_call.opens_on as call_opens_on",
        "funding_call.closes_on as call_closes_on",
        "funding_call.application_deadline as call_deadline",
        "project.id as project_id",
        "project.name as project_name",
      ])
      .where("agenda_item.meeting_id", "=", meetingId)
      .orderBy("agenda_item.position")
      .execute(),
    db
      .selectFrom("attendance")
      .select(["id", "name", "represents", "status", "substitute_for", "is_checker"])
      .where("meeting_id", "=", meetingId)
      .orderBy("id")
      .execute(),
    db
      .selectFrom("approval")
      .innerJoin("user", "user.id", "approval.user_id")
      .select(["approval.id", "approval.role", "approval.state", "approval.decided_at", "user.name"])
      .where("approval.meeting_id", "=", meetingId)
      .orderBy("approval.role")
      .orderBy("approval.id")
      .execute(),
    db.selectFrom("imported_document").select(["filename", "reviewed_at"]).where("meeting_id", "=", meetingId).executeTakeFirst(),
  ]);

  const itemIds = items.map((i) => i.id);
  const followedIds = items.map((i) => i.mandate_id).filter((id): id is number => id !== null);
  const mandates = itemIds.length
    ? await db
        .selectFrom("mandate")
        .leftJoin("unit", "unit.id", "mandate.assignee_unit_id")
        .leftJoin("meeting as due_meeting", "due_meeting.id", "mandate.due_meeting_id")
        .select([
          "mandate.id",
          "mandate.given_by_item_id",
          "mandate.task",
          "mandate.status",
          "mandate.due_date",
          "mandate.due_text",
          "mandate.continues_mandate_id",
          "unit.name as unit_name",
          "due_meeting.meeting_date as due_meeting_date",
          "due_meeting.state as due_meeting_state",
        ])
        .where((eb) =>
          eb.or([
            eb("mandate.given_by_item_id", "in", itemIds),
            ...(followedIds.length ? [eb("mandate.id", "in", followedIds)] : []),
          ]),
        )
        .orderBy("mandate.id")
        .execute()
    : [];
  const reportedOn = await reportedOnByMandate(db, mandates.map((m) => m.id));
  const mandateRows = mandates.map((m) => ({
    id: m.id,
    givenByItemId: m.given_by_item_id,
    task: m.task,
    status: m.status,
    unitName: m.unit_name,
    dueDate: m.due_date,
    dueMeetingDate: m.due_meeting_date,
    dueState: dueState(
      {
        status: m.status,
        dueDate: m.due_date,
        dueMeeting: m.due_meeting_date ? { date: m.due_meeting_date, state: m.due_meeting_state! } : null,
        lastReportedOn: reportedOn.get(m.id) ?? null,
      },
      today,
    ) as DueState,
  }));

  return {
    meeting,
    role,
    importedFrom: importedDocument?.filename ?? null,
    /** When the imported meeting was checked against its file; null while no one has (the archive command's saves). */
    importReviewedAt: importedDocument?.reviewed_at ?? null,
    sections: sections.map((section) => ({
      id: section.id,
      kind: section.kind as SectionKind,
      title: section.title,
      items: items
        .filter((item) => item.section_id === section.id)
        .map((item) => ({
          id: item.id,
          paragraph: item.paragraph,
          title: item.title,
          presentation: item.presentation,
          presenter: item.presenter,
          backgroundHtml: richTextToHtml(item.background_json),
          proposalHtml: richTextToHtml(item.proposal_json),
          decisionHtml: richTextToHtml(item.decision_json),
          outcome: item.outcome as Outcome | null,
          call: item.call_id
            ? {
                id: item.call_id,
                code: item.call_code!,
                fund: item.call_fund!,
                opensOn: item.call_opens_on!,
                closesOn: item.call_closes_on!,
                deadline: item.call_deadline,
              }
            : null,
          project: item.project_id ? { id: item.project_id, name: item.project_name! } : null,
          followsUp: mandateRows.find((m) => m.id === item.mandate_id) ?? null,
          mandatesGiven: mandateRows.filter((m) => m.givenByItemId === item.id),
        })),
    })),
    attendance: attendance.map((a) => ({
      id: a.id,
      name: a.name,
      represents: a.represents,
      status: a.status as AttendanceStatus,
      substituteFor: a.substitute_for,
      isChecker: a.is_checker === 1,
    })),
    approvals: approvals.map((a) => ({ id: a.id, role: a.role, state: a.state, decidedAt: a.decided_at, name: a.name })),
  };
}

/** The user's role in a meeting's group, when they may see the meeting; null otherwise. */
export async function getMeetingAccess(db: Kysely<Database>, user: SessionUser, meetingId: number) {
  const meeting = await db.selectFrom("meeting").select(["id", "group_id", "state"]).where("id", "=", meetingId).executeTakeFirst();
  if (!meeting) return null;
  const role = await getRole(db, user, meeting.group_id);
  return canSeeMeeting(role, meeting.state) ? { meetingId: meeting.id, groupId: meeting.group_id, state: meeting.state, role } : null;
}

export type RescheduleInput = { date: string; startTime: string | null; endTime: string | null; place: string | null };
export type RescheduleRefusal = { refused: "not-found" | "not-open" };

/**
 * Moves a meeting (day, time or place) before it is held. A move raises the
 * invitation's sequence, and once the agenda is published, everyone in the
 * group gets the updated invitation; mandates due at the meeting move with it.
 */
export async function rescheduleMeeting(db: Kysely<Database>, userId: number, meetingId: number, input: RescheduleInput): Promise<{ moved: boolean } | RescheduleRefusal> {
  return db.transaction().execute(async (trx) => {
    const before = await trx
      .selectFrom("meeting")
      .select(["meeting_date", "start_time", "end_time", "place", "state", "cancelled_at"])
      .where("id", "=", meetingId)
      .executeTakeFirst();
    if (!before) return { refused: "not-found" } as const;
    if (!agendaIsOpen(before.state) || before.cancelled_at) return { refused: "not-open" } as const;
    const changed =
      before.meeting_date !== input.date || before.start_time !== input.startTime || before.end_time !== input.endTime || (before.place ?? null) !== input.place;
    if (!changed) return { moved: false };
    await trx
      .updateTable("meeting")
      .set((eb) => ({
        meeting_date: input.date,
        start_time: input.startTime,
        end_time: input.endTime,
        place: input.place,
        calendar_sequence: eb("calendar_sequence", "+", 1),
        updated_at: new Date().toISOString(),
      }))
      .where("id", "=", meetingId)
      .execute();
    // Mandates due at the meeting move with it.
    await refreshDueDays(trx, { dueMeetingId: meetingId });
    await recordAudit(trx, {
      userId,
      entity: "meeting",
      entityId: meetingId,
      action: "meeting_moved",
      meetingId,
      before: { date: before.meeting_date, startTime: before.start_time, endTime: before.end_time, place: before.place },
      after: input,
    });
    if (before.state === "agenda_published") await notify(trx, { type: "meeting_moved", meetingId });
    return { moved: true };
  });
}

/** Calls a meeting off before it is held: those who had the invitation get a cancellation (METHOD:CANCEL). */
export async function cancelMeeting(db: Kysely<Database>, userId: number, meetingId: number): Promise<{ cancelled: true } | RescheduleRefusal> {
  return db.transaction().execute(async (trx) => {
    const before = await trx.selectFrom("meeting").select(["state", "cancelled_at"]).where("id", "=", meetingId).executeTakeFirst();
    if (!before) return { refused: "not-found" } as const;
    if (!agendaIsOpen(before.state) || before.cancelled_at) return { refused: "not-open" } as const;
    const now = new Date().toISOString();
    await trx
      .updateTable("meeting")
      .set((eb) => ({ cancelled_at: now, calendar_sequence: eb("calendar_sequence", "+", 1), updated_at: now }))
      .where("id", "=", meetingId)
      .execute();
    await recordAudit(trx, { userId, entity: "meeting", entityId: meetingId, action: "meeting_cancelled", meetingId, after: { cancelledAt: now } });
    if (before.state === "agenda_published") await notify(trx, { type: "meeting_cancelled", meetingId });
    return { cancelled: true };
  });
}
