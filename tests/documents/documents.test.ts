// Meeting documents through the routes, against a real migrated database and
// the real disk store: the type check, the limit, a broken upload, who may
// fetch what, the lock of approved minutes, versions, and the meeting pack.
import fs from "node:fs";
import path from "node:path";
import type { Kysely } from "kysely";
import { PDFDocument } from "pdf-lib";
import { beforeEach, describe, expect, it } from "vitest";
import type { Database } from "../../db/schema";
import { checkFileKind } from "~/documents/file-kind.server";
import { diskStoreDir, stagingDir } from "~/documents/config.server";
import { planMeeting } from "~/models/meeting.server";
import { loader as downloadLoader } from "~/routes/documents.$documentId";
import { action as itemAction, loader as itemLoader } from "~/routes/meetings.$meetingId_.items.$itemId.documents";
import { loader as packLoader } from "~/routes/meetings.$meetingId_.pack[.]pdf";
import { loader as agendaPdfLoader } from "~/routes/meetings.$meetingId_.agenda[.]pdf";
import { createTestDb, demoIds } from "../setup/db";
import { pdfText, readPdf } from "../setup/pdf";
import { getRequest, payloadOf, postRequest, routeArgs, settle, statusOf } from "../setup/requests";
import { CORRUPT_PDF, HTML, makeDocx, makeExe, makePdf } from "./fixtures";
import { readOutline } from "./outline";
import { multipartRequest, truncatedRequest, type UploadFile } from "./upload";

let db: Kysely<Database>;
let ids: Awaited<ReturnType<typeof demoIds>>;
let meetingId: number;
let itemId: number;

const TASK = "ta fram en förstudie om digitala kompetenslyft";

/** A mandate to Projektenhet Kronoberg due before a meeting planned for January 2027, so its agenda has a report-back item. */
async function planJanuary() {
  const mandate = await db
    .insertInto("mandate")
    .values({ group_id: ids.askGroupId, assignee_unit_id: ids.unitId, task: TASK, given_on: "2026-10-01", due_date: "2027-01-10", due_meeting_id: null, due_text: null, status: "given", given_by_item_id: null, given_by_per_capsulam_id: null, continues_mandate_id: null, call_id: null, project_id: null })
    .returning("id")
    .executeTakeFirstOrThrow();
  const id = await planMeeting(db, { groupId: ids.askGroupId, date: "2027-01-14", startTime: "13:00", place: "Växjö", title: "Styrgrupp ASK 14 januari 2027", createdBy: ids.secretaryId });
  const item = await db.selectFrom("agenda_item").select("id").where("meeting_id", "=", id).where("mandate_id", "=", mandate.id).executeTakeFirstOrThrow();
  return { meetingId: id, itemId: item.id, mandateId: mandate.id };
}

beforeEach(async () => {
  db = await createTestDb();
  ids = await demoIds(db);
  ({ meetingId, itemId } = await planJanuary());
  delete process.env.STYRBORD_UPLOAD_MAX_MB;
});

const params = () => ({ meetingId: String(meetingId), itemId: String(itemId) });
const itemPath = () => `/meetings/${meetingId}/items/${itemId}/documents`;

async function upload(fields: Record<string, string>, file: UploadFile | null, userId = ids.secretaryId) {
  return settle(async () => itemAction(routeArgs(await multipartRequest(itemPath(), fields, file ? { file } : {}, userId), params())));
}

async function download(documentId: number, userId: number, version?: number) {
  return settle(async () => downloadLoader(routeArgs(await getRequest(`/documents/${documentId}${version ? `?version=${version}` : ""}`, userId), { documentId: String(documentId) })));
}

async function documentRows() {
  return db.selectFrom("document").innerJoin("document_version", "document_version.document_id", "document.id").select(["document.id", "document.title", "document_version.version", "document_version.kind", "document_version.sha256"]).orderBy("document.id").orderBy("document_version.version").execute();
}

const blobCount = () => (fs.existsSync(diskStoreDir()) ? fs.readdirSync(diskStoreDir(), { recursive: true }).filter((f) => /[0-9a-f]{64}$/.test(String(f))).length : 0);
const stagedCount = () => (fs.existsSync(stagingDir()) ? fs.readdirSync(stagingDir()).length : 0);
const errorsOf = (result: unknown) => payloadOf<{ message?: string; result?: { error?: Record<string, string[]> } }>(result);

async function publish() {
  await db.updateTable("meeting").set({ state: "agenda_published", agenda_published_at: new Date().toISOString(), agenda_revision: 1 }).where("id", "=", meetingId).execute();
}

