import { describe, expect, it } from "vitest";
import { expectAccessible, newContext, screenshot, signIn, useApp, visit } from "./browser";

const app = useApp();

const DUE_LIST = "Uppdrag som ska återrapporteras men saknar rapport";

async function dueWithoutReport(page: import("playwright-core").Page) {
  const list = page.getByRole("list", { name: DUE_LIST });
  return (await list.count()) ? list.getByRole("listitem").allInnerTexts() : [];
}

describe("following a mandate up", () => {
  it("projektenhet adds a progress note and reports back; the secretary's dashboard follows", async () => {
    const secretaryContext = await newContext(app.browser);
    const secretary = await secretaryContext.newPage();
    await signIn(secretary, "sekreterare@ask.example");
    await visit(secretary, "/", "dashboard-secretary");
    // The living demo: one mandate overdue, one due at the next meeting.
    const before = await dueWithoutReport(secretary);
    expect(before).toHaveLength(2);
    expect(before.some((t) => t.includes("deltagarstatistiken"))).toBe(true);

    const context = await newContext(app.browser);
    const page = await context.newPage();
    await signIn(page, "projektenhet@ask.example");
    await visit(page, "/", "dashboard-staff");
    await page.getByRole("heading", { name: /Uppdrag till Projektenhet Kronoberg/ }).waitFor();

    await visit(page, "/mandates?due=overdue", "mandates-overdue");
    const rows = page.locator("tbody tr");
    expect(await rows.count()).toBe(1);
    await page.getByRole("link", { name: /deltagarstatistiken/ }).click();
    await page.waitForURL(/\/mandates\/\d+$/);
    await expectAccessible(page);
    await screenshot(page, "mandate-story");

    await page.getByLabel("Lägesrapport").fill("Statistiken är sammanställd per kommun och skickad till verksamhetsgruppen.");
    await page.getByLabel("Ny status").selectOption("in_progress");
    await Promise.all([page.waitForURL(/#trail$/), page.getByRole("button", { name: "Spara", exact: true }).click()]);
    await page.locator(".trail__body", { hasText: "Statistiken är sammanställd per kommun" }).waitFor();

    await Promise.all([page.waitForLoadState("networkidle"), page.getByRole("button", { name: "Markera som ”Återrapporterat”" }).click()]);
    await page.waitForSelector("text=Status: Återrapporterat");
    await screenshot(page, "mandate-story-reported");

    await secretary.reload();
    const after = await dueWithoutReport(secretary);
    expect(after).toHaveLength(1);
    expect(after[0]).toContain("POA3");
    await screenshot(secretary, "dashboard-secretary-after");
    await context.close();
    await secretaryContext.close();
  });

  it("works without JavaScript, and shows the Swedish message next to the field", async () => {
    const context = await newContext(app.browser, { javaScript: false });
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    await signIn(page, "projektenhet@ask.example");
    await page.goto("/mandates?status=open");
    await Promise.all([page.waitForURL(/\/mandates\/\d+$/), page.getByRole("link", { name: /POA3/ }).first().click()]);
    await page.getByRole("button", { name: "Spara", exact: true }).click();
    await page.getByText("Skriv en lägesrapport eller välj en ny status.").waitFor();
    // (axe needs JavaScript in the page; the same page with JavaScript is checked above.)
    await screenshot(page, "mandate-story-error");
    await context.close();
  });
});

describe("the follow-up pages", () => {
  it.each([false, true])("register, deadlines, projects and profile read well (on a phone: %s)", async (mobile) => {
    const suffix = mobile ? "-mobile" : "";
    const context = await newContext(app.browser, { mobile });
    const page = await context.newPage();
    await signIn(page, "projektenhet@ask.example");
    await visit(page, "/mandates", `mandates${suffix}`);
    await visit(page, "/mandates?status=kanske&page=x", `mandates-notice${suffix}`);
    await page.getByText("Filtret ”status=kanske” känns inte igen och har ignorerats.").waitFor();
    await visit(page, "/deadlines", `deadlines${suffix}`);
    // The history timeline holds the POA windows (2025-10-15 – 2026-03-06), in the SVG and as text.
    const history = page.locator("#history-text");
    await expect(history.getByRole("link", { name: "ESF+ POA1", exact: true }).isVisible()).resolves.toBe(true);
    await expect(history.getByRole("link", { name: "ESF+ POA2", exact: true }).isVisible()).resolves.toBe(true);
    await expect(history.getByText("15 oktober 2025 – 6 mars 2026").first().isVisible()).resolves.toBe(true);
    expect(await page.locator("svg[role=img] rect[rx]").count()).toBeGreaterThanOrEqual(2);
    await visit(page, "/projects/new", `project-new${suffix}`);
    await visit(page, "/calls/new", `call-new${suffix}`);
    await visit(page, "/profile", `profile${suffix}`);
    await context.close();
  });

  it("refuses a project with bad figures with messages by the fields, keeping the input", async () => {
    const context = await newContext(app.browser, { javaScript: false });
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    await signIn(page, "projektenhet@ask.example");
    await page.goto("/projects/new");
    await page.getByLabel("Namn").fill("Handslaget 2");
    await page.getByLabel("Diarienummer").fill("ESF-123");
    await page.getByLabel("Total projektbudget").fill("1 000 000");
    await page.getByLabel("Beviljat stöd").fill("2 000 000");
    await page.getByLabel("Unionens medfinansieringsgrad").fill("140");
    await page.getByRole("button", { name: "Spara projektet" }).click();
    await page.getByText("Diarienumret ska skrivas som 23-063-S03 eller 2019/00501.").waitFor();
    await page.getByText("Beviljat stöd kan inte vara större än den totala projektbudgeten.").waitFor();
    await page.getByText("Medfinansieringsgraden ska vara ett tal mellan 0 och 100 %.").waitFor();
    expect(await page.getByLabel("Diarienummer").inputValue()).toBe("ESF-123");
    await screenshot(page, "project-new-errors");
    await context.close();
  });

  it("gives a calendar link on the profile page that serves an iCalendar feed", async () => {
    const context = await newContext(app.browser);
    const page = await context.newPage();
    await signIn(page, "ledamot@ask.example");
    await visit(page, "/", "dashboard-member");
    await page.goto("/profile");
    await page.getByRole("button", { name: "Skapa kalenderlänk" }).click();
    const url = await page.getByLabel("Din kalenderlänk").inputValue();
    expect(url).toMatch(/\/calendar\/[A-Za-z0-9_-]{32}\.ics$/);
    await screenshot(page, "profile-with-link");
    const feed = await fetch(url);
    expect(feed.status).toBe(200);
    expect(await feed.text()).toContain("BEGIN:VCALENDAR");
    await page.getByRole("button", { name: "Återkalla länken" }).click();
    await page.waitForSelector("text=Kalenderlänken är återkallad.");
    expect((await fetch(url)).status).toBe(404);
    await context.close();
  });
});
