import { describe, expect, it } from "vitest";
import { expectAccessible, newContext, screenshot, signIn, useApp, visit } from "./browser";

const app = useApp();

async function septemberMeetingUrl(page: import("playwright-core").Page): Promise<string> {
  await visit(page, "/meetings", "meetings");
  const href = await page.getByRole("link", { name: "Styrgrupp ASK 3 september 2025" }).getAttribute("href");
  expect(href).toMatch(/^\/meetings\/\d+$/);
  return href!;
}

describe("signing in", () => {
  it("sends anonymous visitors to the sign-in page and back after signing in", async () => {
    const context = await newContext(app.browser);
    const page = await context.newPage();
    await page.goto("/mandates");
    expect(new URL(page.url()).pathname).toBe("/login");
    await expectAccessible(page);
    await screenshot(page, "login");
    await signIn(page, "sekreterare@ask.example");
    expect(new URL(page.url()).pathname).toBe("/mandates");
    await context.close();
  });

  it("says the same thing for a wrong password and an unknown address, and keeps the address", async () => {
    const context = await newContext(app.browser);
    const page = await context.newPage();
    for (const email of ["sekreterare@ask.example", "nobody@ask.example"]) {
      await page.goto("/login");
      await page.getByLabel("E-postadress").fill(email);
      await page.getByLabel("Lösenord").fill("wrong-password");
      const [response] = await Promise.all([
        page.waitForResponse((r) => r.request().method() === "POST"),
        page.getByRole("button", { name: "Logga in" }).click(),
      ]);
      expect(response.status()).toBe(401);
      await expect.poll(() => page.getByRole("alert").textContent()).toContain("Fel e-postadress eller lösenord.");
      expect(await page.getByLabel("E-postadress").inputValue()).toBe(email);
    }
    await expectAccessible(page);
    await screenshot(page, "login-wrong-password");
    await context.close();
  });
});

describe("the 3 September 2025 ASK meeting", () => {
  it("shows the secretary the approved minutes with both decisions, their mandates and calls", async () => {
    const context = await newContext(app.browser);
    const page = await context.newPage();
    await signIn(page, "sekreterare@ask.example");
    await visit(page, "/", "home-secretary");
    const url = await septemberMeetingUrl(page);
    await visit(page, url, "meeting-2025-09-03-secretary");
    const text = (await page.locator("main").textContent()) ?? "";
    for (const expected of ["Projektenhet Kronoberg", "Handslaget 2", "13 november 2025", "POA1", "POA2", "6 mars 2026", "Protokoll justerat", "§ 3", "§ 4"]) {
      expect(text).toContain(expected);
    }
    expect(await page.getByRole("heading", { level: 3 }).filter({ hasText: "ASK:s styrgrupp ger Projektenhet Kronoberg" }).count()).toBe(2);
    expect(await page.getByRole("heading", { name: "Övriga frågor" }).count()).toBe(1);
    await context.close();
  });

  it("shows a member the same minutes, readable at 390 px", async () => {
    const context = await newContext(app.browser, { mobile: true });
    const page = await context.newPage();
    await signIn(page, "ledamot@ask.example");
    const url = await septemberMeetingUrl(page);
    await visit(page, url, "meeting-2025-09-03-member-mobile");
    expect(await page.locator("main").textContent()).toContain("”För -handslaget”");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await context.close();
  });

  it("shows project-unit staff their unit's overdue mandates", async () => {
    const context = await newContext(app.browser);
    const page = await context.newPage();
    await signIn(page, "projektenhet@ask.example");
    await visit(page, "/", "home-staff");
    expect(await page.locator("main").textContent()).toContain("Uppdrag till Projektenhet Kronoberg");
    await visit(page, "/mandates", "mandates-staff");
    const rows = page.locator("tbody tr");
    // The living demo: the one overdue mandate first.
    expect(await rows.count()).toBeGreaterThanOrEqual(2);
    expect(await rows.first().textContent()).toContain("Försenat");
    expect(await rows.nth(1).textContent()).not.toContain("Försenat");
    const url = await septemberMeetingUrl(page);
    await visit(page, url, "meeting-2025-09-03-staff");
    await context.close();
  });
});

describe("projects and other pages", () => {
  it("lists the seed projects and shows their facts", async () => {
    const context = await newContext(app.browser);
    const page = await context.newPage();
    await signIn(page, "admin@ask.example");
    await visit(page, "/projects", "projects");
    const text = (await page.locator("main").textContent()) ?? "";
    expect(text).toContain("23-063-S03");
    expect(text).toContain("2019/00501");
    await page.getByRole("link", { name: "JOIN 2.0" }).click();
    await page.waitForURL(/\/projects\/\d+$/);
    await visit(page, page.url(), "project-join");
    expect(await page.locator("main").textContent()).toMatch(/10\s926\s779\skr/);
    await context.close();
  });

  it("switches to English and back", async () => {
    const context = await newContext(app.browser);
    const page = await context.newPage();
    await signIn(page, "ledamot@ask.example");
    await page.getByRole("button", { name: "In English" }).click();
    await expect.poll(() => page.locator("h1").textContent()).toContain("Hello");
    await visit(page, "/meetings", "meetings-english");
    expect(await page.locator("main").textContent()).toContain("3 September 2025");
    expect(await page.title()).toBe("Meetings – Styrbord");
    await page.getByRole("button", { name: "På svenska" }).click();
    await expect.poll(() => page.locator("h1").textContent()).toContain("Möten");
    await context.close();
  });

  it("answers unknown pages with a Swedish 404 page", async () => {
    const context = await newContext(app.browser);
    const page = await context.newPage();
    await signIn(page, "ledamot@ask.example");
    for (const url of ["/meetings/999999", "/meetings/abc", "/no-such-page", "/projects/0"]) {
      const response = await page.goto(url);
      expect(response?.status(), url).toBe(404);
      expect(await page.locator("h1").textContent()).toBe("Sidan finns inte");
    }
    await expectAccessible(page);
    await screenshot(page, "not-found");
    await context.close();
  });
});

describe("bad requests", () => {
  it("answers a malformed address and a broken form post with 400, never 500", async () => {
    const base = app.server.baseURL;
    const malformed = await fetch(`${base}/meetings/%E0%A4%A`);
    expect(malformed.status).toBe(400);
    expect(await malformed.text()).toContain("Felaktig adress");
    const broken = await fetch(`${base}/login`, {
      method: "POST",
      headers: { "Content-Type": "multipart/form-data; boundary=x" },
      body: "garbage",
    });
    expect(broken.status).toBe(400);
  });
});
