// Meeting documents in the browser: the secretary attaches a PDF and a Word
// file to a report-back item of an upcoming meeting and publishes; staff attach
// the mandate's deliverable when they report; a member (on a phone) opens the
// item, downloads both files and the meeting pack, which is parsed: the
// agenda, the attached PDFs' pages, a bookmark per item.
import path from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { createDb } from "../../db/client";
import { planMeeting } from "~/models/meeting.server";
import { HTML, makeDocx, makePdf } from "../documents/fixtures";
import { readOutline } from "../documents/outline";
import { readPdf } from "../setup/pdf";
import { expectAccessible, newContext, screenshot, signIn, useApp, visit } from "./browser";

const app = useApp();
const TASK = "ta fram en förstudie om digitala kompetenslyft";

/** The fixture, through the models on the server's own database: a mandate due before a meeting planned for January 2027. */
async function planJanuary() {
  const db = createDb(path.join(app.server.dataDir, "styrbord.db"));
  try {
    const id = async (table: "group" | "unit" | "user", column: "short_name" | "name" | "email", value: string) =>
      (await db.selectFrom(table).select("id").where(column as never, "=", value as never).executeTakeFirstOrThrow()).id as number;
    const groupId = await id("group", "short_name", "ASK");
    const unitId = await id("unit", "name", "Projektenhet Kronoberg");
    const secretaryId = await id("user", "email", "sekreterare@ask.example");
    const mandate = await db
      .insertInto("mandate")
      .values({ group_id: groupId, assignee_unit_id: unitId, task: TASK, given_on: "2026-10-01", due_date: "2027-01-10", due_meeting_id: null, due_text: null, status: "given", given_by_item_id: null, given_by_per_capsulam_id: null, continues_mandate_id: null, call_id: null, project_id: null })
      .returning("id")
      .executeTakeFirstOrThrow();
    const meetingId = await planMeeting(db, { groupId, date: "2027-01-14", startTime: "13:00", place: "Växjö, Kommunhuset", title: "Styrgrupp ASK 14 januari 2027", createdBy: secretaryId });
    const item = await db.selectFrom("agenda_item").select("id").where("meeting_id", "=", meetingId).where("mandate_id", "=", mandate.id).executeTakeFirstOrThrow();
    const itemCount = (await db.selectFrom("agenda_item").select("id").where("meeting_id", "=", meetingId).execute()).length;
    return { meetingId, itemId: item.id, mandateId: mandate.id, itemCount };
  } finally {
    await db.destroy();
  }
}

async function attach(page: Page, title: string, file: { name: string; mimeType: string; buffer: Buffer }) {
  await page.getByLabel("Rubrik", { exact: true }).fill(title);
  await page.getByLabel("Fil", { exact: true }).setInputFiles(file);
  await Promise.all([page.waitForURL(/status=added/), page.getByRole("button", { name: "Ladda upp" }).click()]);
  await page.getByText("Handlingen är tillagd.").waitFor();
}

