// Planning a meeting and editing its agenda through the routes, as the
// secretary and as people who may not: bad input is a 4xx with a Swedish
// message and nothing saved, half-way or otherwise.
import type { Kysely } from "kysely";
import { beforeEach, describe, expect, it } from "vitest";
import type { Database } from "../../db/schema";
import { action as agendaAction, loader as agendaLoader } from "~/routes/meetings.$meetingId_.agenda";
import { loader as pdfLoader } from "~/routes/meetings.$meetingId_.agenda[.]pdf";
import { action as planAction, loader as planLoader } from "~/routes/meetings.new";
import { createTestDb, demoIds } from "../setup/db";
import { readPdf } from "../setup/pdf";
import { getRequest, payloadOf, postRequest, routeArgs, settle, statusOf } from "../setup/requests";

let db: Kysely<Database>;
let ids: Awaited<ReturnType<typeof demoIds>>;
beforeEach(async () => {
  db = await createTestDb();
  ids = await demoIds(db);
});

type Reply = { error?: Record<string, string[] | null>; initialValue?: Record<string, unknown> };
type ActionData = { message?: string; result?: Reply; conflict?: { title: string; version: number; backgroundText: string | null } };

const doc = (...paragraphs: unknown[]) => JSON.stringify({ type: "doc", content: paragraphs });
const para = (text: string, marks?: unknown[]) => ({ type: "paragraph", content: [{ type: "text", text, ...(marks ? { marks } : {}) }] });

async function counts() {
  const count = async (table: "meeting" | "agenda_item" | "agenda_section" | "audit_log") =>
    Number((await db.selectFrom(table).select((eb) => eb.fn.countAll().as("n")).executeTakeFirstOrThrow()).n);
  return { meetings: await count("meeting"), items: await count("agenda_item"), sections: await count("agenda_section"), audit: await count("audit_log") };
}

async function plan(form: Record<string, string>, userId = ids.secretaryId) {
  return settle(async () => planAction(routeArgs(await postRequest("/meetings/new", form, userId))));
}

async function post(meetingId: number, form: Record<string, string | string[]>, userId = ids.secretaryId) {
  return settle(async () => agendaAction(routeArgs(await postRequest(`/meetings/${meetingId}/agenda`, form, userId), { meetingId: String(meetingId) })));
}

async function planFebruary(): Promise<number> {
  const result = await plan({ groupId: String(ids.askGroupId), title: "Styrgrupp ASK 12 februari", date: "2026-02-12", startTime: "13:00", place: "Växjö, Kommunhuset" });
  expect(statusOf(result)).toBe(302);
  const location = (result as Response).headers.get("Location")!;
  expect(location).toMatch(/^\/meetings\/\d+\/agenda$/);
  return Number(location.split("/")[2]);
}

async function itemsOf(meetingId: number) {
  return db
    .selectFrom("agenda_item")
    .innerJoin("agenda_section", "agenda_section.id", "agenda_item.section_id")
    .select(["agenda_item.id", "agenda_item.title", "agenda_item.version", "agenda_item.section_id", "agenda_item.position", "agenda_item.background_json", "agenda_item.background_text", "agenda_section.kind"])
    .where("agenda_item.meeting_id", "=", meetingId)
    .orderBy("agenda_section.position")
    .orderBy("agenda_item.position")
    .execute();
}

