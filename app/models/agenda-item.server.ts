// Editing a meeting's agenda: items and sections, their order, publishing it
// as a notice (kallelse), and the record of what changed after publishing.
// Every change runs in one transaction with its audit entry; after publishing,
// each change also bumps the meeting's agenda revision.
import type { Kysely, Selectable, Transaction } from "kysely";
import type { Database, MeetingState, SectionKind } from "../../db/schema";
import { richTextToHtml, type RichText } from "~/utils/rich-text.server";
import { richTextToEditablePlain } from "~/utils/rich-text-form.server";
import { recordAudit } from "./audit.server";
import { agendaIsOpen } from "./permissions";
import { nowIso } from "~/utils/clock";
import { meetingName } from "./meeting-name";
import { notify } from "~/notifications";
import { addCalendarDays } from "~/utils/dates";
import { CLOSED_STATUSES } from "./mandate-due";

type Db = Kysely<Database> | Transaction<Database>;

export type AgendaItemFields = {
  sectionId: number;
  title: string;
  presentation: string | null;
  presenter: string | null;
  background: RichText | null;
  proposal: RichText | null;
  mandateId: number | null;
  callId: number | null;
  projectId: number | null;
};

/** Why a change was refused; the route turns each into a Swedish message. */
export type AgendaRefusal =
  | { refused: "closed" }
  | { refused: "section" }
  | { refused: "mandate" | "call" | "project" }
  | { refused: "stale-order" }
  | { refused: "not-found" }
  | { refused: "not-empty" }
  | { refused: "version"; current: AgendaItemRow };

export type AgendaItemRow = {
  id: number;
  sectionId: number;
  position: number;
  title: string;
  presentation: string | null;
  presenter: string | null;
  backgroundJson: string | null;
  backgroundText: string | null;
  proposalJson: string | null;
  proposalText: string | null;
  mandateId: number | null;
  callId: number | null;
  projectId: number | null;
  perCapsulamDecisionId: number | null;
  version: number;
  updatedAt: string;
};

export type AgendaMeeting = {
  id: number;
  groupId: number;
  title: string;
  date: string;
  startTime: string | null;
  endTime: string | null;
  place: string | null;
  state: MeetingState;
  agendaPublishedAt: string | null;
  agendaRevision: number;
  minutesApprovedAt: string | null;
  /** Set when the meeting was called off (app/notifications sends the cancellation). */
  cancelledAt: string | null;
  groupName: string;
  groupShortName: string;
};

/** A meeting with its group: the head of every meeting page and PDF. */
export async function getAgendaMeeting(db: Db, meetingId: number): Promise<AgendaMeeting | null> {
  const row = await db
    .selectFrom("meeting")
    .innerJoin("group", "group.id", "meeting.group_id")
    .select([
      "meeting.id",
      "meeting.group_id",
      "meeting.title",
      "meeting.meeting_date",
      "meeting.start_time",
      "meeting.end_time",
      "meeting.place",
      "meeting.state",
      "meeting.agenda_published_at",
      "meeting.agenda_revision",
      "meeting.minutes_approved_at",
      "meeting.cancelled_at",
      "group.name as group_name",
      "group.short_name as group_short_name",
    ])
    .where("meeting.id", "=", meetingId)
    .executeTakeFirst();
  if (!row) return null;
  return {
    id: row.id,
    groupId: row.group_id,
    title: meetingName(row.title, row.meeting_date),
    date: row.meeting_date,
    startTime: row.start_time,
    endTime: row.end_time,
    place: row.place,
    state: row.state,
    agendaPublishedAt: row.agenda_published_at,
    agendaRevision: row.agenda_revision,
    minutesApprovedAt: row.minutes_approved_at,
    cancelledAt: row.cancelled_at,
    groupName: row.group_name,
    groupShortName: row.group_short_name,
  };
}

export async function listAgendaSections(db: Db, meetingId: number) {
  return db
    .selectFrom("agenda_section")
    .select(["id", "kind", "title", "position"])
    .where("meeting_id", "=", meetingId)
    .orderBy("position")
    .orderBy("id")
    .execute();
}

