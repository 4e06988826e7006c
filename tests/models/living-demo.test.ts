// The demo a first start makes: the seed's history, then the group's life up
// to the day of the start, so every role meets a living group on any day.
import type { Kysely } from "kysely";
import { describe, expect, it } from "vitest";
import type { Database } from "../../db/schema";
import { demoSchedule } from "../../db/seed/living";
import { getDashboard } from "~/models/dashboard.server";
import { listTimelineItems } from "~/models/deadline.server";
import { getMeetingView } from "~/models/meeting.server";
import { listMandates } from "~/models/mandate.server";
import { getSessionUser } from "~/models/user.server";
import { messagesFor } from "~/i18n";
import { createTestDb, demoIds } from "../setup/db";

const labels = messagesFor("sv").followUp.timeline;

async function livingDemo(today: string) {
  const previous = process.env.STYRBORD_TODAY;
  process.env.STYRBORD_TODAY = today;
  try {
    const db = await createTestDb({ demo: "living" });
    return { db, ids: await demoIds(db) };
  } finally {
    process.env.STYRBORD_TODAY = previous;
  }
}

async function as(db: Kysely<Database>, id: number) {
  return (await getSessionUser(db, id))!;
}

/** The 3 September 2025 meeting as a reader sees it: sections, items, texts, decisions, mandates. */
async function september(db: Kysely<Database>, meetingId: number, userId: number) {
  const view = (await getMeetingView(db, await as(db, userId), meetingId, "2026-11-23"))!;
  return view.sections.map((s) => ({
    kind: s.kind,
    items: s.items.map((i) => ({ paragraph: i.paragraph, title: i.title, background: i.backgroundHtml, decision: i.decisionHtml, outcome: i.outcome, mandates: i.mandatesGiven.map((m) => m.task) })),
  }));
}

describe("the living demo", () => {
  // The day the issues were written, and a spread of other first-start days.
  for (const today of ["2026-11-23", "2025-12-05", "2026-03-20", "2027-08-14", "2031-01-02"]) {
    it(`on ${today}: an upcoming meeting in the next weeks, its draft agenda carried over, at most two overdue mandates`, async () => {
      const { db, ids } = await livingDemo(today);
      const secretary = await as(db, ids.secretaryId);
      const dashboard = await getDashboard(db, secretary, today, labels);
      const next = dashboard.secretary!.nextMeeting!;
      expect(next.date > today).toBe(true);
      expect(next.date <= `${Number(today.slice(0, 4)) + 1}${today.slice(4)}`).toBe(true);
      expect(next.title).toMatch(/^Styrgrupp ASK \d{1,2} \p{L}+ \d{4}$/u);

      const staff = await as(db, ids.staffId);
      const mandates = await listMandates(db, staff, today);
      const overdue = mandates.filter((m) => m.dueState === "overdue");
      expect(overdue.length).toBeGreaterThanOrEqual(1);
      expect(overdue.length).toBeLessThanOrEqual(2);
      expect(mandates.some((m) => m.dueState === "due_soon")).toBe(true);

      // Every meeting before today is held; all but the latest have approved minutes.
      const meetings = await db.selectFrom("meeting").select(["meeting_date", "state"]).orderBy("meeting_date").execute();
      const past = meetings.filter((m) => m.meeting_date < today);
      expect(past.slice(0, -1).every((m) => m.state === "minutes_approved")).toBe(true);
      expect(past[past.length - 1].state).toBe("minutes_drafted");
      expect(meetings.filter((m) => m.meeting_date > today).map((m) => m.state)).toEqual(["agenda_published"]);
    });
  }

  it("gives every role something to do on the first day", async () => {
    const today = "2026-11-23";
    const { db, ids } = await livingDemo(today);

    const secretary = (await getDashboard(db, await as(db, ids.secretaryId), today, labels)).secretary!;
    // Members see the next meeting too: its notice went out yesterday.
    expect((await getDashboard(db, await as(db, ids.memberId), today, labels)).nextMeeting?.date).toBe("2026-12-10");
    expect(secretary.nextMeeting!.date).toBe("2026-12-10");
    expect(secretary.missingBackground.map((i) => i.title)).toContain("Verksamhetsplan för 2027");
    expect(secretary.dueWithoutReport.length).toBeGreaterThanOrEqual(1);

    const member = (await getDashboard(db, await as(db, ids.memberId), today, labels)).member!;
    expect(member.awaitingApproval.map((a) => a.title)).toEqual(["Styrgrupp ASK 12 november 2026"]);
    const chair = (await getDashboard(db, await as(db, ids.chairId), today, labels)).member!;
    expect(chair.awaitingApproval).toHaveLength(1);

    const staff = (await getDashboard(db, await as(db, ids.staffId), today, labels)).staff!;
    expect(staff.overdueCount).toBe(1);
    expect(staff.mandates.map((m) => m.task)).toContain("ta fram ett projektdirektiv inför ansökan till ESF+ POA3");

    // A call window open today on the timeline.
    const items = await listTimelineItems(db, await as(db, ids.staffId), { from: today, to: "2027-11-23" }, today, labels);
    expect(JSON.stringify(items)).toContain("POA3");

    // The draft agenda of the next meeting carries the overdue mandate and the one due there, and the per-capsulam decision.
    const view = (await getMeetingView(db, await as(db, ids.secretaryId), secretary.nextMeeting!.id, today))!;
    const titles = view.sections.flatMap((s) => s.items.map((i) => i.title));
    expect(titles).toContain("Återrapportering: Sammanställa deltagarstatistiken för Handslaget Kronoberg per kommun");
    expect(titles).toContain("Återrapportering: Ta fram ett projektdirektiv inför ansökan till ESF+ POA3");
    expect(titles).toContain("Medfinansiering av förstudie om unga vuxna");
  });

  it("keeps the seed's 3 September 2025 meeting exactly, and reports both directives on 13 November 2025", async () => {
    const { db, ids } = await livingDemo("2026-11-23");
    const seedOnly = await createTestDb({ demo: "seed" });
    const seedIds = await demoIds(seedOnly);
    expect(await september(db, ids.septemberMeetingId, ids.secretaryId)).toEqual(await september(seedOnly, seedIds.septemberMeetingId, seedIds.secretaryId));

    const november = (await getMeetingView(db, await as(db, ids.memberId), ids.novemberMeetingId, "2026-11-23"))!;
    expect(november.meeting.state).toBe("minutes_approved");
    expect(november.meeting.title).toBe("Styrgrupp ASK 13 november 2025");
    const reports = november.sections.flatMap((s) => s.items).filter((i) => i.title.startsWith("Återrapportering"));
    expect(reports.map((r) => r.title)).toEqual([
      "Återrapportering: Ta fram ett projektdirektiv inför kommande ansökan ”Handslaget 2”",
      "Återrapportering: Ta fram ett projektdirektiv inför kommande ansökan med inriktning på långtidsarbetslösa",
    ]);
    const directives = await db.selectFrom("mandate").select(["task", "status"]).where("given_on", "=", "2025-09-03").orderBy("id").execute();
    expect(directives.map((d) => d.status)).toEqual(["continued", "continued"]);
  });

  it("leaves 13 November 2025 planned when started before that meeting", () => {
    expect(demoSchedule("2025-11-01")).toBeNull();
    expect(demoSchedule("2025-11-27")).toEqual({ held: ["2025-11-13"], upcoming: "2025-12-11" });
  });
});
