// A whole meeting through the browser: the secretary starts it, records
// attendance, an outcome and a decision that gives a mandate due at the next
// meeting; a member enters a reservation; the minutes go to the chair and the
// checker, both approve, the minutes lock; the PDF holds all of it.
import path from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb } from "../../db/client";
import { planMeeting } from "~/models/meeting.server";
import { pdfText } from "../setup/pdf";
import { expectAccessible, newContext, screenshot, signIn, useApp, visit } from "./browser";

const app = useApp();
let meetingId: number;
let decisionItemId: number;
let reportItemId: number;
/** The § the meeting's first item gets: numbers run on through the group's year. */
let firstParagraph: number;

beforeAll(async () => {
  // The agenda editor is another issue's: the meetings are planned through the model, on the server's database.
  const db = createDb(path.join(app.server.dataDir, "styrbord.db"));
  const group = await db.selectFrom("group").select("id").where("short_name", "=", "ASK").executeTakeFirstOrThrow();
  const secretary = await db.selectFrom("user").select("id").where("email", "=", "sekreterare@ask.example").executeTakeFirstOrThrow();
  meetingId = await planMeeting(db, { groupId: group.id, date: "2026-11-23", startTime: "13:00", place: "Residenset, Växjö", title: "Styrgrupp ASK 23 november 2026", createdBy: secretary.id });
  await planMeeting(db, { groupId: group.id, date: "2027-02-10", startTime: "09:00", place: null, title: "Styrgrupp ASK 10 februari 2027", createdBy: secretary.id });
  const section = await db.selectFrom("agenda_section").select("id").where("meeting_id", "=", meetingId).where("kind", "=", "decision").executeTakeFirstOrThrow();
  decisionItemId = (await db.insertInto("agenda_item").values({ meeting_id: meetingId, section_id: section.id, position: 1, title: "Projektdirektiv Handslaget 3" }).returning("id").executeTakeFirstOrThrow()).id;
  const report = await db.selectFrom("agenda_item").select("id").where("meeting_id", "=", meetingId).where("mandate_id", "is not", null).orderBy("position").executeTakeFirstOrThrow();
  reportItemId = report.id;
  const top = await db
    .selectFrom("agenda_item")
    .innerJoin("meeting", "meeting.id", "agenda_item.meeting_id")
    .select((eb) => eb.fn.max("agenda_item.paragraph").as("top"))
    .where("meeting.group_id", "=", group.id)
    .where("meeting.meeting_date", ">=", "2026-01-01")
    .where("meeting.meeting_date", "<=", "2026-12-31")
    .executeTakeFirst();
  firstParagraph = Number(top?.top ?? 0) + 1;
  await db.destroy();
});

afterAll(() => undefined);

/** Clicks a submit button and waits for the action and, unless it was refused, the reloaded page data. */
async function submit(page: Page, button: ReturnType<Page["getByRole"]>, { refused = false } = {}) {
  const waits: Promise<unknown>[] = [page.waitForResponse((r) => r.request().method() === "POST")];
  if (!refused) waits.push(page.waitForResponse((r) => r.request().method() === "GET" && r.url().includes(".data")));
  await Promise.all([...waits, button.click()]);
  await page.waitForTimeout(100);
}

const textOf = (page: Page, selector = "main") => () => page.locator(selector).textContent();

