// Per-capsulam rounds in the models: the rule (unanimous or majority with a
// quorum), early close, the close at its time, the reminder once, and the bad
// inputs that must change nothing. A round that passes takes the existing
// per-capsulam path: its decision, its mandate, its item on the next agenda.
import type { Kysely } from "kysely";
import { beforeEach, describe, expect, it } from "vitest";
import type { Database } from "../../db/schema";
import { answerRound, atClose, closeDueRounds, decided, enqueueRoundReminders, getRoundView, openRound, putFailedRoundOnAgenda, RoundError, saveRoundSettings, tally } from "~/rounds";
import { plainTextToRichText } from "~/utils/rich-text.server";
import { getSessionUser } from "~/models/user.server";
import { createTestDb, demoIds } from "../setup/db";

let db: Kysely<Database>;
let ids: Awaited<ReturnType<typeof demoIds>>;
let asked: number[];

const TODAY = "2025-10-01";
const AT = new Date("2025-10-01T08:00:00Z");
const CLOSES = "2025-10-08T15:00:00.000Z";

beforeEach(async () => {
  db = await createTestDb();
  ids = await demoIds(db);
  // A third voting member: the administrator sits in the group as a member.
  await db.insertInto("membership").values({ group_id: ids.askGroupId, user_id: ids.adminId, role: "member" }).execute();
  asked = [ids.chairId, ids.memberId, ids.adminId];
});

async function open(overrides: Partial<Parameters<typeof openRound>[2]> = {}, at = AT) {
  return openRound(
    db,
    ids.secretaryId,
    {
      groupId: ids.askGroupId,
      title: "Medfinansiering av förstudie",
      background: plainTextToRichText("Projektenheten behöver besked före nästa möte."),
      proposal: plainTextToRichText("Styrgruppen beslutar att medfinansiera förstudien med 50 000 kronor."),
      mandates: [{ unitId: ids.unitId, task: "ta fram en budget för förstudien", due: { kind: "next" }, callId: null, projectId: null }],
      askedUserIds: asked,
      closesAt: CLOSES,
      ...overrides,
    },
    at,
    TODAY,
  );
}

const answer = (userId: number, roundId: number, kind: "agree" | "object" | "abstain", reason: string | null = null) => answerRound(db, userId, roundId, { answer: kind, reason }, AT, TODAY);

async function refusal(run: () => Promise<unknown>): Promise<RoundError> {
  const error = await run().then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(RoundError);
  return error as RoundError;
}

async function roundState(id: number) {
  return db.selectFrom("round").select(["state", "closed_early", "per_capsulam_decision_id"]).where("id", "=", id).executeTakeFirstOrThrow();
}

