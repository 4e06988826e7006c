// Per-capsulam rounds: the secretary opens one (title, background, the
// proposed decision, its mandates, who is asked, a closing time); asked members
// answer until it closes; it closes at its time or as soon as the answers
// decide it (rule.ts). A round that passes becomes a per-capsulam decision
// through insertPerCapsulamDecision (its mandates, its item on the next
// meeting's agenda, its § in those minutes), in the transaction of the answer
// or the close that decided it. Every open, answer and close is in the audit log.
import type { Kysely, Transaction } from "kysely";
import type { Database, RoundAnswerKind, RoundRule, RoundState } from "../../db/schema";
import { messagesFor } from "~/i18n";
import { addAgendaItemIn, getAgendaMeeting, isRefusal } from "~/models/agenda-item.server";
import { recordAudit } from "~/models/audit.server";
import { checkMandate, type MandateInput } from "~/models/decision.server";
import { insertPerCapsulamDecision } from "~/models/per-capsulam.server";
import { ROUND_VOTING_ROLES } from "~/models/permissions";
import { enqueue } from "~/notifications";
import { now as clockNow } from "~/utils/clock";
import { stockholmDay, today as todayFn } from "~/utils/dates";
import type { RichText } from "~/utils/rich-text.server";
import { atClose, decided, tally, type Outcome } from "./rule";

type Db = Kysely<Database> | Transaction<Database>;

export type RoundErrorCode = "notFound" | "closed" | "notAsked" | "noneAsked" | "askedNotMember" | "closesInPast" | "reasonRequired" | "notFailed" | "alreadyOnAgenda" | "noOpenMeeting";

/** A refusal: a code the routes turn into a message (i18n `rounds.errors`), a status, and the form field. */
export class RoundError extends Error {
  constructor(
    public code: RoundErrorCode,
    public status = 409,
    public field?: string,
  ) {
    super(code);
    this.name = "RoundError";
  }
}

export type RoundSettings = { rule: RoundRule; quorumPercent: number; answersOpen: boolean };

export async function getRoundSettings(db: Db, groupId: number): Promise<RoundSettings | null> {
  const g = await db.selectFrom("group").select(["round_rule", "round_quorum_percent", "round_answers_open"]).where("id", "=", groupId).executeTakeFirst();
  return g ? { rule: g.round_rule, quorumPercent: g.round_quorum_percent, answersOpen: g.round_answers_open === 1 } : null;
}

/** The group's rule for rounds; rounds already open keep the rule they opened with. */
export async function saveRoundSettings(db: Kysely<Database>, userId: number, groupId: number, input: RoundSettings): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const before = await getRoundSettings(trx, groupId);
    await trx
      .updateTable("group")
      .set({ round_rule: input.rule, round_quorum_percent: input.quorumPercent, round_answers_open: input.answersOpen ? 1 : 0 })
      .where("id", "=", groupId)
      .execute();
    await recordAudit(trx, { userId, entity: "group", entityId: groupId, action: "round_settings", before, after: input });
  });
}

/** The members a round can ask (everyone in the group but viewers and unit staff), the voting ones ticked by default. */
export async function listAskableMembers(db: Db, groupId: number) {
  const rows = await db
    .selectFrom("membership")
    .innerJoin("user", "user.id", "membership.user_id")
    .select(["user.id", "user.name", "membership.role"])
    .where("membership.group_id", "=", groupId)
    .where("membership.role", "in", ["secretary", "chair", "member"])
    .where("user.deactivated_at", "is", null)
    .orderBy("user.name")
    .execute();
  return rows.map((r) => ({ id: r.id, name: r.name, role: r.role, votes: ROUND_VOTING_ROLES.includes(r.role) }));
}

export type OpenRoundInput = {
  groupId: number;
  title: string;
  background: RichText | null;
  proposal: RichText;
  mandates: MandateInput[];
  askedUserIds: number[];
  /** An instant (ISO). */
  closesAt: string;
};