describe("the type check", () => {
  it("refuses an executable renamed to .pdf and an HTML page called .pdf, and accepts a real PDF and a Word file", async () => {
    fs.mkdirSync(diskStoreDir(), { recursive: true });
    const dir = fs.mkdtempSync(path.join(diskStoreDir(), "..", "kind-"));
    const write = (name: string, bytes: Uint8Array) => {
      const file = path.join(dir, name);
      fs.writeFileSync(file, bytes);
      return file;
    };
    expect(await checkFileKind("Projektdirektiv.pdf", write("a", makeExe()))).toEqual({ ok: false, reason: "mismatch" });
    expect(await checkFileKind("Projektdirektiv.pdf", write("b", HTML))).toEqual({ ok: false, reason: "mismatch" });
    expect(await checkFileKind("sida.html", write("c", HTML))).toEqual({ ok: false, reason: "type" });
    expect(await checkFileKind("program.exe", write("d", makeExe()))).toEqual({ ok: false, reason: "type" });
    expect(await checkFileKind("Direktiv.pdf", write("e", await makePdf(["Direktiv"])))).toMatchObject({ ok: true, kind: "pdf" });
    expect(await checkFileKind("Budget.docx", write("f", await makeDocx("Budget 2027")))).toMatchObject({ ok: true, kind: "docx" });
    expect(await checkFileKind("Budget.pdf", write("g", await makeDocx("Budget 2027")))).toEqual({ ok: false, reason: "mismatch" });
  });

  it("tells the secretary, next to the file field, that a renamed executable or an HTML page is not what its name says; nothing is stored", async () => {
    const blobsBefore = blobCount();
    for (const bytes of [makeExe(), HTML]) {
      const result = await upload({ intent: "add", title: "Projektdirektiv" }, { name: "Projektdirektiv.pdf", bytes, type: "application/pdf" });
      expect(statusOf(result)).toBe(400);
      expect(errorsOf(result).result?.error?.file).toEqual(["Filens innehåll stämmer inte med dess namn. Spara den på nytt i rätt format och försök igen."]);
    }
    const other = await upload({ intent: "add", title: "Skript" }, { name: "installera.exe", bytes: makeExe() });
    expect(errorsOf(other).result?.error?.file?.[0]).toMatch(/filtypen tas inte emot/);
    expect(await documentRows()).toEqual([]);
    expect(blobCount()).toBe(blobsBefore);
    expect(stagedCount()).toBe(0);
  });
});

