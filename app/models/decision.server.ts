// Decisions at a meeting: an item's outcome and decision text, the mandates
// the decision gives (all in ONE transaction: a refused mandate leaves
// nothing), the follow-up of a mandate on a report-back item, and the members'
// stances (for, against, reservation with its reason) on decision items.
import { refreshDueDays } from "./mandate-due.server";
import type { Kysely, Transaction } from "kysely";
import type { Database, MandateStatus, Outcome, Stance } from "../../db/schema";
import { recordAudit } from "./audit.server";
import { notify } from "~/notifications";
import { MinutesError } from "./minutes-error";
import { requireEditableMinutes, touchMinutes, type MinutesMeeting } from "./minutes.server";
import type { RichText } from "~/utils/rich-text.server";
import { formatDay } from "~/utils/dates";
import { nowIso } from "~/utils/clock";

type Db = Kysely<Database> | Transaction<Database>;

export const OUTCOMES: Outcome[] = ["approved", "approved_as_amended", "rejected", "deferred", "noted"];

export type DueInput = { kind: "date"; date: string } | { kind: "next" } | { kind: "meeting"; meetingId: number };

export type MandateInput = {
  unitId: number;
  task: string;
  due: DueInput;
  callId: number | null;
  projectId: number | null;
};

/** `due_text` stays null: it is kept only for what an imported document said (the due point is rendered from the date or meeting). */
type ResolvedDue = { due_date: string | null; due_meeting_id: number | null; due_text: null };

/**
 * Where a mandate is due: on a date, at a named later meeting of the same
 * group, or at the group's next meeting after `from`. Never in the past.
 * `index` names the form field of the mandate in errors.
 */
export async function resolveDue(db: Db, groupId: number, from: string, due: DueInput, today: string, index: number): Promise<ResolvedDue> {
  const field = `mandates[${index}].due`;
  if (due.kind === "date") {
    if (due.date < today) throw new MinutesError("dueInPast", 400, `mandates[${index}].dueDate`);
    return { due_date: due.date, due_meeting_id: null, due_text: null };
  }
  const meeting =
    due.kind === "next"
      ? await db
          .selectFrom("meeting")
          .select(["id", "group_id", "meeting_date"])
          .where("group_id", "=", groupId)
          .where("meeting_date", ">", from)
          .orderBy("meeting_date")
          .orderBy("id")
          .executeTakeFirst()
      : await db.selectFrom("meeting").select(["id", "group_id", "meeting_date"]).where("id", "=", due.meetingId).executeTakeFirst();
  if (!meeting) throw new MinutesError(due.kind === "next" ? "noNextMeeting" : "dueMeetingOtherGroup", 400, field);
  if (meeting.group_id !== groupId) throw new MinutesError("dueMeetingOtherGroup", 400, field);
  if (meeting.meeting_date <= from) throw new MinutesError("dueMeetingNotLater", 400, field);
  if (meeting.meeting_date < today) throw new MinutesError("dueInPast", 400, field);
  return { due_date: null, due_meeting_id: meeting.id, due_text: null };
}

export type GivenBy = { itemId: number; meetingId: number } | { perCapsulamId: number };

/**
 * Checks one mandate before it is given: its unit, call, project and due point
 * (a per-capsulam round checks its mandates with this when it opens).
 */
export async function checkMandate(trx: Db, ctx: { groupId: number; givenOn: string; today: string }, input: MandateInput, index: number): Promise<ResolvedDue> {
  const unit = await trx.selectFrom("unit").select("id").where("id", "=", input.unitId).executeTakeFirst();
  if (!unit) throw new MinutesError("unitNotFound", 400, `mandates[${index}].unitId`);
  if (input.callId !== null) {
    const call = await trx.selectFrom("funding_call").select("id").where("id", "=", input.callId).executeTakeFirst();
    if (!call) throw new MinutesError("callNotFound", 400, `mandates[${index}].callId`);
  }
  if (input.projectId !== null) {
    const project = await trx.selectFrom("project").select("id").where("id", "=", input.projectId).executeTakeFirst();
    if (!project) throw new MinutesError("projectNotFound", 400, `mandates[${index}].projectId`);
  }
  return resolveDue(trx, ctx.groupId, ctx.givenOn, input.due, ctx.today, index);
}