describe("planning a meeting", () => {
  it("creates the meeting and its draft agenda with the report-back items, and opens the editor", async () => {
    const id = await planFebruary();
    const items = await itemsOf(id);
    expect(items.filter((i) => i.title.startsWith("Återrapportering")).map((i) => i.kind)).toEqual(["report", "report"]);
    const meeting = await db.selectFrom("meeting").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
    expect([meeting.state, meeting.start_time, meeting.place, meeting.created_by]).toEqual(["draft", "13:00", "Växjö, Kommunhuset", ids.secretaryId]);
    const audit = await db.selectFrom("audit_log").select("action").where("meeting_id", "=", id).execute();
    expect(audit.map((a) => a.action)).toContain("meeting_planned");
  });

  it("names a meeting planned without a title after the group and the day, with the year", async () => {
    const result = await plan({ groupId: String(ids.askGroupId), title: "  ", date: "2026-02-12", startTime: "13:00", place: "" });
    expect(statusOf(result)).toBe(302);
    const id = Number((result as Response).headers.get("Location")!.split("/")[2]);
    const meeting = await db.selectFrom("meeting").select("title").where("id", "=", id).executeTakeFirstOrThrow();
    expect(meeting.title).toBe("Styrgrupp ASK 12 februari 2026");
  });

  it.each([
    [{ title: "x".repeat(201) }, "title", "Texten får vara högst 200 tecken."],
    [{ date: "2026-02-30" }, "date", "Datumet finns inte. Skriv ett riktigt datum som ÅÅÅÅ-MM-DD, till exempel 2026-02-12."],
    [{ date: "12/2/2026" }, "date", "Datumet finns inte. Skriv ett riktigt datum som ÅÅÅÅ-MM-DD, till exempel 2026-02-12."],
    [{ date: "" }, "date", "Skriv mötets datum."],
    [{ startTime: "25:00" }, "startTime", "Skriv tiden som TT:MM, till exempel 13:00."],
  ])("refuses %o with a 400 and a Swedish message, keeps the input and saves nothing", async (change, field, message) => {
    const before = await counts();
    const form = { groupId: String(ids.askGroupId), title: "Styrgrupp ASK 12 februari", date: "2026-02-12", startTime: "13:00", place: "Växjö", ...change };
    const result = await plan(form);
    expect(statusOf(result)).toBe(400);
    const reply = payloadOf<Reply>(result);
    expect(reply.error?.[field]).toEqual([message]);
    expect(reply.initialValue?.place).toBe("Växjö");
    expect(await counts()).toEqual(before);
  });

  it("is forbidden (403) in a group where the user is not secretary, and to members altogether", async () => {
    const before = await counts();
    // The staff member is secretary of the verksamhetsgrupp, not of ASK.
    expect(statusOf(await plan({ groupId: String(ids.askGroupId), title: "Möte", date: "2026-02-12" }, ids.staffId))).toBe(403);
    expect(statusOf(await plan({ groupId: String(ids.askGroupId), title: "Möte", date: "2026-02-12" }, ids.memberId))).toBe(403);
    expect(statusOf(await plan({ groupId: String(ids.askGroupId), title: "Möte", date: "2026-02-12" }, ids.chairId))).toBe(403);
    expect(statusOf(await settle(async () => planLoader(routeArgs(await getRequest("/meetings/new", ids.memberId)))))).toBe(403);
    expect(await counts()).toEqual(before);
  });
});

