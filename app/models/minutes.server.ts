// The minutes of a meeting: the state machine from held to approved, § numbers,
// the minutes version an approval is for, and corrections after the lock.
//
//   draft / agenda_published --holdMeeting--> held
//   held / minutes_drafted --sendMinutesForApproval--> minutes_drafted (sent)
//   all approvals for the current version --> minutes_approved (locked; see
//   approval.server.ts and the triggers of db/migrations/2026_11_23_1100_minutes.ts)
import type { Kysely, Transaction } from "kysely";
import type { Database, MeetingState } from "../../db/schema";
import { recordAudit } from "./audit.server";
import { notify } from "~/notifications";
import { MinutesError } from "./minutes-error";
import { yearOf } from "~/utils/dates";
import { nowIso } from "~/utils/clock";

type Db = Kysely<Database> | Transaction<Database>;

export type MinutesMeeting = {
  id: number;
  group_id: number;
  meeting_date: string;
  state: MeetingState;
  minutes_sent_at: string | null;
  minutes_version: number;
};

const EDITABLE: MeetingState[] = ["held", "minutes_drafted"];

export async function getMinutesMeeting(db: Db, meetingId: number): Promise<MinutesMeeting | null> {
  const row = await db
    .selectFrom("meeting")
    .select(["id", "group_id", "meeting_date", "state", "minutes_sent_at", "minutes_version"])
    .where("id", "=", meetingId)
    .executeTakeFirst();
  return row ?? null;
}

/** The meeting, if its minutes may still be written; refuses locked minutes and meetings not yet held. */
export async function requireEditableMinutes(db: Db, meetingId: number): Promise<MinutesMeeting> {
  const meeting = await getMinutesMeeting(db, meetingId);
  if (!meeting) throw new MinutesError("itemNotFound", 404);
  if (meeting.state === "minutes_approved") throw new MinutesError("locked", 409);
  if (!EDITABLE.includes(meeting.state)) throw new MinutesError("notHeld", 409);
  return meeting;
}

/**
 * Call after every change of the minutes' content. Once the minutes have been
 * sent for approval, a change makes a new version: approvals of the old one
 * no longer count and go back to pending.
 */
export async function touchMinutes(trx: Db, meeting: MinutesMeeting, userId: number): Promise<void> {
  if (!meeting.minutes_sent_at) return;
  const version = meeting.minutes_version + 1;
  await trx.updateTable("meeting").set({ minutes_version: version, updated_at: nowIso() }).where("id", "=", meeting.id).execute();
  meeting.minutes_version = version;
  const stale = await trx
    .selectFrom("approval")
    .select(["id", "state", "minutes_version"])
    .where("meeting_id", "=", meeting.id)
    .where("state", "=", "approved")
    .execute();
  for (const approval of stale) {
    await trx.updateTable("approval").set({ state: "pending", decided_at: null }).where("id", "=", approval.id).execute();
    await recordAudit(trx, {
      userId,
      entity: "approval",
      entityId: approval.id,
      action: "reset_by_change",
      meetingId: meeting.id,
      before: approval,
      after: { state: "pending", minutes_version: version },
    });
  }
}

/** The meeting starts (or is recorded as held): its minutes can now be written. */
export async function holdMeeting(db: Kysely<Database>, userId: number, meetingId: number): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const meeting = await getMinutesMeeting(trx, meetingId);
    if (!meeting) throw new MinutesError("itemNotFound", 404);
    if (meeting.state === "minutes_approved") throw new MinutesError("locked", 409);
    if (meeting.state !== "draft" && meeting.state !== "agenda_published") return;
    await trx.updateTable("meeting").set({ state: "held", updated_at: nowIso() }).where("id", "=", meetingId).execute();
    await recordAudit(trx, { userId, entity: "meeting", entityId: meetingId, action: "held", meetingId, before: { state: meeting.state }, after: { state: "held" } });
  });
}

/**
 * Gives § numbers to the meeting's items that have none, in agenda order,
 * running on from the highest § of the group's calendar year. Numbers already
 * given are kept (the database refuses to change them).
 */
