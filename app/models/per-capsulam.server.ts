// Per-capsulam decisions: taken between meetings (by e-mail), recorded by the
// secretary with their date, text and who took part. Each is reported at the
// group's next meeting as an item of its "Per capsulam-beslut" section, where
// it gets its § when those minutes go to approval; it can give mandates.
import type { Kysely, Transaction } from "kysely";
import type { Database } from "../../db/schema";
import { recordAudit } from "./audit.server";
import { giveMandate, type MandateInput } from "./decision.server";
import { MinutesError } from "./minutes-error";
import type { RichText } from "~/utils/rich-text.server";
import { formatDay } from "~/utils/dates";
import { meetingName } from "./meeting-name";

export type PerCapsulamInput = {
  groupId: number;
  decidedOn: string;
  title: string;
  decision: RichText;
  participants: string;
  mandates: MandateInput[];
};

/** Records the decision, its mandates, and its item on the next meeting's agenda, in one transaction. */
export async function recordPerCapsulamDecision(db: Kysely<Database>, userId: number, input: PerCapsulamInput, today: string): Promise<number> {
  if (input.decidedOn > today) throw new MinutesError("decidedInFuture", 400, "decidedOn");
  return db.transaction().execute((trx) => insertPerCapsulamDecision(trx, userId, input, today));
}

/**
 * The same inside the caller's transaction: a closing per-capsulam round
 * (app/rounds) records its result through here, so a decision taken in a
 * round and one recorded after the fact take the same path.
 */
export async function insertPerCapsulamDecision(trx: Transaction<Database>, userId: number, input: PerCapsulamInput, today: string): Promise<number> {
  if (input.decidedOn > today) throw new MinutesError("decidedInFuture", 400, "decidedOn");
  const values = {
    group_id: input.groupId,
    decided_on: input.decidedOn,
    title: input.title,
    decision_json: input.decision.json,
    decision_text: input.decision.text,
    participants: input.participants,
    recorded_by: userId,
  };
  const { id } = await trx.insertInto("per_capsulam_decision").values(values).returning("id").executeTakeFirstOrThrow();

  // The next meeting whose minutes are still open takes it as an item.
  const next = await trx
    .selectFrom("meeting")
    .select(["id", "meeting_date"])
    .where("group_id", "=", input.groupId)
    .where("meeting_date", ">=", input.decidedOn)
    .where("state", "in", ["draft", "agenda_published", "held"])
    .orderBy("meeting_date")
    .orderBy("id")
    .executeTakeFirst();
  let itemId: number | null = null;
  if (next) {
    let section = await trx
      .selectFrom("agenda_section")
      .select("id")
      .where("meeting_id", "=", next.id)
      .where("kind", "=", "per_capsulam")
      .orderBy("position")
      .executeTakeFirst();
    if (!section) {
      const top = await trx.selectFrom("agenda_section").select((eb) => eb.fn.max("position").as("top")).where("meeting_id", "=", next.id).executeTakeFirst();
      section = await trx
        .insertInto("agenda_section")
        .values({ meeting_id: next.id, kind: "per_capsulam", title: null, position: Number(top?.top ?? 0) + 1 })
        .returning("id")
        .executeTakeFirstOrThrow();
    }
    // Before the standing "Per capsulam-beslut" report, if there is one: after the other decisions.
    const top = await trx.selectFrom("agenda_item").select((eb) => eb.fn.max("position").as("top")).where("section_id", "=", section.id).executeTakeFirst();
    itemId = (
      await trx
        .insertInto("agenda_item")
        .values({
          meeting_id: next.id,
          section_id: section.id,
          position: Number(top?.top ?? 0) + 1,
          title: input.title,
          presentation: `Per capsulam-beslut ${formatDay(input.decidedOn)}`,
          decision_json: input.decision.json,
          decision_text: input.decision.text,
          outcome: "approved",
          per_capsulam_decision_id: id,
        })
        .returning("id")
        .executeTakeFirstOrThrow()
    ).id;
  }
  await recordAudit(trx, { userId, entity: "per_capsulam_decision", entityId: id, action: "recorded", meetingId: next?.id ?? null, after: { ...values, agenda_item_id: itemId } });
  for (const [index, mandate] of input.mandates.entries()) {
    await giveMandate(trx, userId, { groupId: input.groupId, givenOn: input.decidedOn, today, givenBy: { perCapsulamId: id }, meetingId: next?.id ?? null }, mandate, index);
  }
  return id;
}

export async function listPerCapsulamDecisions(db: Kysely<Database>, groupId: number) {
  const rows = await db
    .selectFrom("per_capsulam_decision")
    .leftJoin("agenda_item", "agenda_item.per_capsulam_decision_id", "per_capsulam_decision.id")
    .leftJoin("meeting", "meeting.id", "agenda_item.meeting_id")
    .select([
      "per_capsulam_decision.id",
      "per_capsulam_decision.decided_on",
      "per_capsulam_decision.title",
      "per_capsulam_decision.decision_text",
      "per_capsulam_decision.participants",
      "agenda_item.paragraph",
      "meeting.id as meeting_id",
      "meeting.title as meeting_title",
      "meeting.meeting_date as meeting_date",
    ])
    .where("per_capsulam_decision.group_id", "=", groupId)
    .orderBy("per_capsulam_decision.decided_on", "desc")
    .orderBy("per_capsulam_decision.id", "desc")
    .execute();
  const mandates = rows.length
    ? await db
        .selectFrom("mandate")
        .leftJoin("unit", "unit.id", "mandate.assignee_unit_id")
        .leftJoin("meeting as due_meeting", "due_meeting.id", "mandate.due_meeting_id")
        .select(["mandate.id", "mandate.task", "mandate.due_date", "mandate.due_text", "due_meeting.meeting_date as due_meeting_date", "mandate.given_by_per_capsulam_id", "unit.name as unit_name"])
        .where("mandate.given_by_per_capsulam_id", "in", rows.map((r) => r.id))
        .execute()
    : [];
  return rows.map((r) => ({
    id: r.id,
    decidedOn: r.decided_on,
    title: r.title,
    text: r.decision_text,
    participants: r.participants,
    paragraph: r.paragraph,
    meeting: r.meeting_id ? { id: r.meeting_id, title: meetingName(r.meeting_title!, r.meeting_date!) } : null,
    mandates: mandates.filter((m) => m.given_by_per_capsulam_id === r.id).map((m) => ({ id: m.id, task: m.task, due: { dueDate: m.due_date, dueMeetingDate: m.due_meeting_date, dueText: m.due_text }, unitName: m.unit_name })),
  }));
}