describe("editing the agenda", () => {
  it("adds an item with formatted background, saves it with a new version, and records the change", async () => {
    const id = await planFebruary();
    const decision = (await db.selectFrom("agenda_section").select("id").where("meeting_id", "=", id).where("kind", "=", "decision").executeTakeFirstOrThrow()).id;
    const background = doc(para("Viktigt", [{ type: "bold" }]), { type: "bulletList", content: [{ type: "listItem", content: [para("POA1")] }] });
    const result = await post(id, { intent: "add-item", sectionId: String(decision), title: "Medfinansiering av Handslaget 2", presentation: "Beslutsärende", presenter: "Jonas Ek", background, backgroundFormat: "json", proposal: "", proposalFormat: "json" });
    expect(statusOf(result)).toBe(303);
    const added = (await itemsOf(id)).find((i) => i.title === "Medfinansiering av Handslaget 2")!;
    expect(added.kind).toBe("decision");
    expect(added.background_text).toBe("Viktigt\nPOA1");
    expect(added.version).toBe(1);
    const edited = await post(id, { intent: "edit-item", itemId: String(added.id), version: "1", sectionId: String(decision), title: "Medfinansiering av Handslaget 2 (reviderat)", background, backgroundFormat: "json" });
    expect(statusOf(edited)).toBe(303);
    expect((await itemsOf(id)).find((i) => i.id === added.id)!.version).toBe(2);
  });

  it("turns plain text posted without JavaScript into a document, and keeps an unchanged one as it was", async () => {
    const id = await planFebruary();
    const report = (await itemsOf(id)).find((i) => i.title.startsWith("Återrapportering"))!;
    const unchanged = await post(id, { intent: "edit-item", itemId: String(report.id), version: "1", sectionId: String(report.section_id), title: report.title, background: report.background_json!, backgroundFormat: "plain", backgroundPlain: report.background_text!, proposal: "", proposalFormat: "plain", proposalPlain: "" });
    expect(statusOf(unchanged)).toBe(303);
    expect((await itemsOf(id)).find((i) => i.id === report.id)!.background_json).toBe(report.background_json);
    const changed = await post(id, { intent: "edit-item", itemId: String(report.id), version: "2", sectionId: String(report.section_id), title: report.title, background: report.background_json!, backgroundFormat: "plain", backgroundPlain: "Läget:\n- direktivet är klart\n- ansökan skrivs\n1. Beslut i mars", proposalFormat: "plain", proposalPlain: "" });
    expect(statusOf(changed)).toBe(303);
    const saved = JSON.parse((await itemsOf(id)).find((i) => i.id === report.id)!.background_json!);
    expect(saved.content.map((n: { type: string }) => n.type)).toEqual(["paragraph", "bulletList", "orderedList"]);
  });

  it.each([
    [{ title: "" }, "title", "Skriv en rubrik för ärendet."],
    [{ title: "   " }, "title", "Skriv en rubrik för ärendet."],
    [{ title: "å".repeat(501) }, "title", "Rubriken får vara högst 500 tecken. Flytta det övriga till bakgrunden."],
    [{ background: "{not json", backgroundFormat: "json" }, "background", "Texten kunde inte läsas som formaterad text. Kontrollera den och spara igen."],
    [{ background: JSON.stringify({ type: "doc", content: [{ type: "script", text: "x" }] }), backgroundFormat: "json" }, "background", "Texten kunde inte läsas som formaterad text. Kontrollera den och spara igen."],
    [
      { proposal: doc(para("klicka", [{ type: "link", attrs: { href: "javascript:alert(1)" } }])), proposalFormat: "json" },
      "proposal",
      "Länkar får bara gå till adresser som börjar med http://, https:// eller mailto:.",
    ],
    [{ mandateId: "999" }, "mandateId", "Uppdraget finns inte i den här gruppen."],
  ])("refuses an item with %o: 400, a Swedish message by the field, input kept, nothing saved", async (change, field, message) => {
    const id = await planFebruary();
    const report = (await itemsOf(id)).find((i) => i.title.startsWith("Återrapportering"))!;
    const before = { counts: await counts(), item: await db.selectFrom("agenda_item").selectAll().where("id", "=", report.id).executeTakeFirstOrThrow() };
    const result = await post(id, { intent: "edit-item", itemId: String(report.id), version: "1", sectionId: String(report.section_id), title: "Ny rubrik", presenter: "Jonas Ek", background: doc(para("ok")), backgroundFormat: "json", ...change });
    expect(statusOf(result)).toBe(400);
    const data = payloadOf<ActionData>(result);
    expect(data.result?.error?.[field]).toEqual([message]);
    expect(data.result?.initialValue?.presenter).toBe("Jonas Ek");
    expect(await counts()).toEqual(before.counts);
    expect(await db.selectFrom("agenda_item").selectAll().where("id", "=", report.id).executeTakeFirstOrThrow()).toEqual(before.item);
  });

  it("refuses a save over a newer version with 409 and shows the saved text beside the secretary's", async () => {
    const id = await planFebruary();
    const report = (await itemsOf(id)).find((i) => i.title.startsWith("Återrapportering"))!;
    const base = { intent: "edit-item", itemId: String(report.id), sectionId: String(report.section_id), backgroundFormat: "json" };
    expect(statusOf(await post(id, { ...base, version: "1", title: "Karins rubrik", background: doc(para("Karins text")) }))).toBe(303);
    const before = await counts();
    const stale = await post(id, { ...base, version: "1", title: "Pers rubrik", background: doc(para("Pers text")) });
    expect(statusOf(stale)).toBe(409);
    const data = payloadOf<ActionData>(stale);
    expect(data.message).toContain("Någon annan har sparat ärendet");
    expect(data.conflict).toMatchObject({ title: "Karins rubrik", version: 2, backgroundText: "Karins text" });
    expect(data.result?.initialValue?.title).toBe("Pers rubrik");
    expect(await counts()).toEqual(before);
    expect((await itemsOf(id)).find((i) => i.id === report.id)!.title).toBe("Karins rubrik");
  });

  it("moves an item up, and refuses a move based on a stale order (409) without moving anything", async () => {
    const id = await planFebruary();
    const reports = (await itemsOf(id)).filter((i) => i.kind === "report");
    const order = reports.map((i) => i.id);
    const last = order.at(-1)!;
    expect(statusOf(await post(id, { intent: "move-item", itemId: String(last), direction: "up", order: order.join(",") }))).toBe(303);
    const moved = (await itemsOf(id)).filter((i) => i.kind === "report").map((i) => i.id);
    expect(moved).toEqual([...order.slice(0, -2), last, order.at(-2)!]);
    const before = await counts();
    const stale = await post(id, { intent: "move-item", itemId: String(last), direction: "up", order: order.join(",") });
    expect(statusOf(stale)).toBe(409);
    expect(payloadOf<ActionData>(stale).message).toContain("Dagordningen har ändrats sedan du öppnade sidan");
    expect((await itemsOf(id)).filter((i) => i.kind === "report").map((i) => i.id)).toEqual(moved);
    expect(await counts()).toEqual(before);
  });

  it("is forbidden (403) to the chair and members, and a draft is not found (404) for members", async () => {
    const id = await planFebruary();
    const report = (await itemsOf(id)).find((i) => i.title.startsWith("Återrapportering"))!;
    const before = await counts();
    const asChair = await post(id, { intent: "edit-item", itemId: String(report.id), version: "1", sectionId: String(report.section_id), title: "x" }, ids.chairId);
    expect(statusOf(asChair)).toBe(403);
    const asMember = await post(id, { intent: "publish" }, ids.memberId);
    expect(statusOf(asMember)).toBe(404);
    expect(await counts()).toEqual(before);
    const view = await settle(async () => agendaLoader(routeArgs(await getRequest(`/meetings/${id}/agenda`, ids.memberId), { meetingId: String(id) })));
    expect(statusOf(view)).toBe(404);
    const pdf = await settle(async () => pdfLoader(routeArgs(await getRequest(`/meetings/${id}/agenda.pdf`, ids.memberId), { meetingId: String(id) })));
    expect(statusOf(pdf)).toBe(404);
  });

  it("publishes the agenda for members; later edits bump the revision and show what changed", async () => {
    const id = await planFebruary();
    expect(statusOf(await post(id, { intent: "publish" }))).toBe(303);
    const asMember = payloadOf<{ canEdit: boolean; meeting: { state: string }; changes: unknown[] }>(
      await agendaLoader(routeArgs(await getRequest(`/meetings/${id}/agenda`, ids.memberId), { meetingId: String(id) })),
    );
    expect([asMember.meeting.state, asMember.canEdit, asMember.changes]).toEqual(["agenda_published", false, []]);
    await new Promise((r) => setTimeout(r, 5));
    const report = (await itemsOf(id)).find((i) => i.title.startsWith("Återrapportering"))!;
    const full = await db.selectFrom("agenda_item").selectAll().where("id", "=", report.id).executeTakeFirstOrThrow();
    const form = {
      intent: "edit-item",
      itemId: String(report.id),
      version: "1",
      sectionId: String(report.section_id),
      title: "Återrapportering: Handslaget 2",
      presenter: full.presenter ?? "",
      mandateId: String(full.mandate_id ?? ""),
      callId: String(full.call_id ?? ""),
      projectId: String(full.project_id ?? ""),
      background: report.background_json!,
      backgroundFormat: "json",
    };
    expect(statusOf(await post(id, form))).toBe(303);
    const after = payloadOf<{ meeting: { agendaRevision: number }; changes: { action: string; title: string; fields: string[] }[] }>(
      await agendaLoader(routeArgs(await getRequest(`/meetings/${id}/agenda`, ids.memberId), { meetingId: String(id) })),
    );
    expect(after.meeting.agendaRevision).toBe(2);
    expect(after.changes).toEqual([expect.objectContaining({ action: "item_updated", title: "Återrapportering: Handslaget 2", fields: ["title"] })]);
    // Publishing twice is refused.
    expect(statusOf(await post(id, { intent: "publish" }))).toBe(409);
  });

  it("answers an unknown intent or a broken move with a 400, never a 500", async () => {
    const id = await planFebruary();
    expect(statusOf(await post(id, { intent: "explode" }))).toBe(400);
    expect(statusOf(await post(id, { intent: "move-item", itemId: "abc", direction: "sideways", order: "1,x" }))).toBe(400);
    expect(statusOf(await post(id, { intent: "delete-item", itemId: "99999", version: "1" }))).toBe(404);
  });
});