const ITEM_COLUMNS = [
  "id",
  "section_id",
  "position",
  "title",
  "presentation",
  "presenter",
  "background_json",
  "background_text",
  "proposal_json",
  "proposal_text",
  "mandate_id",
  "call_id",
  "project_id",
  "per_capsulam_decision_id",
  "version",
  "updated_at",
] as const;

type ItemDbRow = Pick<Selectable<Database["agenda_item"]>, (typeof ITEM_COLUMNS)[number]>;

function toRow(r: ItemDbRow): AgendaItemRow {
  return {
    id: r.id,
    sectionId: r.section_id,
    position: r.position,
    title: r.title,
    presentation: r.presentation,
    presenter: r.presenter,
    backgroundJson: r.background_json,
    backgroundText: r.background_text,
    proposalJson: r.proposal_json,
    proposalText: r.proposal_text,
    mandateId: r.mandate_id,
    callId: r.call_id,
    projectId: r.project_id,
    perCapsulamDecisionId: r.per_capsulam_decision_id,
    version: r.version,
    updatedAt: r.updated_at,
  };
}

export async function listAgendaItems(db: Db, meetingId: number): Promise<AgendaItemRow[]> {
  const rows = await db
    .selectFrom("agenda_item")
    .select([...ITEM_COLUMNS])
    .where("meeting_id", "=", meetingId)
    .orderBy("position")
    .orderBy("id")
    .execute();
  return rows.map(toRow);
}

async function getItem(db: Db, meetingId: number, itemId: number): Promise<AgendaItemRow | null> {
  const row = await db
    .selectFrom("agenda_item")
    .select([...ITEM_COLUMNS])
    .where("meeting_id", "=", meetingId)
    .where("id", "=", itemId)
    .executeTakeFirst();
  return row ? toRow(row) : null;
}

/** What an item may link to: the group's mandates, the funding calls, the projects. */
/**
 * What an agenda item can be linked to: the group's open mandates and the calls
 * still open or closed within a year, plus whatever this meeting's items already
 * link to. Not fifteen years of closed mandates in every item's list (an
 * archive's agenda editor sent 750 of them per page). The action accepts any
 * mandate of the group and any call (checkFields).
 */
export async function listItemLinkOptions(db: Db, meeting: { id: number; groupId: number; date: string }) {
  const linked = (column: "agenda_item.mandate_id" | "agenda_item.call_id") =>
    db.selectFrom("agenda_item").select(column).where("agenda_item.meeting_id", "=", meeting.id).where(column, "is not", null).$castTo<number>();
  const [mandates, calls, projects] = await Promise.all([
    db
      .selectFrom("mandate")
      .select(["id", "task", "given_on", "status"])
      .where("group_id", "=", meeting.groupId)
      .where((eb) => eb.or([eb("status", "not in", CLOSED_STATUSES), eb("id", "in", linked("agenda_item.mandate_id"))]))
      .orderBy("given_on", "desc")
      .orderBy("id")
      .execute(),
    db
      .selectFrom("funding_call")
      .select(["id", "fund", "code", "title"])
      .where((eb) => eb.or([eb("closes_on", ">=", addCalendarDays(meeting.date, -365)), eb("id", "in", linked("agenda_item.call_id"))]))
      .orderBy("closes_on", "desc")
      .orderBy("code")
      .execute(),
    db.selectFrom("project").select(["id", "name", "case_number"]).orderBy("name").execute(),
  ]);
  return { mandates, calls, projects };
}

async function checkFields(db: Db, meeting: AgendaMeeting, fields: AgendaItemFields): Promise<AgendaRefusal | null> {
  const section = await db
    .selectFrom("agenda_section")
    .select("id")
    .where("id", "=", fields.sectionId)
    .where("meeting_id", "=", meeting.id)
    .executeTakeFirst();
  if (!section) return { refused: "section" };
  if (fields.mandateId !== null) {
    const m = await db.selectFrom("mandate").select("id").where("id", "=", fields.mandateId).where("group_id", "=", meeting.groupId).executeTakeFirst();
    if (!m) return { refused: "mandate" };
  }
  if (fields.callId !== null) {
    const c = await db.selectFrom("funding_call").select("id").where("id", "=", fields.callId).executeTakeFirst();
    if (!c) return { refused: "call" };
  }
  if (fields.projectId !== null) {
    const p = await db.selectFrom("project").select("id").where("id", "=", fields.projectId).executeTakeFirst();
    if (!p) return { refused: "project" };
  }
  return null;
}