describe("the rule", () => {
  it("the same answers fail under the unanimous rule and pass under the majority rule", () => {
    const answers = tally(["agree", "object", "agree"]);
    expect(decided("unanimous", 50, answers)).toBe("failed");
    expect(decided("majority", 50, answers)).toBe("passed");
  });

  it("a majority closes early only when the missing answers cannot change it, and needs its quorum at the close", () => {
    // 2 agree of 5, 3 missing: the missing could still object.
    expect(decided("majority", 50, tally(["agree", "agree", null, null, null]))).toBeNull();
    // 3 agree of 5: two missing objections cannot catch up.
    expect(decided("majority", 50, tally(["agree", "agree", "agree", null, null]))).toBe("passed");
    // 3 object of 5: two missing agreements cannot overtake.
    expect(decided("majority", 50, tally(["object", "object", "object", null, null]))).toBe("failed");
    // A tie fails.
    expect(atClose("majority", 50, tally(["agree", "object", null, null]))).toBe("failed");
    // At the close: 2 agree of 5 answered is below a 60 % quorum (3 of 5).
    expect(atClose("majority", 60, tally(["agree", "agree", null, null, null]))).toBe("failed");
    expect(atClose("majority", 40, tally(["agree", "agree", null, null, null]))).toBe("passed");
    // Unanimous: an abstention decides too; a missing answer at the close fails.
    expect(decided("unanimous", 50, tally(["agree", "abstain", null]))).toBe("failed");
    expect(atClose("unanimous", 50, tally(["agree", "agree", null]))).toBe("failed");
  });

  it("one objection under the unanimous rule fails the round at once, before everyone has answered", async () => {
    const id = await open();
    await answer(ids.chairId, id, "agree");
    expect((await roundState(id)).state).toBe("open");
    const result = await answer(ids.memberId, id, "object", "Budgeten är inte förankrad.");
    expect(result.closed).toBe("failed");
    expect(await roundState(id)).toMatchObject({ state: "failed", closed_early: 1, per_capsulam_decision_id: null });
    expect(await db.selectFrom("per_capsulam_decision").select("id").where("title", "=", "Medfinansiering av förstudie").execute()).toEqual([]);
    // The third member can no longer answer.
    expect((await refusal(() => answer(ids.adminId, id, "agree"))).code).toBe("closed");
  });

  it("with the same answers a majority with a quorum passes, and the decision takes the per-capsulam path", async () => {
    await saveRoundSettings(db, ids.secretaryId, ids.askGroupId, { rule: "majority", quorumPercent: 50, answersOpen: false });
    const id = await open();
    await answer(ids.memberId, id, "object", "Budgeten är inte förankrad.");
    expect((await answer(ids.chairId, id, "agree")).closed).toBeNull();
    expect((await answer(ids.adminId, id, "agree")).closed).toBe("passed");
    const round = await roundState(id);
    expect(round).toMatchObject({ state: "passed", closed_early: 1 });
    const decision = await db.selectFrom("per_capsulam_decision").selectAll().where("id", "=", round.per_capsulam_decision_id!).executeTakeFirstOrThrow();
    expect(decision.decided_on).toBe(TODAY);
    expect(decision.decision_text).toContain("medfinansiera förstudien");
    expect(decision.participants).toContain("Anna Berg (invänder: Budgeten är inte förankrad.)");
    expect(decision.participants).toContain("Per Holmberg (instämmer)");
    // Its mandate, given by the decision, due at the next meeting (13 November 2025).
    const mandate = await db.selectFrom("mandate").selectAll().where("given_by_per_capsulam_id", "=", decision.id).executeTakeFirstOrThrow();
    expect(mandate).toMatchObject({ task: "ta fram en budget för förstudien", assignee_unit_id: ids.unitId, due_meeting_id: ids.novemberMeetingId, given_on: TODAY });
    // On the next meeting's agenda, in its per-capsulam section.
    const item = await db
      .selectFrom("agenda_item")
      .innerJoin("agenda_section", "agenda_section.id", "agenda_item.section_id")
      .select(["agenda_item.meeting_id", "agenda_section.kind", "agenda_item.title"])
      .where("agenda_item.per_capsulam_decision_id", "=", decision.id)
      .executeTakeFirstOrThrow();
    expect(item).toEqual({ meeting_id: ids.novemberMeetingId, kind: "per_capsulam", title: "Medfinansiering av förstudie" });
  });

  it("the unanimous rule passes early when the last member agrees", async () => {
    const id = await open();
    await answer(ids.chairId, id, "agree");
    await answer(ids.memberId, id, "agree");
    expect((await answer(ids.adminId, id, "agree")).closed).toBe("passed");
    expect((await roundState(id)).per_capsulam_decision_id).not.toBeNull();
  });
});

describe("closing at its time and the reminder", () => {
  it("closes at its time with the answers it has: a member who did not answer fails a unanimous round", async () => {
    const id = await open();
    await answer(ids.chairId, id, "agree");
    await answer(ids.memberId, id, "agree");
    expect(await closeDueRounds(db, new Date("2025-10-08T14:59:00Z"), "2025-10-08")).toBe(0);
    expect(await closeDueRounds(db, new Date("2025-10-08T15:00:30Z"), "2025-10-08")).toBe(1);
    expect(await roundState(id)).toMatchObject({ state: "failed", closed_early: 0 });
    // Everyone asked and the secretary hear the result, once.
    expect(await closeDueRounds(db, new Date("2025-10-08T15:01:30Z"), "2025-10-08")).toBe(0);
    const results = await db.selectFrom("notification").select("recipient_id").where("kind", "=", "round_result").execute();
    expect(results.map((r) => r.recipient_id).sort()).toEqual([...asked, ids.secretaryId].sort());
  });

  it("reminds once, a day before it closes, only those who have not answered", async () => {
    const id = await open();
    await answer(ids.chairId, id, "agree");
    expect(await enqueueRoundReminders(db, new Date("2025-10-07T14:00:00Z"))).toBe(0);
    expect(await enqueueRoundReminders(db, new Date("2025-10-07T15:30:00Z"))).toBe(2);
    expect(await enqueueRoundReminders(db, new Date("2025-10-08T09:00:00Z"))).toBe(0);
    const reminders = await db.selectFrom("notification").select("recipient_id").where("kind", "=", "round_reminder").execute();
    expect(reminders.map((r) => r.recipient_id).sort()).toEqual([ids.memberId, ids.adminId].sort());
    // And the question itself went once to each asked member.
    expect(await db.selectFrom("notification").select("recipient_id").where("kind", "=", "round_asked").execute()).toHaveLength(3);
    expect(id).toBeGreaterThan(0);
  });
});

