// The secretary sets how the group's minutes are printed, records the posting
// of approved minutes (anslag), and finds the notice PDF next to the agenda
// PDF. At phone width, with axe on every page; once without JavaScript.
import { describe, expect, it } from "vitest";
import { newContext, screenshot, signIn, useApp, visit } from "./browser";

const app = useApp();

describe("protocol settings and posting", () => {
  it("lets the secretary choose summaries and posting, then record the posting dates shown on the meeting", async () => {
    const context = await newContext(app.browser, { mobile: true });
    const page = await context.newPage();
    await signIn(page, "sekreterare@ask.example");
    await visit(page, "/meetings", "protocol-meetings");
    await page.getByRole("link", { name: /Styrgrupp ASK 3 september/ }).first().click();
    await page.waitForURL(/\/meetings\/\d+$/);
    const meetingPath = new URL(page.url()).pathname;
    await expect.poll(() => page.getByRole("link", { name: "Kallelse (PDF)" }).count()).toBe(1);
    await expect.poll(() => page.getByRole("link", { name: "Protokollet som PDF" }).count()).toBeGreaterThan(0);

    await page.getByRole("link", { name: "Protokollinställningar" }).click();
    await page.waitForURL(/\/groups\/\d+\/protocol/);
    await visit(page, new URL(page.url()).pathname, "protocol-settings");
    await page.getByLabel("Sammanfattning (första stycket)").check();
    await page.getByLabel("Protokollen ska anslås (anslagstavla)").check();
    await Promise.all([page.waitForURL(/saved=1/), page.getByRole("button", { name: "Spara inställningarna" }).click()]);
    await expect.poll(() => page.getByText("Inställningarna är sparade.").count()).toBe(1);
    await screenshot(page, "protocol-settings-saved");

    await visit(page, meetingPath, "protocol-meeting-not-posted");
    await expect.poll(() => page.getByText("Anslaget är inte registrerat ännu.").count()).toBe(1);
    await page.getByRole("link", { name: "Registrera anslag" }).click();
    await page.waitForURL(/\/posting$/);
    await visit(page, `${meetingPath}/posting`, "protocol-posting");
    await page.getByLabel("Datum då anslaget sätts upp").fill("2025-09-10");
    await page.getByRole("button", { name: "Spara anslaget" }).click();
    await expect.poll(() => page.getByText("Anslaget kan inte sättas upp före justeringen.").count()).toBe(1);
    await screenshot(page, "protocol-posting-error");
    await page.getByLabel("Datum då anslaget sätts upp").fill("2025-09-15");
    await page.getByLabel("Datum då anslaget tas ned").fill("2025-10-06");
    await Promise.all([page.waitForURL(/posted=1/), page.getByRole("button", { name: "Spara anslaget" }).click()]);
    await expect.poll(() => page.getByText("Anslaget 15 september 2025, tas ned 6 oktober 2025").count()).toBe(1);
    await screenshot(page, "protocol-meeting-posted");
    await context.close();
  });

  it("works without JavaScript: a taking-down before the posting comes back with the message by the field and the input kept", async () => {
    const context = await newContext(app.browser, { javaScript: false });
    const page = await context.newPage();
    await signIn(page, "sekreterare@ask.example");
    await page.goto("/meetings");
    await page.getByRole("link", { name: /Styrgrupp ASK 3 september/ }).first().click();
    await page.waitForURL(/\/meetings\/\d+$/);
    await page.goto(`${new URL(page.url()).pathname}/posting`);
    await page.getByLabel("Datum då anslaget sätts upp").fill("2025-09-20");
    await page.getByLabel("Datum då anslaget tas ned").fill("2025-09-19");
    await page.getByRole("button", { name: /anslaget/ }).click();
    await expect.poll(() => page.getByText("Anslaget kan inte tas ned innan det har satts upp.").count()).toBe(1);
    expect(await page.getByLabel("Datum då anslaget sätts upp").inputValue()).toBe("2025-09-20");
    await screenshot(page, "protocol-posting-nojs-error");
    await context.close();
  });
});
