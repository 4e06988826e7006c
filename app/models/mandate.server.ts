import { sql, type ExpressionBuilder, type Kysely, type RawBuilder, type SelectQueryBuilder, type Transaction } from "kysely";
import { notify } from "~/notifications";
import type { Database, MandateEntryKind, MandateStatus, MeetingState, Role } from "../../db/schema";
import { recordAudit } from "./audit.server";
import { getRole, listGroupsForUser } from "./group.server";
import { CLOSED_STATUSES, OPEN_STATUSES, dueRankSql, dueStateSql, heldStatesSql, overdueSql, type DueState } from "./mandate-due";
import { refreshDueDays } from "./mandate-due.server";
import { canFollowUpMandate, canSeeMeeting } from "./permissions";
import type { SessionUser } from "./user.server";
import type { FollowUpStatus } from "~/validation/follow-up";
import { DEFAULT_FILTER, PAGE_SIZE, parseMandateFilter, type MandateFilter } from "~/validation/mandate-filter";
import { addCalendarDays } from "~/utils/dates";
import { nowIso } from "~/utils/clock";
import { meetingName } from "./meeting-name";

type Db = Kysely<Database> | Transaction<Database>;

/** The day of each mandate's latest report-back entry. */
export async function reportedOnByMandate(db: Db, mandateIds: number[]): Promise<Map<number, string>> {
  if (mandateIds.length === 0) return new Map();
  const rows = await db
    .selectFrom("mandate_entry")
    .select(["mandate_id", (eb) => eb.fn.max("entry_date").as("reported_on")])
    .where("kind", "=", "reported")
    .where("mandate_id", "in", mandateIds)
    .groupBy("mandate_id")
    .execute();
  return new Map(rows.map((r) => [r.mandate_id, r.reported_on as string]));
}

/**
 * The due rule's inputs as SQL over `mandate`: the stored days, and the due
 * meeting's state and the group's next meeting day as scalar subqueries that
 * the CASE reads only for the few mandates due at a meeting not yet passed.
 */
export function dueSqlInputs(today: string) {
  return {
    status: sql`mandate.status`,
    dueDate: sql`mandate.due_date`,
    reportDueOn: sql`mandate.report_due_on`,
    dueMeetingState: sql`(select dm.state from meeting dm where dm.id = mandate.due_meeting_id)`,
    nextMeetingDate: sql`(select min(nm.meeting_date) from meeting nm where nm.group_id = mandate.group_id and nm.meeting_date >= ${today})`,
    // The latest day of a meeting already marked held on or after today (usually none).
    heldAheadDay: sql`(select max(hm.meeting_date) from meeting hm where hm.meeting_date >= ${today} and hm.state in (${heldStatesSql()}))`,
  };
}

/** Mandates the user may read: all for admins; else those of their groups and those given to their unit. */
function visibleTo(user: SessionUser) {
  return (eb: ExpressionBuilder<Database, "mandate">) =>
    eb.or([
      eb("mandate.group_id", "in", eb.selectFrom("membership").select("group_id").where("user_id", "=", user.id)),
      ...(user.unitId !== null ? [eb("mandate.assignee_unit_id", "=", user.unitId)] : []),
    ]);
}

export type MandateRegisterRow = {
  id: number;
  task: string;
  status: MandateStatus;
  groupId: number;
  groupShortName: string;
  unitId: number | null;
  unitName: string | null;
  givenOn: string;
  dueDate: string | null;
  dueMeetingId: number | null;
  dueMeetingDate: string | null;
  dueText: string | null;
  dueDay: string | null;
  dueState: DueState;
};

/**
 * The register: the filter, the sort and one page, all in SQLite, with the
 * due state computed there by the one rule (mandate-due.ts). `page: null`
 * returns every matching row (the CSV export).
 */
