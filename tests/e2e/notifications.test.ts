// In the browser: the secretary moves a planned meeting; a person chooses what
// mail they get on /profile (Swedish, a phone's width); the one-click page; and
// the English mandate page gives its due point in English.
import { describe, expect, it } from "vitest";
import { expectAccessible, newContext, screenshot, signIn, useApp, visit } from "./browser";

const app = useApp();

describe("notifications in the browser", () => {
  it("the secretary moves a planned meeting from its agenda", async () => {
    const context = await newContext(app.browser);
    const page = await context.newPage();
    await signIn(page, "sekreterare@ask.example");
    await visit(page, "/meetings/new", "plan-meeting-for-move");
    await page.getByLabel("Mötets rubrik").fill("Styrgrupp ASK 14 januari 2027");
    await page.getByLabel("Datum", { exact: true }).fill("2027-01-14");
    await page.getByLabel("Starttid").fill("13:00");
    await page.getByLabel("Plats", { exact: true }).fill("Växjö");
    await Promise.all([page.waitForURL(/\/agenda$/), page.getByRole("button", { name: "Planera mötet och skapa dagordningen" }).click()]);
    await Promise.all([page.waitForURL(/\/reschedule$/), page.getByRole("link", { name: "Flytta eller ställ in mötet" }).click()]);
    await expectAccessible(page);
    await page.getByLabel("Starttid").fill("25:00");
    await page.getByRole("button", { name: "Flytta mötet" }).click();
    await page.getByText("Skriv tiden som TT:MM").first().waitFor();
    await page.getByLabel("Datum").fill("2027-01-21");
    await page.getByLabel("Starttid").fill("09:30");
    await Promise.all([page.waitForURL(/\/agenda$/), page.getByRole("button", { name: "Flytta mötet" }).click()]);
    await page.getByText("torsdag 21 januari 2027").first().waitFor();
    await screenshot(page, "agenda-after-move");
    await context.close();
  });

  it("a member chooses what mail they get, on a phone", async () => {
    const context = await newContext(app.browser, { mobile: true });
    const page = await context.newPage();
    await signIn(page, "ledamot@ask.example");
    await visit(page, "/profile", "profile-notifications-390");
    const group = page.getByRole("group", { name: "Kallelser till möten" });
    await group.getByLabel("En gång om dagen").check();
    await Promise.all([page.waitForURL(/notifications=saved/), page.getByRole("button", { name: "Spara valen" }).click()]);
    await page.getByText("Dina val är sparade.").waitFor();
    expect(await page.getByRole("group", { name: "Kallelser till möten" }).getByLabel("En gång om dagen").isChecked()).toBe(true);
    await screenshot(page, "profile-notifications-saved-390");
    await context.close();
  });

  it("a forged unsubscribe link says so and changes nothing", async () => {
    const context = await newContext(app.browser);
    const page = await context.newPage();
    const response = await page.goto("/unsubscribe/3.notice.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
    expect(response?.status()).toBe(404);
    await page.getByText("Länken är ogiltig").waitFor();
    await expectAccessible(page);
    await screenshot(page, "unsubscribe-invalid");
    await context.close();
  });

  it("the English mandate page says 'at the meeting on 13 November 2025'", async () => {
    const context = await newContext(app.browser);
    const page = await context.newPage();
    await signIn(page, "projektenhet@ask.example");
    await page.goto("/mandates");
    await page.getByRole("button", { name: "In English" }).click();
    await page.locator("html[lang=en]").waitFor({ state: "attached" });
    await page.getByRole("link", { name: /Handslaget 2/ }).first().click();
    await page.waitForURL(/\/mandates\/\d+$/);
    await page.locator("html[lang=en]").waitFor({ state: "attached" });
    await page.getByText("at the meeting on 13 November 2025").first().waitFor();
    expect(await page.locator("main").innerText()).not.toContain("till mötet den");
    await expectAccessible(page);
    await screenshot(page, "mandate-english");
    await context.close();
  });

  it("an administrator reads the outbox; others get 403", async () => {
    const context = await newContext(app.browser, { mobile: true });
    const page = await context.newPage();
    await signIn(page, "admin@ask.example");
    await visit(page, "/admin/notifications", "admin-outbox-390");
    await page.getByRole("heading", { name: "Utkorg för e-post" }).waitFor();
    await page.getByText("Ingen SMTP_URL är satt").waitFor();
    await context.close();
    const other = await newContext(app.browser);
    const member = await other.newPage();
    await signIn(member, "ledamot@ask.example");
    expect((await member.goto("/admin/notifications"))?.status()).toBe(403);
    await other.close();
  });
});
