// Reading rounds: one round as a member of its group sees it, a group's rounds,
// and the open rounds a person has still to answer. What others answered is
// shown only as permissions.ts allows (after the close, or an open group).
import type { Kysely } from "kysely";
import type { Database, Role } from "../../db/schema";
import { canAnswerRound, canOpenRound, canSeeRound, canSeeRoundAnswers } from "~/models/permissions";
import type { MandateInput } from "~/models/decision.server";
import { meetingName } from "~/models/meeting-name";
import { getRole } from "~/models/group.server";
import type { SessionUser } from "~/models/user.server";
import { quorumFor, tally } from "./rule";

/** A round as `user` sees it; null when it does not exist or is in a group the user is not in (404 either way). */
export async function getRoundView(db: Kysely<Database>, user: SessionUser, roundId: number) {
  const round = await db
    .selectFrom("round")
    .innerJoin("group", "group.id", "round.group_id")
    .selectAll("round")
    .select(["group.name as group_name", "group.short_name as group_short_name"])
    .where("round.id", "=", roundId)
    .executeTakeFirst();
  if (!round) return null;
  const role: Role | null = await getRole(db, user, round.group_id);
  if (!canSeeRound(role)) return null;
  const answers = await db
    .selectFrom("round_answer")
    .innerJoin("user", "user.id", "round_answer.user_id")
    .select(["round_answer.user_id", "round_answer.answer", "round_answer.reason", "round_answer.answered_at", "user.name"])
    .where("round_answer.round_id", "=", roundId)
    .orderBy("user.name")
    .execute();
  const showAnswers = canSeeRoundAnswers(round.state, round.answers_open === 1);
  const mine = answers.find((a) => a.user_id === user.id) ?? null;
  const counts = tally(answers.map((a) => a.answer));
  const [decision, item, units] = await Promise.all([
    round.per_capsulam_decision_id
      ? db
          .selectFrom("per_capsulam_decision")
          .leftJoin("agenda_item", "agenda_item.per_capsulam_decision_id", "per_capsulam_decision.id")
          .leftJoin("meeting", "meeting.id", "agenda_item.meeting_id")
          .select(["per_capsulam_decision.id", "per_capsulam_decision.decided_on", "agenda_item.paragraph", "meeting.id as meeting_id", "meeting.title as meeting_title", "meeting.meeting_date"])
          .where("per_capsulam_decision.id", "=", round.per_capsulam_decision_id)
          .executeTakeFirst()
      : null,
    round.agenda_item_id
      ? db.selectFrom("agenda_item").innerJoin("meeting", "meeting.id", "agenda_item.meeting_id").select(["meeting.id", "meeting.title", "meeting.meeting_date"]).where("agenda_item.id", "=", round.agenda_item_id).executeTakeFirst()
      : null,
    db.selectFrom("unit").select(["id", "name"]).execute(),
  ]);
  const proposed = JSON.parse(round.mandates_json) as MandateInput[];
  const dueMeetingIds = proposed.flatMap((m) => (m.due.kind === "meeting" ? [m.due.meetingId] : []));
  const dueMeetings = dueMeetingIds.length ? await db.selectFrom("meeting").select(["id", "meeting_date"]).where("id", "in", dueMeetingIds).execute() : [];
  const mandates = proposed.map((m) => ({
    task: m.task,
    unitName: units.find((u) => u.id === m.unitId)?.name ?? null,
    due: {
      kind: m.due.kind,
      dueDate: m.due.kind === "date" ? m.due.date : null,
      dueMeetingDate: m.due.kind === "meeting" ? (dueMeetings.find((d) => m.due.kind === "meeting" && d.id === m.due.meetingId)?.meeting_date ?? null) : null,
    },
  }));
  const givenMandates = decision ? await db.selectFrom("mandate").select(["id", "task"]).where("given_by_per_capsulam_id", "=", decision.id).orderBy("id").execute() : [];
  const manage = canOpenRound(user, role);
  return {
    id: round.id,
    group: { id: round.group_id, name: round.group_name, shortName: round.group_short_name },
    title: round.title,
    backgroundJson: round.background_json,
    proposalJson: round.proposal_json,
    proposalText: round.proposal_text,
    rule: round.rule,
    quorum: quorumFor(answers.length, round.quorum_percent),
    answersOpen: round.answers_open === 1,
    closesAt: round.closes_at,
    state: round.state,
    closedAt: round.closed_at,
    closedEarly: round.closed_early === 1,
    counts: showAnswers ? counts : { asked: counts.asked, answered: counts.asked - counts.missing },
    members: answers.map((a) => ({ id: a.user_id, name: a.name, answered: a.answer !== null, answer: showAnswers ? a.answer : null, reason: showAnswers ? a.reason : null })),
    mine: mine ? { answer: mine.answer, reason: mine.reason } : null,
    can: { answer: canAnswerRound(mine !== null, round.state), manage, putOnAgenda: manage && round.state === "failed" && !round.agenda_item_id },
    mandates,
    decision: decision
      ? { id: decision.id, decidedOn: decision.decided_on, paragraph: decision.paragraph, meeting: decision.meeting_id ? { id: decision.meeting_id, title: meetingName(decision.meeting_title!, decision.meeting_date!) } : null, mandates: givenMandates }
      : null,
    agendaMeeting: item ? { id: item.id, title: meetingName(item.title, item.meeting_date) } : null,
  };
}

export type RoundView = NonNullable<Awaited<ReturnType<typeof getRoundView>>>;

/** A group's rounds, newest first, with how many have answered. */
export async function listGroupRounds(db: Kysely<Database>, groupId: number) {
  const rows = await db
    .selectFrom("round")
    .select((eb) => [
      "round.id",
      "round.title",
      "round.state",
      "round.closes_at",
      "round.closed_at",
      eb.selectFrom("round_answer").select((e) => e.fn.countAll<number>().as("n")).whereRef("round_answer.round_id", "=", "round.id").as("asked"),
      eb.selectFrom("round_answer").select((e) => e.fn.countAll<number>().as("n")).whereRef("round_answer.round_id", "=", "round.id").where("round_answer.answer", "is not", null).as("answered"),
    ])
    .where("round.group_id", "=", groupId)
    .orderBy("round.opened_at", "desc")
    .orderBy("round.id", "desc")
    .execute();
  return rows.map((r) => ({ id: r.id, title: r.title, state: r.state, closesAt: r.closes_at, closedAt: r.closed_at, asked: Number(r.asked), answered: Number(r.answered) }));
}

/** The open rounds that ask this person and that they have not answered yet (home page, header). */
export async function listRoundsToAnswer(db: Kysely<Database>, userId: number) {
  return db
    .selectFrom("round")
    .innerJoin("round_answer", "round_answer.round_id", "round.id")
    .innerJoin("group", "group.id", "round.group_id")
    .select(["round.id", "round.title", "round.closes_at", "group.short_name as group_short_name"])
    .where("round_answer.user_id", "=", userId)
    .where("round_answer.answer", "is", null)
    .where("round.state", "=", "open")
    .orderBy("round.closes_at")
    .execute();
}