export async function searchMandates(
  db: Kysely<Database>,
  user: SessionUser,
  filter: MandateFilter,
  today: string,
  page: { size: number; count?: boolean } | null = { size: PAGE_SIZE },
): Promise<{ rows: MandateRegisterRow[]; total: number; page: number; pageCount: number }> {
  const inputs = dueSqlInputs(today);
  const state = dueStateSql(inputs, today);
  const day = sql<string | null>`mandate.due_on`;
  // Filters on mandate's own columns only (no joins), so the count and the
  // page walk the (group|unit, status / report_due_on / due_on / given_on)
  // indexes. "Open" is the statuses that still expect follow-up, as an IN list
  // an index can seek.
  let base = db
    .selectFrom("mandate")
    // Their own unit's mandates are always the user's to read: no visibility test to make.
    .$if(!user.isAdmin && !(filter.unitId !== null && filter.unitId === user.unitId), (q) => q.where(visibleTo(user)))
    .$if(filter.groupId !== null, (q) => q.where("mandate.group_id", "=", filter.groupId!))
    .$if(filter.unitId !== null, (q) => q.where("mandate.assignee_unit_id", "=", filter.unitId!))
    .$if(filter.status === "open", (q) => q.where("mandate.status", "in", OPEN_STATUSES))
    .$if(filter.status !== null && filter.status !== "open", (q) => q.where("mandate.status", "=", filter.status as MandateStatus));
  if (filter.due === "overdue") base = base.where(overdueSql(inputs, today));
  else if (filter.due === "none") base = base.where("mandate.due_on", "is", null);
  else if (filter.due) {
    base = base
      .where("mandate.due_on", ">=", today)
      .where("mandate.due_on", "<=", addCalendarDays(today, Number(filter.due)))
      .where("mandate.status", "in", ["given", "in_progress"]);
  }

  const counted = page === null || page.count !== false;
  const total = counted ? Number((await base.select((eb) => eb.fn.countAll<number>().as("total")).executeTakeFirstOrThrow()).total) : 0;
  const pageCount = page && counted ? Math.max(1, Math.ceil(total / page.size)) : 1;
  const pageNumber = page && counted ? Math.min(filter.page, pageCount) : 1;

  // A page: first its ids in order (narrow rows through the sorter), then
  // what the page shows for just those rows. Everything (the CSV): one query.
  const dir = filter.dir;
  const nullsLast = sql`(${day} is null)`;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const ordered = <Q extends SelectQueryBuilder<any, any, any>>(q: Q): Q => {
    let o = q;
    if (filter.sort === "urgency") o = o.orderBy(dueRankSql(state), dir).orderBy(nullsLast).orderBy(day, dir) as Q;
    else if (filter.sort === "due") o = o.orderBy(nullsLast).orderBy(day, dir) as Q;
    else if (filter.sort === "given") o = o.orderBy("mandate.given_on", dir) as Q;
    else if (filter.sort === "task") o = o.orderBy(sql`lower(mandate.task)`, dir) as Q;
    else o = o.orderBy(sql`"group".short_name`, dir).orderBy(dueRankSql(state)) as Q;
    return o.orderBy("mandate.id", dir) as Q;
  };
  const detailColumns = [
    "mandate.id",
    "mandate.task",
    "mandate.status",
    "mandate.given_on",
    "mandate.due_date",
    "mandate.due_meeting_id",
    "mandate.due_text",
    "mandate.group_id",
    "mandate.assignee_unit_id",
    "mandate.due_on",
    "group.short_name",
    "unit.name as unit_name",
  ] as const;
  let ids: number[] | null = null;
  if (page && filter.sort === "urgency") {
    ids = await urgencyPage(base, state, inputs, today, dir, (pageNumber - 1) * page.size, page.size);
  } else if (page) {
    const keys = filter.sort === "group" ? base.innerJoin("group", "group.id", "mandate.group_id").select("mandate.id") : base.select("mandate.id");
    ids = (await ordered(keys).limit(page.size).offset((pageNumber - 1) * page.size).execute()).map((r) => r.id);
  }
  if (ids !== null && ids.length === 0) return { total, page: pageNumber, pageCount, rows: [] };

  const withDetails = (ids === null ? base : db.selectFrom("mandate").where("mandate.id", "in", ids))
    .innerJoin("group", "group.id", "mandate.group_id")
    .leftJoin("unit", "unit.id", "mandate.assignee_unit_id")
    .select([...detailColumns, state.as("due_state")]);
  const details = await (ids === null ? ordered(withDetails) : withDetails).execute();
  const byId = new Map(details.map((r) => [r.id, r]));
  const rows = ids === null ? details : ids.map((id) => byId.get(id)!);
  return {
    total: counted ? total : rows.length,
    page: pageNumber,
    pageCount,
    rows: rows.map((r) => ({
      id: r.id,
      task: r.task,
      status: r.status,
      groupId: r.group_id,
      groupShortName: r.short_name,
      unitId: r.assignee_unit_id,
      unitName: r.unit_name,
      givenOn: r.given_on,
      dueDate: r.due_date,
      dueMeetingId: r.due_meeting_id,
      // The stored due day is the meeting's current day when it is due at one.
      dueMeetingDate: r.due_date === null && r.due_meeting_id !== null ? r.due_on : null,
      dueText: r.due_text,
      dueDay: r.due_on,
      dueState: r.due_state,
    })),
  };
}

