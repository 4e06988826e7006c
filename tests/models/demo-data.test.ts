import { beforeAll, describe, expect, it } from "vitest";
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";
import { getMeetingView } from "~/models/meeting.server";
import { listMandates } from "~/models/mandate.server";
import { getSessionUser } from "~/models/user.server";
import { createTestDb, demoIds } from "../setup/db";

let db: Kysely<Database>;
let ids: Awaited<ReturnType<typeof demoIds>>;

beforeAll(async () => {
  db = await createTestDb();
  ids = await demoIds(db);
});

describe("the ASK demo data", () => {
  it("holds the 3 September minutes: two decision items, four reports and other business", async () => {
    const secretary = (await getSessionUser(db, ids.secretaryId))!;
    const view = (await getMeetingView(db, secretary, ids.septemberMeetingId, "2026-11-23"))!;
    expect(view.meeting.state).toBe("minutes_approved");
    const bySection = Object.fromEntries(view.sections.map((s) => [s.kind, s.items.map((i) => i.title)]));
    expect(bySection.decision).toHaveLength(2);
    expect(bySection.decision[0]).toContain("”Handslaget 2”");
    expect(bySection.decision[1]).toContain("långtidsarbetslösa");
    expect(bySection.report).toEqual(["Rapport från pågående projekt", "”För -handslaget”", "Per Capsulam-beslut", "ASF Växjö"]);
    expect(bySection.other).toEqual([]);
    const decisions = view.sections.find((s) => s.kind === "decision")!.items;
    expect(decisions.map((d) => d.call?.code)).toEqual(["POA1", "POA2"]);
    expect(decisions.every((d) => d.call?.opensOn === "2025-10-15" && d.call?.deadline === "2026-03-06")).toBe(true);
    expect(decisions[1].backgroundHtml).toContain("<li><p>Ökad samverkan/kommunikation kring gruppen</p></li>");
    expect(decisions[0].backgroundHtml).toContain("Ansökan ska vara inne senast den 6 mars 2026");
  });

  it("gives each 3 September decision a mandate to Projektenhet Kronoberg due at the 13 November meeting", async () => {
    const secretary = (await getSessionUser(db, ids.secretaryId))!;
    const view = (await getMeetingView(db, secretary, ids.septemberMeetingId, "2026-11-23"))!;
    const mandates = view.sections.find((s) => s.kind === "decision")!.items.flatMap((i) => i.mandatesGiven);
    expect(mandates).toHaveLength(2);
    for (const m of mandates) {
      expect(m.unitName).toBe("Projektenhet Kronoberg");
      expect(m.dueMeetingDate).toBe("2025-11-13");
      // Nothing was reported and the 13 November meeting day has passed.
      expect(m.dueState).toBe("overdue");
    }
  });

  it("continues the April long-term-unemployed mandate with the September one", async () => {
    const rows = await db.selectFrom("mandate").select(["id", "status", "continues_mandate_id", "given_on"]).orderBy("id").execute();
    const april = rows.filter((r) => r.given_on === "2025-04-29");
    expect(april).toHaveLength(2);
    const continued = april.find((r) => r.status === "continued")!;
    expect(rows.some((r) => r.continues_mandate_id === continued.id && r.given_on === "2025-09-03")).toBe(true);
  });

  it("plans 13 November with report-back items for every mandate due there", async () => {
    const secretary = (await getSessionUser(db, ids.secretaryId))!;
    const view = (await getMeetingView(db, secretary, ids.novemberMeetingId, "2026-11-23"))!;
    const reports = view.sections.find((s) => s.kind === "report")!.items;
    const followed = reports.filter((i) => i.followsUp).map((i) => i.followsUp!.task);
    expect(followed).toEqual(
      expect.arrayContaining([
        "ta fram ett projektdirektiv inför kommande ansökan ”Handslaget 2”",
        "ta fram ett projektdirektiv inför kommande ansökan med inriktning på långtidsarbetslösa",
      ]),
    );
  });

  it("keeps the draft 13 November agenda from members until it is published", async () => {
    const member = (await getSessionUser(db, ids.memberId))!;
    expect(await getMeetingView(db, member, ids.novemberMeetingId, "2026-11-23")).toBeNull();
  });

  it("lists mandates overdue first, for staff of the assignee unit too", async () => {
    const staff = (await getSessionUser(db, ids.staffId))!;
    const list = await listMandates(db, staff, "2026-11-23");
    expect(list.length).toBe(4);
    expect(list.slice(0, 2).every((m) => m.dueState === "overdue")).toBe(true);
  });

  it("holds the four seed projects with their facts", async () => {
    const projects = await db.selectFrom("project").selectAll().orderBy("id").execute();
    expect(projects.map((p) => p.name)).toEqual(["Handslaget Kronoberg", "JOIN 2.0", "Jobbspår för alla", "Kompetens i Kronoberg"]);
    const join = projects.find((p) => p.case_number === "2019/00501")!;
    expect([join.total_budget, join.granted_support, join.cofinancing_rate, join.planned_participants]).toEqual([10926779, 5243296, 50, 52]);
    const handslaget = projects.find((p) => p.case_number === "23-063-S03")!;
    expect([handslaget.period_start, handslaget.period_end, handslaget.specific_objective]).toEqual(["2024-09-02", "2026-08-31", "A1A"]);
  });
});