export async function assignParagraphs(trx: Db, meeting: MinutesMeeting): Promise<number[]> {
  const year = yearOf(meeting.meeting_date);
  const top = await trx
    .selectFrom("agenda_item")
    .innerJoin("meeting", "meeting.id", "agenda_item.meeting_id")
    .select((eb) => eb.fn.max("agenda_item.paragraph").as("top"))
    .where("meeting.group_id", "=", meeting.group_id)
    .where("meeting.meeting_date", ">=", `${year}-01-01`)
    .where("meeting.meeting_date", "<=", `${year}-12-31`)
    .executeTakeFirst();
  let next = Number(top?.top ?? 0) + 1;
  const items = await trx
    .selectFrom("agenda_item")
    .innerJoin("agenda_section", "agenda_section.id", "agenda_item.section_id")
    .select(["agenda_item.id", "agenda_item.paragraph"])
    .where("agenda_item.meeting_id", "=", meeting.id)
    .orderBy("agenda_section.position")
    .orderBy("agenda_item.position")
    .orderBy("agenda_item.id")
    .execute();
  const given: number[] = [];
  for (const item of items) {
    if (item.paragraph !== null) continue;
    await trx.updateTable("agenda_item").set({ paragraph: next }).where("id", "=", item.id).execute();
    given.push(next);
    next += 1;
  }
  return given;
}

/** The group's chair: the one who signs the minutes with the checkers. */
async function findChair(trx: Db, groupId: number): Promise<number | null> {
  const row = await trx
    .selectFrom("membership")
    .select("user_id")
    .where("group_id", "=", groupId)
    .where("role", "=", "chair")
    .orderBy("id")
    .executeTakeFirst();
  return row?.user_id ?? null;
}

/**
 * Sends the minutes to the chair and the checkers chosen at the meeting: gives
 * the § numbers, marks the minutes sent, and asks each for approval of the
 * current version. Sending again (after a comment) asks again those whose
 * approval is not for the current version.
 */
export async function sendMinutesForApproval(db: Kysely<Database>, userId: number, meetingId: number): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const meeting = await requireEditableMinutes(trx, meetingId);
    const chairId = await findChair(trx, meeting.group_id);
    if (!chairId) throw new MinutesError("noChair", 400);
    const checkers = await trx
      .selectFrom("attendance")
      .select(["user_id", "status"])
      .where("meeting_id", "=", meetingId)
      .where("is_checker", "=", 1)
      .where("user_id", "is not", null)
      .execute();
    if (checkers.length === 0) throw new MinutesError("noChecker", 400);
    const paragraphs = await assignParagraphs(trx, meeting);
    const now = nowIso();
    await trx
      .updateTable("meeting")
      .set({ state: "minutes_drafted", minutes_sent_at: now, updated_at: now })
      .where("id", "=", meetingId)
      .execute();

    const wanted = new Map<number, "chair" | "checker">();
    for (const c of checkers) if (c.user_id !== chairId) wanted.set(c.user_id!, "checker");
    wanted.set(chairId, "chair");
    const existing = await trx.selectFrom("approval").selectAll().where("meeting_id", "=", meetingId).execute();
    const asked: number[] = [];
    for (const row of existing) {
      if (!wanted.has(row.user_id)) {
        await trx.deleteFrom("approval").where("id", "=", row.id).execute();
        await recordAudit(trx, { userId, entity: "approval", entityId: row.id, action: "withdrawn", meetingId, before: row });
      }
    }
    for (const [approverId, role] of wanted) {
      const row = existing.find((r) => r.user_id === approverId);
      if (row && row.state === "approved" && row.minutes_version === meeting.minutes_version && row.role === role) continue;
      asked.push(approverId);
      if (row) {
        await trx
          .updateTable("approval")
          .set({ role, state: "pending", minutes_version: meeting.minutes_version, decided_at: null })
          .where("id", "=", row.id)
          .execute();
        await recordAudit(trx, { userId, entity: "approval", entityId: row.id, action: "requested", meetingId, before: row, after: { role, state: "pending", minutes_version: meeting.minutes_version } });
      } else {
        const { id } = await trx
          .insertInto("approval")
          .values({ meeting_id: meetingId, user_id: approverId, role, state: "pending", minutes_version: meeting.minutes_version })
          .returning("id")
          .executeTakeFirstOrThrow();
        await recordAudit(trx, { userId, entity: "approval", entityId: id, action: "requested", meetingId, after: { user_id: approverId, role, minutes_version: meeting.minutes_version } });
      }
    }
    await recordAudit(trx, {
      userId,
      entity: "meeting",
      entityId: meetingId,
      action: "sent_for_approval",
      meetingId,
      before: { state: meeting.state, minutes_sent_at: meeting.minutes_sent_at },
      after: { state: "minutes_drafted", minutes_sent_at: now, minutes_version: meeting.minutes_version, paragraphs },
    });
    await notify(trx, { type: "approval_requested", meetingId, approverIds: asked });
  });
}

