// The notice (kallelse) of an upcoming meeting, the group's protocol settings
// and the posting of approved minutes (anslag), through the routes a
// secretary uses.
import type { Kysely } from "kysely";
import { beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../db/schema";
import { addAgendaItem, getAgendaMeeting, publishAgenda } from "~/models/agenda-item.server";
import { planMeeting } from "~/models/meeting.server";
import { action as settingsAction, loader as settingsLoader } from "~/routes/groups.$groupId.protocol";
import { loader as pdfLoader } from "~/routes/meetings.$meetingId.minutes[.]pdf";
import { loader as meetingLoader } from "~/routes/meetings.$meetingId/route";
import { loader as noticeLoader } from "~/routes/meetings.$meetingId_.notice[.]pdf";
import { action as postingAction, loader as postingLoader } from "~/routes/meetings.$meetingId_.posting";
import { createTestDb, demoIds } from "../setup/db";
import { readPdf } from "../setup/pdf";
import { writePdfPages } from "../setup/pdf-images";
import { overlaps, pdfLayout } from "../setup/pdf-layout";
import { cookieFor, getRequest, payloadOf, postRequest, routeArgs, settle, statusOf } from "../setup/requests";

let db: Kysely<Database>;
let ids: Awaited<ReturnType<typeof demoIds>>;
let upcomingId: number;

const flat = (text: string) => text.replace(/\s+/g, " ");
type Reply = { result: { error?: Record<string, string[] | null> } };

beforeAll(async () => {
  db = await createTestDb();
  ids = await demoIds(db);
  // The group's next meeting, a few weeks after "today" (2026-11-23), with items and presenters.
  upcomingId = await planMeeting(db, { groupId: ids.askGroupId, date: "2026-12-15", startTime: "13:00", endTime: "15:30", place: "Regionhuset, Växjö", title: "Styrgrupp ASK 15 december 2026", createdBy: ids.secretaryId });
  const meeting = (await getAgendaMeeting(db, upcomingId))!;
  const section = await db.selectFrom("agenda_section").select("id").where("meeting_id", "=", upcomingId).where("kind", "=", "decision").executeTakeFirstOrThrow();
  for (const [title, presenter] of [
    ["Projektdirektiv Handslaget 3", "Jonas Ek, Projektenhet Kronoberg"],
    ["Verksamhetsplan 2027", "Karin Lindqvist"],
  ]) {
    await addAgendaItem(db, meeting, { sectionId: section.id, title, presentation: null, presenter, background: null, proposal: null, mandateId: null, callId: null, projectId: null }, ids.secretaryId);
  }
});

async function noticePdf(userId: number, locale: "sv" | "en" = "sv") {
  const request = await getRequest(`/meetings/${upcomingId}/notice.pdf`, userId);
  if (locale === "en") request.headers.set("Cookie", await cookieFor(userId, "en"));
  return settle(async () => noticeLoader(routeArgs(request, { meetingId: String(upcomingId) }) as never));
}

describe("the notice (kallelse) PDF", () => {
  it("is the secretary's while the agenda is a draft: members get a 404", async () => {
    expect(statusOf(await noticePdf(ids.memberId))).toBe(404);
  });

  it("lists who is called, the items in order with their presenters, and whom to tell of absence", async () => {
    const meeting = (await getAgendaMeeting(db, upcomingId))!;
    expect("id" in (await publishAgenda(db, meeting, ids.secretaryId))).toBe(true);
    const response = (await noticePdf(ids.memberId)) as Response;
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("application/pdf");
    expect(response.headers.get("Content-Disposition")).toContain("kallelse-ask-2026-12-15.pdf");
    const bytes = new Uint8Array(await response.arrayBuffer());
    await writePdfPages(bytes, "notice-2026-12-15-sv");
    const pdf = await readPdf(bytes);
    pdf.pages.forEach((page, i) => {
      expect(flat(page)).toContain("Styrgrupp ASK Kallelse");
      expect(flat(page)).toContain(`15 december 2026 Sida ${i + 1} (${pdf.pageCount})`);
    });
    const text = flat(pdf.text);
    for (const expected of [
      "Datum tisdag 15 december 2026",
      "Tid 13:00–15:30",
      "Plats Regionhuset, Växjö",
      "Kallade Per Holmberg, ordförande Anna Berg, ledamot Karin Lindqvist, sekreterare Jonas Ek, handläggare, Projektenhet Kronoberg",
      "Anmäl förhinder till Karin Lindqvist, sekreterare@ask.example",
      "1. Projektdirektiv Handslaget 3 Föredragande: Jonas Ek, Projektenhet Kronoberg",
      "2. Verksamhetsplan 2027 Föredragande: Karin Lindqvist",
    ]) {
      expect(text).toContain(expected);
    }
    // No section title ends a page alone.
    for (const page of pdf.pages.slice(0, -1)) expect(page.trim().split("\n").at(-1)!.trim()).not.toMatch(/^(Beslutspunkter|Rapporter|Per capsulam-beslut|Övriga frågor)$/);
    expect(text).toContain("Utfärdad");
    // The standing items follow the decision items, numbered on.
    expect(text).toMatch(/3\. .+Muntlig rapport/);
    for (const page of await pdfLayout(bytes)) expect(overlaps(page)).toEqual([]);
  });

  it("follows the same form in English", async () => {
    const bytes = new Uint8Array(await ((await noticePdf(ids.memberId, "en")) as Response).arrayBuffer());
    await writePdfPages(bytes, "notice-2026-12-15-en");
    const text = flat((await readPdf(bytes)).text);
    expect(text).toContain("Notice of meeting");
    expect(text).toMatch(/Notice of meeting 15 December 2026 Page 1 \(\d\)/);
    expect(text).toContain("Report absence to Karin Lindqvist, sekreterare@ask.example");
    expect(text).toContain("Presenter: Jonas Ek, Projektenhet Kronoberg");
  });

  it("is linked from the meeting page next to the agenda PDF", async () => {
    const page = await meetingLoader(routeArgs(await getRequest(`/meetings/${upcomingId}`, ids.memberId), { meetingId: String(upcomingId) }) as never);
    expect(page.meeting.state).toBe("agenda_published");
  });
});

describe("the group's protocol settings", () => {
  const path = () => `/groups/${ids.askGroupId}/protocol`;
  const post = async (form: Record<string, string>, userId: number) => settle(async () => settingsAction(routeArgs(await postRequest(path(), form, userId), { groupId: String(ids.askGroupId) }) as never));

  it("are the secretary's: members get a 403, a value not offered a 400 with the message by the field", async () => {
    expect(statusOf(await settle(async () => settingsLoader(routeArgs(await getRequest(path(), ids.memberId), { groupId: String(ids.askGroupId) }) as never)))).toBe(403);
    expect(statusOf(await post({ background: "summary" }, ids.memberId))).toBe(403);
    const bad = await post({ background: "everything" }, ids.secretaryId);
    expect(statusOf(bad)).toBe(400);
    expect(payloadOf<Reply>(bad).result.error?.background).toEqual(["Välj hur mycket av bakgrunden som ska med."]);
    const page = await settingsLoader(routeArgs(await getRequest(path(), ids.secretaryId), { groupId: String(ids.askGroupId) }) as never);
    expect(page.settings).toEqual({ background: "full", postsMinutes: false });
  });

  it("choose a summary of each background and posting of the minutes, which the 3 September protocol then shows", async () => {
    expect(statusOf(await post({ background: "summary", postsMinutes: "on" }, ids.secretaryId))).toBe(303);
    const response = (await settle(async () => pdfLoader(routeArgs(await getRequest(`/meetings/${ids.septemberMeetingId}/minutes.pdf`, ids.memberId), { meetingId: String(ids.septemberMeetingId) }) as never))) as Response;
    const bytes = new Uint8Array(await response.arrayBuffer());
    const pdf = await readPdf(bytes);
    const first = flat(pdf.pages[0]);
    expect(first).toContain("Anslag/bevis");
    expect(first).toContain("Datum för justering 12 september 2025");
    expect(first).toContain("Datum då anslaget sätts upp Ej registrerat");
    const text = flat(pdf.text);
    expect(text).toContain("Projektenhet Kronoberg driver ett framgångsrikt kompetensutvecklingsprojekt");
    expect(text).not.toContain("peer support");
  });
});

describe("posting the approved minutes (anslag)", () => {
  const path = () => `/meetings/${ids.septemberMeetingId}/posting`;
  const post = async (form: Record<string, string>, userId: number) => settle(async () => postingAction(routeArgs(await postRequest(path(), form, userId), { meetingId: String(ids.septemberMeetingId) }) as never));

  it("offers the approval day and three weeks later, and refuses members (403)", async () => {
    const page = await postingLoader(routeArgs(await getRequest(path(), ids.secretaryId), { meetingId: String(ids.septemberMeetingId) }) as never);
    expect(page.refusal).toBeNull();
    expect(page.defaults).toEqual({ postedOn: "2025-09-12", takenDownOn: "2025-10-03" });
    expect(statusOf(await post({ postedOn: "2025-09-12", takenDownOn: "2025-10-03" }, ids.memberId))).toBe(403);
  });

  it("refuses a day that is no date, a posting before the approval, and a taking-down before the posting, with the message by the field", async () => {
    const notADay = await post({ postedOn: "2025-09-31", takenDownOn: "2025-10-03" }, ids.secretaryId);
    expect(statusOf(notADay)).toBe(400);
    expect(payloadOf<Reply>(notADay).result.error?.postedOn).toEqual(["Skriv ett datum som ÅÅÅÅ-MM-DD."]);
    const early = await post({ postedOn: "2025-09-10", takenDownOn: "2025-10-03" }, ids.secretaryId);
    expect(statusOf(early)).toBe(400);
    expect(payloadOf<Reply>(early).result.error?.postedOn).toEqual(["Anslaget kan inte sättas upp före justeringen."]);
    const order = await post({ postedOn: "2025-09-15", takenDownOn: "2025-09-14" }, ids.secretaryId);
    expect(statusOf(order)).toBe(400);
    expect(payloadOf<Reply>(order).result.error?.takenDownOn).toEqual(["Anslaget kan inte tas ned innan det har satts upp."]);
    expect(await db.selectFrom("minutes_posting").selectAll().execute()).toEqual([]);
  });

  it("records the dates, which the protocol prints and the meeting page shows", async () => {
    expect(statusOf(await post({ postedOn: "2025-09-15", takenDownOn: "2025-10-06" }, ids.secretaryId))).toBe(303);
    const response = (await settle(async () => pdfLoader(routeArgs(await getRequest(`/meetings/${ids.septemberMeetingId}/minutes.pdf`, ids.memberId), { meetingId: String(ids.septemberMeetingId) }) as never))) as Response;
    const bytes = new Uint8Array(await response.arrayBuffer());
    await writePdfPages(bytes, "minutes-2025-09-03-posted-sv");
    const first = flat((await readPdf(bytes)).pages[0]);
    expect(first).toContain("Datum då anslaget sätts upp 15 september 2025");
    expect(first).toContain("Datum då anslaget tas ned 6 oktober 2025");
    for (const page of await pdfLayout(bytes)) expect(overlaps(page)).toEqual([]);
    const page = await meetingLoader(routeArgs(await getRequest(`/meetings/${ids.septemberMeetingId}`, ids.memberId), { meetingId: String(ids.septemberMeetingId) }) as never);
    expect(page.protocol).toEqual({ postsMinutes: true, posting: { postedOn: "2025-09-15", takenDownOn: "2025-10-06" } });
    const history = await db.selectFrom("audit_log").select(["action", "after_json"]).where("meeting_id", "=", ids.septemberMeetingId).where("action", "=", "minutes_posted").execute();
    expect(history).toHaveLength(1);
  });

  it("is not offered for minutes not yet approved", async () => {
    const page = await postingLoader(routeArgs(await getRequest(`/meetings/${upcomingId}/posting`, ids.secretaryId), { meetingId: String(upcomingId) }) as never);
    expect(page.refusal).toBe("notApproved");
    const refused = await settle(async () => postingAction(routeArgs(await postRequest(`/meetings/${upcomingId}/posting`, { postedOn: "2026-12-20", takenDownOn: "2027-01-10" }, ids.secretaryId), { meetingId: String(upcomingId) }) as never));
    expect(statusOf(refused)).toBe(409);
  });
});
