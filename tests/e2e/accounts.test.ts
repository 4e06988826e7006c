// A real region sets Styrbord up for itself: no demo data, the first
// administrator from the setup link in the server log, a group, a unit and
// three people invited by mail through a real SMTP server; each accepts, sets
// a password and signs in; the secretary plans the group's first meeting.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { expectAccessible, newContext, screenshot, useApp, visit } from "./browser";
import { linkIn, startSmtpServer } from "./smtp";

const env: Record<string, string> = { STYRBORD_DEMO: "0", MAIL_FROM: "Styrbord Kronoberg <styrbord@region.example>" };
let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
beforeAll(async () => {
  smtp = await startSmtpServer();
  env.SMTP_URL = smtp.url;
});
afterAll(async () => smtp?.stop());
const app = useApp(env);
const logOf = () => app.server.log().split("\n").slice(-15).join("\n");

const PASSWORDS = {
  admin: "kronobergs län har många sjöar",
  sara: "sekreterare skriver protokoll varje gång",
  olof: "ordföranden leder mötet med lugn hand",
  hanna: "projektenheten följer upp alla uppdrag",
};

const PEOPLE = [
  { name: "Sara Sekreterare", email: "sara@region.example", role: "Sekreterare", represents: "Region Kronoberg", password: PASSWORDS.sara, unit: false },
  { name: "Olof Ordförande", email: "olof@vaxjo.example", role: "Ordförande", represents: "Växjö kommun", password: PASSWORDS.olof, unit: false },
  { name: "Hanna Handläggare", email: "hanna@region.example", role: "Handläggare", represents: "Projektenhet Kronoberg", password: PASSWORDS.hanna, unit: true },
];

async function submit(page: Page, button: string, url?: RegExp | ((u: URL) => boolean)) {
  try {
    await Promise.all([url ? page.waitForURL(url, { timeout: 15_000 }) : page.waitForLoadState("load"), page.getByRole("button", { name: button }).click()]);
  } catch (error) {
    throw new Error(`${button} → ${page.url()}: ${await page.locator("main").textContent()}\n${logOf()}`, { cause: error });
  }
}

