// The archive as a member meets it: approved minutes that download little
// JavaScript (the editor is not among it), the search box in the header that
// finds a decision by another form of its words and leads to its §, and the
// meetings list by year.
import zlib from "node:zlib";
import type { Response } from "playwright-core";
import { describe, expect, it } from "vitest";
import { newContext, screenshot, signIn, useApp, visit } from "./browser";

const app = useApp();
const JS_BUDGET_GZIP = 90 * 1024;

describe("the archive", () => {
  it("approved minutes ship at most 90 KB of gzipped JavaScript, without the editor", async () => {
    // Approved minutes only read: every form on them works without JavaScript, so they ship none.
    const context = await newContext(app.browser);
    const page = await context.newPage();
    await signIn(page, "ledamot@ask.example");
    const scripts: Response[] = [];
    page.on("response", (response) => {
      if (response.request().resourceType() === "script") scripts.push(response);
    });
    await page.getByRole("link", { name: "Möten" }).first().click();
    await page.waitForURL("**/meetings");
    scripts.length = 0;
    // A full page load of the minutes: every script it needs, lazy chunks included.
    await page.goto("/meetings");
    const september = page.getByRole("link", { name: /3 september/ }).first();
    const href = await september.getAttribute("href");
    scripts.length = 0;
    await page.goto(href!, { waitUntil: "networkidle" });
    await expect.poll(() => page.locator("h1").textContent()).toMatch(/3 september/);
    const sizes = await Promise.all(scripts.map(async (r) => ({ url: r.url(), gzip: zlib.gzipSync(await r.body()).length })));
    const total = sizes.reduce((sum, s) => sum + s.gzip, 0);
    console.log(`approved minutes: ${sizes.length} scripts, ${(total / 1024).toFixed(1)} KB gzipped`);
    expect(total, JSON.stringify(sizes)).toBeLessThanOrEqual(JS_BUDGET_GZIP);
    // The Tiptap editor is not among them.
    const bodies = await Promise.all(scripts.map((r) => r.text()));
    expect(bodies.some((b) => b.includes("ProseMirror-hideselection"))).toBe(false);
    await context.close();
  });

  it("the header's search finds the September decision by an inflected word and leads to its §", async () => {
    const context = await newContext(app.browser);
    const page = await context.newPage();
    await signIn(page, "ledamot@ask.example");
    await page.getByRole("searchbox", { name: "Sök i beslut, uppdrag och projekt" }).fill("uppdragen Handslaget");
    await Promise.all([page.waitForURL(/\/search\?q=/), page.getByRole("searchbox", { name: "Sök i beslut, uppdrag och projekt" }).press("Enter")]);
    const hit = page.locator(".search-hit").filter({ hasText: "§ 3" }).first();
    await expect.poll(() => hit.textContent()).toMatch(/Handslaget 2/);
    expect(await hit.locator("mark").allTextContents()).toContain("uppdrag");
    await visit(page, page.url(), "archive-search-sv");
    await Promise.all([page.waitForURL(/\/meetings\/\d+#item-\d+/), hit.getByRole("link").click()]);
    await expect.poll(() => page.locator("h1").textContent()).toMatch(/3 september/);

    const phone = await newContext(app.browser, { mobile: true });
    const small = await phone.newPage();
    await signIn(small, "ledamot@ask.example");
    await visit(small, "/search?q=uppdraget", "archive-search-sv-390");
    await phone.close();
    await context.close();
  });

  it("lists the meetings of a year with a plain form (the list ships no JavaScript)", async () => {
    const context = await newContext(app.browser);
    const page = await context.newPage();
    await signIn(page, "ledamot@ask.example");
    const scripts: string[] = [];
    page.on("request", (request) => request.resourceType() === "script" && scripts.push(request.url()));
    await page.goto("/meetings");
    await page.locator("#meetings-year").selectOption("2025", { timeout: 10_000 });
    await Promise.all([page.waitForURL(/\/meetings\?.*year=2025/, { timeout: 10_000 }), page.getByRole("button", { name: "Visa", exact: true }).click({ timeout: 10_000 })]);
    const dates = await page.locator("#past ~ * td.nowrap, section:has(#past) td.nowrap").allTextContents();
    expect(dates.length).toBeGreaterThan(0);
    expect(dates.every((d) => d.includes("2025"))).toBe(true);
    await expect.poll(() => page.locator("h2#past").textContent()).toBe("Möten 2025");
    await visit(page, page.url(), "archive-meetings-2025");
    expect(scripts).toEqual([]);
    await context.close();
  });

  it("the home page and a mandate ship a member no JavaScript at all (within the 90 KB budget)", async () => {
    const context = await newContext(app.browser);
    const page = await context.newPage();
    await signIn(page, "ledamot@ask.example");
    const scripts: Response[] = [];
    page.on("response", (response) => {
      if (response.request().resourceType() === "script") scripts.push(response);
    });
    const gzipOf = async () => (await Promise.all(scripts.map(async (r) => zlib.gzipSync(await r.body()).length))).reduce((a, b) => a + b, 0);

    scripts.length = 0;
    await page.goto("/", { waitUntil: "networkidle" });
    await expect.poll(() => page.locator("h1").textContent()).toMatch(/Hej/);
    const home = await gzipOf();
    // The mandate register and a mandate, as a member who reads them.
    await page.goto("/mandates");
    const href = await page.locator("table a[href^='/mandates/']").first().getAttribute("href");
    scripts.length = 0;
    await page.goto(href!, { waitUntil: "networkidle" });
    await expect.poll(() => page.locator("h1").textContent()).not.toBe("");
    const mandate = await gzipOf();
    console.log(`home: ${(home / 1024).toFixed(1)} KB, a mandate: ${(mandate / 1024).toFixed(1)} KB gzipped JavaScript`);
    expect(home).toBeLessThanOrEqual(JS_BUDGET_GZIP);
    expect(mandate).toBeLessThanOrEqual(JS_BUDGET_GZIP);
    expect(home + mandate).toBe(0);
    await visit(page, href!, "archive-mandate-member");
    await context.close();
  });

  it("the decision register of a group: filtered by outcome, linked to each § (no JavaScript)", async () => {
    const context = await newContext(app.browser);
    const page = await context.newPage();
    await signIn(page, "ledamot@ask.example");
    await page.goto("/meetings");
    await Promise.all([page.waitForURL(/\/groups\/\d+\/decisions/), page.getByRole("navigation", { name: "Beslutsregister" }).getByRole("link", { name: "ASK", exact: true }).click()]);
    await page.locator("#decisions-outcome").selectOption("approved");
    await page.locator("#decisions-year").selectOption("2025");
    await Promise.all([page.waitForURL(/outcome=approved/), page.getByRole("button", { name: "Visa", exact: true }).click()]);
    const outcomes = await page.locator("td[data-label='Utfall']").allTextContents();
    expect(outcomes.length).toBeGreaterThanOrEqual(4);
    expect(outcomes.every((o) => o === "Bifallet")).toBe(true);
    const registerUrl = page.url();
    await visit(page, registerUrl, "archive-decisions-sv");
    await Promise.all([page.waitForURL(/\/meetings\/\d+#item-\d+/), page.getByRole("link", { name: /Handslaget 2/ }).first().click()]);

    const phone = await newContext(app.browser, { mobile: true });
    const small = await phone.newPage();
    await signIn(small, "ledamot@ask.example");
    await visit(small, registerUrl, "archive-decisions-sv-390");
    await phone.close();
    await context.close();
  });

  it("the header keeps its nav on one row beside the search box at 1280 px", async () => {
    const context = await newContext(app.browser);
    const page = await context.newPage();
    await signIn(page, "admin@ask.example");
    await page.goto("/mandates");
    const links = page.getByRole("navigation", { name: "Huvudmeny" }).getByRole("link");
    const tops = await Promise.all((await links.all()).map(async (l) => (await l.boundingBox())!.y));
    expect(tops.length).toBeGreaterThanOrEqual(7);
    expect(new Set(tops.map((y) => Math.round(y))).size).toBe(1);
    const search = (await page.getByRole("searchbox", { name: "Sök i beslut, uppdrag och projekt" }).boundingBox())!;
    expect(search.y + search.height).toBeLessThanOrEqual(tops[0]);
    await screenshot(page, "archive-header-1280");
    const phone = await newContext(app.browser, { mobile: true });
    const small = await phone.newPage();
    await signIn(small, "admin@ask.example");
    await small.goto("/mandates");
    await screenshot(small, "archive-header-390");
    await phone.close();
    await context.close();
  });
});