export type CorrectionField = "decision" | "title" | "attendance" | "other";
export const CORRECTION_FIELDS: CorrectionField[] = ["decision", "title", "attendance", "other"];

export type CorrectionInput = {
  meetingId: number;
  itemId: number | null;
  field: CorrectionField;
  after: string;
  reason: string;
};

/**
 * The only change approved minutes take: a dated, attributed correction with
 * its reason, kept beside the original text (which is never overwritten).
 */
export async function recordCorrection(db: Kysely<Database>, userId: number, input: CorrectionInput): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const meeting = await getMinutesMeeting(trx, input.meetingId);
    if (!meeting) throw new MinutesError("itemNotFound", 404);
    if (meeting.state !== "minutes_approved") throw new MinutesError("notApproved", 409);
    let before: string | null = null;
    if (input.itemId !== null) {
      const item = await trx
        .selectFrom("agenda_item")
        .select(["id", "title", "decision_text"])
        .where("id", "=", input.itemId)
        .where("meeting_id", "=", input.meetingId)
        .executeTakeFirst();
      if (!item) throw new MinutesError("itemNotFound", 400, "itemId");
      const earlier = await trx
        .selectFrom("correction")
        .select("after_text")
        .where("agenda_item_id", "=", item.id)
        .where("field", "=", input.field)
        .orderBy("id", "desc")
        .executeTakeFirst();
      before = earlier ? earlier.after_text : input.field === "decision" ? item.decision_text : input.field === "title" ? item.title : null;
    }
    const madeAt = nowIso();
    const { id } = await trx
      .insertInto("correction")
      .values({
        meeting_id: input.meetingId,
        agenda_item_id: input.itemId,
        field: input.field,
        before_text: before,
        after_text: input.after,
        reason: input.reason,
        made_by: userId,
        made_at: madeAt,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await recordAudit(trx, {
      userId,
      entity: "correction",
      entityId: id,
      action: "corrected",
      meetingId: input.meetingId,
      before: before === null ? undefined : { [input.field]: before },
      after: { item_id: input.itemId, field: input.field, text: input.after, reason: input.reason },
    });
    return id;
  });
}

export async function listCorrections(db: Db, meetingId: number) {
  const rows = await db
    .selectFrom("correction")
    .innerJoin("user", "user.id", "correction.made_by")
    .leftJoin("agenda_item", "agenda_item.id", "correction.agenda_item_id")
    .select([
      "correction.id",
      "correction.agenda_item_id",
      "correction.field",
      "correction.before_text",
      "correction.after_text",
      "correction.reason",
      "correction.made_at",
      "user.name as made_by_name",
      "agenda_item.paragraph",
      "agenda_item.title as item_title",
    ])
    .where("correction.meeting_id", "=", meetingId)
    .orderBy("correction.id")
    .execute();
  return rows.map((r) => ({
    id: r.id,
    itemId: r.agenda_item_id,
    field: r.field as CorrectionField,
    before: r.before_text,
    after: r.after_text,
    reason: r.reason,
    madeAt: r.made_at,
    madeBy: r.made_by_name,
    paragraph: r.paragraph,
    itemTitle: r.item_title,
  }));
}
