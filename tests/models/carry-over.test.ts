// The carry-over rule: what a newly planned meeting's draft agenda starts with.
import type { Kysely } from "kysely";
import { beforeEach, describe, expect, it } from "vitest";
import type { Database, MandateStatus, Outcome, SectionKind } from "../../db/schema";
import { planMeeting } from "~/models/meeting.server";
import { createTestDb, demoIds } from "../setup/db";

let db: Kysely<Database>;
let groupId: number;
let unitId: number;

beforeEach(async () => {
  db = await createTestDb({ demo: false });
  unitId = (await db.insertInto("unit").values({ name: "Projektenheten", short_name: null, organisation: null }).returning("id").executeTakeFirstOrThrow()).id;
  groupId = (
    await db
      .insertInto("group")
      .values({ name: "Styrgrupp Test", short_name: "ST", kind: "styrgrupp", parent_group_id: null, description: null })
      .returning("id")
      .executeTakeFirstOrThrow()
  ).id;
});

async function heldMeeting(date: string): Promise<number> {
  return (
    await db
      .insertInto("meeting")
      .values({ group_id: groupId, title: `Möte ${date}`, meeting_date: date, start_time: null, place: null, state: "minutes_approved" })
      .returning("id")
      .executeTakeFirstOrThrow()
  ).id;
}

async function itemAt(meetingId: number, kind: SectionKind, title: string, outcome: Outcome | null, extra: { mandateId?: number } = {}) {
  const section =
    (await db.selectFrom("agenda_section").select("id").where("meeting_id", "=", meetingId).where("kind", "=", kind).executeTakeFirst()) ??
    (await db.insertInto("agenda_section").values({ meeting_id: meetingId, kind, title: null, position: 1 }).returning("id").executeTakeFirstOrThrow());
  return (
    await db
      .insertInto("agenda_item")
      .values({ meeting_id: meetingId, section_id: section.id, position: 1, title, outcome, background_text: `Bakgrund till ${title}`, mandate_id: extra.mandateId ?? null })
      .returning("id")
      .executeTakeFirstOrThrow()
  ).id;
}

async function mandate(task: string, due: { date?: string; meetingId?: number }, status: MandateStatus = "given") {
  return (
    await db
      .insertInto("mandate")
      .values({
        group_id: groupId,
        assignee_unit_id: unitId,
        task,
        given_on: "2025-01-15",
        due_date: due.date ?? null,
        due_meeting_id: due.meetingId ?? null,
        due_text: null,
        status,
      })
      .returning("id")
      .executeTakeFirstOrThrow()
  ).id;
}

async function plan(date: string) {
  const id = await planMeeting(db, { groupId, date, startTime: "13:00", place: "Växjö", title: `Möte ${date}`, createdBy: null });
  const items = await db
    .selectFrom("agenda_item")
    .innerJoin("agenda_section", "agenda_section.id", "agenda_item.section_id")
    .select(["agenda_item.title", "agenda_item.mandate_id", "agenda_item.per_capsulam_decision_id", "agenda_item.carried_from_item_id", "agenda_item.background_text", "agenda_section.kind"])
    .where("agenda_item.meeting_id", "=", id)
    .orderBy("agenda_section.position")
    .orderBy("agenda_item.position")
    .execute();
  return { id, items, followed: items.filter((i) => i.mandate_id !== null).map((i) => i.mandate_id) };
}