function columns(fields: AgendaItemFields) {
  return {
    section_id: fields.sectionId,
    title: fields.title,
    presentation: fields.presentation,
    presenter: fields.presenter,
    background_json: fields.background?.json ?? null,
    background_text: fields.background?.text ?? null,
    proposal_json: fields.proposal?.json ?? null,
    proposal_text: fields.proposal?.text ?? null,
    mandate_id: fields.mandateId,
    call_id: fields.callId,
    project_id: fields.projectId,
  };
}

/** The part of an item the revision record compares. */
function snapshot(item: AgendaItemRow | ReturnType<typeof columns>) {
  if ("sectionId" in item) {
    return {
      title: item.title,
      section_id: item.sectionId,
      presentation: item.presentation,
      presenter: item.presenter,
      background_text: item.backgroundText,
      proposal_text: item.proposalText,
      mandate_id: item.mandateId,
      call_id: item.callId,
      project_id: item.projectId,
    };
  }
  const { background_json: _b, proposal_json: _p, ...rest } = item;
  return rest;
}

/** After publishing, every change makes a new revision of the agenda. */
async function touchAgenda(trx: Db, meeting: AgendaMeeting, now: string) {
  await trx
    .updateTable("meeting")
    .set((eb) => ({
      updated_at: now,
      agenda_revision: meeting.state === "agenda_published" ? eb("agenda_revision", "+", 1) : eb.ref("agenda_revision"),
    }))
    .where("id", "=", meeting.id)
    .execute();
  // A published agenda that changes is a revised notice (members hear of it once the edits settle).
  if (meeting.state === "agenda_published" && !meeting.cancelledAt) await notify(trx, { type: "agenda_revised", meetingId: meeting.id });
}

async function nextPosition(trx: Db, sectionId: number): Promise<number> {
  const row = await trx
    .selectFrom("agenda_item")
    .select((eb) => eb.fn.max("position").as("max"))
    .where("section_id", "=", sectionId)
    .executeTakeFirst();
  return Number(row?.max ?? 0) + 1;
}

/** Renumbers a section's items 1..n in their current order. */
async function compact(trx: Db, sectionId: number) {
  const items = await trx.selectFrom("agenda_item").select("id").where("section_id", "=", sectionId).orderBy("position").orderBy("id").execute();
  for (const [index, item] of items.entries()) {
    await trx.updateTable("agenda_item").set({ position: index + 1 }).where("id", "=", item.id).execute();
  }
}

export async function addAgendaItem(
  db: Kysely<Database>,
  meeting: AgendaMeeting,
  fields: AgendaItemFields,
  userId: number,
): Promise<{ id: number } | AgendaRefusal> {
  return db.transaction().execute((trx) => addAgendaItemIn(trx, meeting, fields, userId));
}

/** addAgendaItem inside the caller's transaction (a failed round goes onto the agenda and is linked to its item together). */
export async function addAgendaItemIn(
  trx: Transaction<Database>,
  meeting: AgendaMeeting,
  fields: AgendaItemFields,
  userId: number,
): Promise<{ id: number } | AgendaRefusal> {
  if (!agendaIsOpen(meeting.state)) return { refused: "closed" };
  const problem = await checkFields(trx, meeting, fields);
  if (problem) return problem;
  const now = nowIso();
  const values = { ...columns(fields), meeting_id: meeting.id, position: await nextPosition(trx, fields.sectionId), created_at: now, updated_at: now };
  const { id } = await trx.insertInto("agenda_item").values(values).returning("id").executeTakeFirstOrThrow();
  await touchAgenda(trx, meeting, now);
  await recordAudit(trx, { userId, entity: "agenda_item", entityId: id, action: "item_added", meetingId: meeting.id, after: snapshot(columns(fields)) });
  return { id };
}

