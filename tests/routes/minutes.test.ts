import type { Kysely } from "kysely";
import { beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../db/schema";
import { planMeeting } from "~/models/meeting.server";
import { action as meetingAction, loader as meetingLoader } from "~/routes/meetings.$meetingId/route";
import { loader as pdfLoader } from "~/routes/meetings.$meetingId.minutes[.]pdf";
import { action as perCapsulamAction, loader as perCapsulamLoader } from "~/routes/groups.$groupId.per-capsulam";
import { createTestDb, demoIds } from "../setup/db";
import { pdfText } from "../setup/pdf";
import { getRequest, payloadOf, postRequest, routeArgs, settle, statusOf } from "../setup/requests";

let db: Kysely<Database>;
let ids: Awaited<ReturnType<typeof demoIds>>;
let meetingId: number;

beforeAll(async () => {
  db = await createTestDb();
  ids = await demoIds(db);
  meetingId = await planMeeting(db, { groupId: ids.askGroupId, date: "2026-11-23", startTime: "13:00", place: "Växjö", title: "Styrgrupp ASK 23 november 2026", createdBy: ids.secretaryId });
  await planMeeting(db, { groupId: ids.askGroupId, date: "2027-02-10", startTime: null, place: null, title: "Styrgrupp ASK 10 februari 2027", createdBy: ids.secretaryId });
});

type Reply = { intent: string; result: { error?: Record<string, string[] | null> } };

async function post(form: Record<string, string | string[]>, userId: number, id = meetingId) {
  return settle(async () => meetingAction(routeArgs(await postRequest(`/meetings/${id}`, form, userId), { meetingId: String(id) }) as never));
}

async function itemsOf(id: number) {
  return db
    .selectFrom("agenda_item")
    .innerJoin("agenda_section", "agenda_section.id", "agenda_item.section_id")
    .select(["agenda_item.id", "agenda_item.version", "agenda_section.kind", "agenda_item.title"])
    .where("agenda_item.meeting_id", "=", id)
    .orderBy("agenda_section.position")
    .orderBy("agenda_item.position")
    .execute();
}


describe("the per-capsulam page", () => {
  it("records a decision with a mandate for the secretary, and refuses members (403) and bad input (400)", async () => {
    const path = `/groups/${ids.askGroupId}/per-capsulam`;
    const args = async (form: Record<string, string>, userId: number) => routeArgs(await postRequest(path, form, userId), { groupId: String(ids.askGroupId) }) as never;
    const form = { decidedOn: "2026-11-20", title: "Medfinansiering av förstudie", decision: "Styrgruppen beviljar medfinansiering.", participants: "Per Holmberg, Anna Berg", "mandates[0].task": "skriva avtal", "mandates[0].unitId": String(ids.unitId), "mandates[0].dueKind": "date", "mandates[0].dueDate": "2027-01-31" };
    expect(statusOf(await settle(async () => perCapsulamAction(await args(form, ids.memberId))))).toBe(403);
    const bad = await settle(async () => perCapsulamAction(await args({ ...form, decidedOn: "2026-02-30", participants: "" }, ids.secretaryId)));
    expect(statusOf(bad)).toBe(400);
    expect(payloadOf<Reply>(bad).result.error?.decidedOn).toEqual(["Skriv ett datum som ÅÅÅÅ-MM-DD."]);
    expect(statusOf(await settle(async () => perCapsulamAction(await args(form, ids.secretaryId))))).toBe(303);
    const page = await perCapsulamLoader(routeArgs(await getRequest(path, ids.memberId), { groupId: String(ids.askGroupId) }) as never);
    expect(page.decisions[0].title).toBe("Medfinansiering av förstudie");
    expect(page.decisions[0].mandates[0].task).toBe("skriva avtal");
  });
});

describe("the meeting page's actions", () => {
  it("refuse members who may not record decisions (403) and unknown meetings (404)", async () => {
    expect(statusOf(await post({ intent: "hold" }, ids.memberId))).toBe(403);
    expect(statusOf(await post({ intent: "hold" }, ids.secretaryId, 99999))).toBe(404);
  });

  it("run a meeting: start, decide with a mandate due at the next meeting, a reservation, approval, lock", async () => {
    expect(statusOf(await post({ intent: "hold" }, ids.secretaryId))).toBe(303);
    const report = (await itemsOf(meetingId)).find((i) => i.kind === "report")!;
    // Stance on a report: refused in Swedish.
    const refused = await post({ intent: "stance", itemId: String(report.id), stance: "for" }, ids.memberId);
    expect(statusOf(refused)).toBe(400);
    expect(payloadOf<Reply>(refused).result.error?.stance).toEqual(["Ställningstaganden görs bara på beslutspunkter."]);

    const section = await db.selectFrom("agenda_section").select("id").where("meeting_id", "=", meetingId).where("kind", "=", "decision").executeTakeFirstOrThrow();
    const item = await db.insertInto("agenda_item").values({ meeting_id: meetingId, section_id: section.id, position: 1, title: "Projektdirektiv Handslaget 3" }).returning("id").executeTakeFirstOrThrow();
    const missing = await post({ intent: "decision", itemId: String(item.id), version: "1", outcome: "", "mandates[0].task": "", "mandates[0].unitId": String(ids.unitId), "mandates[0].dueKind": "next" }, ids.secretaryId);
    expect(statusOf(missing)).toBe(400);
    expect(payloadOf<Reply>(missing).result.error?.outcome).toEqual(["Välj ett utfall."]);
    expect(payloadOf<Reply>(missing).result.error?.["mandates[0].task"]).toEqual(["Beskriv uppdraget."]);

    const saved = await post(
      { intent: "decision", itemId: String(item.id), version: "1", outcome: "approved", decision: "Styrgruppen uppdrar åt Projektenhet Kronoberg att ta fram ett projektdirektiv.", "mandates[0].task": "ta fram ett projektdirektiv för Handslaget 3", "mandates[0].unitId": String(ids.unitId), "mandates[0].dueKind": "next" },
      ids.secretaryId,
    );
    expect(statusOf(saved)).toBe(303);
    expect(statusOf(await post({ intent: "stance", itemId: String(item.id), stance: "reservation", reason: "" }, ids.memberId))).toBe(400);
    expect(statusOf(await post({ intent: "stance", itemId: String(item.id), stance: "reservation", reason: "Kostnaden är inte utredd." }, ids.memberId))).toBe(303);
    expect(statusOf(await post({ intent: "attendance", person: [String(ids.chairId), String(ids.memberId)], status: ["present", "present"], checker: [String(ids.memberId)] }, ids.secretaryId))).toBe(303);
    expect(statusOf(await post({ intent: "send" }, ids.secretaryId))).toBe(303);

    const version = (await db.selectFrom("meeting").select("minutes_version").where("id", "=", meetingId).executeTakeFirstOrThrow()).minutes_version;
    expect(statusOf(await post({ intent: "approve", minutesVersion: String(version) }, ids.chairId))).toBe(303);
    const twice = await post({ intent: "approve", minutesVersion: String(version) }, ids.chairId);
    expect(statusOf(twice)).toBe(409);
    expect(payloadOf<Reply>(twice).result.error?.[""]).toEqual(["Du har redan justerat den här versionen av protokollet."]);
    const stale = await post({ intent: "approve", minutesVersion: String(version - 1) }, ids.memberId);
    expect(statusOf(stale)).toBe(409);
    expect(payloadOf<Reply>(stale).result.error?.[""]?.[0]).toContain("Protokollet har ändrats sedan du läste det");
    expect(statusOf(await post({ intent: "approve", minutesVersion: String(version) }, ids.memberId))).toBe(303);
    expect((await db.selectFrom("meeting").select("state").where("id", "=", meetingId).executeTakeFirstOrThrow()).state).toBe("minutes_approved");
  });

  it("refuse any edit of locked minutes through a crafted POST, with nothing saved", async () => {
    const item = (await itemsOf(meetingId)).find((i) => i.kind === "decision")!;
    const forms: Record<string, string | string[]>[] = [
      { intent: "decision", itemId: String(item.id), version: String(item.version), outcome: "rejected", decision: "Ändrat i efterhand" },
      { intent: "stance", itemId: String(item.id), stance: "for" },
      { intent: "attendance", person: [String(ids.chairId)], status: ["absent"] },
      { intent: "send" },
      { intent: "addSubstitute", name: "X", substituteFor: "Y" },
    ];
    for (const form of forms) {
      const result = await post(form, form.intent === "stance" ? ids.chairId : ids.secretaryId);
      expect(statusOf(result)).toBe(409);
      expect(JSON.stringify(payloadOf(result))).toContain("Protokollet är justerat och låst");
    }
    const row = await db.selectFrom("agenda_item").select(["outcome", "decision_text"]).where("id", "=", item.id).executeTakeFirstOrThrow();
    expect(row).toEqual({ outcome: "approved", decision_text: "Styrgruppen uppdrar åt Projektenhet Kronoberg att ta fram ett projektdirektiv." });
  });

  it("puts decisions, the mandate, the reservation, approvals and a correction in the minutes PDF", async () => {
    const item = (await itemsOf(meetingId)).find((i) => i.kind === "decision")!;
    expect(statusOf(await post({ intent: "correction", itemId: String(item.id), field: "decision", after: "", reason: "" }, ids.secretaryId))).toBe(400);
    expect(statusOf(await post({ intent: "correction", itemId: String(item.id), field: "decision", after: "Styrgruppen uppdrar åt Projektenhet Kronoberg att ta fram två projektdirektiv.", reason: "Felskrivning vid protokollförandet" }, ids.secretaryId))).toBe(303);
    const response = (await settle(async () => pdfLoader(routeArgs(await getRequest(`/meetings/${meetingId}/minutes.pdf`, ids.memberId), { meetingId: String(meetingId) }) as never))) as Response;
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("application/pdf");
    const text = await pdfText(await response.arrayBuffer());
    for (const expected of [
      "Styrgrupp ASK 23 november 2026",
      "§ 1 Projektdirektiv Handslaget 3",
      "Bifallet",
      "ta fram ett projektdirektiv för Handslaget 3",
      "Projektenhet Kronoberg",
      "till mötet den 10 februari 2027",
      "Anna Berg reserverar sig: Kostnaden är inte utredd.",
      "Per Holmberg Ordförande Justerat digitalt",
      "Anna Berg Justerare Justerat digitalt",
      "Rättelser",
      "två projektdirektiv",
      "Felskrivning vid protokollförandet",
    ]) {
      expect(text).toContain(expected);
    }
  });

  it("shows the demo's 3 September minutes as approved, with § numbers, in the PDF too", async () => {
    const view = await meetingLoader(routeArgs(await getRequest(`/meetings/${ids.septemberMeetingId}`, ids.memberId), { meetingId: String(ids.septemberMeetingId) }) as never);
    expect(view.meeting.state).toBe("minutes_approved");
    expect(view.sections.flatMap((s) => s.items.map((i) => i.paragraph))).toEqual([3, 4, 5, 6, 7, 8]);
    const response = (await settle(async () => pdfLoader(routeArgs(await getRequest(`/meetings/${ids.septemberMeetingId}/minutes.pdf`, ids.memberId), { meetingId: String(ids.septemberMeetingId) }) as never))) as Response;
    const text = await pdfText(await response.arrayBuffer());
    expect(text).toContain("§ 3");
    expect(text).toContain("§ 8 ASF Växjö");
    expect(text).not.toContain("Utkast");
  });
});