/** Gives one mandate: checks its unit, call, project and due point, writes it and its first trail entry. */
export async function giveMandate(
  trx: Db,
  userId: number,
  ctx: { groupId: number; givenOn: string; today: string; givenBy: GivenBy; continues?: number | null; meetingId: number | null },
  input: MandateInput,
  index: number,
): Promise<number> {
  const due = await checkMandate(trx, ctx, input, index);
  const values = {
    group_id: ctx.groupId,
    assignee_unit_id: input.unitId,
    task: input.task,
    given_by_item_id: "itemId" in ctx.givenBy ? ctx.givenBy.itemId : null,
    given_by_per_capsulam_id: "perCapsulamId" in ctx.givenBy ? ctx.givenBy.perCapsulamId : null,
    given_on: ctx.givenOn,
    ...due,
    status: "given" as const,
    continues_mandate_id: ctx.continues ?? null,
    call_id: input.callId,
    project_id: input.projectId,
  };
  const { id } = await trx.insertInto("mandate").values(values).returning("id").executeTakeFirstOrThrow();
  await trx
    .insertInto("mandate_entry")
    .values({
      mandate_id: id,
      entry_date: ctx.givenOn,
      kind: "given",
      meeting_id: ctx.meetingId,
      agenda_item_id: "itemId" in ctx.givenBy ? ctx.givenBy.itemId : null,
      body: null,
      status_after: "given",
      author_id: userId,
    })
    .execute();
  await refreshDueDays(trx, { mandateIds: [id] });
  await recordAudit(trx, { userId, entity: "mandate", entityId: id, action: "given", meetingId: ctx.meetingId, after: values });
  await notify(trx, { type: "mandate_given", mandateId: id });
  return id;
}

async function requireItem(trx: Db, meeting: MinutesMeeting, itemId: number) {
  const item = await trx
    .selectFrom("agenda_item")
    .innerJoin("agenda_section", "agenda_section.id", "agenda_item.section_id")
    .selectAll("agenda_item")
    .select("agenda_section.kind as section_kind")
    .where("agenda_item.id", "=", itemId)
    .where("agenda_item.meeting_id", "=", meeting.id)
    .executeTakeFirst();
  if (!item) throw new MinutesError("itemNotFound", 404);
  return item;
}

export type DecisionInput = {
  meetingId: number;
  itemId: number;
  /** The item version the form was drawn from: a save over a newer one is refused. */
  version: number;
  outcome: Outcome;
  decision: RichText | null;
  mandates: MandateInput[];
};

/** Records an item's outcome and decision text and gives its mandates, all or nothing. */
export async function recordDecision(db: Kysely<Database>, userId: number, input: DecisionInput, today: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const meeting = await requireEditableMinutes(trx, input.meetingId);
    const item = await requireItem(trx, meeting, input.itemId);
    if (item.version !== input.version) throw new MinutesError("staleItem", 409);
    const before = { outcome: item.outcome, decision_text: item.decision_text };
    const after = { outcome: input.outcome, decision_text: input.decision?.text ?? null };
    await trx
      .updateTable("agenda_item")
      .set({
        outcome: input.outcome,
        decision_json: input.decision?.json ?? null,
        decision_text: input.decision?.text ?? null,
        version: item.version + 1,
        updated_at: nowIso(),
      })
      .where("id", "=", item.id)
      .execute();
    await recordAudit(trx, { userId, entity: "decision", entityId: item.id, action: "recorded", meetingId: meeting.id, before, after });
    for (const [index, mandate] of input.mandates.entries()) {
      await giveMandate(trx, userId, { groupId: meeting.group_id, givenOn: meeting.meeting_date, today, givenBy: { itemId: item.id, meetingId: meeting.id }, meetingId: meeting.id }, mandate, index);
    }
    await touchMinutes(trx, meeting, userId);
  });
}

/** Takes back a mandate given by mistake at this meeting, before the minutes are approved. */
export async function withdrawMandate(db: Kysely<Database>, userId: number, meetingId: number, mandateId: number): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const meeting = await requireEditableMinutes(trx, meetingId);
    const mandate = await trx
      .selectFrom("mandate")
      .innerJoin("agenda_item", "agenda_item.id", "mandate.given_by_item_id")
      .selectAll("mandate")
      .where("mandate.id", "=", mandateId)
      .where("agenda_item.meeting_id", "=", meetingId)
      .executeTakeFirst();
    if (!mandate) throw new MinutesError("itemNotFound", 404);
    const entries = await trx.selectFrom("mandate_entry").select("kind").where("mandate_id", "=", mandateId).execute();
    if (entries.some((e) => e.kind !== "given")) throw new MinutesError("mandateHasTrail", 409);
    await trx.deleteFrom("mandate").where("id", "=", mandateId).execute();
    await recordAudit(trx, { userId, entity: "mandate", entityId: mandateId, action: "withdrawn", meetingId, before: mandate });
    await touchMinutes(trx, meeting, userId);
  });
}