describe("meeting documents", () => {
  it("secretary attaches a PDF and a Word file, staff attach the directive; a member downloads both and the pack", { timeout: 180_000 }, async () => {
    const { meetingId, itemId, mandateId, itemCount } = await planJanuary();
    const directive = Buffer.from(await makePdf(["Projektdirektiv: bakgrund", "Projektdirektiv: mål och budget"]));
    const deliverable = Buffer.from(await makePdf(["Förstudie: slutsatser"]));

    // The secretary, on the meeting page of the draft: the item's documents.
    const secretaryContext = await newContext(app.browser);
    const secretary = await secretaryContext.newPage();
    await signIn(secretary, "sekreterare@ask.example");
    await visit(secretary, `/meetings/${meetingId}`, "documents-secretary-meeting");
    await secretary.locator(`#item-${itemId}`).getByRole("link", { name: /Hantera handlingar/ }).click();
    await secretary.waitForURL(/\/items\/\d+\/documents$/);
    await expectAccessible(secretary);
    // An HTML page called .pdf: a clear message next to the field, the title kept.
    await secretary.getByLabel("Rubrik", { exact: true }).fill("Projektdirektiv");
    await secretary.getByLabel("Fil", { exact: true }).setInputFiles({ name: "Projektdirektiv.pdf", mimeType: "application/pdf", buffer: Buffer.from(HTML) });
    await secretary.getByRole("button", { name: "Ladda upp" }).click();
    await secretary.getByText("Filens innehåll stämmer inte med dess namn").waitFor();
    expect(await secretary.getByLabel("Rubrik", { exact: true }).inputValue()).toBe("Projektdirektiv");
    await expectAccessible(secretary);
    await screenshot(secretary, "documents-refused-html");
    await attach(secretary, "Projektdirektiv", { name: "Projektdirektiv.pdf", mimeType: "application/pdf", buffer: directive });
    await attach(secretary, "Budget 2027", { name: "Budget 2027.docx", mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", buffer: Buffer.from(await makeDocx("Budget 2027: 1 200 000 kr")) });
    await expectAccessible(secretary);
    await screenshot(secretary, "documents-secretary-item");
    await secretary.goto(`/meetings/${meetingId}/agenda`);
    await Promise.all([secretary.waitForURL(/status=published/), secretary.getByRole("button", { name: "Publicera dagordningen (kallelse)" }).click()]);

    // Projektenhet reports the mandate back with its deliverable.
    const staffContext = await newContext(app.browser);
    const staff = await staffContext.newPage();
    await signIn(staff, "projektenhet@ask.example");
    await visit(staff, `/mandates/${mandateId}`, "documents-staff-mandate");
    await staff.getByLabel("Lägesrapport").fill("Förstudien är klar och bifogas.");
    await staff.getByLabel("Ny status").selectOption("reported");
    await staff.getByLabel("Fil", { exact: true }).setInputFiles({ name: "Förstudie.pdf", mimeType: "application/pdf", buffer: deliverable });
    await staff.getByLabel("Redovisningens rubrik").fill("Förstudie digitala kompetenslyft");
    await Promise.all([staff.waitForURL(/#trail$/), staff.getByRole("button", { name: "Spara", exact: true }).click()]);
    await staff.getByRole("region", { name: "Redovisningar" }).getByRole("link", { name: "Förstudie digitala kompetenslyft" }).waitFor();
    await expectAccessible(staff);
    await screenshot(staff, "documents-mandate-deliverable");
    await visit(staff, "/mandates", "documents-register");
    const row = staff.locator("tbody tr", { hasText: "förstudie om digitala kompetenslyft" });
    await row.getByRole("link", { name: "Redovisning finns" }).waitFor();

    // A member, on a phone, opens the item and downloads both files and the pack.
    const memberContext = await newContext(app.browser, { mobile: true });
    const member = await memberContext.newPage();
    await signIn(member, "ledamot@ask.example");
    await visit(member, `/meetings/${meetingId}`, "documents-member-meeting-mobile");
    const item = member.locator(`#item-${itemId}`);
    await item.scrollIntoViewIfNeeded();
    await screenshot(member, "documents-member-item-mobile");
    expect(await item.getByRole("link", { name: /Hantera handlingar/ }).count()).toBe(0);
    const pdfHref = await item.getByRole("link", { name: "Projektdirektiv" }).getAttribute("href");
    const pdfResponse = await memberContext.request.get(pdfHref!);
    expect(pdfResponse.headers()["content-type"]).toBe("application/pdf");
    expect(pdfResponse.headers()["x-content-type-options"]).toBe("nosniff");
    expect((await readPdf(await pdfResponse.body())).pageCount).toBe(2);
    const [word] = await Promise.all([member.waitForEvent("download"), item.getByRole("link", { name: "Budget 2027" }).click()]);
    expect(word.suggestedFilename()).toBe("Budget 2027.docx");
    expect((await (await word.createReadStream()).toArray()).length).toBeGreaterThan(0);
    expect(await item.getByRole("link", { name: "Förstudie digitala kompetenslyft" }).count()).toBe(1);
    const overflow = await member.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);

    const [packDownload] = await Promise.all([member.waitForEvent("download"), member.getByRole("link", { name: "Mötets handlingar som en PDF" }).click()]);
    const chunks: Buffer[] = [];
    for await (const chunk of await packDownload.createReadStream()) chunks.push(chunk as Buffer);
    const pack = new Uint8Array(Buffer.concat(chunks));
    const parsed = await readPdf(pack);
    const text = parsed.text.replace(/\s+/g, " ");
    expect(text).toContain("Styrgrupp ASK 14 januari 2027");
    expect(text).toContain("Projektdirektiv (Projektdirektiv.pdf)");
    expect(text).toContain("Projektdirektiv: bakgrund");
    expect(text).toContain("Projektdirektiv: mål och budget");
    expect(text).toContain("Förstudie: slutsatser");
    expect(text).toContain("Budget 2027 (Budget 2027.docx): bifogas separat");
    const outline = await readOutline(pack);
    expect(outline.map((o) => o.title)[0]).toBe("Dagordning");
    expect(outline).toHaveLength(itemCount + 1);
    const report = outline.find((o) => o.title.includes("förstudie om digitala kompetenslyft"))!;
    expect(report.children.map((c) => c.title)).toEqual(["Projektdirektiv", "Förstudie digitala kompetenslyft"]);
    expect(parsed.pages[report.children[0].pageIndex]).toContain("Projektdirektiv: bakgrund");

    await Promise.all([secretaryContext.close(), staffContext.close(), memberContext.close()]);
  });
});
