// The minutes PDF in the protocol form a municipal secretary files: a header
// on every page, the first page's facts, each item's background, the approval
// block; nothing overlaps, no heading ends a page alone. Every PDF made here is
// also written as PNG pages to tests/.artifacts/pdf/ for a person to look at.
import type { Kysely } from "kysely";
import { beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../db/schema";
import { addAgendaItem, getAgendaMeeting } from "~/models/agenda-item.server";
import { planMeeting } from "~/models/meeting.server";
import { loader as pdfLoader } from "~/routes/meetings.$meetingId.minutes[.]pdf";
import { action as meetingAction, loader as meetingLoader } from "~/routes/meetings.$meetingId/route";
import { plainTextToRichText } from "~/utils/rich-text.server";
import { createTestDb, demoIds } from "../setup/db";
import { readPdf, type PdfFacts } from "../setup/pdf";
import { writePdfPages } from "../setup/pdf-images";
import { outsideMargins, overlaps, pdfLayout } from "../setup/pdf-layout";
import { cookieFor, getRequest, postRequest, routeArgs, settle, statusOf } from "../setup/requests";

let db: Kysely<Database>;
let ids: Awaited<ReturnType<typeof demoIds>>;

beforeAll(async () => {
  db = await createTestDb();
  ids = await demoIds(db);
});

async function minutesPdf(meetingId: number, userId: number, locale: "sv" | "en" = "sv") {
  const request = await getRequest(`/meetings/${meetingId}/minutes.pdf`, userId);
  if (locale === "en") request.headers.set("Cookie", await cookieFor(userId, "en"));
  const response = (await settle(async () => pdfLoader(routeArgs(request, { meetingId: String(meetingId) }) as never))) as Response;
  expect(response.status).toBe(200);
  expect(response.headers.get("Content-Type")).toBe("application/pdf");
  return new Uint8Array(await response.arrayBuffer());
}

const flat = (text: string) => text.replace(/\s+/g, " ");

/** Every page carries the body, the document kind, the meeting date and "Sida n (total)". */
function expectHeaderOnEveryPage(pdf: PdfFacts, parts: string[], page: (n: number, total: number) => string) {
  expect(pdf.pages).toHaveLength(pdf.pageCount);
  pdf.pages.forEach((text, i) => {
    for (const part of parts) expect(flat(text), `page ${i + 1}`).toContain(part);
    expect(flat(text), `page ${i + 1}`).toContain(page(i + 1, pdf.pageCount));
  });
}

/** The last line of every page but the last is body text, never a heading or a label waiting for its text. */
function expectNoOrphanHeadings(pdf: PdfFacts, headings: RegExp) {
  pdf.pages.slice(0, -1).forEach((text, i) => {
    const lines = text.split("\n").map((l) => l.trim()).filter(Boolean);
    expect(lines.at(-1), `last line of page ${i + 1}`).not.toMatch(headings);
  });
}

async function expectNothingOverlaps(bytes: Uint8Array) {
  for (const [i, page] of (await pdfLayout(bytes)).entries()) {
    expect(overlaps(page), `text overlapping on page ${i + 1}`).toEqual([]);
    expect(outsideMargins(page, 28), `text outside the margins on page ${i + 1}`).toEqual([]);
  }
}

const HEADINGS_SV = /^(§ \d+ .*|Bakgrund|Förslag till beslut|Beslut( – .*)?|Beslutspunkter|Rapporter|Per capsulam-beslut|Övriga frågor|Uppdrag|Reservationer|Justering|Rättelser)$/;

describe("the 3 September 2025 minutes as a protocol", () => {
  it("has the header with page numbers on every page, the § range and facts on the first page, both backgrounds and the approval block", async () => {
    const bytes = await minutesPdf(ids.septemberMeetingId, ids.memberId);
    const pdf = await readPdf(bytes);
    await writePdfPages(bytes, "minutes-2025-09-03-sv");
    expect(pdf.pageCount).toBeGreaterThanOrEqual(2);
    expectHeaderOnEveryPage(pdf, ["Styrgrupp ASK", "Protokoll", "3 september 2025"], (n, total) => `Sida ${n} (${total})`);

    const first = flat(pdf.pages[0]);
    for (const expected of [
      "Paragrafer §§ 3–8",
      "Datum onsdag 3 september 2025",
      "Beslutande Per Holmberg, ordförande Anna Berg, ledamot, justerare",
      "Övriga närvarande Karin Lindqvist, sekreterare Jonas Ek, handläggare, Projektenhet Kronoberg",
      "Sekreterare Karin Lindqvist",
      "Ordförande Per Holmberg",
      "Justerare Anna Berg",
      "Justering Justerat digitalt i Styrbord 12 september 2025 11:30",
    ]) {
      expect(first).toContain(expected);
    }

    const text = flat(pdf.text);
    // The background of both decision items (§ 3 and § 4), in full by default.
    expect(text).toContain("Projektenhet Kronoberg driver ett framgångsrikt kompetensutvecklingsprojekt för utrikes födda i arbete");
    expect(text).toContain("Projektenheten arbetar med att ta fram en projektidé som går ut på att använda peer support");
    expect(text).toContain("Uppdragstagare: Projektenhet Kronoberg · Återrapportering: till mötet den 13 november 2025");

    const last = flat(pdf.pages.at(-1)!);
    expect(last).toMatch(/Justering .*Per Holmberg Ordförande Justerat digitalt 10 september 2025 14:14 Anna Berg Justerare Justerat digitalt 12 september 2025 11:30 Karin Lindqvist Vid protokollet/);

    expectNoOrphanHeadings(pdf, HEADINGS_SV);
    await expectNothingOverlaps(bytes);
  });

  it("follows the same form in English", async () => {
    const bytes = await minutesPdf(ids.septemberMeetingId, ids.memberId, "en");
    const pdf = await readPdf(bytes);
    await writePdfPages(bytes, "minutes-2025-09-03-en");
    expectHeaderOnEveryPage(pdf, ["Styrgrupp ASK", "Minutes", "3 September 2025"], (n, total) => `Page ${n} (${total})`);
    const first = flat(pdf.pages[0]);
    expect(first).toContain("Sections §§ 3–8");
    expect(first).toContain("Voting members Per Holmberg, chair Anna Berg, member, minute checker");
    expect(first).toContain("Approval Approved digitally in Styrbord 12 September 2025 11:30");
    expect(flat(pdf.text)).toContain("Background");
    expect(flat(pdf.pages.at(-1)!)).toContain("Per Holmberg Chair Approved digitally 10 September 2025 14:14");
    await expectNothingOverlaps(bytes);
  });
});

describe("a long meeting of 15 items as a protocol", () => {
  let meetingId: number;
  const long = (n: number) =>
    [
      `Ärende ${n} har beretts av Projektenhet Kronoberg tillsammans med kommunernas arbetsmarknadsenheter. ` +
        "Underlaget beskriver målgruppen, de insatser som planeras, hur uppföljningen ska gå till och vilka kostnader som väntas under projekttiden. ".repeat(2 + (n % 4) * 3),
      "Verksamhetsgruppen har lämnat synpunkter på förslaget och dessa har arbetats in. Forum har informerats om inriktningen.",
      "- Kartläggning av behov\n- Samverkan med Arbetsförmedlingen\n- Uppföljning till styrgruppen",
    ].join("\n");

  beforeAll(async () => {
    meetingId = await planMeeting(db, { groupId: ids.askGroupId, date: "2026-11-19", startTime: "09:00", endTime: "12:00", place: "Residenset, Växjö", title: "Styrgrupp ASK 19 november 2026", createdBy: ids.secretaryId });
    const meeting = (await getAgendaMeeting(db, meetingId))!;
    const section = await db.selectFrom("agenda_section").select("id").where("meeting_id", "=", meetingId).where("kind", "=", "decision").executeTakeFirstOrThrow();
    // With the standing items and the two 3 September mandates carried over, 10 more make 15.
    for (let n = 1; n <= 10; n++) {
      const added = await addAgendaItem(
        db,
        meeting,
        { sectionId: section.id, title: `Beslut om projektidé ${n}: samverkan kring långtidsarbetslösa i Kronobergs län`, presentation: null, presenter: "Jonas Ek", background: plainTextToRichText(long(n)), proposal: plainTextToRichText(`Styrgruppen godkänner projektidé ${n}.`), mandateId: null, callId: null, projectId: null },
        ids.secretaryId,
      );
      expect("id" in added).toBe(true);
    }
    const post = async (form: Record<string, string | string[]>, userId: number) =>
      settle(async () => meetingAction(routeArgs(await postRequest(`/meetings/${meetingId}`, form, userId), { meetingId: String(meetingId) }) as never));
    expect(statusOf(await post({ intent: "hold" }, ids.secretaryId))).toBe(303);
    const items = await db.selectFrom("agenda_item").select(["id", "version", "title"]).where("meeting_id", "=", meetingId).execute();
    expect(items.length).toBe(15);
    for (const item of items.filter((i) => i.title.startsWith("Beslut om"))) {
      expect(statusOf(await post({ intent: "decision", itemId: String(item.id), version: String(item.version), outcome: "approved", decision: `${item.title.split(":")[0]} godkänns.` }, ids.secretaryId))).toBe(303);
    }
    expect(statusOf(await post({ intent: "attendance", person: [String(ids.chairId), String(ids.memberId), String(ids.secretaryId)], status: ["present", "present", "present"], checker: [String(ids.memberId)] }, ids.secretaryId))).toBe(303);
    expect(statusOf(await post({ intent: "send" }, ids.secretaryId))).toBe(303);
    const version = (await db.selectFrom("meeting").select("minutes_version").where("id", "=", meetingId).executeTakeFirstOrThrow()).minutes_version;
    expect(statusOf(await post({ intent: "approve", minutesVersion: String(version) }, ids.chairId))).toBe(303);
    expect(statusOf(await post({ intent: "approve", minutesVersion: String(version) }, ids.memberId))).toBe(303);
  });

  it("breaks across pages cleanly: a header on every page, the § range, no heading alone at a page end, nothing overlapping", async () => {
    const bytes = await minutesPdf(meetingId, ids.memberId);
    const pdf = await readPdf(bytes);
    await writePdfPages(bytes, "minutes-15-items-sv");
    expect(pdf.pageCount).toBeGreaterThanOrEqual(5);
    expectHeaderOnEveryPage(pdf, ["Styrgrupp ASK", "Protokoll", "19 november 2026"], (n, total) => `Sida ${n} (${total})`);
    const paragraphs = (await db.selectFrom("agenda_item").select("paragraph").where("meeting_id", "=", meetingId).orderBy("paragraph").execute()).map((r) => r.paragraph!);
    expect(flat(pdf.pages[0])).toContain(`Paragrafer §§ ${paragraphs[0]}–${paragraphs.at(-1)}`);
    expect(flat(pdf.pages[0])).toContain("Tid 09:00–12:00");
    expect(flat(pdf.pages[0])).toContain("Plats Residenset, Växjö");
    for (let n = 1; n <= 10; n++) expect(flat(pdf.text)).toContain(`Ärende ${n} har beretts av Projektenhet Kronoberg`);
    expectNoOrphanHeadings(pdf, HEADINGS_SV);
    await expectNothingOverlaps(bytes);
  });

  it("prints the background as the group's setting says: a summary, or none", async () => {
    await db.updateTable("group").set({ minutes_background: "summary" }).where("id", "=", ids.askGroupId).execute();
    const summary = flat((await readPdf(await minutesPdf(meetingId, ids.memberId))).text);
    expect(summary).toContain("Ärende 3 har beretts av Projektenhet Kronoberg");
    expect(summary).toContain(" …");
    expect(summary).not.toContain("Verksamhetsgruppen har lämnat synpunkter");
    await db.updateTable("group").set({ minutes_background: "none" }).where("id", "=", ids.askGroupId).execute();
    const none = flat((await readPdf(await minutesPdf(meetingId, ids.memberId))).text);
    expect(none).not.toContain("Ärende 3 har beretts");
    expect(none).not.toContain("Bakgrund");
    expect(none).toContain("Förslag till beslut Styrgruppen godkänner projektidé 3.");
    await db.updateTable("group").set({ minutes_background: "full" }).where("id", "=", ids.askGroupId).execute();
  });

  it("shows the approval date on the meeting page", async () => {
    const page = await meetingLoader(routeArgs(await getRequest(`/meetings/${meetingId}`, ids.memberId), { meetingId: String(meetingId) }) as never);
    expect(page.meeting.minutesApprovedAt).not.toBeNull();
    expect(page.protocol).toEqual({ postsMinutes: false, posting: null });
  });
});