export type FollowUpInput = {
  meetingId: number;
  itemId: number;
  status: "reported" | "done" | "continued";
  note: string | null;
  /** For "continued": the new mandate, linked to the old one. */
  continuation: MandateInput | null;
};

/**
 * Closes the loop on a report-back item: its mandate is reported, done, or
 * continued by a new mandate given at this meeting and linked to the old one.
 */
export async function followUpMandate(db: Kysely<Database>, userId: number, input: FollowUpInput, today: string): Promise<number | null> {
  return db.transaction().execute(async (trx) => {
    const meeting = await requireEditableMinutes(trx, input.meetingId);
    const item = await requireItem(trx, meeting, input.itemId);
    if (!item.mandate_id) throw new MinutesError("notReportBack", 400, "status");
    const mandate = await trx.selectFrom("mandate").selectAll().where("id", "=", item.mandate_id).executeTakeFirstOrThrow();
    if (input.status === "continued" && !input.continuation) throw new MinutesError("continuedNeedsMandate", 400, "mandates[0].task");
    const status: MandateStatus = input.status;
    await trx.updateTable("mandate").set({ status, updated_at: nowIso() }).where("id", "=", mandate.id).execute();
    await trx
      .insertInto("mandate_entry")
      .values({
        mandate_id: mandate.id,
        entry_date: meeting.meeting_date,
        kind: input.status === "reported" ? "reported" : input.status === "continued" ? "continued" : "status",
        meeting_id: meeting.id,
        agenda_item_id: item.id,
        body: input.note,
        status_after: status,
        author_id: userId,
      })
      .execute();
    await refreshDueDays(trx, { mandateIds: [mandate.id] });
    await recordAudit(trx, { userId, entity: "mandate", entityId: mandate.id, action: `follow_up_${input.status}`, meetingId: meeting.id, before: { status: mandate.status }, after: { status, note: input.note } });
    let newId: number | null = null;
    if (input.status === "continued" && input.continuation) {
      newId = await giveMandate(
        trx,
        userId,
        { groupId: meeting.group_id, givenOn: meeting.meeting_date, today, givenBy: { itemId: item.id, meetingId: meeting.id }, continues: mandate.id, meetingId: meeting.id },
        input.continuation,
        0,
      );
    }
    if (!item.outcome) {
      await trx.updateTable("agenda_item").set({ outcome: "noted", version: item.version + 1 }).where("id", "=", item.id).execute();
    }
    await touchMinutes(trx, meeting, userId);
    return newId;
  });
}

export type StanceInput = { meetingId: number; itemId: number; stance: Stance; reason: string | null };

/** A member's (or the chair's) stance on a decision item; a reservation needs its reason. */
export async function markStance(db: Kysely<Database>, userId: number, input: StanceInput): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const meeting = await requireEditableMinutes(trx, input.meetingId);
    const item = await requireItem(trx, meeting, input.itemId);
    if (item.section_kind !== "decision") throw new MinutesError("notDecisionItem", 400, "stance");
    const reason = input.reason?.trim() || null;
    if (input.stance === "reservation" && !reason) throw new MinutesError("reservationReason", 400, "reason");
    const existing = await trx
      .selectFrom("stance")
      .selectAll()
      .where("agenda_item_id", "=", item.id)
      .where("user_id", "=", userId)
      .executeTakeFirst();
    const after = { stance: input.stance, reason: input.stance === "reservation" ? reason : reason };
    let id: number;
    if (existing) {
      await trx.updateTable("stance").set(after).where("id", "=", existing.id).execute();
      id = existing.id;
    } else {
      id = (await trx.insertInto("stance").values({ agenda_item_id: item.id, user_id: userId, ...after }).returning("id").executeTakeFirstOrThrow()).id;
    }
    await recordAudit(trx, {
      userId,
      entity: "decision",
      entityId: item.id,
      action: "stance",
      meetingId: meeting.id,
      before: existing ? { stance: existing.stance, reason: existing.reason } : undefined,
      after: { stance_id: id, ...after },
    });
    await touchMinutes(trx, meeting, userId);
  });
}

export async function listStances(db: Db, meetingId: number) {
  return db
    .selectFrom("stance")
    .innerJoin("agenda_item", "agenda_item.id", "stance.agenda_item_id")
    .innerJoin("user", "user.id", "stance.user_id")
    .select(["stance.id", "stance.agenda_item_id", "stance.user_id", "stance.stance", "stance.reason", "user.name"])
    .where("agenda_item.meeting_id", "=", meetingId)
    .orderBy("stance.id")
    .execute();
}