describe("a newly planned meeting's draft agenda", () => {
  it("has the four built-in sections in the order of the minutes", async () => {
    const { id } = await plan("2026-02-12");
    const sections = await db.selectFrom("agenda_section").select("kind").where("meeting_id", "=", id).orderBy("position").execute();
    expect(sections.map((s) => s.kind)).toEqual(["decision", "report", "per_capsulam", "other"]);
  });

  it("follows up a mandate due on a date at or before the meeting, in Rapporter, linked to the mandate", async () => {
    const dueBefore = await mandate("ta fram en lägesbild", { date: "2026-02-01" });
    const dueThatDay = await mandate("ta fram en budget", { date: "2026-02-12" });
    const dueLater = await mandate("utvärdera projektet", { date: "2026-02-13" });
    const { items, followed } = await plan("2026-02-12");
    expect(followed).toEqual([dueBefore, dueThatDay]);
    expect(followed).not.toContain(dueLater);
    const report = items.find((i) => i.mandate_id === dueBefore)!;
    expect(report.kind).toBe("report");
    expect(report.title).toBe("Återrapportering: Ta fram en lägesbild");
    expect(report.background_text).toContain("senast 1 februari 2026");
  });

  it("follows up a mandate due at a named meeting on or before this one", async () => {
    const earlier = await heldMeeting("2025-11-13");
    const dueThere = await mandate("återkomma med ett projektdirektiv", { meetingId: earlier });
    const { followed, items } = await plan("2026-02-12");
    expect(followed).toEqual([dueThere]);
    expect(items.find((i) => i.mandate_id === dueThere)!.background_text).toContain("till mötet den 13 november 2025");
  });

  it("does not follow up a mandate due at a later meeting", async () => {
    const later = await heldMeeting("2026-04-20");
    await mandate("återkomma i april", { meetingId: later });
    const { followed } = await plan("2026-02-12");
    expect(followed).toEqual([]);
  });

  it("still follows up a mandate that was due two meetings back and never reported (overdue)", async () => {
    const twoBack = await heldMeeting("2025-09-03");
    await heldMeeting("2025-11-13");
    const overdue = await mandate("ta fram projektdirektiv", { meetingId: twoBack }, "in_progress");
    const { followed } = await plan("2026-02-12");
    expect(followed).toEqual([overdue]);
  });

  it("leaves out mandates that are done, cancelled, continued or already reported back", async () => {
    const due = await heldMeeting("2025-11-13");
    for (const status of ["done", "cancelled", "continued", "reported"] as const) await mandate(`uppdrag som är ${status}`, { meetingId: due }, status);
    const open = await mandate("uppdrag som pågår", { meetingId: due }, "in_progress");
    const { followed } = await plan("2026-02-12");
    expect(followed).toEqual([open]);
  });

  it("leaves out a mandate answered by a report at its due meeting, but keeps one reported only before it was due", async () => {
    const due = await heldMeeting("2025-11-13");
    const answered = await mandate("rapporterat i tid", { meetingId: due }, "in_progress");
    const early = await mandate("rapporterat för tidigt", { meetingId: due }, "in_progress");
    await db
      .insertInto("mandate_entry")
      .values([
        { mandate_id: answered, entry_date: "2025-11-13", kind: "reported", meeting_id: due, agenda_item_id: null, body: "Arbetet pågår.", status_after: "in_progress", author_id: null },
        { mandate_id: early, entry_date: "2025-10-01", kind: "reported", meeting_id: null, agenda_item_id: null, body: "Första rapport.", status_after: "in_progress", author_id: null },
      ])
      .execute();
    const { followed } = await plan("2026-02-12");
    expect(followed).toEqual([early]);
  });

  it("carries the items deferred (bordlagda) at the previous meeting, with their background, and only those", async () => {
    const twoBack = await heldMeeting("2025-09-03");
    await itemAt(twoBack, "decision", "Bordlagt för länge sedan", "deferred");
    const previous = await heldMeeting("2025-11-13");
    const deferred = await itemAt(previous, "decision", "Medfinansiering av Handslaget 2", "deferred");
    await itemAt(previous, "decision", "Beslutat ärende", "approved");
    const { items } = await plan("2026-02-12");
    const carried = items.filter((i) => i.carried_from_item_id !== null);
    expect(carried.map((i) => [i.title, i.kind, i.carried_from_item_id, i.background_text])).toEqual([
      ["Medfinansiering av Handslaget 2", "decision", deferred, "Bakgrund till Medfinansiering av Handslaget 2"],
    ]);
  });

  it("does not add a second report-back item when a deferred item already follows up the mandate", async () => {
    const previous = await heldMeeting("2025-11-13");
    const due = await mandate("återkomma med lägesbild", { meetingId: previous }, "in_progress");
    await itemAt(previous, "report", "Återrapportering: lägesbild", "deferred", { mandateId: due });
    const { items } = await plan("2026-02-12");
    expect(items.filter((i) => i.mandate_id === due)).toHaveLength(1);
  });

  it("lists the per-capsulam decisions taken since the previous meeting, and not older or later ones", async () => {
    await heldMeeting("2025-11-13");
    const decide = (decided_on: string, title: string) =>
      db.insertInto("per_capsulam_decision").values({ group_id: groupId, decided_on, title, decision_text: `Beslut: ${title}`, participants: null, recorded_by: null }).execute();
    await decide("2025-11-01", "Före förra mötet");
    await decide("2025-12-10", "Yttrande över regional strategi");
    await decide("2026-01-20", "Medfinansiering av förstudie");
    await decide("2026-03-01", "Efter mötet");
    const { items } = await plan("2026-02-12");
    const perCapsulam = items.filter((i) => i.per_capsulam_decision_id !== null);
    expect(perCapsulam.map((i) => [i.kind, i.title])).toEqual([
      ["per_capsulam", "Yttrande över regional strategi"],
      ["per_capsulam", "Medfinansiering av förstudie"],
    ]);
  });

  it("starts with the group's standing items in their sections", async () => {
    await db
      .insertInto("standing_item")
      .values([
        { group_id: groupId, section_kind: "report", title: "Rapport från pågående projekt", presentation: "Muntlig rapport", position: 1 },
        { group_id: groupId, section_kind: "other", title: "Övriga frågor", presentation: null, position: 2 },
      ])
      .execute();
    const { items } = await plan("2026-02-12");
    expect(items.map((i) => [i.kind, i.title])).toEqual([
      ["report", "Rapport från pågående projekt"],
      ["other", "Övriga frågor"],
    ]);
  });
});

