import { sql, type Kysely } from "kysely";
import { beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../db/schema";
import { approveMinutes, listMinutesAwaitingApproval, returnMinutes } from "~/models/approval.server";
import { saveAttendance } from "~/models/attendance.server";
import { followUpMandate, markStance, recordDecision } from "~/models/decision.server";
import { planMeeting } from "~/models/meeting.server";
import { MinutesError } from "~/models/minutes-error";
import { holdMeeting, recordCorrection, sendMinutesForApproval } from "~/models/minutes.server";
import { recordPerCapsulamDecision } from "~/models/per-capsulam.server";
import { plainTextToRichText } from "~/utils/rich-text.server";
import { createTestDb, demoIds } from "../setup/db";

const TODAY = "2026-11-23";
let db: Kysely<Database>;
let ids: Awaited<ReturnType<typeof demoIds>>;

beforeAll(async () => {
  db = await createTestDb();
  ids = await demoIds(db);
});

async function refusal(run: () => Promise<unknown>): Promise<MinutesError> {
  try {
    await run();
  } catch (error) {
    if (error instanceof MinutesError) return error;
    throw error;
  }
  throw new Error("expected a refusal");
}

async function items(meetingId: number) {
  return db
    .selectFrom("agenda_item")
    .innerJoin("agenda_section", "agenda_section.id", "agenda_item.section_id")
    .select(["agenda_item.id", "agenda_item.title", "agenda_item.paragraph", "agenda_item.version", "agenda_item.outcome", "agenda_item.mandate_id", "agenda_section.kind"])
    .where("agenda_item.meeting_id", "=", meetingId)
    .orderBy("agenda_section.position")
    .orderBy("agenda_item.position")
    .execute();
}

async function addDecisionItem(meetingId: number, title: string) {
  const section = await db.selectFrom("agenda_section").select("id").where("meeting_id", "=", meetingId).where("kind", "=", "decision").executeTakeFirstOrThrow();
  return (await db.insertInto("agenda_item").values({ meeting_id: meetingId, section_id: section.id, position: 99, title }).returning("id").executeTakeFirstOrThrow()).id;
}

async function attend(meetingId: number) {
  await saveAttendance(db, ids.secretaryId, meetingId, [
    { userId: ids.chairId, status: "present", isChecker: false },
    { userId: ids.memberId, status: "present", isChecker: true },
    { userId: ids.secretaryId, status: "present", isChecker: false },
  ]);
}

describe("a meeting held today", () => {
  let meetingId: number;
  let nextId: number;
  let decisionItem: number;

  beforeAll(async () => {
    meetingId = await planMeeting(db, { groupId: ids.askGroupId, date: TODAY, startTime: "13:00", place: "Växjö", title: "Styrgrupp ASK 23 november 2026", createdBy: ids.secretaryId });
    nextId = await planMeeting(db, { groupId: ids.askGroupId, date: "2027-02-10", startTime: null, place: null, title: "Styrgrupp ASK 10 februari 2027", createdBy: ids.secretaryId });
    decisionItem = await addDecisionItem(meetingId, "Ansökan Handslaget 2");
  });

  it("cannot take decisions before the meeting is held", async () => {
    const error = await refusal(() => recordDecision(db, ids.secretaryId, { meetingId, itemId: decisionItem, version: 1, outcome: "approved", decision: null, mandates: [] }, TODAY));
    expect(error.code).toBe("notHeld");
    await holdMeeting(db, ids.secretaryId, meetingId);
    expect((await db.selectFrom("meeting").select("state").where("id", "=", meetingId).executeTakeFirstOrThrow()).state).toBe("held");
  });

  it("gives a decision's two mandates in one transaction: a refused second mandate leaves nothing", async () => {
    const vg = await db.selectFrom("group").select("id").where("short_name", "=", "ASK VG").executeTakeFirstOrThrow();
    const otherGroupMeeting = await planMeeting(db, { groupId: vg.id, date: "2027-01-15", startTime: null, place: null, title: "VG", createdBy: ids.staffId });
    const auditBefore = await db.selectFrom("audit_log").select((eb) => eb.fn.countAll().as("n")).executeTakeFirstOrThrow();
    const error = await refusal(() =>
      recordDecision(
        db,
        ids.secretaryId,
        {
          meetingId,
          itemId: decisionItem,
          version: 1,
          outcome: "approved",
          decision: plainTextToRichText("Styrgruppen ger Projektenhet Kronoberg två uppdrag."),
          mandates: [
            { unitId: ids.unitId, task: "ta fram ett projektdirektiv", due: { kind: "next" }, callId: null, projectId: null },
            { unitId: ids.unitId, task: "redovisa budgeten", due: { kind: "meeting", meetingId: otherGroupMeeting }, callId: null, projectId: null },
          ],
        },
        TODAY,
      ),
    );
    expect(error.code).toBe("dueMeetingOtherGroup");
    expect(error.field).toBe("mandates[1].due");
    const item = await db.selectFrom("agenda_item").selectAll().where("id", "=", decisionItem).executeTakeFirstOrThrow();
    expect(item.outcome).toBeNull();
    expect(item.version).toBe(1);
    expect(await db.selectFrom("mandate").select("id").where("given_by_item_id", "=", decisionItem).execute()).toEqual([]);
    const auditAfter = await db.selectFrom("audit_log").select((eb) => eb.fn.countAll().as("n")).executeTakeFirstOrThrow();
    expect(auditAfter.n).toBe(auditBefore.n);
  });

  it("refuses a mandate due in the past", async () => {
    const error = await refusal(() =>
      recordDecision(db, ids.secretaryId, { meetingId, itemId: decisionItem, version: 1, outcome: "approved", decision: null, mandates: [{ unitId: ids.unitId, task: "x", due: { kind: "date", date: "2026-01-01" } , callId: null, projectId: null }] }, TODAY),
    );
    expect(error.code).toBe("dueInPast");
  });

  it("gives both mandates, the first due at the group's next meeting", async () => {
    await recordDecision(
      db,
      ids.secretaryId,
      {
        meetingId,
        itemId: decisionItem,
        version: 1,
        outcome: "approved",
        decision: plainTextToRichText("Styrgruppen ger Projektenhet Kronoberg två uppdrag."),
        mandates: [
          { unitId: ids.unitId, task: "ta fram ett projektdirektiv", due: { kind: "next" }, callId: null, projectId: null },
          { unitId: ids.unitId, task: "redovisa budgeten", due: { kind: "date", date: "2027-03-06" }, callId: null, projectId: null },
        ],
      },
      TODAY,
    );
    const mandates = await db.selectFrom("mandate").selectAll().where("given_by_item_id", "=", decisionItem).orderBy("id").execute();
    expect(mandates.map((m) => [m.task, m.due_meeting_id, m.due_date])).toEqual([
      ["ta fram ett projektdirektiv", nextId, null],
      ["redovisa budgeten", null, "2027-03-06"],
    ]);
    // Saving over an older version of the item is refused.
    const stale = await refusal(() => recordDecision(db, ids.secretaryId, { meetingId, itemId: decisionItem, version: 1, outcome: "rejected", decision: null, mandates: [] }, TODAY));
    expect(stale.code).toBe("staleItem");
  });

  it("takes stances only on decision items, and a reservation only with its reason", async () => {
    const report = (await items(meetingId)).find((i) => i.kind === "report")!;
    expect((await refusal(() => markStance(db, ids.memberId, { meetingId, itemId: report.id, stance: "for", reason: null }))).code).toBe("notDecisionItem");
    expect((await refusal(() => markStance(db, ids.memberId, { meetingId, itemId: decisionItem, stance: "reservation", reason: "  " }))).code).toBe("reservationReason");
    await markStance(db, ids.memberId, { meetingId, itemId: decisionItem, stance: "reservation", reason: "Budgeten är för osäker." });
    const stance = await db.selectFrom("stance").selectAll().where("agenda_item_id", "=", decisionItem).executeTakeFirstOrThrow();
    expect([stance.stance, stance.reason]).toEqual(["reservation", "Budgeten är för osäker."]);
  });

  it("needs a checker before the minutes can be sent", async () => {
    expect((await refusal(() => sendMinutesForApproval(db, ids.secretaryId, meetingId))).code).toBe("noChecker");
  });

  it("is approved by the chair and the checker of the current version, then locked", async () => {
    await attend(meetingId);
    await sendMinutesForApproval(db, ids.secretaryId, meetingId);
    const sent = await db.selectFrom("meeting").selectAll().where("id", "=", meetingId).executeTakeFirstOrThrow();
    expect(sent.state).toBe("minutes_drafted");
    expect((await listMinutesAwaitingApproval(db, { id: ids.memberId })).map((m) => m.meetingId)).toContain(meetingId);
    await approveMinutes(db, ids.chairId, meetingId, sent.minutes_version);
    expect((await refusal(() => approveMinutes(db, ids.chairId, meetingId, sent.minutes_version))).code).toBe("alreadyApproved");

    // An edit after sending makes a new version: the old approval no longer counts.
    await markStance(db, ids.chairId, { meetingId, itemId: decisionItem, stance: "for", reason: null });
    expect((await refusal(() => approveMinutes(db, ids.memberId, meetingId, sent.minutes_version))).code).toBe("staleVersion");
    const current = (await db.selectFrom("meeting").select("minutes_version").where("id", "=", meetingId).executeTakeFirstOrThrow()).minutes_version;
    expect(current).toBe(sent.minutes_version + 1);
    await returnMinutes(db, ids.memberId, meetingId, "Rätta stavningen i § 2.");
    const approvals = await db.selectFrom("approval").select(["role", "state"]).where("meeting_id", "=", meetingId).orderBy("role").execute();
    expect(approvals).toEqual([{ role: "chair", state: "pending" }, { role: "checker", state: "returned" }]);
    await sendMinutesForApproval(db, ids.secretaryId, meetingId);
    expect((await approveMinutes(db, ids.chairId, meetingId, current)).locked).toBe(false);
    expect((await approveMinutes(db, ids.memberId, meetingId, current)).locked).toBe(true);
    const locked = await db.selectFrom("meeting").selectAll().where("id", "=", meetingId).executeTakeFirstOrThrow();
    expect(locked.state).toBe("minutes_approved");
    expect(locked.minutes_approved_at).not.toBeNull();
  });

  it("cannot be changed afterwards by any action", async () => {
    const item = (await items(meetingId)).find((i) => i.id === decisionItem)!;
    for (const run of [
      () => recordDecision(db, ids.secretaryId, { meetingId, itemId: decisionItem, version: item.version, outcome: "rejected", decision: null, mandates: [] }, TODAY),
      () => markStance(db, ids.chairId, { meetingId, itemId: decisionItem, stance: "against", reason: null }),
      () => saveAttendance(db, ids.secretaryId, meetingId, [{ userId: ids.chairId, status: "absent", isChecker: false }]),
      () => sendMinutesForApproval(db, ids.secretaryId, meetingId),
      () => approveMinutes(db, ids.chairId, meetingId, 1),
      () => holdMeeting(db, ids.secretaryId, meetingId),
    ]) {
      expect((await refusal(run)).code).toBe("locked");
    }
  });

  it("cannot be changed by a direct UPDATE or DELETE either", async () => {
    const attempts = [
      () => db.updateTable("agenda_item").set({ decision_text: "ändrat i smyg" }).where("id", "=", decisionItem).execute(),
      () => db.deleteFrom("agenda_item").where("id", "=", decisionItem).execute(),
      () => db.updateTable("attendance").set({ status: "absent" }).where("meeting_id", "=", meetingId).execute(),
      () => db.updateTable("stance").set({ reason: "annat" }).where("agenda_item_id", "=", decisionItem).execute(),
      () => db.updateTable("agenda_section").set({ title: "x" }).where("meeting_id", "=", meetingId).execute(),
      () => db.updateTable("meeting").set({ place: "Ljungby" }).where("id", "=", meetingId).execute(),
      () => db.updateTable("meeting").set({ state: "held" }).where("id", "=", meetingId).execute(),
      () => db.updateTable("approval").set({ state: "pending" }).where("meeting_id", "=", meetingId).execute(),
      () => db.updateTable("mandate").set({ task: "något annat" }).where("given_by_item_id", "=", decisionItem).execute(),
      () => db.insertInto("agenda_item").values({ meeting_id: meetingId, section_id: 1, position: 1, title: "nytt" }).execute(),
      () => db.deleteFrom("meeting").where("id", "=", meetingId).execute(),
      () => sql`UPDATE agenda_item SET title = 'x' WHERE meeting_id = ${meetingId}`.execute(db),
    ];
    for (const attempt of attempts) await expect(attempt()).rejects.toThrow(/justerat och låst/);
    const item = await db.selectFrom("agenda_item").select("decision_text").where("id", "=", decisionItem).executeTakeFirstOrThrow();
    expect(item.decision_text).toBe("Styrgruppen ger Projektenhet Kronoberg två uppdrag.");
    // The mandate's follow-up goes on after the lock.
    await db.updateTable("mandate").set({ status: "in_progress" }).where("given_by_item_id", "=", decisionItem).execute();
  });

  it("takes a correction: dated, attributed, with its reason, kept beside the original", async () => {
    const id = await recordCorrection(db, ids.secretaryId, { meetingId, itemId: decisionItem, field: "decision", after: "Styrgruppen ger Projektenhet Kronoberg tre uppdrag.", reason: "Skrivfel i protokollet." });
    const row = await db.selectFrom("correction").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
    expect(row.before_text).toBe("Styrgruppen ger Projektenhet Kronoberg två uppdrag.");
    expect(row.made_by).toBe(ids.secretaryId);
    await expect(db.updateTable("correction").set({ reason: "x" }).where("id", "=", id).execute()).rejects.toThrow();
  });
});

describe("§ numbers", () => {
  it("run on from the year's earlier minutes and restart in January", async () => {
    // September 2025 holds § 3–8; the November 2025 demo meeting goes on from § 9.
    await holdMeeting(db, ids.secretaryId, ids.novemberMeetingId);
    await attend(ids.novemberMeetingId);
    await sendMinutesForApproval(db, ids.secretaryId, ids.novemberMeetingId);
    const november = await items(ids.novemberMeetingId);
    expect(november.map((i) => i.paragraph)).toEqual(november.map((_, index) => 9 + index));

    // The 2026 meeting above numbered from § 1.
    const first2026 = await db.selectFrom("meeting").select("id").where("meeting_date", "=", TODAY).executeTakeFirstOrThrow();
    const paragraphs2026 = (await items(first2026.id)).map((i) => i.paragraph);
    expect(paragraphs2026[0]).toBe(1);

    // Sending again keeps the numbers; a new item gets the next one.
    const added = await addDecisionItem(ids.novemberMeetingId, "Sent tillkommet ärende");
    await sendMinutesForApproval(db, ids.secretaryId, ids.novemberMeetingId);
    const again = await items(ids.novemberMeetingId);
    expect(again.filter((i) => i.id !== added).map((i) => i.paragraph)).toEqual(november.map((i) => i.paragraph));
    expect(again.find((i) => i.id === added)!.paragraph).toBe(9 + november.length);
    // … and the database refuses to renumber.
    await expect(db.updateTable("agenda_item").set({ paragraph: 1 }).where("id", "=", added).execute()).rejects.toThrow(/§-nummer/);
  });
});

describe("a report-back item", () => {
  it("continues a mandate with a new one linked to the old", async () => {
    const meetingId = await db.selectFrom("meeting").select("id").where("meeting_date", "=", "2027-02-10").executeTakeFirstOrThrow();
    await holdMeeting(db, ids.secretaryId, meetingId.id);
    const report = (await items(meetingId.id)).find((i) => i.mandate_id !== null)!;
    expect(report).toBeDefined();
    const newId = await followUpMandate(
      db,
      ids.secretaryId,
      { meetingId: meetingId.id, itemId: report.id, status: "continued", note: "Arbetet fortsätter.", continuation: { unitId: ids.unitId, task: "fortsätt arbetet", due: { kind: "date", date: "2027-06-01" }, callId: null, projectId: null } },
      "2027-02-10",
    );
    const old = await db.selectFrom("mandate").select("status").where("id", "=", report.mandate_id!).executeTakeFirstOrThrow();
    expect(old.status).toBe("continued");
    const continued = await db.selectFrom("mandate").selectAll().where("id", "=", newId!).executeTakeFirstOrThrow();
    expect(continued.continues_mandate_id).toBe(report.mandate_id);
  });
});

describe("per-capsulam decisions", () => {
  it("gets an item on the next open meeting's agenda and can give mandates", async () => {
    const id = await recordPerCapsulamDecision(
      db,
      ids.secretaryId,
      { groupId: ids.askGroupId, decidedOn: "2026-11-20", title: "Medfinansiering av förstudie", decision: plainTextToRichText("Styrgruppen beviljar medfinansiering."), participants: "Per Holmberg, Anna Berg", mandates: [{ unitId: ids.unitId, task: "skriva avtal", due: { kind: "date", date: "2027-01-31" }, callId: null, projectId: null }] },
      TODAY,
    );
    const item = await db.selectFrom("agenda_item").innerJoin("meeting", "meeting.id", "agenda_item.meeting_id").select(["meeting.meeting_date", "agenda_item.title"]).where("per_capsulam_decision_id", "=", id).executeTakeFirstOrThrow();
    expect(item.meeting_date).toBe("2027-02-10");
    expect(await db.selectFrom("mandate").select("task").where("given_by_per_capsulam_id", "=", id).execute()).toEqual([{ task: "skriva avtal" }]);
    const future = await refusal(() =>
      recordPerCapsulamDecision(db, ids.secretaryId, { groupId: ids.askGroupId, decidedOn: "2026-12-01", title: "x", decision: plainTextToRichText("x"), participants: "x", mandates: [] }, TODAY),
    );
    expect(future.code).toBe("decidedInFuture");
  });
});