describe("uploads", () => {
  it("stores a PDF and a Word file on the item, content-addressed on disk, and keeps the title when the file is too large", async () => {
    const pdf = await makePdf(["Projektdirektiv sida 1", "Projektdirektiv sida 2"]);
    const added = await upload({ intent: "add", title: "Projektdirektiv" }, { name: "Projektdirektiv.pdf", bytes: pdf });
    expect(statusOf(added)).toBe(303);
    expect((added as Response).headers.get("Location")).toMatch(/status=added#document-\d+$/);
    await upload({ intent: "add", title: "" }, { name: "Budget 2027.docx", bytes: await makeDocx("Budget") });
    const rows = await documentRows();
    expect(rows.map((r) => [r.title, r.kind])).toEqual([
      ["Projektdirektiv", "pdf"],
      ["Budget 2027", "docx"],
    ]);
    expect(fs.existsSync(path.join(diskStoreDir(), rows[0].sha256.slice(0, 2), rows[0].sha256))).toBe(true);

    process.env.STYRBORD_UPLOAD_MAX_MB = "0.001";
    const big = await upload({ intent: "add", title: "Stor bilaga" }, { name: "Stor.pdf", bytes: await makePdf(Array.from({ length: 20 }, (_, i) => `Sida ${i}`)) });
    expect(statusOf(big)).toBe(400);
    expect(errorsOf(big).result?.error?.file).toEqual(["Filen är större än 0 MB."]);
    expect((errorsOf(big).result as { initialValue?: Record<string, unknown> }).initialValue?.title).toBe("Stor bilaga");
    expect(await documentRows()).toHaveLength(2);
    expect(stagedCount()).toBe(0);
  });

  it("stores nothing from an upload cut off halfway, and says so", async () => {
    const blobsBefore = blobCount();
    const request = await multipartRequest(itemPath(), { intent: "add", title: "Avbruten" }, { file: { name: "Avbruten.pdf", bytes: await makePdf(["Avbruten, en unik sida"]) } }, ids.secretaryId);
    const result = await settle(async () => itemAction(routeArgs(await truncatedRequest(request, 0.6), params())));
    expect(statusOf(result)).toBe(400);
    expect(errorsOf(result).message).toMatch(/Uppladdningen avbröts/);
    expect(await documentRows()).toEqual([]);
    expect(blobCount()).toBe(blobsBefore);
    expect(stagedCount()).toBe(0);
  });

  it("keeps the earlier version listed when a file is replaced, and serves both", async () => {
    await upload({ intent: "add", title: "Budget" }, { name: "Budget.pdf", bytes: await makePdf(["Budget version ett"]) });
    const [{ id }] = await documentRows();
    const replaced = await upload({ intent: "replace", documentId: String(id) }, { name: "Budget rev.pdf", bytes: await makePdf(["Budget version två"]) });
    expect(statusOf(replaced)).toBe(303);
    const page = payloadOf<{ documents: Array<{ title: string; version: number; filename: string; earlier: Array<{ version: number; filename: string }> }> }>(
      await itemLoader(routeArgs(await getRequest(itemPath(), ids.secretaryId), params())),
    );
    expect(page.documents).toEqual([expect.objectContaining({ title: "Budget", version: 2, filename: "Budget rev.pdf", earlier: [expect.objectContaining({ version: 1, filename: "Budget.pdf" })] })]);
    expect(await pdfText(Buffer.from(await ((await download(id, ids.secretaryId)) as Response).arrayBuffer()))).toContain("Budget version två");
    expect(await pdfText(Buffer.from(await ((await download(id, ids.secretaryId, 1)) as Response).arrayBuffer()))).toContain("Budget version ett");
  });

  it("reorders documents one step at a time against the order the secretary saw", async () => {
    await upload({ intent: "add", title: "Först" }, { name: "a.pdf", bytes: await makePdf(["A"]) });
    await upload({ intent: "add", title: "Sedan" }, { name: "b.pdf", bytes: await makePdf(["B"]) });
    const [a, b] = await documentRows();
    const move = async (documentId: number, order: number[]) =>
      settle(async () => itemAction(routeArgs(await postRequest(itemPath(), { intent: "move", documentId: String(documentId), direction: "up", order: order.join(",") }, ids.secretaryId), params())));
    expect(statusOf(await move(b.id, [a.id, b.id]))).toBe(303);
    expect(statusOf(await move(b.id, [a.id, b.id]))).toBe(409);
    const titles = await db.selectFrom("document").select("title").orderBy("position").execute();
    expect(titles.map((t) => t.title)).toEqual(["Sedan", "Först"]);
  });
});

describe("who may read and change documents", () => {
  it("gives a member 404 for a draft item's document and its page, and the document once the agenda is published", async () => {
    await upload({ intent: "add", title: "Projektdirektiv" }, { name: "Projektdirektiv.pdf", bytes: await makePdf(["Direktiv"]) });
    await upload({ intent: "add", title: "Budget" }, { name: "Budget.docx", bytes: await makeDocx("Budget") });
    const [pdf, docx] = await documentRows();
    expect(statusOf(await download(pdf.id, ids.memberId))).toBe(404);
    expect(statusOf(await settle(async () => itemLoader(routeArgs(await getRequest(itemPath(), ids.memberId), params()))))).toBe(404);
    expect(statusOf(await settle(async () => packLoader(routeArgs(await getRequest(`/meetings/${meetingId}/pack.pdf`, ids.memberId), { meetingId: String(meetingId) }))))).toBe(404);
    await publish();
    const got = (await download(pdf.id, ids.memberId)) as Response;
    expect(got.status).toBe(200);
    expect(got.headers.get("Content-Type")).toBe("application/pdf");
    expect(got.headers.get("Content-Disposition")).toMatch(/^inline; filename="Projektdirektiv.pdf"/);
    expect(got.headers.get("X-Content-Type-Options")).toBe("nosniff");
    const word = (await download(docx.id, ids.memberId)) as Response;
    expect(word.headers.get("Content-Type")).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    expect(word.headers.get("Content-Disposition")).toMatch(/^attachment; filename="Budget.docx"/);
    // A member reads but does not add.
    expect(statusOf(await upload({ intent: "add", title: "X" }, { name: "x.pdf", bytes: await makePdf(["X"]) }, ids.memberId))).toBe(403);
  });

  it("lets the reporting unit's staff add papers to their report-back item once they can see it", async () => {
    await publish();
    const result = await upload({ intent: "add", title: "Lägesrapport" }, { name: "Lägesrapport.pdf", bytes: await makePdf(["Läget"]) }, ids.staffId);
    expect(statusOf(result)).toBe(303);
  });

  it("locks the documents of approved minutes, in the database too", async () => {
    await upload({ intent: "add", title: "Projektdirektiv" }, { name: "Projektdirektiv.pdf", bytes: await makePdf(["Direktiv"]) });
    const [doc] = await documentRows();
    await db.updateTable("meeting").set({ state: "minutes_approved", minutes_approved_at: new Date().toISOString() }).where("id", "=", meetingId).execute();
    await db.insertInto("approval").values({ meeting_id: meetingId, user_id: ids.chairId, role: "chair", state: "approved", minutes_version: 1, decided_at: new Date().toISOString(), comment: null }).execute();
    const refused = await upload({ intent: "add", title: "Sent" }, { name: "sent.pdf", bytes: await makePdf(["Sent"]) });
    expect(statusOf(refused)).toBe(409);
    expect(errorsOf(refused).message).toMatch(/låsta/);
    await expect(db.deleteFrom("document").where("id", "=", doc.id).execute()).rejects.toThrow(/justerat och låst/);
    await expect(db.updateTable("document").set({ title: "Ändrad" }).where("id", "=", doc.id).execute()).rejects.toThrow(/justerat och låst/);
    await expect(
      db.insertInto("document_version").values({ document_id: doc.id, version: 2, filename: "x.pdf", content_type: "application/pdf", kind: "pdf", size: 1, sha256: doc.sha256, uploaded_by: null }).execute(),
    ).rejects.toThrow(/justerat och låst/);
  });
});

describe("the meeting pack", () => {
  it("holds the agenda, the attached PDF's pages, a bookmark per item and page numbers; a corrupt PDF and a Word file are listed, not included", async () => {
    await upload({ intent: "add", title: "Projektdirektiv" }, { name: "Projektdirektiv.pdf", bytes: await makePdf(["Direktivets första sida", "Direktivets andra sida"]) });
    await upload({ intent: "add", title: "Trasig bilaga" }, { name: "Trasig.pdf", bytes: CORRUPT_PDF });
    await upload({ intent: "add", title: "Budget" }, { name: "Budget.docx", bytes: await makeDocx("Budget") });
    expect((await documentRows()).map((r) => r.title)).toEqual(["Projektdirektiv", "Trasig bilaga", "Budget"]);
    await publish();
    const response = (await packLoader(routeArgs(await getRequest(`/meetings/${meetingId}/pack.pdf`, ids.memberId), { meetingId: String(meetingId) }))) as Response;
    expect(response.headers.get("Content-Type")).toBe("application/pdf");
    const bytes = new Uint8Array(await response.arrayBuffer());
    const pdf = await readPdf(bytes);
    const text = pdf.text.replace(/\s+/g, " ");
    expect(text).toContain("Dagordning");
    expect(text).toContain(`Återrapportering: ${TASK[0].toUpperCase()}${TASK.slice(1)}`.slice(0, 30));
    expect(text).toContain("Direktivets första sida");
    expect(text).toContain("Direktivets andra sida");
    expect(text).toContain("Trasig bilaga (Trasig.pdf): kunde inte läsas och ingår inte");
    expect(text).toContain("Budget (Budget.docx): bifogas separat");
    expect(text).toContain(`Sida ${pdf.pageCount} av ${pdf.pageCount}`);
    const items = await db.selectFrom("agenda_item").select("id").where("meeting_id", "=", meetingId).execute();
    const outline = await readOutline(bytes);
    expect(outline[0].title).toBe("Dagordning");
    expect(outline.length).toBe(items.length + 1);
    const report = outline.find((o) => o.title.includes("förstudie"))!;
    expect(report.children.map((c) => c.title)).toEqual(["Projektdirektiv"]);
    const loaded = await PDFDocument.load(bytes);
    expect(report.children[0].pageIndex).toBeGreaterThan(0);
    expect(loaded.getPageCount()).toBe(pdf.pageCount);
    // The agenda PDF lists the item's documents.
    const agenda = (await agendaPdfLoader(routeArgs(await getRequest(`/meetings/${meetingId}/agenda.pdf`, ids.memberId), { meetingId: String(meetingId) }))) as Response;
    const agendaText = await pdfText(Buffer.from(await agenda.arrayBuffer()));
    expect(agendaText).toContain("Handlingar");
    expect(agendaText).toContain("Projektdirektiv (Projektdirektiv.pdf)");
    expect(agendaText).toContain("Budget (Budget.docx)");
  });
});
