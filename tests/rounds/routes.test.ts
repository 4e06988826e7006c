// The round pages, called as the browser would: the secretary's form refuses
// bad input with a message next to the field (400, nothing written), a forged
// link to another group's round is a 404 like a missing one, and an answer
// after the close or from someone not asked changes nothing.
import type { Kysely } from "kysely";
import { beforeEach, describe, expect, it } from "vitest";
import type { Database } from "../../db/schema";
import { action as newRoundAction } from "~/routes/groups.$groupId.rounds.new";
import { action as roundAction, loader as roundLoader } from "~/routes/rounds.$roundId";
import { action as settingsAction } from "~/routes/groups.$groupId.rounds.settings";
import { closeDueRounds, openRound } from "~/rounds";
import { plainTextToRichText } from "~/utils/rich-text.server";
import { createTestDb, demoIds } from "../setup/db";
import { getRequest, payloadOf, postRequest, routeArgs, settle, statusOf } from "../setup/requests";

let db: Kysely<Database>;
let ids: Awaited<ReturnType<typeof demoIds>>;
let otherGroupId: number;

beforeEach(async () => {
  db = await createTestDb();
  ids = await demoIds(db);
  otherGroupId = (await db.selectFrom("group").select("id").where("short_name", "!=", "ASK").orderBy("id").executeTakeFirstOrThrow()).id;
});

type Reply = { result: { error?: Record<string, string[] | null> } };

const form = (extra: Record<string, string | string[]> = {}) => ({
  title: "Yttrande över regional strategi",
  background: "",
  proposal: "Styrgruppen ställer sig bakom yttrandet.",
  asked: [String(ids.chairId), String(ids.memberId)],
  closesOn: "2030-01-15",
  closesTime: "16:00",
  ...extra,
});

async function postNew(values: Record<string, string | string[]>, userId = ids.secretaryId, groupId = ids.askGroupId) {
  return settle(async () => newRoundAction(routeArgs(await postRequest(`/groups/${groupId}/rounds/new`, values, userId) as never, { groupId: String(groupId) }) as never));
}

async function open(groupId: number, asked: number[]) {
  return openRound(db, ids.secretaryId, { groupId, title: "Runda", background: null, proposal: plainTextToRichText("Förslag."), mandates: [], askedUserIds: asked, closesAt: "2030-01-15T15:00:00Z" });
}

describe("opening a round", () => {
  it("no one asked, a closing time in the past and a missing proposal are refused next to their fields; nothing is written", async () => {
    const none = await postNew(form({ asked: [] }));
    expect(statusOf(none)).toBe(400);
    expect(payloadOf<Reply>(none).result.error?.asked).toEqual(["Välj minst en person att fråga."]);
    const past = await postNew(form({ closesOn: "2020-01-15" }));
    expect(statusOf(past)).toBe(400);
    expect(payloadOf<Reply>(past).result.error?.closesOn).toEqual(["Stängningstiden har redan passerat. Välj en senare tid."]);
    const empty = await postNew(form({ proposal: " " }));
    expect(statusOf(empty)).toBe(400);
    expect(payloadOf<Reply>(empty).result.error?.proposal).toEqual(["Skriv förslaget till beslut."]);
    expect(await db.selectFrom("round").select("id").execute()).toEqual([]);
  });

  it("a member may not open a round (403); the secretary's round opens and asks by mail", async () => {
    expect(statusOf(await postNew(form(), ids.memberId))).toBe(403);
    const opened = await postNew(form());
    expect(statusOf(opened)).toBe(303);
    expect((opened as Response).headers.get("Location")).toMatch(/^\/rounds\/\d+\?opened=1$/);
    expect(await db.selectFrom("notification").select("recipient_id").where("kind", "=", "round_asked").execute()).toHaveLength(2);
  });

  it("the rule form refuses a quorum outside 1–100", async () => {
    const result = await settle(async () => settingsAction(routeArgs(await postRequest(`/groups/${ids.askGroupId}/rounds/settings`, { rule: "majority", quorumPercent: "0" }, ids.secretaryId) as never, { groupId: String(ids.askGroupId) }) as never));
    expect(statusOf(result)).toBe(400);
    const group = await db.selectFrom("group").select(["round_rule", "round_quorum_percent"]).where("id", "=", ids.askGroupId).executeTakeFirstOrThrow();
    expect(group).toEqual({ round_rule: "unanimous", round_quorum_percent: 50 });
  });
});

describe("answering", () => {
  it("a forged link to another group's round is a 404, like a round that does not exist", async () => {
    const inOther = (await db.selectFrom("membership").select("user_id").where("group_id", "=", otherGroupId).execute()).map((m) => m.user_id);
    const elsewhere = await open(otherGroupId, [inOther[0]]);
    // The chair of ASK is not in the other group.
    expect(inOther).not.toContain(ids.chairId);
    const forged = await settle(async () => roundLoader(routeArgs(await getRequest(`/rounds/${elsewhere}`, ids.chairId) as never, { roundId: String(elsewhere) }) as never));
    expect(statusOf(forged)).toBe(404);
    const posted = await settle(async () => roundAction(routeArgs(await postRequest(`/rounds/${elsewhere}`, { intent: "answer", answer: "agree" }, ids.chairId) as never, { roundId: String(elsewhere) }) as never));
    expect(statusOf(posted)).toBe(404);
    const missing = await settle(async () => roundLoader(routeArgs(await getRequest(`/rounds/99999`, ids.memberId) as never, { roundId: "99999" }) as never));
    expect(statusOf(missing)).toBe(404);
  });

  it("an objection without a reason, an answer from someone not asked, and an answer after the close are refused", async () => {
    const id = await open(ids.askGroupId, [ids.chairId, ids.memberId]);
    const post = (userId: number, values: Record<string, string>) => settle(async () => roundAction(routeArgs(await postRequest(`/rounds/${id}`, { intent: "answer", ...values }, userId) as never, { roundId: String(id) }) as never));
    const noReason = await post(ids.chairId, { answer: "object", reason: "" });
    expect(statusOf(noReason)).toBe(400);
    expect(payloadOf<Reply>(noReason).result.error?.reason).toEqual(["Skriv skälet till invändningen."]);
    const notAsked = await post(ids.staffId, { answer: "agree" });
    expect(statusOf(notAsked)).toBe(403);
    await closeDueRounds(db, new Date("2030-01-16T00:00:00Z"), "2030-01-16");
    const late = await post(ids.chairId, { answer: "agree" });
    expect(statusOf(late)).toBe(409);
    expect(JSON.stringify(payloadOf(late))).toContain("Rundan har stängt");
    expect(await db.selectFrom("round_answer").select("answer").where("round_id", "=", id).where("answer", "is not", null).execute()).toEqual([]);
  });
});