describe("a whole meeting", () => {
  it("runs from start to locked minutes, and the PDF holds it all", async () => {
    const secretaryContext = await newContext(app.browser);
    const secretary = await secretaryContext.newPage();
    await signIn(secretary, "sekreterare@ask.example");
    await visit(secretary, `/meetings/${meetingId}`, "meeting-held-0-draft");
    await submit(secretary, secretary.getByRole("button", { name: "Starta mötet" }));
    await expect.poll(textOf(secretary)).toContain("Genomfört");

    // Attendance: chair, member (checker) and secretary present, staff absent.
    await secretary.getByLabel("Status: Per Holmberg").selectOption("present");
    await secretary.getByLabel("Status: Anna Berg").selectOption("present");
    await secretary.getByLabel("Status: Karin Lindqvist").selectOption("present");
    await secretary.getByLabel("Status: Jonas Ek").selectOption("absent");
    await secretary.getByLabel("Anna Berg justerar protokollet").check();
    await submit(secretary, secretary.getByRole("button", { name: "Spara närvaro" }));

    // The decision, with a mandate due at the group's next meeting.
    const item = secretary.locator(`#item-${decisionItemId}`);
    await item.getByLabel("Utfall", { exact: true }).selectOption("approved");
    await submit(secretary, item.getByRole("button", { name: "Lägg till uppdrag" }));
    await expect.poll(() => item.getByLabel("Uppdraget", { exact: true }).count()).toBe(1);
    expect(await item.getByLabel("Utfall", { exact: true }).inputValue()).toBe("approved");
    const editor = item.getByRole("textbox", { name: "Beslutstext" });
    await editor.click();
    await editor.pressSequentially("Styrgruppen uppdrar åt Projektenhet Kronoberg att ta fram ett projektdirektiv.");
    await item.getByLabel("Uppdraget", { exact: true }).fill("ta fram ett projektdirektiv för Handslaget 3");
    await item.getByLabel("Till gruppens nästa möte").check();
    await submit(secretary, item.getByRole("button", { name: "Spara beslut" }));
    await expect.poll(textOf(secretary, `#item-${decisionItemId}`)).toContain("till mötet den 10 december 2026");

    // A report-back item: the mandate was reported, the work goes on.
    const report = secretary.locator(`#item-${reportItemId}`);
    await report.getByLabel("Återrapporterat, arbetet fortsätter").check();
    await report.getByLabel("Anteckning (valfritt)").fill("Direktivet är under arbete.");
    await submit(secretary, report.getByRole("button", { name: "Spara återrapporteringen" }));
    await expectAccessible(secretary);
    await screenshot(secretary, "meeting-held-1-secretary");

    // A member's reservation, on a phone.
    const memberContext = await newContext(app.browser, { mobile: true });
    const member = await memberContext.newPage();
    await signIn(member, "ledamot@ask.example");
    await visit(member, `/meetings/${meetingId}`, "meeting-held-2-member-mobile");
    const memberItem = member.locator(`#item-${decisionItemId}`);
    await memberItem.getByLabel("Reservation", { exact: true }).check();
    await submit(member, memberItem.getByRole("button", { name: "Spara ställningstagande" }), { refused: true });
    await expect.poll(textOf(member, `#item-${decisionItemId}`)).toContain("Skriv en motivering till reservationen.");
    await member.locator(`#item-${decisionItemId}`).getByLabel("Reservation", { exact: true }).check();
    await member.locator(`#item-${decisionItemId}`).getByLabel("Motivering (krävs vid reservation)").fill("Kostnaden är inte utredd.");
    await submit(member, member.locator(`#item-${decisionItemId}`).getByRole("button", { name: "Spara ställningstagande" }));
    await expect.poll(textOf(member, `#item-${decisionItemId}`)).toContain("Anna Berg reserverar sig: Kostnaden är inte utredd.");
    const overflow = await member.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);

    // Sent for approval: § numbers are given.
    await secretary.reload();
    await submit(secretary, secretary.getByRole("button", { name: "Skicka protokollet för justering" }));
    await expect.poll(textOf(secretary)).toContain("Skickat för justering");
    await expect.poll(textOf(secretary, `#item-${decisionItemId}`)).toContain(`§ ${firstParagraph} `);

    // The chair and the checker approve.
    const chairContext = await newContext(app.browser);
    const chair = await chairContext.newPage();
    await signIn(chair, "ordforande@ask.example");
    await visit(chair, `/meetings/${meetingId}`, "meeting-held-3-chair-approves");
    await submit(chair, chair.getByRole("button", { name: /Justera protokollet/ }));
    await member.reload();
    await submit(member, member.getByRole("button", { name: /Justera protokollet/ }));
    await expect.poll(textOf(member)).toContain("Protokoll justerat");

    await visit(secretary, `/meetings/${meetingId}`, "meeting-held-4-locked");
    const text = (await secretary.locator("main").textContent()) ?? "";
    expect(text).toContain("Protokollet är justerat och låst");
    expect(await secretary.getByRole("button", { name: "Spara beslut" }).count()).toBe(0);

    // The minutes PDF.
    const response = await secretary.request.get(`/meetings/${meetingId}/minutes.pdf`);
    expect(response.status()).toBe(200);
    const pdf = await pdfText(await response.body());
    for (const expected of [
      "Styrgrupp ASK 23 november 2026",
      "Residenset, Växjö",
      "Per Holmberg",
      "Anna Berg, ledamot, justerare",
      "Frånvarande Jonas Ek",
      `§ ${firstParagraph} Projektdirektiv Handslaget 3`,
      "Bifallet",
      "Styrgruppen uppdrar åt Projektenhet Kronoberg att ta fram ett projektdirektiv.",
      "ta fram ett projektdirektiv för Handslaget 3",
      "till mötet den 10 december 2026",
      "Anna Berg reserverar sig: Kostnaden är inte utredd.",
      "Per Holmberg Ordförande Justerat digitalt",
      "Anna Berg Justerare Justerat digitalt",
    ]) {
      expect(pdf).toContain(expected);
    }
    await Promise.all([secretaryContext.close(), memberContext.close(), chairContext.close()]);
  });

  it("shows the secretary the per-capsulam page, on a phone too", async () => {
    for (const mobile of [false, true]) {
      const context = await newContext(app.browser, { mobile });
      const page = await context.newPage();
      await signIn(page, "sekreterare@ask.example");
      await visit(page, `/meetings/${meetingId}`, `meeting-held-6-${mobile ? "mobile" : "desktop"}`);
      await page.getByRole("link", { name: "Per capsulam-beslut" }).click();
      await page.waitForURL(/per-capsulam/);
      await visit(page, page.url(), `per-capsulam-${mobile ? "mobile" : "desktop"}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await context.close();
    }
  });

  it("shows the print version without forms", async () => {
    const context = await newContext(app.browser);
    const page = await context.newPage();
    await signIn(page, "sekreterare@ask.example");
    await page.goto(`/meetings/${meetingId}`);
    await page.emulateMedia({ media: "print" });
    await screenshot(page, "meeting-held-5-print");
    expect(await page.getByRole("button", { name: "Gör en rättelse" }).isVisible().catch(() => false)).toBe(false);
    await context.close();
  });
});
