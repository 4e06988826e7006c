// A per-capsulam round in the browser, with mail through a real SMTP server:
// the secretary opens a round with one mandate for three members; each answers
// from the link in the mail they got; the last agreement closes the round
// early; the decision and its mandate exist; the meeting planned for today
// carries it on its draft agenda, and its minutes give it a §.
import path from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb } from "../../db/client";
import { planMeeting } from "~/models/meeting.server";
import { baseURL, expectAccessible, newContext, screenshot, signIn, useApp, visit } from "./browser";
import { DEMO_PASSWORD } from "./app-server";
import { linkIn, startSmtpServer, type CaughtMail } from "./smtp";

const env: Record<string, string> = {};
let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
beforeAll(async () => {
  smtp = await startSmtpServer();
  env.SMTP_URL = smtp.url;
});
afterAll(async () => smtp?.stop());
const app = useApp(env);

let meetingId: number;
let groupId: number;

beforeAll(async () => {
  const db = createDb(path.join(app.server.dataDir, "styrbord.db"));
  const group = await db.selectFrom("group").select("id").where("short_name", "=", "ASK").executeTakeFirstOrThrow();
  groupId = group.id;
  const secretary = await db.selectFrom("user").select("id").where("email", "=", "sekreterare@ask.example").executeTakeFirstOrThrow();
  // A third voting member: the administrator sits in ASK as a member.
  const admin = await db.selectFrom("user").select("id").where("email", "=", "admin@ask.example").executeTakeFirstOrThrow();
  await db.insertInto("membership").values({ group_id: group.id, user_id: admin.id, role: "member" }).execute();
  // The group's next meeting, today (the pinned 23 November 2026): its minutes are still to be written.
  meetingId = await planMeeting(db, { groupId: group.id, date: "2026-11-23", startTime: "15:00", place: "Residenset, Växjö", title: "Styrgrupp ASK 23 november 2026", createdBy: secretary.id });
  await db.destroy();
});

/** Clicks a submit button and waits for the action and the reloaded page data (as tests/e2e/meeting.test.ts does). */
async function submit(page: Page, button: ReturnType<Page["getByRole"]>) {
  await Promise.all([page.waitForResponse((r) => r.request().method() === "POST"), page.waitForResponse((r) => r.request().method() === "GET" && r.url().includes(".data")), button.click()]);
  await page.waitForTimeout(100);
}

/** The latest mail to this address whose subject matches (the outbox worker sends every 15 seconds). */
async function mailFor(address: string, subject: RegExp): Promise<CaughtMail> {
  await expect.poll(() => smtp.mails.some((m) => m.to.includes(address) && subject.test(m.subject)), { timeout: 60_000, interval: 500 }).toBe(true);
  return smtp.mails.filter((m) => m.to.includes(address) && subject.test(m.subject)).at(-1)!;
}

async function answerFromMail(email: string, screenshotName: string, mobile: boolean): Promise<Page> {
  const mail = await mailFor(email, /ditt svar behövs/);
  expect(mail.subject).toContain("Medfinansiering av förstudie om kompetensförsörjning");
  expect(mail.text).toContain("medfinansiera förstudien med 50 000 kronor");
  const link = linkIn(mail, baseURL());
  expect(link).toMatch(/\/rounds\/\d+$/);
  const context = await newContext(app.browser, { mobile });
  const page = await context.newPage();
  await page.goto(link);
  // The normal sign-in, and back to the round.
  await page.getByLabel("E-postadress").fill(email);
  await page.getByLabel("Lösenord").fill(DEMO_PASSWORD);
  await Promise.all([page.waitForURL((url) => url.pathname.startsWith("/rounds/")), page.getByRole("button", { name: "Logga in" }).click()]);
  await page.getByRole("heading", { name: "Medfinansiering av förstudie om kompetensförsörjning" }).waitFor();
  await expectAccessible(page);
  await page.getByLabel("Instämmer", { exact: true }).check();
  await Promise.all([page.waitForURL(/answered=/), page.getByRole("button", { name: "Skicka svaret" }).click()]);
  await screenshot(page, screenshotName);
  return page;
}