/**
 * One page in urgency order (overdue, due soon, open, reported, closed; then
 * by due day), walked bucket by bucket so that each bucket is an index range:
 * the overdue and due-soon ones by `report_due_on` (equal to the due day
 * there), the others by status. A bucket is only counted when the page starts
 * beyond it; the first pages of a large register read a few index entries.
 */
async function urgencyPage(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  base: SelectQueryBuilder<Database, "mandate", any>,
  state: ReturnType<typeof dueStateSql>,
  inputs: ReturnType<typeof dueSqlInputs>,
  today: string,
  dir: "asc" | "desc",
  offset: number,
  size: number,
): Promise<number[]> {
  const buckets: Array<{ state: DueState; where: RawBuilder<boolean>; byReportDay: boolean }> = [
    { state: "overdue", where: overdueSql(inputs, today), byReportDay: true },
    { state: "due_soon", where: sql`(mandate.report_due_on >= ${today} and ${state} = 'due_soon')`, byReportDay: true },
    { state: "open", where: sql`(mandate.status in ('given', 'in_progress') and ${state} = 'open')`, byReportDay: false },
    { state: "reported", where: sql`mandate.status = 'reported'`, byReportDay: false },
    { state: "closed", where: sql`mandate.status in (${sql.join(CLOSED_STATUSES.map((s) => sql.lit(s)))})`, byReportDay: false },
  ];
  if (dir === "desc") buckets.reverse();
  const ids: number[] = [];
  let skip = offset;
  for (const bucket of buckets) {
    if (ids.length >= size) break;
    const rows = base.where(bucket.where);
    if (skip > 0) {
      const { n } = await rows.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
      if (skip >= Number(n)) {
        skip -= Number(n);
        continue;
      }
    }
    let q = rows.select("mandate.id");
    q = bucket.byReportDay ? q.orderBy("mandate.report_due_on", dir) : q.orderBy(sql`(mandate.due_on is null)`).orderBy("mandate.due_on", dir);
    const found = await q.orderBy("mandate.id", dir).limit(size - ids.length).offset(skip).execute();
    ids.push(...found.map((r) => r.id));
    skip = 0;
  }
  return ids;
}

/** Open mandates (follow-up still expected) the user may read, as a query to narrow further. */
export function openMandatesFor(db: Kysely<Database>, user: SessionUser) {
  return db
    .selectFrom("mandate")
    .where("mandate.status", "in", OPEN_STATUSES)
    .$if(!user.isAdmin, (q) => q.where(visibleTo(user)));
}

/**
 * The calendar feed's due days: open mandates the user may read, due on or
 * after `from` (a feed is a calendar, not the archive), by due day, by index.
 */
export async function listOpenDueDays(db: Kysely<Database>, user: SessionUser, from: string, limit = 1000) {
  const rows = await openMandatesFor(db, user)
    .innerJoin("group", "group.id", "mandate.group_id")
    .leftJoin("unit", "unit.id", "mandate.assignee_unit_id")
    .select(["mandate.id", "mandate.task", "mandate.due_on", "group.short_name", "unit.name as unit_name"])
    .where("mandate.due_on", ">=", from)
    .orderBy("mandate.due_on")
    .orderBy("mandate.id")
    .limit(limit)
    .execute();
  return rows.map((r) => ({ id: r.id, task: r.task, dueDay: r.due_on!, groupShortName: r.short_name, unitName: r.unit_name }));
}

export type MandateListRow = MandateRegisterRow;