describe("the ASK demo", () => {
  it("planning the meeting after 13 November 2025 follows up both 3 September mandates, still overdue", async () => {
    db = await createTestDb();
    const ids = await demoIds(db);
    const id = await planMeeting(db, { groupId: ids.askGroupId, date: "2026-02-12", startTime: "13:00", place: "Växjö", title: "Styrgrupp ASK 12 februari", createdBy: ids.secretaryId });
    const items = await db
      .selectFrom("agenda_item")
      .innerJoin("agenda_section", "agenda_section.id", "agenda_item.section_id")
      .innerJoin("mandate", "mandate.id", "agenda_item.mandate_id")
      .select(["agenda_section.kind", "mandate.task", "mandate.given_on"])
      .where("agenda_item.meeting_id", "=", id)
      .execute();
    expect(items.map((i) => [i.kind, i.given_on, i.task]).sort()).toEqual([
      ["report", "2025-09-03", "ta fram ett projektdirektiv inför kommande ansökan med inriktning på långtidsarbetslösa"],
      ["report", "2025-09-03", "ta fram ett projektdirektiv inför kommande ansökan ”Handslaget 2”"],
    ]);
  });

  it("the planned 13 November agenda follows up exactly the two 3 September mandates (För-handslaget was answered in September)", async () => {
    db = await createTestDb();
    const ids = await demoIds(db);
    const items = await db
      .selectFrom("agenda_item")
      .innerJoin("mandate", "mandate.id", "agenda_item.mandate_id")
      .select(["mandate.given_on"])
      .where("agenda_item.meeting_id", "=", ids.novemberMeetingId)
      .execute();
    expect(items.map((i) => i.given_on)).toEqual(["2025-09-03", "2025-09-03"]);
  });
});