/**
 * Saves an item over the version the secretary started from. A save over a
 * newer version is refused with the saved item, so both texts can be shown.
 */
export async function updateAgendaItem(
  db: Kysely<Database>,
  meeting: AgendaMeeting,
  itemId: number,
  version: number,
  fields: AgendaItemFields,
  userId: number,
): Promise<{ id: number; version: number } | AgendaRefusal> {
  if (!agendaIsOpen(meeting.state)) return { refused: "closed" };
  const problem = await checkFields(db, meeting, fields);
  if (problem) return problem;
  return db.transaction().execute(async (trx) => {
    const current = await getItem(trx, meeting.id, itemId);
    if (!current) return { refused: "not-found" } as const;
    if (current.version !== version) return { refused: "version", current } as const;
    const now = nowIso();
    const moving = current.sectionId !== fields.sectionId;
    const result = await trx
      .updateTable("agenda_item")
      .set({
        ...columns(fields),
        ...(moving ? { position: await nextPosition(trx, fields.sectionId) } : {}),
        version: version + 1,
        updated_at: now,
      })
      .where("id", "=", itemId)
      .where("version", "=", version)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) return { refused: "version", current } as const;
    if (moving) await compact(trx, current.sectionId);
    await touchAgenda(trx, meeting, now);
    await recordAudit(trx, {
      userId,
      entity: "agenda_item",
      entityId: itemId,
      action: "item_updated",
      meetingId: meeting.id,
      before: snapshot(current),
      after: snapshot(columns(fields)),
    });
    return { id: itemId, version: version + 1 };
  });
}

export async function removeAgendaItem(
  db: Kysely<Database>,
  meeting: AgendaMeeting,
  itemId: number,
  version: number,
  userId: number,
): Promise<{ id: number } | AgendaRefusal> {
  if (!agendaIsOpen(meeting.state)) return { refused: "closed" };
  return db.transaction().execute(async (trx) => {
    const current = await getItem(trx, meeting.id, itemId);
    if (!current) return { refused: "not-found" } as const;
    if (current.version !== version) return { refused: "version", current } as const;
    await trx.deleteFrom("agenda_item").where("id", "=", itemId).execute();
    await compact(trx, current.sectionId);
    const now = nowIso();
    await touchAgenda(trx, meeting, now);
    await recordAudit(trx, { userId, entity: "agenda_item", entityId: itemId, action: "item_removed", meetingId: meeting.id, before: snapshot(current) });
    return { id: itemId };
  });
}

/**
 * Moves an item one place up or down within its section. `expectedOrder` is
 * the order of the section's item ids as the secretary saw it: if the section
 * has changed since, nothing moves.
 */
export async function moveAgendaItem(
  db: Kysely<Database>,
  meeting: AgendaMeeting,
  itemId: number,
  direction: "up" | "down",
  expectedOrder: number[],
  userId: number,
): Promise<{ id: number; position: number; count: number } | AgendaRefusal> {
  if (!agendaIsOpen(meeting.state)) return { refused: "closed" };
  return db.transaction().execute(async (trx) => {
    const item = await getItem(trx, meeting.id, itemId);
    if (!item) return { refused: "not-found" } as const;
    const order = (
      await trx.selectFrom("agenda_item").select("id").where("section_id", "=", item.sectionId).orderBy("position").orderBy("id").execute()
    ).map((r) => r.id);
    if (order.join(",") !== expectedOrder.join(",")) return { refused: "stale-order" } as const;
    const from = order.indexOf(itemId);
    const to = direction === "up" ? from - 1 : from + 1;
    if (to < 0 || to >= order.length) return { id: itemId, position: from + 1, count: order.length };
    [order[from], order[to]] = [order[to], order[from]];
    for (const [index, id] of order.entries()) {
      await trx.updateTable("agenda_item").set({ position: index + 1 }).where("id", "=", id).execute();
    }
    const now = nowIso();
    await touchAgenda(trx, meeting, now);
    await recordAudit(trx, {
      userId,
      entity: "agenda_item",
      entityId: itemId,
      action: "item_moved",
      meetingId: meeting.id,
      before: { position: from + 1, title: item.title },
      after: { position: to + 1, title: item.title },
    });
    return { id: itemId, position: to + 1, count: order.length };
  });
}

