import fs from "node:fs";
import path from "node:path";
import { Document, Packer, Paragraph } from "docx";
import type { Kysely } from "kysely";
import { beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../db/schema";
import { en } from "~/i18n/en";
import { action, loader } from "~/routes/meetings.import";
import { createTestDb, demoIds } from "../setup/db";
import { cookieFor, getRequest, payloadOf, postRequest, routeArgs, settle, statusOf } from "../setup/requests";

const SEED = fs.readFileSync(path.resolve("tests/import/corpus/00-ask-3-september.txt"), "utf8");
/** The seed as another file (trailing blank lines): a file the group has imported is not imported again. */
const variant = (n: number) => SEED + "\n".repeat(n);

let db: Kysely<Database>;
let ids: Awaited<ReturnType<typeof demoIds>>;
beforeAll(async () => {
  db = await createTestDb();
  ids = await demoIds(db);
});

async function upload(
  fields: Record<string, string>,
  file?: { name: string; type: string; bytes: Uint8Array<ArrayBuffer> | Buffer },
  userId = ids.secretaryId,
  locale: "sv" | "en" = "sv",
) {
  const form = new FormData();
  form.set("intent", "preview");
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  if (file) form.set("file", new File([new Uint8Array(file.bytes)], file.name, { type: file.type }));
  return new Request("http://localhost/meetings/import", { method: "POST", body: form, headers: { Cookie: await cookieFor(userId, locale) } });
}

type Preview = {
  stage: "preview";
  draft: { title: string; date: string; kind: string; items: Array<Record<string, unknown>>; mandates: Array<Record<string, unknown>> };
  original: string;
  filename: string;
};
type UploadError = { stage: "upload"; error: string };

/** The preview as the browser would post it back, with `edit` applied. */
function saveForm(preview: Preview, edit: (form: Record<string, string>) => void = () => {}) {
  const form: Record<string, string> = {
    intent: "save",
    groupId: String(ids.askGroupId),
    kind: preview.draft.kind,
    title: preview.draft.title,
    date: preview.draft.date,
    original: preview.original,
    filename: preview.filename,
  };
  preview.draft.items.forEach((item, i) => {
    for (const [k, v] of Object.entries(item)) {
      if (k === "include") {
        if (v) form[`items[${i}].include`] = "on";
      } else form[`items[${i}].${k}`] = v == null ? "" : String(v);
    }
  });
  preview.draft.mandates.forEach((mandate, i) => {
    for (const [k, v] of Object.entries(mandate)) {
      if (k === "include") {
        if (v) form[`mandates[${i}].include`] = "on";
      } else form[`mandates[${i}].${k}`] = v == null ? "" : String(v);
    }
  });
  edit(form);
  return form;
}

/** The preview posted back as the browser would, with `edit` applied (a button's intent, typed corrections). */
async function postBack(preview: Preview, edit?: (form: Record<string, string>) => void, userId = ids.secretaryId) {
  return action(routeArgs(await postRequest("/meetings/import", saveForm(preview, edit), userId)));
}

describe("importing minutes", () => {
  it("is for secretaries: a member gets 403", async () => {
    const result = await settle(async () => loader(routeArgs(await getRequest("/meetings/import", ids.memberId))));
    expect(statusOf(result)).toBe(403);
  });

  it("previews the seed minutes without saving anything", async () => {
    const before = await db.selectFrom("meeting").select(db.fn.countAll().as("n")).executeTakeFirstOrThrow();
    const result = await action(routeArgs(await upload({ groupId: String(ids.askGroupId), text: SEED })));
    expect(statusOf(result)).toBe(200);
    const preview = payloadOf<Preview>(result);
    expect(preview.stage).toBe("preview");
    expect(preview.draft.date).toBe("2025-09-03");
    expect(preview.draft.items.filter((i) => i.section === "decision")).toHaveLength(2);
    expect(preview.draft.mandates.map((m) => [m.assignee, m.dueMeetingDate])).toEqual([
      ["Projektenhet Kronoberg", "2025-11-13"],
      ["Projektenhet Kronoberg", "2025-11-13"],
    ]);
    const after = await db.selectFrom("meeting").select(db.fn.countAll().as("n")).executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
  });

  it("saves the reviewed import in one go, with corrections, mandates due at the existing 13 November meeting and the original file", async () => {
    const docx = await Packer.toBuffer(new Document({ sections: [{ children: SEED.split("\n").map((line) => new Paragraph(line)) }] }));
    const previewResult = await action(
      routeArgs(await upload({ groupId: String(ids.askGroupId), text: "" }, { name: "ASK 3 sept.docx", type: "application/octet-stream", bytes: docx })),
    );
    const preview = payloadOf<Preview>(previewResult);
    expect(preview.stage).toBe("preview");
    const result = await settle(async () =>
      action(
        routeArgs(
          await postRequest(
            "/meetings/import",
            saveForm(preview, (form) => {
              form.title = "Styrgrupp ASK 3 september (import)";
              form["mandates[1].task"] = "ta fram ett projektdirektiv om peer support för långtidsarbetslösa";
            }),
            ids.secretaryId,
          ),
        ),
      ),
    );
    expect(statusOf(result)).toBe(302);
    const meetingId = Number((result as Response).headers.get("Location")!.split("/").pop());
    const meeting = await db.selectFrom("meeting").selectAll().where("id", "=", meetingId).executeTakeFirstOrThrow();
    expect([meeting.title, meeting.meeting_date, meeting.state]).toEqual(["Styrgrupp ASK 3 september (import)", "2025-09-03", "minutes_approved"]);
    const mandates = await db
      .selectFrom("mandate")
      .innerJoin("agenda_item", "agenda_item.id", "mandate.given_by_item_id")
      .select(["mandate.task", "mandate.due_meeting_id", "mandate.due_text"])
      .where("agenda_item.meeting_id", "=", meetingId)
      .execute();
    expect(mandates.map((m) => m.task)).toEqual([
      "ta fram ett projektdirektiv inför kommande ansökan ”Handslaget 2”",
      "ta fram ett projektdirektiv om peer support för långtidsarbetslösa",
    ]);
    expect(mandates.every((m) => m.due_meeting_id === ids.novemberMeetingId && m.due_text === "till mötet den 13 november 2025")).toBe(true);
    const document = await db.selectFrom("imported_document").selectAll().where("meeting_id", "=", meetingId).executeTakeFirstOrThrow();
    expect(document.filename).toBe("ASK 3 sept.docx");
    expect(Buffer.compare(document.content, docx)).toBe(0);
    const sections = await db.selectFrom("agenda_section").select("kind").where("meeting_id", "=", meetingId).orderBy("position").execute();
    expect(sections.map((s) => s.kind)).toEqual(["decision", "report", "other"]);
  });

  it("refuses a reviewed import with a missing title, keeping what was typed", async () => {
    const preview = payloadOf<Preview>(await action(routeArgs(await upload({ groupId: String(ids.askGroupId), text: SEED }))));
    const before = await db.selectFrom("meeting").select(db.fn.countAll().as("n")).executeTakeFirstOrThrow();
    const result = await action(
      routeArgs(
        await postRequest(
          "/meetings/import",
          saveForm(preview, (form) => {
            form.title = "";
            form["mandates[0].task"] = "min rättade text";
          }),
          ids.secretaryId,
        ),
      ),
    );
    expect(statusOf(result)).toBe(400);
    const reply = payloadOf<Preview & { errors: Record<string, string> }>(result);
    expect(reply.errors.title).toBe("Skriv mötets rubrik (högst 300 tecken).");
    expect(reply.draft.mandates[0].task).toBe("min rättade text");
    const after = await db.selectFrom("meeting").select(db.fn.countAll().as("n")).executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
  });

  it("gives a clear message for empty text, other file types, a corrupt .docx, large files and text that is not minutes", async () => {
    const cases: Array<[Request, number, string]> = [
      [await upload({ groupId: String(ids.askGroupId), text: "   " }), 400, "Välj en fil eller klistra in texten."],
      [await upload({ groupId: String(ids.askGroupId) }, { name: "bild.png", type: "image/png", bytes: new Uint8Array([137, 80, 78, 71]) }), 415, "Bara Word-filer"],
      [await upload({ groupId: String(ids.askGroupId) }, { name: "trasig.docx", type: "application/octet-stream", bytes: new TextEncoder().encode("PK not really a zip") }), 400, "Word-filen går inte att läsa"],
      [await upload({ groupId: String(ids.askGroupId) }, { name: "stor.txt", type: "text/plain", bytes: new Uint8Array(5 * 1024 * 1024 + 10).fill(65) }), 413, "större än 5 MB"],
      [await upload({ groupId: String(ids.askGroupId), text: "Hej! Välkommen till vår sommarfest i parken. Ta med fika." }), 422, "ser inte ut som ett protokoll"],
    ];
    for (const [request, status, message] of cases) {
      const result = await action(routeArgs(request));
      expect(statusOf(result), message).toBe(status);
      expect(payloadOf<UploadError>(result).error).toContain(message);
    }
  });

  it("refuses an import into a group the user is not secretary of", async () => {
    const preview = payloadOf<Preview>(await action(routeArgs(await upload({ groupId: String(ids.askGroupId), text: SEED }))));
    const result = await settle(async () => action(routeArgs(await postRequest("/meetings/import", saveForm(preview), ids.memberId))));
    expect(statusOf(result)).toBe(403);
  });

  it("takes several files and previews each in turn: a PDF is skipped with its reason, the last save goes to the meeting", async () => {
    const pp = fs.readFileSync(path.resolve("tests/import/corpus/real/dev/pp-2013-06-08.txt"));
    const form = new FormData();
    form.set("intent", "preview");
    form.set("groupId", String(ids.askGroupId));
    form.set("text", "");
    form.append("file", new File([new Uint8Array(pp)], "pp-2013-06-08.txt", { type: "text/plain" }));
    form.append("file", new File([new Uint8Array(Buffer.from("%PDF-1.4 skannad"))], "skannat.pdf", { type: "application/pdf" }));
    form.append("file", new File([new Uint8Array(Buffer.from(SEED))], "ask.txt", { type: "text/plain" }));
    const request = new Request("http://localhost/meetings/import", { method: "POST", body: form, headers: { Cookie: await cookieFor(ids.secretaryId) } });
    const first = payloadOf<Preview & { queue: Array<{ filename: string; original: string }> }>(await action(routeArgs(request)));
    expect(first.filename).toBe("pp-2013-06-08.txt");
    expect(first.draft.date).toBe("2013-06-08");
    expect(first.queue.map((q) => q.filename)).toEqual(["skannat.pdf", "ask.txt"]);
    const post = async (preview: typeof first) =>
      action(
        routeArgs(
          await postRequest(
            "/meetings/import",
            { ...saveForm(preview), queueFilename: preview.queue.map((q) => q.filename), queueOriginal: preview.queue.map((q) => q.original) },
            ids.secretaryId,
          ),
        ),
      );
    const second = payloadOf<Preview & { queue: Array<{ filename: string; original: string }>; warnings: string[] }>(await post(first));
    expect(second.filename).toBe("ask.txt");
    expect(second.queue).toEqual([]);
    expect(second.warnings.join(" ")).toContain("pp-2013-06-08.txt är sparat.");
    expect(second.warnings.join(" ")).toContain("skannat.pdf: En PDF kan inte importeras");
    const last = await settle(async () => post(second));
    expect(statusOf(last)).toBe(302);
  });

  it("lets the secretary add an item and a mandate the parser missed, keeping what was typed, and saves them in place", async () => {
    const preview = payloadOf<Preview & { text: string; dates: unknown[] }>(await action(routeArgs(await upload({ groupId: String(ids.askGroupId), text: variant(1) }))));
    expect(preview.text.replace(/\r\n/g, "\n").trim()).toBe(SEED.replace(/\r\n/g, "\n").trim());
    const mandatesBefore = preview.draft.mandates.map((m) => Number(m.item));
    // "Add an item after item 1", with a correction typed in item 2 first.
    const withItem = await postBack(preview, (form) => {
      form.intent = "addItem:0";
      form["items[1].title"] = "Min rättade rubrik";
    });
    expect(statusOf(withItem)).toBe(200);
    const second = payloadOf<Preview & { focus: string; dates: unknown[]; text: string }>(withItem);
    expect(second.draft.items).toHaveLength(preview.draft.items.length + 1);
    expect(second.draft.items[1]).toMatchObject({ title: "", include: true, number: null });
    expect(second.draft.items[2].title).toBe("Min rättade rubrik");
    expect(second.focus).toBe("items[1].title");
    // The mandates still point at their own items, one further down.
    expect(second.draft.mandates.map((m) => m.item)).toEqual(mandatesBefore.map((n) => (n >= 1 ? n + 1 : n)));
    // The dates and the text are still there.
    expect(second.dates.length).toBe(preview.dates.length);
    expect(second.text).toBe(preview.text);

    // An item first, before everything the parser found, in the first item's section.
    const firstAdded = payloadOf<Preview>(await postBack(preview, (form) => (form.intent = "addItem:-1")));
    expect(firstAdded.draft.items[0]).toMatchObject({ title: "", section: preview.draft.items[0].section });
    expect(firstAdded.draft.items.slice(1).map((i) => i.title)).toEqual(preview.draft.items.map((i) => i.title));

    // An empty new item cannot be saved: the message stands by its title.
    const empty = await postBack(second);
    expect(statusOf(empty)).toBe(400);
    expect(payloadOf<{ errors: Record<string, string> }>(empty).errors["items[1].title"]).toContain("behöver en rubrik");

    const withMandate = await postBack(second, (form) => {
      form.intent = "addMandate:1";
      form["items[1].title"] = "Lokal för höstens seminarium";
      form["items[1].decision"] = "Styrgruppen beslutade att boka Växjö Konserthus.";
    });
    const third = payloadOf<Preview & { focus: string }>(withMandate);
    const added = third.draft.mandates.findIndex((m) => m.item === 1 && m.task === "");
    expect(added).toBeGreaterThanOrEqual(0);
    expect(third.focus).toBe(`mandates[${added}].task`);
    expect(third.draft.items[1].decision).toBe("Styrgruppen beslutade att boka Växjö Konserthus.");

    const saved = await settle(async () =>
      postBack(third, (form) => {
        form.date = "2025-09-10";
        form[`mandates[${added}].task`] = "Boka lokalen och skicka inbjudan";
        form[`mandates[${added}].assignee`] = "Projektenhet Kronoberg";
      }),
    );
    expect(statusOf(saved)).toBe(302);
    const meetingId = Number((saved as Response).headers.get("Location")!.split("/").pop());
    const items = await db.selectFrom("agenda_item").select(["id", "title", "position"]).where("meeting_id", "=", meetingId).orderBy("position").execute();
    expect(items.map((i) => i.title)).toContain("Lokal för höstens seminarium");
    const mandate = await db
      .selectFrom("mandate")
      .innerJoin("unit", "unit.id", "mandate.assignee_unit_id")
      .select(["mandate.task", "unit.name"])
      .where("mandate.task", "=", "Boka lokalen och skicka inbjudan")
      .executeTakeFirstOrThrow();
    expect(mandate.name).toBe("Projektenhet Kronoberg");
  });

  it("adds rows only for the group's secretary: a member gets 403", async () => {
    const preview = payloadOf<Preview>(await action(routeArgs(await upload({ groupId: String(ids.askGroupId), text: variant(2) }))));
    for (const intent of ["addItem:0", "addItem:-1", "addMandate:0", "skip"]) {
      const result = await settle(async () => postBack(preview, (form) => (form.intent = intent), ids.memberId));
      expect(statusOf(result), intent).toBe(403);
    }
  });

  it("skips a file unsaved and previews the next; skipping the last goes back to the meetings", async () => {
    const form = new FormData();
    form.set("intent", "preview");
    form.set("groupId", String(ids.askGroupId));
    form.set("text", "");
    form.append("file", new File([new Uint8Array(Buffer.from(variant(3)))], "forsta.txt", { type: "text/plain" }));
    form.append("file", new File([new Uint8Array(Buffer.from(variant(4)))], "andra.txt", { type: "text/plain" }));
    const request = new Request("http://localhost/meetings/import", { method: "POST", body: form, headers: { Cookie: await cookieFor(ids.secretaryId) } });
    const first = payloadOf<Preview & { queue: Array<{ filename: string; original: string }> }>(await action(routeArgs(request)));
    const before = await db.selectFrom("meeting").select(db.fn.countAll().as("n")).executeTakeFirstOrThrow();
    const skip = async (preview: typeof first) =>
      action(
        routeArgs(
          await postRequest(
            "/meetings/import",
            { ...saveForm(preview, (f) => (f.intent = "skip")), queueFilename: preview.queue.map((q) => q.filename), queueOriginal: preview.queue.map((q) => q.original) },
            ids.secretaryId,
          ),
        ),
      );
    const second = payloadOf<Preview & { queue: Array<{ filename: string; original: string }>; warnings: string[] }>(await skip(first));
    expect(second.filename).toBe("andra.txt");
    expect(second.warnings.join(" ")).toContain("forsta.txt är överhoppad och inte sparad.");
    const last = await settle(async () => skip(second));
    expect(statusOf(last)).toBe(302);
    expect((last as Response).headers.get("Location")).toBe("/meetings");
    const after = await db.selectFrom("meeting").select(db.fn.countAll().as("n")).executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
  });

  it("imports a file into a group once: a save sent twice saves once, and the file again names the meeting it became", async () => {
    const count = async () => Number((await db.selectFrom("meeting").select(db.fn.countAll().as("n")).executeTakeFirstOrThrow()).n);
    const file = { name: "ask-kopia.txt", type: "text/plain", bytes: Buffer.from(variant(5)) };
    const preview = payloadOf<Preview>(await action(routeArgs(await upload({ groupId: String(ids.askGroupId) }, file))));
    const saved = await settle(async () => postBack(preview));
    expect(statusOf(saved)).toBe(302);
    const meetingId = Number((saved as Response).headers.get("Location")!.split("/").pop());
    const before = await count();

    // The same preview sent again (a second tab, the back button): refused, what was typed kept.
    const again = await postBack(preview, (form) => (form.title = "Min rubrik"));
    expect(statusOf(again)).toBe(409);
    const reply = payloadOf<Preview & { errors: Record<string, string> }>(again);
    expect(reply.errors.form).toContain("ask-kopia.txt är redan importerad till gruppen, som mötet");
    expect(reply.draft.title).toBe("Min rubrik");
    expect(await count()).toBe(before);

    // The file uploaded again: refused at once, with the way to the meeting.
    const upload2 = await action(routeArgs(await upload({ groupId: String(ids.askGroupId) }, file)));
    expect(statusOf(upload2)).toBe(409);
    const refused = payloadOf<{ stage: string; error: string; earlierMeetingId: number }>(upload2);
    expect(refused.error).toMatch(/redan importerad till gruppen, som mötet ”.+” den \d+ \p{L}+ \d{4}\./u);
    expect(refused.earlierMeetingId).toBe(meetingId);

    // In a batch it is passed over, named at the top of the next file's preview.
    const form = new FormData();
    form.set("intent", "preview");
    form.set("groupId", String(ids.askGroupId));
    form.append("file", new File([new Uint8Array(file.bytes)], file.name, { type: "text/plain" }));
    form.append("file", new File([new Uint8Array(Buffer.from(variant(6)))], "ny.txt", { type: "text/plain" }));
    const batch = payloadOf<Preview & { warnings: string[] }>(
      await action(routeArgs(new Request("http://localhost/meetings/import", { method: "POST", body: form, headers: { Cookie: await cookieFor(ids.secretaryId) } }))),
    );
    expect(batch.filename).toBe("ny.txt");
    expect(batch.warnings.join(" ")).toContain("ask-kopia.txt är redan importerad");
  });

  it("asks to check item numbers that come from Word's automatic numbering", async () => {
    const { AlignmentType, LevelFormat } = await import("docx");
    const numbering = { config: [{ reference: "items", levels: [{ level: 0, format: LevelFormat.DECIMAL, text: "§ %1", alignment: AlignmentType.START }] }] };
    const docx = await Packer.toBuffer(
      new Document({
        numbering,
        sections: [
          {
            children: [
              new Paragraph("Protokoll Styrgrupp ASK 2026-01-15"),
              new Paragraph({ text: "Val av justerare", numbering: { reference: "items", level: 0 } }),
              new Paragraph("Till justerare utsågs Per Holm."),
              new Paragraph({ text: "Budget", numbering: { reference: "items", level: 0 } }),
              new Paragraph("Styrgruppen beslutar att anta budgeten."),
            ],
          },
        ],
      }),
    );
    const result = await action(routeArgs(await upload({ groupId: String(ids.askGroupId) }, { name: "numrerat.docx", type: "application/octet-stream", bytes: docx })));
    const preview = payloadOf<Preview & { warnings: string[] }>(result);
    expect(preview.draft.items.map((i) => [i.number, i.title])).toEqual([
      ["1", "Val av justerare"],
      ["2", "Budget"],
    ]);
    expect(preview.warnings.join(" ")).toContain("Ärendenumren kommer från Words automatiska numrering");
  });

  it("says what to check in the interface's language: in English, no Swedish note", async () => {
    // No meeting day, and the numbering skips item 3.
    const minutes = "Protokoll styrelsemöte\n\n1. Mötets öppnande\nOrdföranden öppnade mötet.\n2. Budget\nStyrelsen beslutade att anta budgeten.\n4. Mötets avslutande\n";
    const swedish = payloadOf<Preview & { warnings: string[] }>(await action(routeArgs(await upload({ groupId: String(ids.askGroupId), text: minutes }))));
    expect(swedish.warnings).toEqual(["Granska noga innan du sparar: Mötets datum kunde inte bestämmas. Numreringen hoppar över 3: saknas ärenden?"]);
    const english = payloadOf<Preview & { warnings: string[] }>(
      await action(routeArgs(await upload({ groupId: String(ids.askGroupId), text: minutes }, undefined, ids.secretaryId, "en"))),
    );
    expect(english.warnings).toEqual(["Check carefully before saving: The meeting's date could not be determined. The numbering skips 3: are items missing?"]);
    expect(english.warnings.join(" ")).not.toMatch(/[åäöÅÄÖ]|Mötets|Numreringen/u);

    // A batch names the file it passed over, and why, in English too.
    const form = new FormData();
    form.set("intent", "preview");
    form.set("groupId", String(ids.askGroupId));
    form.set("text", "");
    form.append("file", new File([new Uint8Array(Buffer.from("%PDF-1.4 skannad"))], "scanned.pdf", { type: "application/pdf" }));
    form.append("file", new File([new Uint8Array(Buffer.from(minutes))], "minutes.txt", { type: "text/plain" }));
    const request = new Request("http://localhost/meetings/import", { method: "POST", body: form, headers: { Cookie: await cookieFor(ids.secretaryId, "en") } });
    const batch = payloadOf<Preview & { warnings: string[] }>(await action(routeArgs(request)));
    expect(batch.filename).toBe("minutes.txt");
    expect(batch.warnings[0]).toBe(`scanned.pdf: ${en.meetingImport.errors.pdf}`);
    expect(batch.warnings.join(" ")).toContain("The numbering skips 3: are items missing?");
    expect(batch.warnings.join(" ")).not.toMatch(/[åäöÅÄÖ]/u);
  });
});