describe("a per-capsulam round", () => {
  it("runs from the secretary's question to a § in the next minutes", async () => {
    const secretaryContext = await newContext(app.browser);
    const secretary = await secretaryContext.newPage();
    await signIn(secretary, "sekreterare@ask.example");
    await visit(secretary, `/groups/${groupId}/rounds`, "rounds-group-empty");
    await Promise.all([secretary.waitForURL(/\/rounds\/new$/), secretary.getByRole("link", { name: "Ny per capsulam-runda" }).click()]);
    await secretary.getByRole("button", { name: "Lägg till uppdrag" }).click();
    await secretary.getByLabel("Uppdraget", { exact: true }).waitFor();
    await secretary.getByLabel("Rubrik").fill("Medfinansiering av förstudie om kompetensförsörjning");
    const proposal = secretary.getByRole("textbox", { name: "Förslag till beslut" });
    await proposal.click();
    await proposal.pressSequentially("Styrgruppen beslutar att medfinansiera förstudien med 50 000 kronor.");
    const background = secretary.getByRole("textbox", { name: "Bakgrund" });
    await background.click();
    await background.pressSequentially("Projektenheten behöver besked före årsskiftet.");
    await secretary.getByLabel("Uppdraget", { exact: true }).fill("ta fram en budget för förstudien");
    await secretary.getByLabel("Senast ett datum").check();
    await secretary.getByLabel("Datum", { exact: true }).fill("2027-03-31");
    // A closing time in the past is refused next to its field, the input kept.
    await secretary.getByLabel("Stänger datum").fill("2026-01-15");
    await secretary.getByRole("button", { name: "Öppna rundan och skicka frågan" }).click();
    await secretary.getByText("Stängningstiden har redan passerat").waitFor();
    await expectAccessible(secretary);
    await screenshot(secretary, "rounds-new-refused");
    expect(await secretary.getByLabel("Rubrik").inputValue()).toBe("Medfinansiering av förstudie om kompetensförsörjning");
    // Ticked by default: the voting members (chair and members), not the secretary.
    expect(await secretary.getByLabel(/Per Holmberg/).isChecked()).toBe(true);
    expect(await secretary.getByLabel(/Anna Berg/).isChecked()).toBe(true);
    expect(await secretary.getByLabel(/Eva Andersson/).isChecked()).toBe(true);
    expect(await secretary.getByLabel(/Karin Lindqvist/).isChecked()).toBe(false);
    await secretary.getByLabel("Stänger datum").fill("2027-01-15");
    await Promise.all([secretary.waitForURL(/\/rounds\/\d+\?opened=1$/), secretary.getByRole("button", { name: "Öppna rundan och skicka frågan" }).click()]);
    await secretary.getByText("Rundan är öppnad och frågan skickad.").waitFor();
    await secretary.getByText("0 av 3 har svarat").waitFor();
    await expectAccessible(secretary);
    await screenshot(secretary, "rounds-opened");
    const roundPath = new URL(secretary.url()).pathname;

    const chair = await answerFromMail("ordforande@ask.example", "rounds-answered-chair", false);
    await chair.getByText("Ditt svar är registrerat.").waitFor();
    const member = await answerFromMail("ledamot@ask.example", "rounds-answered-member-390", true);
    // While open, who has answered shows, not what.
    await member.getByText("Svaren visas när rundan har stängt.").waitFor();
    expect(await member.locator("main").innerText()).not.toContain("Per Holmberg\nInstämmer");
    const overflow = await member.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const admin = await answerFromMail("admin@ask.example", "rounds-closed-early", false);
    await admin.getByText("Ditt svar är registrerat och avgjorde rundan.").waitFor();
    await admin.getByText("Stängdes tidigt").waitFor();
    await admin.getByText("Beslutad", { exact: true }).waitFor();

    // The result: a per-capsulam decision with its mandate, reported at today's meeting.
    await visit(secretary, roundPath, "rounds-result");
    await secretary.getByText("Per capsulam-beslut 23 november 2026.").waitFor();
    await secretary.getByRole("link", { name: "ta fram en budget för förstudien" }).click();
    await secretary.waitForURL(/\/mandates\/\d+$/);
    await secretary.getByText("Projektenhet Kronoberg").first().waitFor();
    const result = await mailFor("ledamot@ask.example", /beslutat/);
    expect(result.text).toContain("Per Holmberg: instämmer");

    // The meeting's draft agenda carries it in its per-capsulam section.
    await visit(secretary, `/meetings/${meetingId}/agenda`, "rounds-on-agenda");
    await secretary.getByText("Medfinansiering av förstudie om kompetensförsörjning").first().waitFor();

    // The meeting is held and its minutes sent: the decision gets its §.
    await visit(secretary, `/meetings/${meetingId}`, "rounds-meeting");
    await submit(secretary, secretary.getByRole("button", { name: "Starta mötet" }));
    await expect.poll(() => secretary.locator("main").textContent()).toContain("Genomfört");
    await secretary.getByLabel("Status: Per Holmberg").selectOption("present");
    await secretary.getByLabel("Status: Anna Berg").selectOption("present");
    await secretary.getByLabel("Status: Eva Andersson").selectOption("present");
    await secretary.getByLabel("Status: Karin Lindqvist").selectOption("present");
    await secretary.getByLabel("Status: Jonas Ek").selectOption("absent");
    await secretary.getByLabel("Anna Berg justerar protokollet").check();
    await submit(secretary, secretary.getByRole("button", { name: "Spara närvaro" }));
    await secretary.reload();
    await submit(secretary, secretary.getByRole("button", { name: "Skicka protokollet för justering" }));
    await expect.poll(() => secretary.locator("main").textContent(), { timeout: 15_000 }).toContain("Skickat för justering");
    await secretary.reload();
    const db = createDb(path.join(app.server.dataDir, "styrbord.db"));
    const { id: itemId } = await db.selectFrom("agenda_item").select("id").where("meeting_id", "=", meetingId).where("per_capsulam_decision_id", "is not", null).where("title", "=", "Medfinansiering av förstudie om kompetensförsörjning").executeTakeFirstOrThrow();
    await db.destroy();
    await expect.poll(() => secretary.locator(`#item-${itemId}`).textContent()).toMatch(/§ \d+ /);
    await screenshot(secretary, "rounds-minutes-paragraph");
    await visit(secretary, roundPath, "rounds-result-with-paragraph");
    await expect.poll(() => secretary.locator("main").textContent()).toMatch(/§ \d+ Per capsulam-beslut 23 november 2026/);
    await secretaryContext.close();
  });

  it("works without JavaScript: an objection needs its reason, fails the round, and goes to the next agenda as an item", { timeout: 180_000 }, async () => {
    const secretaryContext = await newContext(app.browser, { javaScript: false });
    const secretary = await secretaryContext.newPage();
    secretary.setDefaultTimeout(20_000);
    await signIn(secretary, "sekreterare@ask.example");
    await secretary.goto(`/groups/${groupId}/rounds/new`);
    await secretary.getByLabel("Rubrik").fill("Yttrande över regional utvecklingsstrategi");
    await secretary.getByLabel("Förslag till beslut").fill("Styrgruppen ställer sig bakom yttrandet.");
    await secretary.getByLabel(/Eva Andersson/).uncheck();
    await secretary.getByLabel(/Per Holmberg/).uncheck();
    await Promise.all([secretary.waitForURL(/\/rounds\/\d+\?opened=1$/), secretary.getByRole("button", { name: "Öppna rundan och skicka frågan" }).click()]);
    const roundPath = new URL(secretary.url()).pathname;

    const memberContext = await newContext(app.browser, { javaScript: false, mobile: true });
    const member = await memberContext.newPage();
    member.setDefaultTimeout(20_000);
    await signIn(member, "ledamot@ask.example");
    await member.goto("/");
    await screenshot(member, "rounds-home-card-390");
    await member.getByRole("heading", { name: /Per capsulam-rundor/ }).waitFor();
    await Promise.all([member.waitForURL(/\/rounds\/\d+$/), member.getByRole("link", { name: "Yttrande över regional utvecklingsstrategi" }).click()]);
    await member.getByLabel("Invänder", { exact: true }).check();
    await member.getByRole("button", { name: "Skicka svaret" }).click();
    await member.getByText("Skriv skälet till invändningen.").waitFor();
    // (axe needs JavaScript in the page; the round page with JavaScript is checked above.)
    await screenshot(member, "rounds-objection-needs-reason-390");
    await member.getByLabel("Invänder", { exact: true }).check();
    await member.getByLabel("Skäl (krävs om du invänder)").fill("Yttrandet tar inte upp kompetensförsörjningen.");
    await Promise.all([member.waitForURL(/answered=closed/), member.getByRole("button", { name: "Skicka svaret" }).click()]);
    await member.getByText("Inte beslutad", { exact: true }).waitFor();
    await member.getByText("Invänder: Yttrandet tar inte upp kompetensförsörjningen.").waitFor();

    await secretary.goto(roundPath);
    await Promise.all([secretary.waitForURL(roundPath), secretary.getByRole("button", { name: "Ta upp på nästa mötes dagordning" }).click()]);
    await secretary.getByText(/Tas upp som ärende vid Styrgrupp ASK \d+ \w+ 2026/).waitFor();
    await screenshot(secretary, "rounds-failed-on-agenda");
    await secretaryContext.close();
    await memberContext.close();
  });
});