/** Every mandate the user may read, most urgent first (overdue, due soon, open, reported, closed). */
export async function listMandates(db: Kysely<Database>, user: SessionUser, today: string): Promise<MandateListRow[]> {
  return (await searchMandates(db, user, DEFAULT_FILTER, today, null)).rows;
}

/** Units that receive mandates, for the register's filter. */
export async function listUnits(db: Kysely<Database>) {
  return db.selectFrom("unit").select(["id", "name"]).orderBy("name").execute();
}

type EventKind = MandateEntryKind | "agenda" | "continued_by" | "due";

export type MandateTimelineEvent = {
  key: string;
  date: string;
  kind: EventKind;
  body: string | null;
  statusAfter: MandateStatus | null;
  authorName: string | null;
  meeting: { id: number; title: string } | null;
  item: { id: number; title: string; paragraph: number | null } | null;
  mandate: { id: number; task: string } | null;
};

/**
 * A mandate's whole story, or null when it does not exist or the user may not
 * read it: the decision that gave it, every trail entry, every meeting where it
 * was on the agenda, what it continued and what continued it, as one timeline.
 */
export async function getMandateStory(db: Kysely<Database>, user: SessionUser, mandateId: number, today: string) {
  const mandate = await db
    .selectFrom("mandate")
    .innerJoin("group", "group.id", "mandate.group_id")
    .leftJoin("unit", "unit.id", "mandate.assignee_unit_id")
    .leftJoin("meeting as due_meeting", "due_meeting.id", "mandate.due_meeting_id")
    .leftJoin("funding_call", "funding_call.id", "mandate.call_id")
    .leftJoin("project", "project.id", "mandate.project_id")
    .leftJoin("per_capsulam_decision as pc", "pc.id", "mandate.given_by_per_capsulam_id")
    .select([
      "mandate.id",
      "mandate.task",
      "mandate.status",
      "mandate.group_id",
      "mandate.assignee_unit_id",
      "mandate.given_on",
      "mandate.given_by_item_id",
      "mandate.due_date",
      "mandate.due_meeting_id",
      "mandate.due_text",
      "mandate.continues_mandate_id",
      "group.name as group_name",
      "group.short_name as group_short_name",
      "unit.name as unit_name",
      "due_meeting.meeting_date as due_meeting_date",
      "due_meeting.title as due_meeting_title",
      "due_meeting.state as due_meeting_state",
      "funding_call.id as call_id",
      "funding_call.fund as call_fund",
      "funding_call.code as call_code",
      "project.id as project_id",
      "project.name as project_name",
      "pc.title as pc_title",
      "pc.decided_on as pc_decided_on",
      dueStateSql(dueSqlInputs(today), today).as("due_state"),
    ])
    .where("mandate.id", "=", mandateId)
    .executeTakeFirst();
  if (!mandate) return null;
  const role: Role | null = await getRole(db, user, mandate.group_id);
  const mayRead = role !== null || (user.unitId !== null && user.unitId === mandate.assignee_unit_id);
  if (!mayRead) return null;

  const [entries, agendaItems, givenBy, continues, continuedBy] = await Promise.all([
    db
      .selectFrom("mandate_entry")
      .leftJoin("user", "user.id", "mandate_entry.author_id")
      .leftJoin("meeting", "meeting.id", "mandate_entry.meeting_id")
      .leftJoin("agenda_item", "agenda_item.id", "mandate_entry.agenda_item_id")
      .select([
        "mandate_entry.id",
        "mandate_entry.entry_date",
        "mandate_entry.kind",
        "mandate_entry.body",
        "mandate_entry.status_after",
        "mandate_entry.agenda_item_id",
        "user.name as author_name",
        "meeting.id as meeting_id",
        "meeting.title as meeting_title",
        "meeting.meeting_date as meeting_date",
        "meeting.state as meeting_state",
        "agenda_item.title as item_title",
        "agenda_item.paragraph as item_paragraph",
      ])
      .where("mandate_entry.mandate_id", "=", mandateId)
      .orderBy("mandate_entry.entry_date")
      .orderBy("mandate_entry.id")
      .execute(),
    db
      .selectFrom("agenda_item")
      .innerJoin("meeting", "meeting.id", "agenda_item.meeting_id")
      .select(["agenda_item.id", "agenda_item.title", "agenda_item.paragraph", "meeting.id as meeting_id", "meeting.title as meeting_title", "meeting.meeting_date", "meeting.state"])
      .where("agenda_item.mandate_id", "=", mandateId)
      .execute(),
    mandate.given_by_item_id
      ? db
          .selectFrom("agenda_item")
          .innerJoin("meeting", "meeting.id", "agenda_item.meeting_id")
          .select(["agenda_item.id", "agenda_item.title", "agenda_item.paragraph", "meeting.id as meeting_id", "meeting.title as meeting_title", "meeting.meeting_date", "meeting.state"])
          .where("agenda_item.id", "=", mandate.given_by_item_id)
          .executeTakeFirst()
      : Promise.resolve(undefined),
    mandate.continues_mandate_id
      ? db.selectFrom("mandate").select(["id", "task", "given_on", "status"]).where("id", "=", mandate.continues_mandate_id).executeTakeFirst()
      : Promise.resolve(undefined),
    db.selectFrom("mandate").select(["id", "task", "given_on", "status"]).where("continues_mandate_id", "=", mandateId).orderBy("given_on").execute(),
  ]);

  // Meetings the user may not see (a draft agenda, for members) show no link.
  const meetingRef = (id: number | null, title: string | null, date: string | null, state: MeetingState | null) =>
    id !== null && state !== null && canSeeMeeting(role ?? "viewer", state) ? { id, title: meetingName(title!, date!) } : null;

  const events: MandateTimelineEvent[] = entries.map((e) => ({
    key: `entry-${e.id}`,
    date: e.entry_date,
    kind: e.kind,
    body: e.body,
    statusAfter: e.status_after as MandateStatus | null,
    authorName: e.author_name,
    meeting: meetingRef(e.meeting_id, e.meeting_title, e.meeting_date, e.meeting_state),
    item: e.agenda_item_id && e.item_title ? { id: e.agenda_item_id, title: e.item_title, paragraph: e.item_paragraph } : null,
    mandate: null,
  }));
  const inTrail = new Set(entries.map((e) => e.agenda_item_id).filter((id) => id !== null));
  for (const item of agendaItems) {
    if (inTrail.has(item.id)) continue;
    events.push({
      key: `agenda-${item.id}`,
      date: item.meeting_date,
      kind: "agenda",
      body: null,
      statusAfter: null,
      authorName: null,
      meeting: meetingRef(item.meeting_id, item.meeting_title, item.meeting_date, item.state),
      item: { id: item.id, title: item.title, paragraph: item.paragraph },
      mandate: null,
    });
  }
  for (const next of continuedBy) {
    events.push({ key: `continued-by-${next.id}`, date: next.given_on, kind: "continued_by", body: null, statusAfter: null, authorName: null, meeting: null, item: null, mandate: { id: next.id, task: next.task } });
  }
  const due = mandate.due_date ?? mandate.due_meeting_date;
  if (due) {
    events.push({
      key: "due",
      date: due,
      kind: "due",
      body: null,
      statusAfter: null,
      authorName: null,
      meeting: null,
      item: null,
      mandate: null,
    });
  }
  const kindOrder: Record<EventKind, number> = { given: 0, agenda: 1, due: 2, reported: 3, progress: 4, on_agenda: 4, status: 5, continued: 6, continued_by: 7 };
  events.sort((a, b) => a.date.localeCompare(b.date) || kindOrder[a.kind] - kindOrder[b.kind]);

  return {
    mandate: {
      id: mandate.id,
      task: mandate.task,
      status: mandate.status,
      groupId: mandate.group_id,
      groupName: mandate.group_name,
      groupShortName: mandate.group_short_name,
      unitId: mandate.assignee_unit_id,
      unitName: mandate.unit_name,
      givenOn: mandate.given_on,
      dueDate: mandate.due_date,
      dueMeetingDate: mandate.due_meeting_date,
      dueMeeting: meetingRef(mandate.due_meeting_id, mandate.due_meeting_title, mandate.due_meeting_date, mandate.due_meeting_state),
      dueText: mandate.due_text,
      dueState: mandate.due_state,
      call: mandate.call_id ? { id: mandate.call_id, fund: mandate.call_fund!, code: mandate.call_code! } : null,
      project: mandate.project_id ? { id: mandate.project_id, name: mandate.project_name! } : null,
    },
    givenBy: givenBy
      ? {
          meeting: meetingRef(givenBy.meeting_id, givenBy.meeting_title, givenBy.meeting_date, givenBy.state),
          meetingTitle: meetingName(givenBy.meeting_title, givenBy.meeting_date),
          itemId: givenBy.id,
          title: givenBy.title,
          paragraph: givenBy.paragraph,
        }
      : null,
    givenByPerCapsulam: mandate.pc_title ? { title: mandate.pc_title, decidedOn: mandate.pc_decided_on! } : null,
    continues: continues ?? null,
    continuedBy,
    events,
    role,
    canFollowUp: canFollowUpMandate(role, user, mandate.assignee_unit_id),
  };
}