/** Opens a round and asks its members by mail (outbox, once each). */
export async function openRound(db: Kysely<Database>, userId: number, input: OpenRoundInput, at: Date = clockNow(), today: string = todayFn()): Promise<number> {
  const asked = [...new Set(input.askedUserIds)];
  if (!asked.length) throw new RoundError("noneAsked", 400, "asked");
  if (!(new Date(input.closesAt).getTime() > at.getTime())) throw new RoundError("closesInPast", 400, "closesOn");
  return db.transaction().execute(async (trx) => {
    const askable = new Set((await listAskableMembers(trx, input.groupId)).map((m) => m.id));
    if (asked.some((id) => !askable.has(id))) throw new RoundError("askedNotMember", 400, "asked");
    const settings = (await getRoundSettings(trx, input.groupId))!;
    // Each mandate as it would be given on the closing day: its due point must not come before it.
    const closingDay = stockholmDay(new Date(input.closesAt));
    const checkDay = closingDay > today ? closingDay : today;
    for (const [index, mandate] of input.mandates.entries()) await checkMandate(trx, { groupId: input.groupId, givenOn: checkDay, today: checkDay }, mandate, index);
    const values = {
      group_id: input.groupId,
      title: input.title,
      background_json: input.background?.json ?? null,
      background_text: input.background?.text ?? null,
      proposal_json: input.proposal.json,
      proposal_text: input.proposal.text,
      mandates_json: JSON.stringify(input.mandates),
      rule: settings.rule,
      quorum_percent: settings.quorumPercent,
      answers_open: settings.answersOpen ? 1 : 0,
      closes_at: new Date(input.closesAt).toISOString(),
      opened_by: userId,
      opened_at: at.toISOString(),
    };
    const { id } = await trx.insertInto("round").values(values).returning("id").executeTakeFirstOrThrow();
    await trx
      .insertInto("round_answer")
      .values(asked.map((user_id) => ({ round_id: id, user_id, answer: null, reason: null, answered_at: null })))
      .execute();
    await recordAudit(trx, { userId, entity: "round", entityId: id, action: "opened", after: { ...values, asked } });
    await enqueue(
      trx,
      asked.map((recipientId) => ({ kind: "round_asked", recipientId, data: { roundId: id }, dedupeKey: `round_asked:${id}:${recipientId}` })),
      at,
    );
    return id;
  });
}

/**
 * Takes the round for a change: raising its version is an UPDATE, so in
 * PostgreSQL it holds the round's row until the transaction ends, and an answer
 * and the close (or two answers at once) follow one another. Refused once closed.
 */
async function takeOpenRound(trx: Transaction<Database>, roundId: number) {
  const taken = await trx
    .updateTable("round")
    .set((eb) => ({ version: eb("version", "+", 1) }))
    .where("id", "=", roundId)
    .where("state", "=", "open")
    .executeTakeFirst();
  const round = await trx.selectFrom("round").selectAll().where("id", "=", roundId).executeTakeFirst();
  if (!round) throw new RoundError("notFound", 404);
  if (Number(taken.numUpdatedRows) !== 1) throw new RoundError("closed", 409);
  return round;
}

export type AnswerInput = { answer: RoundAnswerKind; reason: string | null };

/** Records (or changes) an asked member's answer; closes the round when the answers decide it. */
export async function answerRound(db: Kysely<Database>, userId: number, roundId: number, input: AnswerInput, at: Date = clockNow(), today: string = todayFn()): Promise<{ closed: Outcome | null }> {
  const reason = input.reason?.trim() || null;
  if (input.answer === "object" && !reason) throw new RoundError("reasonRequired", 400, "reason");
  return db.transaction().execute(async (trx) => {
    const round = await takeOpenRound(trx, roundId);
    const mine = await trx.selectFrom("round_answer").selectAll().where("round_id", "=", roundId).where("user_id", "=", userId).executeTakeFirst();
    if (!mine) throw new RoundError("notAsked", 403);
    const after = { answer: input.answer, reason: input.answer === "agree" ? null : reason, answered_at: at.toISOString() };
    await trx.updateTable("round_answer").set(after).where("id", "=", mine.id).execute();
    await recordAudit(trx, {
      userId,
      entity: "round_answer",
      entityId: mine.id,
      action: mine.answer === null ? "answered" : "answer_changed",
      before: mine.answer === null ? undefined : { answer: mine.answer, reason: mine.reason, answered_at: mine.answered_at },
      after: { round_id: roundId, ...after },
    });
    const answers = await trx.selectFrom("round_answer").select("answer").where("round_id", "=", roundId).execute();
    const outcome = decided(round.rule, round.quorum_percent, tally(answers.map((a) => a.answer)));
    if (outcome) await settle(trx, round, outcome, { early: true, actorId: userId, at, today });
    return { closed: outcome };
  });
}