describe("bad input changes nothing", () => {
  it("a round with no one asked, or closing in the past, is refused with its field", async () => {
    const none = await refusal(() => open({ askedUserIds: [] }));
    expect([none.code, none.status, none.field]).toEqual(["noneAsked", 400, "asked"]);
    const past = await refusal(() => open({ closesAt: "2025-09-30T12:00:00Z" }));
    expect([past.code, past.status, past.field]).toEqual(["closesInPast", 400, "closesOn"]);
    const outsider = await refusal(() => open({ askedUserIds: [ids.staffId] }));
    expect(outsider.code).toBe("askedNotMember");
    expect(await db.selectFrom("round").select("id").execute()).toEqual([]);
    expect(await db.selectFrom("notification").select("id").where("kind", "like", "round_%").execute()).toEqual([]);
  });

  it("an answer from someone not asked, or after the close, is refused and changes nothing", async () => {
    const id = await open();
    const notAsked = await refusal(() => answer(ids.secretaryId, id, "agree"));
    expect([notAsked.code, notAsked.status]).toEqual(["notAsked", 403]);
    const noReason = await refusal(() => answer(ids.chairId, id, "object", "  "));
    expect([noReason.code, noReason.field]).toEqual(["reasonRequired", "reason"]);
    await closeDueRounds(db, new Date("2025-10-09T00:00:00Z"), "2025-10-09");
    const late = await refusal(() => answer(ids.chairId, id, "agree"));
    expect([late.code, late.status]).toEqual(["closed", 409]);
    expect(await db.selectFrom("round_answer").select("answer").where("round_id", "=", id).where("answer", "is not", null).execute()).toEqual([]);
    expect((await refusal(() => answer(ids.chairId, 99_999, "agree"))).status).toBe(404);
  });

  it("two answers at once from one member leave one answer; every answer and change is in the audit log", async () => {
    await saveRoundSettings(db, ids.secretaryId, ids.askGroupId, { rule: "majority", quorumPercent: 50, answersOpen: false });
    const id = await open();
    await Promise.all([answer(ids.chairId, id, "abstain"), answer(ids.chairId, id, "agree")]);
    const rows = await db.selectFrom("round_answer").select(["answer"]).where("round_id", "=", id).where("user_id", "=", ids.chairId).execute();
    expect(rows).toHaveLength(1);
    const audit = await db.selectFrom("audit_log").select(["action", "user_id"]).where("entity", "=", "round_answer").orderBy("id").execute();
    expect(audit).toEqual([
      { action: "answered", user_id: ids.chairId },
      { action: "answer_changed", user_id: ids.chairId },
    ]);
  });

  it("the last two answers at once close the round once, with one decision", async () => {
    const id = await open();
    await answer(ids.chairId, id, "agree");
    const results = await Promise.allSettled([answer(ids.memberId, id, "agree"), answer(ids.adminId, id, "agree")]);
    expect(results.every((r) => r.status === "fulfilled")).toBe(true);
    expect(await db.selectFrom("per_capsulam_decision").select("id").where("title", "=", "Medfinansiering av förstudie").execute()).toHaveLength(1);
  });

  it("a round is invisible to someone outside its group; who answered what stays hidden until the close", async () => {
    const id = await open();
    await answer(ids.chairId, id, "agree");
    const outsiderId = (await db.insertInto("user").values({ email: "utomstaende@example.org", name: "Utomstående", title: null, password_hash: "x", is_admin: 0, unit_id: null }).returning("id").executeTakeFirstOrThrow()).id;
    expect(await getRoundView(db, (await getSessionUser(db, outsiderId))!, id)).toBeNull();
    const member = (await getSessionUser(db, ids.memberId))!;
    const view = (await getRoundView(db, member, id))!;
    expect(view.members.find((m) => m.id === ids.chairId)).toMatchObject({ answered: true, answer: null });
    expect(view.can.answer).toBe(true);
  });

  it("a round that failed goes to the next meeting as an ordinary item, once", async () => {
    const id = await open();
    await answer(ids.chairId, id, "object", "Inte nu.");
    const { meetingId } = await putFailedRoundOnAgenda(db, ids.secretaryId, id, TODAY);
    expect(meetingId).toBe(ids.novemberMeetingId);
    expect((await refusal(() => putFailedRoundOnAgenda(db, ids.secretaryId, id, TODAY))).code).toBe("alreadyOnAgenda");
  });

  it("two secretaries putting the same failed round on the agenda at once make one item", async () => {
    const id = await open();
    await answer(ids.chairId, id, "object", "Inte nu.");
    const itemsBefore = await db.selectFrom("agenda_item").select("id").where("meeting_id", "=", ids.novemberMeetingId).execute();
    const results = await Promise.allSettled([putFailedRoundOnAgenda(db, ids.secretaryId, id, TODAY), putFailedRoundOnAgenda(db, ids.secretaryId, id, TODAY)]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const failed = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect((failed.reason as RoundError).code).toBe("alreadyOnAgenda");
    const itemsAfter = await db.selectFrom("agenda_item").select("id").where("meeting_id", "=", ids.novemberMeetingId).execute();
    expect(itemsAfter).toHaveLength(itemsBefore.length + 1);
  });
});