/** A custom section (e.g. "Information"), placed before Övriga frågor. */
export async function addAgendaSection(
  db: Kysely<Database>,
  meeting: AgendaMeeting,
  title: string,
  userId: number,
): Promise<{ id: number } | AgendaRefusal> {
  if (!agendaIsOpen(meeting.state)) return { refused: "closed" };
  return db.transaction().execute(async (trx) => {
    const sections = await listAgendaSections(trx, meeting.id);
    const other = sections.find((s) => s.kind === "other");
    const position = other ? other.position : (sections.at(-1)?.position ?? 0) + 1;
    for (const s of sections.filter((s) => s.position >= position)) {
      await trx.updateTable("agenda_section").set({ position: s.position + 1 }).where("id", "=", s.id).execute();
    }
    const { id } = await trx
      .insertInto("agenda_section")
      .values({ meeting_id: meeting.id, kind: "custom" satisfies SectionKind, title, position })
      .returning("id")
      .executeTakeFirstOrThrow();
    const now = nowIso();
    await touchAgenda(trx, meeting, now);
    await recordAudit(trx, { userId, entity: "agenda_section", entityId: id, action: "section_added", meetingId: meeting.id, after: { title } });
    return { id };
  });
}

/** Only an empty custom section can go; the built-in ones stay. */
export async function removeAgendaSection(
  db: Kysely<Database>,
  meeting: AgendaMeeting,
  sectionId: number,
  userId: number,
): Promise<{ id: number } | AgendaRefusal> {
  if (!agendaIsOpen(meeting.state)) return { refused: "closed" };
  return db.transaction().execute(async (trx) => {
    const section = await trx
      .selectFrom("agenda_section")
      .select(["id", "kind", "title"])
      .where("id", "=", sectionId)
      .where("meeting_id", "=", meeting.id)
      .executeTakeFirst();
    if (!section || section.kind !== "custom") return { refused: "section" } as const;
    const items = await trx.selectFrom("agenda_item").select("id").where("section_id", "=", sectionId).execute();
    if (items.length) return { refused: "not-empty" } as const;
    await trx.deleteFrom("agenda_section").where("id", "=", sectionId).execute();
    const now = nowIso();
    await touchAgenda(trx, meeting, now);
    await recordAudit(trx, { userId, entity: "agenda_section", entityId: sectionId, action: "section_removed", meetingId: meeting.id, before: { title: section.title } });
    return { id: sectionId };
  });
}

/** Publishes the agenda (kallelse): from now on members and viewers see it. */
export async function publishAgenda(db: Kysely<Database>, meeting: AgendaMeeting, userId: number): Promise<{ id: number } | AgendaRefusal> {
  if (meeting.state !== "draft" || meeting.cancelledAt) return { refused: "closed" };
  return db.transaction().execute(async (trx) => {
    const now = nowIso();
    const result = await trx
      .updateTable("meeting")
      .set({ state: "agenda_published", agenda_published_at: now, agenda_revision: 1, updated_at: now })
      .where("id", "=", meeting.id)
      .where("state", "=", "draft")
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) return { refused: "closed" } as const;
    await recordAudit(trx, {
      userId,
      entity: "meeting",
      entityId: meeting.id,
      action: "agenda_published",
      meetingId: meeting.id,
      before: { state: "draft" },
      after: { state: "agenda_published" },
    });
    await notify(trx, { type: "agenda_published", meetingId: meeting.id });
    return { id: meeting.id };
  });
}

export type AgendaChange = {
  id: number;
  at: string;
  userName: string | null;
  action: "item_added" | "item_updated" | "item_removed" | "item_moved" | "section_added" | "section_removed";
  title: string;
  /** For an edited item: which parts changed. */
  fields: string[];
};