type RoundRow = Awaited<ReturnType<typeof takeOpenRound>>;

/** Closes a taken round with its outcome; a passed round becomes a per-capsulam decision with its mandates. */
async function settle(trx: Transaction<Database>, round: RoundRow, outcome: Outcome, ctx: { early: boolean; actorId: number | null; at: Date; today: string }) {
  let decisionId: number | null = null;
  const answers = await trx
    .selectFrom("round_answer")
    .innerJoin("user", "user.id", "round_answer.user_id")
    .select(["round_answer.user_id", "round_answer.answer", "round_answer.reason", "user.name"])
    .where("round_answer.round_id", "=", round.id)
    .orderBy("user.name")
    .execute();
  if (outcome === "passed") {
    // Stored text, like the rest of the minutes: in Swedish.
    const words = messagesFor("sv").rounds.answerWords;
    const participants = answers.map((a) => `${a.name} (${a.answer ? words[a.answer] : words.none}${a.reason ? `: ${a.reason}` : ""})`).join(", ");
    const recorder = round.opened_by ?? ctx.actorId ?? (await anySecretary(trx, round.group_id));
    decisionId = await insertPerCapsulamDecision(
      trx,
      recorder!,
      {
        groupId: round.group_id,
        decidedOn: ctx.today,
        title: round.title,
        decision: { json: round.proposal_json, text: round.proposal_text },
        participants,
        mandates: JSON.parse(round.mandates_json) as MandateInput[],
      },
      ctx.today,
    );
  }
  const after = { state: outcome as RoundState, closed_at: ctx.at.toISOString(), closed_early: ctx.early ? 1 : 0, per_capsulam_decision_id: decisionId };
  await trx.updateTable("round").set(after).where("id", "=", round.id).execute();
  await recordAudit(trx, { userId: ctx.actorId, entity: "round", entityId: round.id, action: "closed", after: { ...after, answers: answers.map((a) => ({ user_id: a.user_id, answer: a.answer })) } });
  const secretaries = await trx.selectFrom("membership").select("user_id").where("group_id", "=", round.group_id).where("role", "=", "secretary").execute();
  const recipients = [...new Set([...answers.map((a) => a.user_id), ...secretaries.map((s) => s.user_id)])].sort((a, b) => a - b);
  await enqueue(
    trx,
    recipients.map((recipientId) => ({ kind: "round_result", recipientId, data: { roundId: round.id }, dedupeKey: `round_result:${round.id}:${recipientId}` })),
    ctx.at,
  );
}

async function anySecretary(trx: Db, groupId: number): Promise<number | null> {
  const row = await trx.selectFrom("membership").select("user_id").where("group_id", "=", groupId).where("role", "=", "secretary").orderBy("user_id").executeTakeFirst();
  return row?.user_id ?? null;
}

/** Closes every open round whose time has come, with the answers it has. Returns how many closed. */
export async function closeDueRounds(db: Kysely<Database>, at: Date = clockNow(), today: string = todayFn()): Promise<number> {
  const due = await db.selectFrom("round").select("id").where("state", "=", "open").where("closes_at", "<=", at.toISOString()).orderBy("closes_at").execute();
  let closed = 0;
  for (const { id } of due) {
    try {
      await db.transaction().execute(async (trx) => {
        const round = await takeOpenRound(trx, id);
        const answers = await trx.selectFrom("round_answer").select("answer").where("round_id", "=", id).execute();
        await settle(trx, round, atClose(round.rule, round.quorum_percent, tally(answers.map((a) => a.answer))), { early: false, actorId: null, at, today });
      });
      closed++;
    } catch (error) {
      // Closed meanwhile by a last answer: nothing to do. Anything else waits for the next run.
      if (!(error instanceof RoundError && error.code === "closed")) console.error(`rounds: closing round ${id} failed:`, error);
    }
  }
  return closed;
}

