// A newcomer's first day: the demo started on the real today (no
// STYRBORD_TODAY), every demo user sees a living group, and the seed meeting
// is named with its year everywhere it is named.
import { describe, expect, it } from "vitest";
import { demoSchedule } from "../../db/seed/living";
import { defaultMeetingTitle } from "~/models/meeting-name";
import { today } from "~/utils/dates";
import { pdfText } from "../setup/pdf";
import { newContext, screenshot, signIn, useApp, visit } from "./browser";

const app = useApp({ STYRBORD_TODAY: "" });
const SEED_MEETING = "Styrgrupp ASK 3 september 2025";

describe("the demo on the day it is first started", () => {
  it("shows every demo user the upcoming meeting, and staff at most two overdue mandates", async () => {
    const day = today();
    const schedule = demoSchedule(day)!;
    const upcoming = defaultMeetingTitle("Styrgrupp ASK", schedule.upcoming);
    const lastHeld = defaultMeetingTitle("Styrgrupp ASK", schedule.held[schedule.held.length - 1]);
    for (const email of ["sekreterare@ask.example", "ordforande@ask.example", "ledamot@ask.example", "projektenhet@ask.example"]) {
      const context = await newContext(app.browser);
      const page = await context.newPage();
      await signIn(page, email);
      await visit(page, "/", `living-home-${email.split("@")[0]}`);
      expect(await page.locator("main").textContent(), email).toContain(upcoming);
      if (email.startsWith("ledamot") || email.startsWith("ordforande")) {
        // The minutes of the latest meeting wait for their approval.
        expect(await page.locator('section[aria-labelledby="to-approve"]').textContent(), email).toContain(lastHeld);
      }
      await context.close();
    }

    const context = await newContext(app.browser, { mobile: true });
    const page = await context.newPage();
    await signIn(page, "projektenhet@ask.example");
    await visit(page, "/mandates?due=overdue", "living-overdue-staff");
    const overdue = await page.locator("tbody tr").count();
    expect(overdue).toBeGreaterThanOrEqual(1);
    expect(overdue).toBeLessThanOrEqual(2);
    await visit(page, "/deadlines", "living-deadlines-staff");
    expect(await page.locator("main").textContent()).toContain("POA3");
    await context.close();
  });

  it("names the seed meeting with its year on the list, the page, the minutes PDF and the calendar feed", async () => {
    const context = await newContext(app.browser);
    const page = await context.newPage();
    await signIn(page, "ledamot@ask.example");
    await visit(page, "/meetings", "living-meetings");
    const link = page.getByRole("link", { name: SEED_MEETING, exact: true });
    expect(await link.count()).toBe(1);
    await link.click();
    await page.waitForURL(/\/meetings\/\d+$/);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toContain(SEED_MEETING);
    expect(await page.title()).toContain(SEED_MEETING);
    await screenshot(page, "living-seed-meeting");

    const pdf = await page.request.get(`${page.url()}/minutes.pdf`);
    expect(pdf.status()).toBe(200);
    expect(await pdfText(await pdf.body())).toContain(SEED_MEETING);

    await page.goto("/profile");
    await page.getByRole("button", { name: "Skapa kalenderlänk" }).click();
    const feedUrl = await page.getByLabel("Din kalenderlänk").inputValue();
    const feed = (await (await fetch(feedUrl)).text()).replace(/\r\n[ \t]/g, "");
    expect(feed).toContain(`SUMMARY:${SEED_MEETING}`);
    await context.close();
  });
});