const COMPARED = ["title", "section_id", "presentation", "presenter", "background_text", "proposal_text", "mandate_id", "call_id", "project_id"] as const;

/** The revised agenda: every change after publishing, newest first. */
export async function listAgendaChanges(db: Db, meeting: Pick<AgendaMeeting, "id" | "agendaPublishedAt">): Promise<AgendaChange[]> {
  if (!meeting.agendaPublishedAt) return [];
  const rows = await db
    .selectFrom("audit_log")
    .leftJoin("user", "user.id", "audit_log.user_id")
    .select(["audit_log.id", "audit_log.at", "audit_log.action", "audit_log.before_json", "audit_log.after_json", "user.name as user_name"])
    .where("audit_log.meeting_id", "=", meeting.id)
    .where("audit_log.entity", "in", ["agenda_item", "agenda_section"])
    .where("audit_log.at", ">", meeting.agendaPublishedAt)
    .orderBy("audit_log.at", "desc")
    .orderBy("audit_log.id", "desc")
    .execute();
  return rows.map((r) => {
    const before = r.before_json ? (JSON.parse(r.before_json) as Record<string, unknown>) : {};
    const after = r.after_json ? (JSON.parse(r.after_json) as Record<string, unknown>) : {};
    const fields = r.action === "item_updated" ? COMPARED.filter((k) => (before[k] ?? null) !== (after[k] ?? null)) : [];
    return {
      id: r.id,
      at: r.at,
      userName: r.user_name,
      action: r.action as AgendaChange["action"],
      title: String(after.title ?? before.title ?? ""),
      fields: [...fields],
    };
  });
}

export function isRefusal<T extends object>(result: T | AgendaRefusal): result is AgendaRefusal {
  return "refused" in result;
}

/** The agenda as the editor, the read view and the PDF show it: sections in order, items numbered through. */
export async function getAgendaView(db: Db, meeting: AgendaMeeting) {
  const [sections, items, links] = await Promise.all([
    listAgendaSections(db, meeting.id),
    listAgendaItems(db, meeting.id),
    db
      .selectFrom("agenda_item")
      .leftJoin("mandate", "mandate.id", "agenda_item.mandate_id")
      .leftJoin("funding_call", "funding_call.id", "agenda_item.call_id")
      .leftJoin("project", "project.id", "agenda_item.project_id")
      .select([
        "agenda_item.id",
        "mandate.task as mandate_task",
        "mandate.given_on as mandate_given_on",
        "funding_call.fund as call_fund",
        "funding_call.code as call_code",
        "funding_call.opens_on as call_opens_on",
        "funding_call.closes_on as call_closes_on",
        "funding_call.application_deadline as call_deadline",
        "project.name as project_name",
      ])
      .where("agenda_item.meeting_id", "=", meeting.id)
      .execute(),
  ]);
  const linkOf = new Map(links.map((l) => [l.id, l]));
  let number = 0;
  return sections.map((section) => ({
    id: section.id,
    kind: section.kind as SectionKind,
    title: section.title,
    items: items
      .filter((item) => item.sectionId === section.id)
      .map((item) => {
        number += 1;
        const l = linkOf.get(item.id)!;
        return {
          ...item,
          number,
          backgroundHtml: richTextToHtml(item.backgroundJson),
          backgroundPlain: richTextToEditablePlain(item.backgroundJson),
          proposalHtml: richTextToHtml(item.proposalJson),
          proposalPlain: richTextToEditablePlain(item.proposalJson),
          mandate: item.mandateId ? { id: item.mandateId, task: l.mandate_task!, givenOn: l.mandate_given_on! } : null,
          call: item.callId
            ? { id: item.callId, label: `${l.call_fund} ${l.call_code}`, opensOn: l.call_opens_on!, closesOn: l.call_closes_on!, deadline: l.call_deadline }
            : null,
          project: item.projectId ? { id: item.projectId, name: l.project_name! } : null,
        };
      }),
  }));
}

export type AgendaView = Awaited<ReturnType<typeof getAgendaView>>;