/** A reminder, once, to each asked member who has not answered, when a round closes within a day. */
export async function enqueueRoundReminders(db: Kysely<Database>, at: Date = clockNow()): Promise<number> {
  const dayAhead = new Date(at.getTime() + 24 * 60 * 60_000).toISOString();
  const rows = await db
    .selectFrom("round")
    .innerJoin("round_answer", "round_answer.round_id", "round.id")
    .select(["round.id", "round.opened_at", "round.closes_at", "round_answer.user_id"])
    .where("round.state", "=", "open")
    .where("round.closes_at", ">", at.toISOString())
    .where("round.closes_at", "<=", dayAhead)
    .where("round_answer.answer", "is", null)
    .execute();
  // A round opened less than a day before it closes has just asked: no reminder on top.
  const due = rows.filter((r) => new Date(r.closes_at).getTime() - new Date(r.opened_at).getTime() > 24 * 60 * 60_000);
  return enqueue(
    db,
    due.map((r) => ({ kind: "round_reminder", recipientId: r.user_id, data: { roundId: r.id }, dedupeKey: `round_reminder:${r.id}:${r.user_id}` })),
    at,
  );
}

/** What the scheduler runs every minute. */
export async function runRoundJobs(db: Kysely<Database>, at: Date = clockNow()) {
  return { closed: await closeDueRounds(db, at), reminded: await enqueueRoundReminders(db, at) };
}

/**
 * A round that gave no decision goes to the group's next planned meeting as an
 * ordinary decision item (its background and proposal), through the agenda's
 * own addAgendaItem (which checks the agenda is still open and audits it).
 */
export async function putFailedRoundOnAgenda(db: Kysely<Database>, userId: number, roundId: number, today: string = todayFn()): Promise<{ meetingId: number; itemId: number }> {
  const round = await db.selectFrom("round").selectAll().where("id", "=", roundId).executeTakeFirst();
  if (!round) throw new RoundError("notFound", 404);
  if (round.state !== "failed") throw new RoundError("notFailed", 409);
  if (round.agenda_item_id !== null) throw new RoundError("alreadyOnAgenda", 409);
  const next = await db
    .selectFrom("meeting")
    .select("id")
    .where("group_id", "=", round.group_id)
    .where("meeting_date", ">=", today)
    .where("state", "in", ["draft", "agenda_published"])
    .where("cancelled_at", "is", null)
    .orderBy("meeting_date")
    .orderBy("id")
    .executeTakeFirst();
  const meeting = next ? await getAgendaMeeting(db, next.id) : null;
  const section = meeting
    ? await db.selectFrom("agenda_section").select("id").where("meeting_id", "=", meeting.id).where("kind", "=", "decision").orderBy("position").executeTakeFirst()
    : null;
  if (!meeting || !section) throw new RoundError("noOpenMeeting", 409);
  // One transaction: two secretaries (or a double click) cannot put the round on the agenda twice,
  // and the item never stands without the round's link to it.
  return db.transaction().execute(async (trx) => {
    const added = await addAgendaItemIn(
      trx,
      meeting,
      {
        sectionId: section.id,
        title: round.title,
        presentation: null,
        presenter: null,
        background: round.background_json ? { json: round.background_json, text: round.background_text ?? "" } : null,
        proposal: { json: round.proposal_json, text: round.proposal_text },
        mandateId: null,
        callId: null,
        projectId: null,
      },
      userId,
    );
    if (isRefusal(added)) throw new RoundError("noOpenMeeting", 409);
    const linked = await trx.updateTable("round").set({ agenda_item_id: added.id }).where("id", "=", roundId).where("agenda_item_id", "is", null).executeTakeFirst();
    if (Number(linked.numUpdatedRows) !== 1) throw new RoundError("alreadyOnAgenda", 409);
    await recordAudit(trx, { userId, entity: "round", entityId: roundId, action: "put_on_agenda", meetingId: meeting.id, after: { agenda_item_id: added.id } });
    return { meetingId: meeting.id, itemId: added.id };
  });
}
