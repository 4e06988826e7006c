// Search as users meet it: a decision found by another inflection of its
// words, and texts found only by those who may read them.
import type { Kysely } from "kysely";
import { beforeEach, describe, expect, it } from "vitest";
import type { Database } from "../../db/schema";
import { addAgendaItem, getAgendaMeeting, listAgendaSections, publishAgenda } from "~/models/agenda-item.server";
import { planMeeting } from "~/models/meeting.server";
import { loader } from "~/routes/search";
import { plainTextToRichText } from "~/utils/rich-text.server";
import { createTestDb, demoIds } from "../../tests/setup/db";
import { getRequest, settle } from "../../tests/setup/requests";
import { queryTerms, snippet } from "./engine";
import { stemWord } from "./stem";
import { rebuildSearchIndex } from "./index.server";

let db: Kysely<Database>;
let ids: Awaited<ReturnType<typeof demoIds>>;

beforeEach(async () => {
  db = await createTestDb();
  ids = await demoIds(db);
});

async function search(query: string, userId: number) {
  const result = await settle(async () => loader({ request: await getRequest(`/search?${query}`, userId), params: {}, context: {} }));
  if (result instanceof Response) throw new Error(`search answered ${result.status}`);
  return result.results!.hits.map((h) => ({ ...h, titleText: h.title.map((p) => p.text).join(""), marked: h.snippet.filter((p) => p.hit).map((p) => p.text) }));
}

describe("Swedish words", () => {
  it("meet their other inflections, and å ä ö stay letters", () => {
    expect(stemWord("uppdraget")).toBe(stemWord("uppdrag"));
    expect(stemWord("uppdragen")).toBe(stemWord("uppdrag"));
    expect(stemWord("besluten")).toBe(stemWord("beslutet"));
    expect(stemWord("kamratstödet")).toBe(stemWord("kamratstöd"));
    expect(stemWord("kamratstöd")).not.toBe(stemWord("kamratstod"));
    expect(queryTerms("Uppdraget UPPDRAGEN")).toEqual([stemWord("uppdrag")]);
  });

  it("mark the found words in a snippet", () => {
    const marked = snippet("Styrgruppen ger projektenheten i uppdrag att återkomma.", queryTerms("uppdragen"), 30);
    expect(marked.filter((p) => p.hit).map((p) => p.text)).toEqual(["uppdrag"]);
  });
});

describe("/search", () => {
  it("finds the 3 September decision by an inflected word, linked to its § in the minutes", async () => {
    // The decision reads "… i uppdrag att ta fram ett projektdirektiv …"; the search says "uppdragen".
    const hits = await search("q=uppdragen+projektdirektiv&kind=item", ids.memberId);
    const decision = hits.find((h) => h.href?.startsWith(`/meetings/${ids.septemberMeetingId}#item-`) && h.paragraph === 3);
    expect(decision, JSON.stringify(hits.map((h) => [h.titleText, h.href]))).toBeTruthy();
    expect(decision!.titleText).toMatch(/Handslaget 2/);
    expect(decision!.marked.map((w) => w.toLowerCase())).toContain("uppdrag");
  });

  it("shows a draft agenda's text to its secretary but not to a member, until the agenda is published", async () => {
    const meetingId = await planMeeting(db, { groupId: ids.askGroupId, date: "2026-12-10", startTime: null, place: null, title: "Styrgrupp ASK 10 december 2026", createdBy: ids.secretaryId });
    const meeting = (await getAgendaMeeting(db, meetingId))!;
    const sections = await listAgendaSections(db, meetingId);
    const added = await addAgendaItem(
      db,
      meeting,
      {
        sectionId: sections[0].id,
        title: "Förslag om kamratstödjare i Lessebo",
        presentation: null,
        presenter: null,
        background: plainTextToRichText("Ett hemligt utkast om kamratstödjarnas arvoden."),
        proposal: null,
        mandateId: null,
        callId: null,
        projectId: null,
      },
      ids.secretaryId,
    );
    expect("id" in added).toBe(true);

    expect(await search("q=arvode", ids.memberId)).toEqual([]);
    const secretaryHits = await search("q=arvode", ids.secretaryId);
    expect(secretaryHits.map((h) => h.titleText)).toEqual(["Förslag om kamratstödjare i Lessebo"]);

    // Published, the agenda is the members' too: the search follows the meeting's state.
    await publishAgenda(db, (await getAgendaMeeting(db, meetingId))!, ids.secretaryId);
    expect((await search("q=arvode", ids.memberId)).map((h) => h.titleText)).toEqual(["Förslag om kamratstödjare i Lessebo"]);
  });

  it("never shows another group's business, and filters by group, year and kind", async () => {
    const other = await db.insertInto("group").values({ name: "Styrgrupp Annan", short_name: "ANN", kind: "styrgrupp", parent_group_id: null, description: null }).returning("id").executeTakeFirstOrThrow();
    const meetingId = await planMeeting(db, { groupId: other.id, date: "2024-03-01", startTime: null, place: null, title: "Annan 2024", createdBy: null });
    await db.updateTable("meeting").set({ state: "held" }).where("id", "=", meetingId).execute();
    const section = (await listAgendaSections(db, meetingId))[0];
    await db.insertInto("agenda_item").values({ meeting_id: meetingId, section_id: section.id, position: 1, title: "Hemliga projektdirektiv i grannlänet" }).execute();

    expect((await search("q=projektdirektiven", ids.memberId)).some((h) => h.groupShortName === "ANN")).toBe(false);
    expect((await search("q=projektdirektiven", ids.adminId)).some((h) => h.groupShortName === "ANN")).toBe(true);
    const only2024 = await search(`q=projektdirektiven&year=2024`, ids.adminId);
    expect(only2024.map((h) => h.groupShortName)).toEqual(["ANN"]);
    const mandates = await search("q=projektdirektiv&kind=mandate", ids.memberId);
    expect(mandates.length).toBeGreaterThan(0);
    expect(mandates.every((h) => h.kind === "mandate" && h.href?.startsWith("/mandates/"))).toBe(true);
  });

  it("is the same after a rebuild", async () => {
    const before = await search("q=uppdraget", ids.memberId);
    await rebuildSearchIndex(db);
    expect(await search("q=uppdraget", ids.memberId)).toEqual(before);
  });
});