describe("a region without demo data", () => {
  it("creates the first administrator, a unit, a group and three invited people who sign in; the secretary plans the first meeting", { timeout: 420_000 }, async () => {
    const base = app.server.baseURL;
    // No one can sign in yet; the server log holds the one-time setup link.
    const setupPath = app.server.log().match(/\/setup\?token=[\w-]+/)?.[0];
    expect(setupPath, app.server.log()).toBeTruthy();

    const context = await newContext(app.browser);
    const page = await context.newPage();
    // Without the token, no setup page.
    expect((await page.goto("/setup?token=wrong"))?.status()).toBe(404);
    await visit(page, setupPath!, "accounts-setup");
    await page.getByLabel("Ditt namn").fill("Anna Administratör");
    await page.getByLabel("E-postadress").fill("anna@region.example");
    await page.getByLabel("Nytt lösenord").fill("password1234");
    await page.getByLabel("Upprepa lösenordet").fill("password1234");
    const [refused] = await Promise.all([page.waitForResponse((r) => r.request().method() === "POST"), page.getByRole("button", { name: "Skapa administratören" }).click()]);
    expect(refused.status()).toBe(400);
    await expect.poll(() => page.getByText("för vanligt").count()).toBe(1);
    await page.getByLabel("Nytt lösenord").fill(PASSWORDS.admin);
    await page.getByLabel("Upprepa lösenordet").fill(PASSWORDS.admin);
    await submit(page, "Skapa administratören", /\/admin$/);
    await expectAccessible(page);
    await screenshot(page, "accounts-admin");
    // The setup link worked once.
    expect((await page.goto(setupPath!))?.status()).toBe(404);

    // A unit.
    await visit(page, "/admin/units", "accounts-admin-units");
    await page.getByLabel("Namn", { exact: true }).fill("Projektenhet Kronoberg");
    await page.getByLabel("Organisation").fill("Region Kronoberg");
    await submit(page, "Skapa enheten");
    await expect.poll(() => page.locator("table").textContent()).toContain("Projektenhet Kronoberg");

    // A group, whose parent cannot be itself (there is only one group, so the parent list is empty of it).
    await visit(page, "/admin/groups", "accounts-admin-groups");
    await page.getByLabel("Namn", { exact: true }).fill("Styrgrupp ASK");
    await page.getByLabel("Kortnamn").fill("ASK");
    await page.getByLabel("Slag").selectOption("styrgrupp");
    await submit(page, "Skapa gruppen", /\/groups\/\d+\/members$/);
    const membersPath = new URL(page.url()).pathname;

    // Three people, invited.
    for (const person of PEOPLE) {
      await page.goto("/admin/users");
      await page.getByLabel("Namn", { exact: true }).fill(person.name);
      await page.getByLabel("E-postadress").fill(person.email);
      if (person.unit) await page.getByLabel("Enhet").selectOption({ label: "Projektenhet Kronoberg" });
      await submit(page, "Bjud in", /\/admin\/users\?invited=/);
      await expect.poll(() => page.getByRole("status").textContent()).toContain(`En inbjudan är skickad till ${person.email}`);
    }
    // The same address twice: a message by the field, nothing saved.
    await page.getByLabel("Namn", { exact: true }).fill("Sara igen");
    await page.getByLabel("E-postadress").fill("SARA@region.example");
    const [dup] = await Promise.all([page.waitForResponse((r) => r.request().method() === "POST"), page.getByRole("button", { name: "Bjud in" }).click()]);
    expect(dup.status()).toBe(400);
    await expect.poll(() => page.getByText("Det finns redan en person med den e-postadressen.").count()).toBe(1);
    await expectAccessible(page);
    await screenshot(page, "accounts-admin-users");

    // Their roles in the group.
    await visit(page, membersPath, "accounts-members-empty");
    for (const person of PEOPLE) {
      const add = page.getByRole("region", { name: "Lägg till medlem" });
      await add.getByLabel("Person").selectOption({ label: `${person.name} (${person.email})` });
      await add.getByLabel("Roll").selectOption({ label: person.role });
      await add.getByLabel("Representerar").fill(person.represents);
      await submit(page, "Lägg till medlem");
      await expect.poll(() => page.locator(".member-list").textContent()).toContain(person.name);
    }
    await expectAccessible(page);
    await screenshot(page, "accounts-members");
    await context.close();

    // Each accepts the invitation from the mail, sets a password and is signed in.
    for (const person of PEOPLE) {
      const mail = await smtp.mailTo(person.email);
      expect(mail.subject).toBe("Inbjudan till Styrbord");
      expect(mail.from).toContain("styrbord@region.example");
      expect(mail.text).toContain(`Hej ${person.name}!`);
      expect(mail.text).toContain("Anna Administratör har bjudit in dig");
      const link = linkIn(mail, base);
      expect(link).toMatch(/\/invite\/[\w-]{43}$/);
      expect(mail.html).toContain(`href="${link}"`);

      const ctx = await newContext(app.browser, { mobile: person.unit });
      const p = await ctx.newPage();
      await visit(p, link, `accounts-invite-${person.email.split("@")[0]}`);
      await p.getByLabel("Nytt lösenord").fill(person.password);
      await p.getByLabel("Upprepa lösenordet").fill(person.password);
      await submit(p, "Spara lösenordet och logga in", (u) => u.pathname === "/");
      expect(await p.locator(".signed-in").textContent()).toContain(person.name);
      // The link worked once.
      const again = await p.goto(link);
      expect(again?.status()).toBe(410);
      expect(await p.getByRole("alert").textContent()).toContain("redan använts");
      await ctx.close();
    }

    // The secretary signs in with her new password and plans the group's first meeting.
    const ctx = await newContext(app.browser);
    const sara = await ctx.newPage();
    await sara.goto("/login");
    await sara.getByLabel("E-postadress").fill("sara@region.example");
    await sara.getByLabel("Lösenord").fill(PASSWORDS.sara);
    await submit(sara, "Logga in", (u) => !u.pathname.startsWith("/login"));
    await visit(sara, "/meetings/new", "accounts-first-meeting");
    await sara.getByLabel("Mötets rubrik").fill("Styrgrupp ASK 14 januari 2027");
    await sara.getByLabel("Datum", { exact: true }).fill("2027-01-14");
    await sara.getByLabel("Plats").fill("Växjö, Regionhuset");
    await submit(sara, "Planera mötet och skapa dagordningen", /\/meetings\/\d+\/agenda/);
    await expect.poll(() => sara.locator("h1").textContent()).toContain("Styrgrupp ASK 14 januari 2027");
    await expectAccessible(sara);
    await screenshot(sara, "accounts-first-meeting-planned");
    await ctx.close();
  });

  it("sends a reset link for a known address, the same answer for an unknown one, and the link works once", { timeout: 60_000 }, async () => {
    const base = app.server.baseURL;
    const context = await newContext(app.browser, { mobile: true });
    const page = await context.newPage();
    for (const email of ["olof@vaxjo.example", "okand@vaxjo.example"]) {
      await visit(page, "/forgot-password", "accounts-forgot");
      await page.getByLabel("E-postadress").fill(email);
      await submit(page, "Skicka länken");
      expect(await page.getByRole("status").textContent()).toContain("Om adressen finns i Styrbord");
    }
    await screenshot(page, "accounts-forgot-sent");
    const mail = await smtp.mailTo("olof@vaxjo.example");
    expect(mail.subject).toBe("Nytt lösenord till Styrbord");
    expect(smtp.mails.some((m) => m.to.includes("okand@vaxjo.example"))).toBe(false);
    const link = linkIn(mail, base);
    expect(link).toMatch(/\/reset-password\/[\w-]{43}$/);
    await visit(page, link, "accounts-reset");
    const fresh = "en ny vår kommer efter vintern";
    await page.getByLabel("Nytt lösenord").fill(fresh);
    await page.getByLabel("Upprepa lösenordet").fill(fresh);
    await submit(page, "Spara lösenordet och logga in", (u) => u.pathname === "/");
    expect(await page.locator(".signed-in").textContent()).toContain("Olof Ordförande");
    expect((await page.goto(link))?.status()).toBe(410);
    await context.close();
  });
});
