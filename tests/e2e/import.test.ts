import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Document, Packer, Paragraph, TextRun } from "docx";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { expectAccessible, newContext, screenshot, signIn, useApp, visit } from "./browser";

const app = useApp();

let docxMade = 0;

/** Minutes as a Word file, made the way a secretary's Word would: headings, numbered items, a decision with a mandate. */
async function minutesDocx(): Promise<string> {
  const lines = [
    "Protokoll Styrgrupp ASK 4 december 2025",
    "",
    "Beslutspunkter",
    "1. Förstudie om kompetensförsörjning i vården",
    "Bakgrund: Kommunerna har behov av en gemensam bild av kompetensbehovet.",
    "Beslut: ASK:s styrgrupp ger Projektenhet Kronoberg i uppdrag att ta fram en förstudie om kompetensförsörjning i vården och återkomma till mötet den 5 mars 2026.",
    "",
    "Rapporter",
    "2. Rapport från pågående projekt",
    "Muntlig rapport",
    "",
    "Övriga frågor",
  ];
  // A file of its own each time (its description differs): the same file is imported into a group once.
  const doc = new Document({
    description: `Styrbord test ${++docxMade} ${process.hrtime.bigint()}`,
    sections: [{ children: lines.map((line) => new Paragraph({ children: [new TextRun(line)] })) }],
  });
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "styrbord-docx-")), "ASK 4 december 2025.docx");
  fs.writeFileSync(file, await Packer.toBuffer(doc));
  return file;
}

/** The secretary uploads a file on the import page and waits for its preview. */
async function previewAsSecretary(page: Page, file: string): Promise<void> {
  await signIn(page, "sekreterare@ask.example");
  await page.goto("/meetings/import");
  await page.getByLabel("Fil (.docx eller .txt, högst 5 MB)").setInputFiles(file);
  await page.getByRole("button", { name: "Förhandsgranska" }).click();
  await page.getByRole("heading", { name: "Granska importen" }).waitFor();
}

/** The secretary pastes a text on the import page and waits for its preview. */
async function previewPasted(page: Page, text: string): Promise<void> {
  await page.goto("/meetings/import");
  await page.getByLabel("…eller klistra in texten").fill(text);
  await page.getByRole("button", { name: "Förhandsgranska" }).click();
  await page.getByRole("heading", { name: "Granska importen" }).waitFor();
}

