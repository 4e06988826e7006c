// What the round mails say when the outbox worker writes them: in the
// recipient's language, with the link to the round; a reminder to someone who
// has answered meanwhile is skipped; a member's home page lists the rounds that
// wait for their answer.
import type { Kysely } from "kysely";
import { beforeEach, describe, expect, it } from "vitest";
import type { Database } from "../../db/schema";
import { runOutbox } from "~/notifications";
import { loader as homeLoader } from "~/routes/_index";
import { answerRound, enqueueRoundReminders, openRound } from "~/rounds";
import { plainTextToRichText } from "~/utils/rich-text.server";
import { createTestDb, demoIds } from "../setup/db";
import { getRequest, payloadOf, routeArgs } from "../setup/requests";

let db: Kysely<Database>;
let ids: Awaited<ReturnType<typeof demoIds>>;

beforeEach(async () => {
  delete process.env.SMTP_URL; // the log transport: every mail is kept on its outbox row
  db = await createTestDb();
  ids = await demoIds(db);
  await db.updateTable("user").set({ locale: "en" }).where("id", "=", ids.chairId).execute();
});

const open = (at: Date) =>
  openRound(
    db,
    ids.secretaryId,
    { groupId: ids.askGroupId, title: "Yttrande över regional strategi", background: null, proposal: plainTextToRichText("Styrgruppen ställer sig bakom yttrandet."), mandates: [], askedUserIds: [ids.chairId, ids.memberId], closesAt: "2030-01-15T15:00:00Z" },
    at,
  );

const mails = (kind: string) => db.selectFrom("notification").select(["recipient_id", "state", "subject", "body_text", "last_error"]).where("kind", "=", kind).orderBy("recipient_id").execute();

describe("round mails", () => {
  it("ask each member in their own language, with the link to the round", async () => {
    const id = await open(new Date());
    await runOutbox(db);
    const [chair, member] = await mails("round_asked");
    expect(chair).toMatchObject({ recipient_id: ids.chairId, state: "sent", subject: "Per capsulam: Yttrande över regional strategi – your answer is needed" });
    expect(chair.body_text).toContain(`/rounds/${id}`);
    expect(chair.body_text).toContain("Answer by 15 January 2030 16:00");
    expect(member.subject).toBe("Per capsulam: Yttrande över regional strategi – ditt svar behövs");
  });

  it("the reminder skips a member who answered before it went out; the result reaches everyone asked and the secretary", async () => {
    const id = await open(new Date("2030-01-10T12:00:00Z"));
    await enqueueRoundReminders(db, new Date("2030-01-14T16:00:00Z"));
    await answerRound(db, ids.chairId, id, { answer: "agree", reason: null });
    await runOutbox(db, { now: new Date("2030-01-14T16:01:00Z") });
    const reminders = await mails("round_reminder");
    expect(reminders.map((r) => [r.recipient_id, r.state])).toEqual([
      [ids.chairId, "skipped"],
      [ids.memberId, "sent"],
    ].sort((a, b) => Number(a[0]) - Number(b[0])));
    await answerRound(db, ids.memberId, id, { answer: "object", reason: "Remissvaret är för kort." });
    await runOutbox(db, { now: new Date("2030-01-14T16:02:00Z") });
    const results = await mails("round_result");
    expect(results.map((r) => r.recipient_id).sort()).toEqual([ids.chairId, ids.memberId, ids.secretaryId].sort());
    const secretary = results.find((r) => r.recipient_id === ids.secretaryId)!;
    expect(secretary.subject).toBe("Per capsulam: Yttrande över regional strategi – inget beslut");
    expect(secretary.body_text).toContain("Anna Berg: invänder (Remissvaret är för kort.)");
  });

  it("a member's home page lists the open rounds waiting for their answer", async () => {
    await open(new Date());
    const home = payloadOf<{ roundsToAnswer: { title: string }[] }>(await homeLoader(routeArgs(await getRequest("/", ids.memberId)) as never));
    expect(home.roundsToAnswer.map((r) => r.title)).toEqual(["Yttrande över regional strategi"]);
    const secretaryHome = payloadOf<{ roundsToAnswer: unknown[] }>(await homeLoader(routeArgs(await getRequest("/", ids.secretaryId)) as never));
    expect(secretaryHome.roundsToAnswer).toEqual([]);
  });
});