export type FollowUpInput = { body: string | null; status: FollowUpStatus | null };

/**
 * A progress note and/or a status move, as one trail entry, audited in the same
 * transaction. Moving to "reported" writes a report-back entry, which answers
 * the due point under the due rule.
 */
export async function followUpMandate(
  db: Kysely<Database>,
  user: SessionUser,
  mandateId: number,
  input: FollowUpInput,
  today: string,
  /** More writes of the same report in the same transaction (its deliverable, issue 17). */
  alsoWithin?: (trx: Transaction<Database>) => Promise<void>,
) {
  return db.transaction().execute(async (trx) => {
    const before = await trx.selectFrom("mandate").select(["id", "status"]).where("id", "=", mandateId).executeTakeFirstOrThrow();
    const statusAfter = input.status ?? before.status;
    // Reporting back is a report-back entry; a note is a progress entry (status move or not); a bare move is a status entry.
    const kind: MandateEntryKind = input.status === "reported" ? "reported" : input.body ? "progress" : "status";
    const entry = await trx
      .insertInto("mandate_entry")
      .values({ mandate_id: mandateId, entry_date: today, kind, meeting_id: null, agenda_item_id: null, body: input.body, status_after: statusAfter, author_id: user.id })
      .returning("id")
      .executeTakeFirstOrThrow();
    await recordAudit(trx, { userId: user.id, entity: "mandate_entry", entityId: entry.id, action: "create", after: { mandateId, kind, body: input.body, statusAfter } });
    if (statusAfter !== before.status) {
      await trx.updateTable("mandate").set({ status: statusAfter, updated_at: nowIso() }).where("id", "=", mandateId).execute();
      await recordAudit(trx, { userId: user.id, entity: "mandate", entityId: mandateId, action: "status", before: { status: before.status }, after: { status: statusAfter } });
    }
    await refreshDueDays(trx, { mandateIds: [mandateId] });
    if (alsoWithin) await alsoWithin(trx);
    await notify(trx, { type: "mandate_followed_up", mandateId, byUserId: user.id, entryId: entry.id });
    return entry.id;
  });
}

/** The register's filter from a URL, checked against the groups and units the user can choose. */
export async function readRegisterFilter(db: Kysely<Database>, user: SessionUser, url: URL) {
  const [groups, units] = await Promise.all([listGroupsForUser(db, user), listUnits(db)]);
  const { filter, ignored } = parseMandateFilter(url.searchParams, { groupIds: groups.map((g) => g.id), unitIds: units.map((u) => u.id) });
  return { filter, ignored, groups: groups.map((g) => ({ id: g.id, shortName: g.shortName, name: g.name })), units };
}

/**
 * Who may follow a mandate up, asked before anything is read: null when it does
 * not exist (404); otherwise whether the user is staff of its assignee unit or
 * the group's secretary (permissions.ts), so others get a 403.
 */
export async function getMandateFollowUpAccess(db: Kysely<Database>, user: SessionUser, mandateId: number) {
  const mandate = await db.selectFrom("mandate").select(["group_id", "assignee_unit_id", "status"]).where("id", "=", mandateId).executeTakeFirst();
  if (!mandate) return null;
  const role = await getRole(db, user, mandate.group_id);
  return { canFollowUp: canFollowUpMandate(role, user, mandate.assignee_unit_id), status: mandate.status };
}