describe("importing minutes from Word", () => {
  it("reads a .docx, lets the secretary correct a mandate, saves, and shows the meeting", async () => {
    const file = await minutesDocx();
    const context = await newContext(app.browser);
    const page = await context.newPage();
    await signIn(page, "sekreterare@ask.example");
    await visit(page, "/meetings", "import-meetings-link");
    await page.getByRole("link", { name: "Importera protokoll" }).click();
    await page.waitForURL(/\/meetings\/import$/);
    await expectAccessible(page);
    await screenshot(page, "import-form");

    await page.getByLabel("Fil (.docx eller .txt, högst 5 MB)").setInputFiles(file);
    await page.getByRole("button", { name: "Förhandsgranska" }).click();
    await page.getByRole("heading", { name: "Granska importen" }).waitFor();
    await expectAccessible(page);
    await screenshot(page, "import-preview");
    expect(await page.getByLabel("Mötets rubrik").inputValue()).toContain("Styrgrupp ASK 4 december 2025");
    expect(await page.getByLabel("Datum", { exact: true }).inputValue()).toBe("2025-12-04");
    const task = page.locator('textarea[name="mandates[0].task"]');
    expect(await task.inputValue()).toContain("ta fram en förstudie om kompetensförsörjning i vården");
    expect(await page.locator('select[name="mandates[0].assignee"]').inputValue()).toBe("Projektenhet Kronoberg");
    expect(await page.locator('input[name="mandates[0].dueMeetingDate"]').inputValue()).toBe("2026-03-05");
    // The source line stands beside what was read from it.
    expect(await page.locator(".import-row").first().textContent()).toMatch(/Rad \d+ i källan: 1\. Förstudie om kompetensförsörjning/);

    // The secretary corrects the mandate before saving.
    await task.fill("ta fram en förstudie om kompetensförsörjning i vård och omsorg");
    await page.getByRole("button", { name: "Spara mötet" }).click();
    await page.waitForURL(/\/meetings\/\d+$/);
    await visit(page, page.url(), "import-saved-meeting");
    const text = (await page.locator("main").textContent()) ?? "";
    expect(text).toContain("Förstudie om kompetensförsörjning i vården");
    expect(text).toContain("ta fram en förstudie om kompetensförsörjning i vård och omsorg");
    expect(text).toContain("till mötet den 5 mars 2026");
    expect(text).toContain("ASK 4 december 2025.docx");

    // The meeting is in the list, and the original file can be downloaded.
    await visit(page, "/meetings", "import-meetings-after");
    expect(await page.getByRole("link", { name: /Styrgrupp ASK 4 december 2025/ }).count()).toBeGreaterThan(0);

    // The same file again: refused, with the way to the meeting it became.
    await page.goto("/meetings/import");
    await page.getByLabel("Fil (.docx eller .txt, högst 5 MB)").setInputFiles(file);
    await page.getByRole("button", { name: "Förhandsgranska" }).click();
    await expect.poll(() => page.locator(".field-error").first().textContent()).toContain("är redan importerad till gruppen");
    await expectAccessible(page);
    await screenshot(page, "import-already-imported");
    await page.getByRole("link", { name: "Öppna det importerade mötet" }).click();
    await page.waitForURL(/\/meetings\/\d+$/);
    expect((await page.locator("main").textContent()) ?? "").toContain("ASK 4 december 2025.docx");
    await context.close();
  });

  it("keeps the pasted text and says why when the text is not minutes, at 390 px", async () => {
    const context = await newContext(app.browser, { mobile: true });
    const page = await context.newPage();
    await signIn(page, "sekreterare@ask.example");
    await page.goto("/meetings/import");
    await page.getByLabel("…eller klistra in texten").fill("Välkommen på sommarfest i parken!");
    await page.getByRole("button", { name: "Förhandsgranska" }).click();
    await expect.poll(() => page.locator(".field-error").textContent()).toContain("ser inte ut som ett protokoll");
    expect(await page.getByLabel("…eller klistra in texten").inputValue()).toBe("Välkommen på sommarfest i parken!");
    await expectAccessible(page);
    await screenshot(page, "import-not-minutes-mobile");
    await context.close();
  });

  it("turns a page of decisions in brief into items to review, instead of refusing it, at 390 px", async () => {
    const context = await newContext(app.browser, { mobile: true });
    const page = await context.newPage();
    await signIn(page, "sekreterare@ask.example");
    const brief = [
      "Beslut i korthet från styrelsen 11 mars 2026",
      "",
      "Styrelsen sammanträdde den 11 mars 2026 och behandlade bland annat följande ärenden.",
      "",
      "Lokaler",
      "Styrelsen beslutade att hyra kontoret på Storgatan ett år till.",
      "",
      "Kansliet fick i uppdrag att ta fram en plan för medlemsvärvning till nästa möte.",
      "",
      "Hela protokollet publiceras när det är justerat.",
    ].join("\n");
    await previewPasted(page, brief);
    const main = (await page.locator("main").textContent()) ?? "";
    expect(main).toContain("Lokaler");
    expect(main).toContain("Styrelsen beslutade att hyra kontoret på Storgatan ett år till.");
    expect(main).toContain("ta fram en plan för medlemsvärvning");
    // The items are a guess from the paragraphs, and the preview says so.
    expect(main).toContain("Granska noga innan du sparar");
    expect(main).toContain("varje stycke som redovisar ett beslut har blivit ett ärende");
    expect(await page.getByLabel("Datum", { exact: true }).inputValue()).toBe("2026-03-11");
    await expectAccessible(page);
    await screenshot(page, "import-decisions-in-brief-mobile");
    await context.close();
  });

  it("reads notes kept as a table, one row per item, with who carries each task out and by when", async () => {
    const context = await newContext(app.browser);
    const page = await context.newPage();
    await signIn(page, "sekreterare@ask.example");
    const table = [
      "Minnesanteckningar",
      "Styrgrupp ASK",
      "Datum: 2026-03-11",
      "Deltagare: Anna Berg (ordf), Per Lind, Eva Ek",
      "",
      "Punkt | Diskussion | Beslut/Åtgärd | Ansvarig | Klart",
      "1. Föregående anteckningar | Gicks igenom. | Anteckningarna lades till handlingarna. | |",
      "2. Sommarjobb | Utfallet redovisades. | Per Lind tar fram en sammanställning. | Per Lind | nästa möte",
      "3. Fritidsgårdar | Diskussion om öppettider. | Styrgruppen beslutade att föreslå utökade öppettider. | Eva Ek | 30 april 2026",
    ].join("\n");
    await previewPasted(page, table);
    expect(await page.locator('input[name="items[1].title"]').inputValue()).toBe("Sommarjobb");
    expect(await page.locator('input[name="items[2].title"]').inputValue()).toBe("Fritidsgårdar");
    const main = (await page.locator("main").textContent()) ?? "";
    expect(main).toContain("Styrgruppen beslutade att föreslå utökade öppettider.");
    await screenshot(page, "import-notes-table");
    expect(await page.locator('textarea[name="mandates[0].task"]').inputValue()).toBe("tar fram en sammanställning");
    expect(await page.locator('textarea[name="mandates[1].task"]').inputValue()).toBe("Styrgruppen beslutade att föreslå utökade öppettider");
    expect(await page.locator('input[name="mandates[1].dueDate"]').inputValue()).toBe("2026-04-30");
    await expectAccessible(page);
    await context.close();
    // The same notes on a phone.
    const phoneContext = await newContext(app.browser, { mobile: true });
    const phone = await phoneContext.newPage();
    await signIn(phone, "sekreterare@ask.example");
    await previewPasted(phone, table);
    expect(await phone.locator('input[name="items[2].title"]').inputValue()).toBe("Fritidsgårdar");
    await expectAccessible(phone);
    await screenshot(phone, "import-notes-table-mobile");
    await phoneContext.close();
  });

  it("keeps the agenda's entries the minutes never wrote up as items without text, in their place", async () => {
    const notes = [
      "Styrgrupp ASK, anteckningar 2026-03-11",
      "",
      "1. Mötets öppnande",
      "2. Föregående anteckningar",
      "3. Budget 2027",
      "4. Övriga frågor",
      "",
      "Mötets öppnande",
      "",
      "Ordföranden öppnade mötet.",
      "",
      "Föregående anteckningar",
      "",
      "Anteckningarna lades till handlingarna.",
    ].join("\n");
    for (const mobile of [false, true]) {
      const context = await newContext(app.browser, { mobile });
      const page = await context.newPage();
      await signIn(page, "sekreterare@ask.example");
      await previewPasted(page, notes);
      expect(await page.locator('input[name="items[2].title"]').inputValue()).toBe("Budget 2027");
      expect(await page.locator('input[name="items[3].title"]').inputValue()).toBe("Övriga frågor");
      await expectAccessible(page);
      await screenshot(page, mobile ? "import-unwritten-entries-mobile" : "import-unwritten-entries");
      await context.close();
    }
  });

  it("reads notes whose paragraphs open with their own head as items, the head the title and the rest its text", async () => {
    const notes = [
      "Minutes of the trust meeting 22 November 2026",
      "",
      "Committee members in attendance: Jon, Paul, Rob, Julia, Phil.",
      "",
      "Road signs – Jon has confirmed that the local area committee has provided all the funding.",
      "",
      "Coach trip – there was an incident on the coach; the company will pay for the repairs.",
      "",
      "Finances – the balance of funds stands at £11,249. Phil will contact the auditor to get the accounts signed off.",
      "",
      "Summer fair – the date is set and stalls are booked.",
    ].join("\n");
    for (const mobile of [false, true]) {
      const context = await newContext(app.browser, { mobile });
      const page = await context.newPage();
      await signIn(page, "sekreterare@ask.example");
      await previewPasted(page, notes);
      const titles = await Promise.all([0, 1, 2, 3].map((i) => page.locator(`input[name="items[${i}].title"]`).inputValue()));
      expect(titles).toEqual(["Road signs", "Coach trip", "Finances", "Summer fair"]);
      // The attendance line is no item.
      expect(await page.locator('input[name="items[4].title"]').count()).toBe(0);
      expect(await page.locator('textarea[name="mandates[0].task"], input[name="mandates[0].task"]').inputValue()).toBe("contact the auditor to get the accounts signed off");
      await expectAccessible(page);
      await screenshot(page, mobile ? "import-run-in-heads-mobile" : "import-run-in-heads");
      await context.close();
    }
  });

  it("marks a meeting the archive command saved as not checked, until the secretary checks it against the original", async () => {
    // The archive command, run against the app's own database, as an administrator would on the server.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "styrbord-archive-"));
    const file = path.join(dir, "ASK 3 september 2025.txt");
    fs.writeFileSync(file, `${fs.readFileSync(path.resolve("tests/import/corpus/00-ask-3-september.txt"), "utf8")}\n\n\n`);
    const cli = spawnSync(path.resolve("node_modules/.bin/tsx"), ["scripts/import.ts", file, "--group", "ASK", "--date", "2019-09-03"], {
      encoding: "utf8",
      env: { ...process.env, DATABASE_URL: path.join(app.server.dataDir, "styrbord.db"), STYRBORD_DATA_DIR: app.server.dataDir },
    });
    expect(cli.stderr).toBe("");
    const meetingId = /sparat som möte (\d+)/u.exec(cli.stdout)?.[1];
    expect(meetingId).toBeDefined();

    const context = await newContext(app.browser);
    const page = await context.newPage();
    await signIn(page, "sekreterare@ask.example");
    // The list of meetings says so too.
    await page.goto("/meetings?year=2019");
    await expect.poll(() => page.locator(`tr:has(a[href="/meetings/${meetingId}"])`).textContent()).toContain("inte granskat");
    await expectAccessible(page);
    await screenshot(page, "import-not-checked-list");
    await page.goto(`/meetings/${meetingId}`);
    const notice = page.locator("section#import-review");
    await expect.poll(() => notice.textContent()).toContain("Inte granskat");
    await expectAccessible(page);
    await screenshot(page, "import-not-checked");
    // The same notice, and the list's mark, on a phone.
    const phone = await (await newContext(app.browser, { mobile: true })).newPage();
    await signIn(phone, "sekreterare@ask.example");
    await phone.goto("/meetings?year=2019");
    await screenshot(phone, "import-not-checked-list-mobile");
    await phone.goto(`/meetings/${meetingId}`);
    await expectAccessible(phone);
    await screenshot(phone, "import-not-checked-mobile");
    await phone.context().close();
    await page.getByRole("button", { name: "Markera som granskat mot originalet" }).click();
    await page.waitForURL(new RegExp(`/meetings/${meetingId}#import-review$`));
    expect(await notice.count()).toBe(0);
    expect((await page.locator("main").textContent()) ?? "").toContain("Granskat mot originalet");
    await expectAccessible(page);
    await screenshot(page, "import-checked");
    await context.close();
  }, 120_000);

  it("refuses a scanned PDF with its reason, and shows a half-parsed text for review without saving it", async () => {
    const context = await newContext(app.browser);
    const page = await context.newPage();
    await signIn(page, "sekreterare@ask.example");
    await page.goto("/meetings");
    const meetingsBefore = await page.getByRole("link", { name: /Styrelsen i Exempelförbundet/ }).count();

    // A scanned PDF: an image with no text. Refused, with what to do instead.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "styrbord-scan-"));
    const scan = path.join(dir, "protokoll-inskannat.pdf");
    fs.writeFileSync(scan, Buffer.concat([Buffer.from("%PDF-1.4\n%âãÏÓ\n1 0 obj <</Type /XObject /Subtype /Image>>\n"), Buffer.alloc(2048, 0xff)]));
    await page.goto("/meetings/import");
    await page.getByLabel("Fil (.docx eller .txt, högst 5 MB)").setInputFiles(scan);
    await page.getByRole("button", { name: "Förhandsgranska" }).click();
    await expect.poll(() => page.locator(".field-error").first().textContent()).toContain("inskannad PDF");
    await expectAccessible(page);
    await screenshot(page, "import-scanned-pdf");

    // Text pasted out of a PDF: one line per page, the items run together. It half-parses:
    // the preview says why to look twice, and nothing is saved until the secretary saves.
    const flat =
      "1 Styrelsen i Exempelförbundet PROTOKOLL Sammanträdesdatum 2026-02-12 Närvarande Anna Berg Per Holm Eva Lind " +
      "1 Mötets öppnande Ordföranden hälsade alla välkomna och förklarade mötet öppnat. 2 Val av justerare Till justerare valdes Per Holm. " +
      "3 Budget 2026 Kansliet presenterade förslaget till budget och svarade på frågor om lokalkostnaderna och om hur bidragen ska fördelas mellan medlemskommunerna under året, " +
      "vilket ledde till en lång diskussion om prioriteringar, om nivån på reserven och om vilka projekt som ska få fortsatt finansiering efter sommaren. " +
      "Styrelsen beslutar att anta budgeten för 2026. 4 Nästa möte Nästa möte hålls den 12 mars 2026 i Växjö och kansliet skickar ut kallelsen i god tid.";
    await previewPasted(page, flat);
    const main = (await page.locator("main").textContent()) ?? "";
    expect(main).toContain("Granska noga innan du sparar");
    expect(main).toContain("kopierad ur en PDF");
    expect(await page.getByLabel("Datum", { exact: true }).inputValue()).toBe("2026-02-12");
    expect(main).toContain("Val av justerare");
    expect(main).toMatch(/Styrelsen beslutar\s+att anta budgeten för 2026/u);
    // The attendance on the flattened first page is not the meeting's title.
    expect(await page.getByLabel("Mötets rubrik").inputValue()).not.toContain("Närvarande");
    await expectAccessible(page);
    await screenshot(page, "import-half-parsed-review");

    // Minutes in no numbering the rules know: the learned reading finds their headings, and the preview
    // says that where the items begin is a guess to check.
    const club = [
      "Harbour Rowing Club",
      "Committee Minutes 12 May 2023, 7 pm, Clubhouse",
      "",
      "Present:",
      "Mark Jones – chair",
      "Lisa Brown – secretary",
      "Tom Reid – treasurer",
      "Apologies: Sue Ward",
      "",
      "Item / Action",
      "Boat repairs.",
      "The coastal four needs a new rigger. The committee agreed to buy one from the club funds.",
      "Tom to order the rigger.",
      "Membership fees.",
      "All agreed that fees stay the same for 2024.",
    ].join("\n");
    await previewPasted(page, club);
    const learned = (await page.locator("main").textContent()) ?? "";
    expect(learned).toContain("Ärendenas rubriker är tolkade ur textens form");
    expect(learned).toContain("Boat repairs");
    expect(learned).toContain("The committee agreed to buy one from the club funds.");
    expect(await page.getByLabel("Beslut", { exact: true }).nth(1).inputValue()).toBe("All agreed that fees stay the same for 2024.");
    await expectAccessible(page);
    await screenshot(page, "import-learned-headings");

    // A municipality's news page about one meeting: not refused, but read as one item under its headline, to check.
    const news = [
      "Henrik Ek ny ordförande för Samordningsförbundet",
      "",
      "Publicerad 2022-02-03",
      "",
      "Vid årets första sammanträde den 1 februari valdes Henrik Ek till ordförande för Samordningsförbundet Norra Dal under 2022.",
      "",
      "Ordförandeskapet roterar årligen mellan kommunerna som ingår i förbundet.",
    ].join("\n");
    await previewPasted(page, news);
    expect((await page.locator("main").textContent()) ?? "").toContain("läst som ett enda ärende under sin rubrik");
    expect(await page.getByLabel("Datum", { exact: true }).inputValue()).toBe("2022-02-01");
    expect(await page.getByLabel("Beslut", { exact: true }).first().inputValue()).toMatch(/valdes Henrik Ek till ordförande/u);
    await expectAccessible(page);
    await screenshot(page, "import-one-meeting-page");
    // In English the notes are English too.
    await page.getByRole("button", { name: "In English" }).click();
    await page.getByRole("button", { name: "På svenska" }).waitFor();
    await page.goto("/meetings/import");
    await page.getByLabel("…or paste the text").fill(news);
    await page.getByRole("button", { name: "Preview" }).click();
    await page.getByRole("heading", { name: "Review the import" }).waitFor();
    const english = (await page.locator("main").textContent()) ?? "";
    expect(english).toContain("it has been read as a single item under its headline");
    expect(english).not.toContain("läst som ett enda ärende");
    await expectAccessible(page);
    await screenshot(page, "import-one-meeting-page-english");
    await page.getByRole("button", { name: "På svenska" }).click();
    await page.getByRole("button", { name: "In English" }).waitFor();
    // The same previews on a phone: the notes and the items, nothing cut off.
    const phone = await (await newContext(app.browser, { mobile: true })).newPage();
    await signIn(phone, "sekreterare@ask.example");
    await previewPasted(phone, club);
    expect((await phone.locator("main").textContent()) ?? "").toContain("Ärendenas rubriker är tolkade ur textens form");
    await expectAccessible(phone);
    await screenshot(phone, "import-learned-headings-mobile");
    await previewPasted(phone, news);
    expect((await phone.locator("main").textContent()) ?? "").toContain("läst som ett enda ärende under sin rubrik");
    await expectAccessible(phone);
    await screenshot(phone, "import-one-meeting-page-mobile");
    await phone.context().close();
    await page.goto("/meetings");
    expect(await page.getByRole("link", { name: /Styrelsen i Exempelförbundet/ }).count()).toBe(meetingsBefore);
    await context.close();
  });

  it("saves when the secretary presses Enter in a field of the preview, as before the add buttons", async () => {
    const file = await minutesDocx();
    const context = await newContext(app.browser, { javaScript: false });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    await previewAsSecretary(page, file);
    const items = await page.locator(".import-row legend").count();
    await page.getByLabel("Mötets rubrik").press("Enter");
    await page.waitForURL(/\/meetings\/\d+$/);
    // Saved as it stood: no empty item was added on the way.
    expect(await page.locator("main").textContent()).toContain("Förstudie om kompetensförsörjning i vården");
    expect(items).toBeGreaterThan(0);
    await context.close();
  });

  for (const javaScript of [true, false]) {
    it(`lets the secretary add an item and a mandate the parser missed, in place, from the original text${javaScript ? "" : ", without JavaScript"}`, async () => {
      const file = await minutesDocx();
      const context = await newContext(app.browser, { javaScript });
      const page = await context.newPage();
      page.setDefaultTimeout(15_000);
      await previewAsSecretary(page, file);
      // The original text is at hand, line by line, to copy what was missed.
      await page.getByText("Visa originaltexten").click();
      await expect.poll(() => page.locator(".import-source-lines li").count()).toBeGreaterThan(10);
      expect(await page.locator(".import-source-lines").textContent()).toContain("Rapport från pågående projekt");
      // Each item stands at the line it was read from.
      expect(await page.locator(".import-source-start").first().textContent()).toMatch(/^Ärende 1 1\. Förstudie om kompetensförsörjning/);

      // A correction typed before adding is kept.
      await page.locator('input[name="items[0].title"]').fill("Förstudie om kompetensförsörjning i vård och omsorg");
      const first = page.locator("#import-item-0");
      await first.getByRole("button", { name: "Lägg till ärende efter det här" }).click();
      const newTitle = page.locator('input[name="items[1].title"]');
      await expect.poll(() => newTitle.inputValue()).toBe("");
      expect(await page.locator('input[name="items[0].title"]').inputValue()).toBe("Förstudie om kompetensförsörjning i vård och omsorg");
      expect(await page.locator('input[name="items[2].title"]').inputValue()).toBe("Rapport från pågående projekt");
      if (javaScript) await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute("name"))).toBe("items[1].title");
      else expect(page.url()).toMatch(/#import-item-1$/);
      // (axe needs JavaScript in the page; the same page with JavaScript is checked in the other run.)
      if (javaScript) await expectAccessible(page);
      await screenshot(page, `import-added-item${javaScript ? "" : "-nojs"}`);

      await newTitle.fill("Seminarium om kompetensförsörjning");
      await page.locator('textarea[name="items[1].decision"]').fill("Styrgruppen beslutade att hålla ett seminarium i mars.");
      await page.locator("#import-item-1").getByRole("button", { name: "Lägg till uppdrag i ärendet" }).click();
      const task = page.locator('textarea[name="mandates[1].task"]');
      await expect.poll(() => task.count()).toBe(1);
      expect(await page.locator('select[name="mandates[1].item"]').inputValue()).toBe("1");
      expect(await page.locator('input[name="items[1].title"]').inputValue()).toBe("Seminarium om kompetensförsörjning");
      await task.fill("planera seminariet och bjuda in kommunerna");
      await page.locator('select[name="mandates[1].assignee"]').selectOption("Projektenhet Kronoberg");
      if (javaScript) await expectAccessible(page);
      await screenshot(page, `import-added-mandate${javaScript ? "" : "-nojs"}`);

      await page.getByRole("button", { name: "Spara mötet" }).click();
      await page.waitForURL(/\/meetings\/\d+$/);
      if (javaScript) await visit(page, page.url(), "import-saved-with-added");
      const text = (await page.locator("main").textContent()) ?? "";
      expect(text).toContain("Seminarium om kompetensförsörjning");
      expect(text).toContain("planera seminariet och bjuda in kommunerna");
      expect(text.indexOf("Förstudie om kompetensförsörjning i vård och omsorg")).toBeLessThan(text.indexOf("Seminarium om kompetensförsörjning"));
      await context.close();
    });
  }
});