describe("what an item can be linked to", () => {
  it("lists the group's open mandates and those this agenda already links to, not the closed ones", async () => {
    const id = await planFebruary();
    const mandates = await db.selectFrom("mandate").select("id").where("group_id", "=", ids.askGroupId).orderBy("id").execute();
    expect(mandates.length).toBeGreaterThan(2);
    const [closed, linkedClosed] = mandates;
    await db.updateTable("mandate").set({ status: "done" }).where("id", "in", [closed.id, linkedClosed.id]).execute();
    const decision = (await db.selectFrom("agenda_section").select("id").where("meeting_id", "=", id).where("kind", "=", "decision").executeTakeFirstOrThrow()).id;
    const added = await post(id, { intent: "add-item", sectionId: String(decision), title: "Slutrapport", mandateId: String(linkedClosed.id), background: "", backgroundFormat: "json", proposal: "", proposalFormat: "json" });
    expect(statusOf(added)).toBe(303);
    const page = payloadOf(await settle(async () => agendaLoader(routeArgs(await getRequest(`/meetings/${id}/agenda`, ids.secretaryId), { meetingId: String(id) })))) as {
      options: { mandates: Array<{ id: number }> };
    };
    const offered = page.options.mandates.map((m) => m.id);
    expect(offered).not.toContain(closed.id);
    expect(offered).toContain(linkedClosed.id);
    expect(offered).toEqual(expect.arrayContaining(mandates.slice(2).map((m) => m.id)));
  });
});

