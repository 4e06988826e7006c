// What the round mails say, in the recipient's language, written by the outbox
// worker when it sends (app/notifications/render.server.ts calls this). The
// link is the round's page: the normal sign-in brings the person back to it.
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";
import { messagesFor } from "~/i18n";
import type { Content, Recipient } from "~/notifications/compose.server";
import { formatDay, formatInstant } from "~/utils/dates";
import { quorumFor } from "./rule";

export function roundLink(dataJson: string | null): string {
  const id = dataJson ? Number((JSON.parse(dataJson) as { roundId?: unknown }).roundId) : NaN;
  return Number.isInteger(id) && id > 0 ? `/rounds/${id}` : "/rounds";
}

export async function renderRoundNotification(
  db: Kysely<Database>,
  kind: "round_asked" | "round_reminder" | "round_result",
  roundId: number,
  recipient: Recipient,
  link: string,
): Promise<Content | { skip: string }> {
  const t = messagesFor(recipient.locale).rounds;
  const round = await db
    .selectFrom("round")
    .innerJoin("group", "group.id", "round.group_id")
    .select(["round.id", "round.title", "round.state", "round.rule", "round.quorum_percent", "round.closes_at", "round.proposal_text", "round.per_capsulam_decision_id", "group.name as group_name"])
    .where("round.id", "=", roundId)
    .executeTakeFirst();
  if (!round) return { skip: "round removed" };
  const mine = await db.selectFrom("round_answer").select(["answer"]).where("round_id", "=", roundId).where("user_id", "=", recipient.id).executeTakeFirst();
  const asked = Number((await db.selectFrom("round_answer").select((eb) => eb.fn.countAll<number>().as("n")).where("round_id", "=", roundId).executeTakeFirstOrThrow()).n);
  const when = formatInstant(round.closes_at, recipient.locale);
  const rule = round.rule === "unanimous" ? t.ruleExplained.unanimous : t.ruleExplained.majority(quorumFor(asked, round.quorum_percent), asked);
  if (kind === "round_asked" || kind === "round_reminder") {
    if (round.state !== "open") return { skip: "round closed" };
    if (!mine) return { skip: "no longer asked" };
    if (kind === "round_reminder" && mine.answer !== null) return { skip: "already answered" };
    return {
      subject: kind === "round_asked" ? t.mail.askedSubject(round.title) : t.mail.reminderSubject(round.title),
      blocks: [
        { kind: "p", text: kind === "round_asked" ? t.mail.askedIntro(round.group_name, when) : t.mail.reminderIntro(when) },
        { kind: "quote", text: round.proposal_text },
        { kind: "facts", rows: [[t.mail.rule, rule], [t.mail.closes, when]] },
      ],
      link,
    };
  }
  if (round.state === "open") return { skip: "round still open" };
  const passed = round.state === "passed";
  const decision = round.per_capsulam_decision_id
    ? await db.selectFrom("per_capsulam_decision").select(["decided_on"]).where("id", "=", round.per_capsulam_decision_id).executeTakeFirst()
    : null;
  const answers = await db
    .selectFrom("round_answer")
    .innerJoin("user", "user.id", "round_answer.user_id")
    .select(["user.name", "round_answer.answer", "round_answer.reason"])
    .where("round_answer.round_id", "=", roundId)
    .orderBy("user.name")
    .execute();
  return {
    subject: t.mail.resultSubject(round.title, passed),
    blocks: [
      { kind: "p", text: passed ? t.mail.resultPassed(round.group_name) : t.mail.resultFailed },
      { kind: "quote", text: round.proposal_text },
      ...(decision ? [{ kind: "p" as const, text: t.decisionRecorded(formatDay(decision.decided_on, recipient.locale)) }] : []),
      { kind: "list", title: t.members, items: answers.map((a) => ({ text: `${a.name}: ${a.answer ? t.answerWords[a.answer] : t.answerWords.none}${a.reason ? ` (${a.reason})` : ""}` })) },
    ],
    link,
  };
}
