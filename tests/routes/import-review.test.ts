// An imported meeting no one has checked against its original (the archive command's saves) says so on its
// page until the secretary marks it checked; a web import was checked in its preview.
import fs from "node:fs";
import path from "node:path";
import type { Kysely } from "kysely";
import { beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../db/schema";
import { parseMinutes } from "~/import/parse";
import { draftFromParsed, saveImportedMeeting } from "~/models/meeting-import.server";
import { action, loader } from "~/routes/meetings.$meetingId/route";
import { loader as listLoader } from "~/routes/meetings._index";
import { createTestDb, demoIds } from "../setup/db";
import { getRequest, postRequest, routeArgs, settle, statusOf } from "../setup/requests";

const SEED = fs.readFileSync(path.resolve("tests/import/corpus/00-ask-3-september.txt"), "utf8");

let db: Kysely<Database>;
let ids: Awaited<ReturnType<typeof demoIds>>;
beforeAll(async () => {
  db = await createTestDb();
  ids = await demoIds(db);
});

/** The seed saved as the archive command or the web import saves it; `n` blank lines make each a file of its own. */
async function saveSeed(n: number, reviewed: boolean, userId: number | null) {
  const text = SEED + "\n".repeat(n);
  const draft = draftFromParsed(parseMinutes(text, { meetingDate: "2025-09-03" }));
  return saveImportedMeeting(db, {
    groupId: ids.askGroupId,
    userId,
    draft: { ...draft, date: `2019-0${n}-10`, title: `ASK arkiv ${n}` },
    original: { filename: `ask-${n}.txt`, contentType: "text/plain", bytes: Buffer.from(text), text },
    reviewed,
  });
}

const view = async (meetingId: number, userId: number) =>
  (await loader(routeArgs(await getRequest(`/meetings/${meetingId}`, userId), { meetingId: String(meetingId) }))) as {
    importedFrom: string | null;
    importReviewedAt: string | null;
  };

describe("checking an imported meeting against its original", () => {
  it("marks a meeting the archive command saved as not checked, until the secretary checks it", async () => {
    const meetingId = await saveSeed(1, false, null);
    expect(await view(meetingId, ids.secretaryId)).toMatchObject({ importedFrom: "ask-1.txt", importReviewedAt: null });

    const result = await settle(async () => action(routeArgs(await postRequest(`/meetings/${meetingId}`, { intent: "reviewImport" }, ids.secretaryId), { meetingId: String(meetingId) })));
    expect(statusOf(result)).toBe(303);
    expect((result as Response).headers.get("Location")).toBe(`/meetings/${meetingId}#import-review`);
    const checked = await view(meetingId, ids.memberId);
    expect(checked.importReviewedAt).not.toBeNull();

    const row = await db.selectFrom("imported_document").select(["reviewed_by"]).where("meeting_id", "=", meetingId).executeTakeFirstOrThrow();
    expect(row.reviewed_by).toBe(ids.secretaryId);
    const audit = await db.selectFrom("audit_log").select(["action"]).where("meeting_id", "=", meetingId).where("action", "=", "import_reviewed").execute();
    expect(audit).toHaveLength(1);

    // Sent again (the back button): the first check stands.
    await settle(async () => action(routeArgs(await postRequest(`/meetings/${meetingId}`, { intent: "reviewImport" }, ids.chairId), { meetingId: String(meetingId) })));
    expect((await view(meetingId, ids.secretaryId)).importReviewedAt).toBe(checked.importReviewedAt);
  });

  it("says in the list of meetings which imported meetings no one has checked", async () => {
    const unchecked = await saveSeed(4, false, null);
    const checked = await saveSeed(5, true, ids.secretaryId);
    const list = (await listLoader(routeArgs(await getRequest(`/meetings?year=2019`, ids.memberId)))) as {
      past: Array<{ id: number; importUnchecked: boolean }>;
    };
    const flag = (id: number) => list.past.find((m) => m.id === id)?.importUnchecked;
    expect([flag(unchecked), flag(checked), flag(ids.novemberMeetingId)]).toEqual([true, false, undefined]);
  });

  it("lets only the group's secretary check it: a member gets 403 and it stays unchecked", async () => {
    const meetingId = await saveSeed(2, false, null);
    const result = await settle(async () => action(routeArgs(await postRequest(`/meetings/${meetingId}`, { intent: "reviewImport" }, ids.memberId), { meetingId: String(meetingId) })));
    expect(statusOf(result)).toBe(403);
    expect((await view(meetingId, ids.secretaryId)).importReviewedAt).toBeNull();
  });

  it("saves a web import checked: the secretary read it in the preview", async () => {
    const meetingId = await saveSeed(3, true, ids.secretaryId);
    expect((await view(meetingId, ids.secretaryId)).importReviewedAt).not.toBeNull();
  });

  it("answers 404 for a meeting that was not imported", async () => {
    const result = await settle(async () =>
      action(routeArgs(await postRequest(`/meetings/${ids.novemberMeetingId}`, { intent: "reviewImport" }, ids.secretaryId), { meetingId: String(ids.novemberMeetingId) })),
    );
    expect(statusOf(result)).toBe(404);
  });
});