describe("the agenda PDF", () => {
  it("is an A4 PDF whose text holds the group, Swedish date, place and the numbered items with å, ä, ö and ”", async () => {
    const id = await planFebruary();
    const response = (await pdfLoader(routeArgs(await getRequest(`/meetings/${id}/agenda.pdf`, ids.secretaryId), { meetingId: String(id) }))) as Response;
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("application/pdf");
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");
    const pdf = await readPdf(bytes);
    const text = pdf.text.replace(/\s+/g, " ");
    for (const expected of ["Styrgrupp ASK", "Dagordning", "torsdag 12 februari 2026", "13:00", "Växjö, Kommunhuset", "Beslutspunkter", "Rapporter", "Övriga frågor", "”Handslaget 2”", "Återrapportering: Ta fram ett projektdirektiv inför kommande ansökan med inriktning på långtidsarbetslösa"]) {
      expect(text).toContain(expected);
    }
    expect(text).toMatch(/1\. Återrapportering/);
    // A4: 595 × 842 points.
    expect(Math.round(pdf.pageSize.width)).toBe(595);
    expect(Math.round(pdf.pageSize.height)).toBe(842);
  });
});

describe("a group's standing items", () => {
  const standing = async (form: Record<string, string>, userId = ids.secretaryId) => {
    const { action } = await import("~/routes/groups.$groupId.standing-items");
    const groupId = String(ids.askGroupId);
    return settle(async () => action(routeArgs(await postRequest(`/groups/${groupId}/standing-items`, form, userId), { groupId })));
  };
  const titles = async () => (await db.selectFrom("standing_item").select("title").where("group_id", "=", ids.askGroupId).orderBy("position").execute()).map((r) => r.title);

  it("are kept by the secretary and go into the next planned agenda in their order", async () => {
    expect(statusOf(await standing({ intent: "add", title: "Information från Region Kronoberg", sectionKind: "report", presentation: "Muntlig rapport" }))).toBe(303);
    const list = await db.selectFrom("standing_item").select("id").where("group_id", "=", ids.askGroupId).orderBy("position").execute();
    const order = list.map((r) => r.id).join(",");
    expect(statusOf(await standing({ intent: "up", id: String(list.at(-1)!.id), order }))).toBe(303);
    expect(await titles()).toEqual(["Rapport från pågående projekt", "Per capsulam-beslut", "Information från Region Kronoberg", "Övriga frågor"]);
    // A move from the old order is refused.
    expect(statusOf(await standing({ intent: "up", id: String(list.at(-1)!.id), order }))).toBe(409);
    const id = await planFebruary();
    const reports = (await itemsOf(id)).filter((i) => i.kind === "report").map((i) => i.title);
    expect(reports.at(-1)).toBe("Information från Region Kronoberg");
  });

  it("refuse a blank title with a Swedish message, and anyone but the secretary (403)", async () => {
    const before = await titles();
    const blank = await standing({ intent: "add", title: " ", sectionKind: "report" });
    expect(statusOf(blank)).toBe(400);
    expect(payloadOf<{ result: Reply }>(blank).result.error?.title).toEqual(["Skriv en rubrik för ärendet."]);
    expect(statusOf(await standing({ intent: "add", title: "Ny", sectionKind: "report" }, ids.memberId))).toBe(403);
    expect(statusOf(await standing({ intent: "add", title: "Ny", sectionKind: "bogus" }))).toBe(400);
    expect(await titles()).toEqual(before);
  });
});
