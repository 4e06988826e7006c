import ICAL from "ical.js";
import type { Kysely } from "kysely";
import { beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../db/schema";
import { hashPassword } from "~/models/user.server";
import { loader as dashboardLoader } from "~/routes/_index";
import { loader as feedLoader } from "~/routes/calendar.$token[.]ics";
import { action as editCallAction } from "~/routes/calls.$callId.edit";
import { action as newCallAction } from "~/routes/calls.new";
import { loader as deadlinesLoader } from "~/routes/deadlines";
import { action as mandateAction, loader as mandateLoader } from "~/routes/mandates.$mandateId";
import { loader as registerLoader } from "~/routes/mandates._index";
import { loader as csvLoader } from "~/routes/mandates[.]csv";
import { action as profileAction, loader as profileLoader } from "~/routes/profile";
import { action as newProjectAction } from "~/routes/projects.new";
import { action as editProjectAction } from "~/routes/projects.$projectId_.edit";
import { createTestDb, demoIds } from "../setup/db";
import { cookieFor, getRequest, payloadOf, postRequest, routeArgs, settle, statusOf } from "../setup/requests";

let db: Kysely<Database>;
let ids: Awaited<ReturnType<typeof demoIds>>;
let september: { handslaget: number; longTerm: number };
let forhandslagetId: number;
let otherStaffId: number;

type Reply = { error?: Record<string, string[] | null>; initialValue?: Record<string, unknown> };

beforeAll(async () => {
  db = await createTestDb();
  ids = await demoIds(db);
  const rows = await db.selectFrom("mandate").select(["id", "task", "given_on"]).orderBy("id").execute();
  september = {
    handslaget: rows.find((r) => r.given_on === "2025-09-03" && r.task.includes("Handslaget 2"))!.id,
    longTerm: rows.find((r) => r.given_on === "2025-09-03" && r.task.includes("långtidsarbetslösa"))!.id,
  };
  forhandslagetId = rows.find((r) => r.task.includes("Förhandslaget"))!.id;
  // Staff of another unit, to be refused.
  const unit = await db.insertInto("unit").values({ name: "Arbetsmarknadsenheten Växjö", short_name: null, organisation: null }).returning("id").executeTakeFirstOrThrow();
  const other = await db
    .insertInto("user")
    .values({ email: "annan@vaxjo.example", name: "Olle Annan", title: null, password_hash: await hashPassword("x"), unit_id: unit.id })
    .returning("id")
    .executeTakeFirstOrThrow();
  otherStaffId = other.id;
});

const register = async (query: string, userId = ids.staffId) => registerLoader(routeArgs(await getRequest(`/mandates${query}`, userId)));
const story = async (id: number, userId = ids.staffId) => mandateLoader(routeArgs(await getRequest(`/mandates/${id}`, userId), { mandateId: String(id) }));
const postMandate = async (id: number, form: Record<string, string>, userId = ids.staffId) =>
  settle(async () => mandateAction(routeArgs(await postRequest(`/mandates/${id}`, form, userId), { mandateId: String(id) })));
const dashboard = async (userId: number) => dashboardLoader(routeArgs(await getRequest("/", userId)));

describe("the mandate register on 2026-11-23", () => {
  it("shows both 3 September mandates as overdue: nothing was reported and 13 November has passed", async () => {
    const result = await register("?due=overdue");
    expect(result.rows.map((r) => r.id).sort()).toEqual([september.handslaget, september.longTerm].sort());
    expect(result.rows.every((r) => r.dueState === "overdue" && r.dueMeetingDate === "2025-11-13")).toBe(true);
  });

  it("puts overdue mandates first by default, and filters by group, unit and status", async () => {
    const all = await register("");
    expect(all.rows.slice(0, 2).every((r) => r.dueState === "overdue")).toBe(true);
    const byUnit = await register(`?unit=${ids.unitId}&group=${ids.askGroupId}&status=continued`);
    expect(byUnit.rows).toHaveLength(1);
    expect(byUnit.rows[0].status).toBe("continued");
    expect(byUnit.ignored).toEqual([]);
  });

  it("sorts by task A to Ö, upper and lower case alike", async () => {
    const result = await register("?sort=task&dir=asc");
    const tasks = result.rows.map((r) => r.task);
    expect(tasks.length).toBeGreaterThan(1);
    expect(tasks).toEqual([...tasks].sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : a.toLowerCase() > b.toLowerCase() ? 1 : 0)));
  });

  it("ignores nonsense filter values with a notice instead of failing", async () => {
    const result = await settle(() => register("?status=kanske&group=abc&unit=99999&due=igår&sort=%27;drop&page=-2&dir=upp"));
    expect(statusOf(result)).toBe(200);
    const data = payloadOf<Awaited<ReturnType<typeof register>>>(result);
    expect(data.ignored.map((i) => i.param).sort()).toEqual(["dir", "due", "group", "page", "sort", "status", "unit"]);
    expect(data.total).toBe(4);
  });

  it("pages: a page past the end shows the last page", async () => {
    const result = await register("?page=40");
    expect(result.page).toBe(1);
    expect(result.pageCount).toBe(1);
  });

  it("shows members the group's mandates and hides them from staff of another unit", async () => {
    expect((await register("", ids.memberId)).total).toBe(4);
    expect((await register("", otherStaffId)).total).toBe(0);
  });
});

describe("the CSV export", () => {
  it("opens in Swedish Excel: BOM, semicolons, CRLF, ISO dates and the current filter", async () => {
    const response = (await csvLoader(routeArgs(await getRequest("/mandates.csv?due=overdue", ids.staffId)))) as Response;
    expect(response.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("Content-Disposition")).toContain("uppdrag-2026-11-23.csv");
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
    const rows = parseCsv(text.slice(1));
    expect(rows[0]).toEqual(["Uppdrag", "Grupp", "Uppdragstagare", "Givet", "Återrapportering", "Återrapportering enligt beslut", "Status", "Läge", "Länk"]);
    expect(rows).toHaveLength(3);
    for (const row of rows.slice(1)) {
      expect(row[1]).toBe("ASK");
      expect(row[2]).toBe("Projektenhet Kronoberg");
      expect(row[3]).toBe("2025-09-03");
      expect(row[4]).toBe("2025-11-13");
      expect(row[5]).toBe("till mötet den 13 november 2025");
      expect(row[7]).toBe("Försenat");
      expect(row[8]).toMatch(/^http:\/\/localhost\/mandates\/\d+$/);
    }
    expect(rows.map((r) => r[0])).toContain("Ta fram ett projektdirektiv inför kommande ansökan ”Handslaget 2”");
    expect(text).toContain("\r\n");
  });
});

describe("a mandate's story", () => {
  it("links the decision that gave it, with its §, and shows what it continues", async () => {
    const data = await story(september.longTerm);
    expect(data.givenBy?.paragraph).toBe(4);
    expect(data.givenBy?.meeting?.id).toBe(ids.septemberMeetingId);
    expect(data.continues?.task).toContain("långtidsarbetslösa");
    expect(data.mandate.call?.code).toBe("POA2");
    // Given on 3 September; on the 13 November draft agenda (carried over); due there.
    expect(data.events.map((e) => `${e.date} ${e.kind}`)).toEqual(["2025-09-03 given", "2025-11-13 agenda", "2025-11-13 due"]);
    expect(data.events[1].meeting).toBeNull(); // a draft agenda: staff see the entry, not a link
    expect(data.canFollowUp).toBe(true);
  });

  it("tells the April mandate's whole trail: given, workshop note, continued on 3 September", async () => {
    const april = (await db.selectFrom("mandate").select("id").where("status", "=", "continued").executeTakeFirstOrThrow()).id;
    const data = await story(april);
    expect(data.events.map((e) => `${e.date} ${e.kind}`)).toEqual([
      "2025-04-29 given",
      "2025-05-25 progress",
      "2025-09-03 due",
      "2025-09-03 continued",
      "2025-09-03 continued_by",
    ]);
  });

  it("holds the För-handslaget report as a report-back at the 3 September meeting", async () => {
    const data = await story(forhandslagetId);
    const reported = data.events.find((e) => e.kind === "reported")!;
    expect(reported.meeting?.id).toBe(ids.septemberMeetingId);
    expect(reported.body).toContain("andra finansieringsmöjligheter");
    expect(data.mandate.dueState).toBe("open");
  });

  it("is a 404 for unknown ids and for staff of another unit", async () => {
    expect(statusOf(await settle(() => story(99999)))).toBe(404);
    expect(statusOf(await settle(() => story(september.handslaget, otherStaffId)))).toBe(404);
  });
});

describe("following a mandate up", () => {
  it("refuses notes from members and from staff of another unit (403)", async () => {
    expect(statusOf(await postMandate(september.handslaget, { intent: "note", body: "Hej" }, ids.memberId))).toBe(403);
    expect(statusOf(await postMandate(september.handslaget, { intent: "note", body: "Hej" }, otherStaffId))).toBe(403);
  });

  it("asks for a note or a status in Swedish, and keeps a too-long note", async () => {
    const empty = await postMandate(september.handslaget, { intent: "note", body: "  " });
    expect(statusOf(empty)).toBe(400);
    expect(payloadOf<Reply>(empty).error?.body).toEqual(["Skriv en lägesrapport eller välj en ny status."]);
    const long = "x".repeat(5001);
    const tooLong = await postMandate(september.handslaget, { intent: "note", body: long });
    expect(statusOf(tooLong)).toBe(400);
    expect(payloadOf<Reply>(tooLong).initialValue?.body).toBe(long);
    const badStatus = await postMandate(september.handslaget, { intent: "status", status: "cancelled" });
    expect(statusOf(badStatus)).toBe(400);
    expect(payloadOf<Reply>(badStatus).error?.status?.[0]).toContain("Pågår, Återrapporterat eller Klart");
    const junk = await settle(async () =>
      mandateAction(
        routeArgs(
          new Request("http://localhost/x", { method: "POST", body: "%%%", headers: { "Content-Type": "multipart/form-data; boundary=x", Cookie: await cookieFor(ids.staffId) } }),
          { mandateId: String(september.handslaget) },
        ),
      ),
    );
    expect(statusOf(junk)).toBe(400);
  });

  it("lets the assignee's staff add a note and report back; the secretary's dashboard follows", async () => {
    const before = await dashboard(ids.secretaryId);
    expect(before.secretary?.dueWithoutReport.map((m) => m.id).sort()).toEqual([september.handslaget, september.longTerm].sort());

    const note = await postMandate(september.handslaget, { intent: "note", body: "Utkast till projektdirektiv skickat till kommunerna.", status: "in_progress" });
    expect(statusOf(note)).toBe(302);
    const reported = await postMandate(september.handslaget, { intent: "status", status: "reported" });
    expect(statusOf(reported)).toBe(302);

    const data = await story(september.handslaget);
    expect(data.mandate.status).toBe("reported");
    expect(data.mandate.dueState).toBe("reported");
    const last = data.events.filter((e) => e.date === "2026-11-23");
    expect(last).toHaveLength(2);
    expect(last.some((e) => e.kind === "progress" && e.authorName === "Jonas Ek" && e.body?.includes("Utkast"))).toBe(true);
    expect(last.some((e) => e.kind === "reported")).toBe(true);

    const after = await dashboard(ids.secretaryId);
    expect(after.secretary?.dueWithoutReport.map((m) => m.id)).toEqual([september.longTerm]);
    const audit = await db.selectFrom("audit_log").select(["entity", "action"]).where("entity_id", "=", september.handslaget).where("entity", "=", "mandate").execute();
    expect(audit.map((a) => a.action)).toEqual(["status", "status"]);
  });
});

describe("dashboards", () => {
  it("show staff their unit's mandates overdue first and the dates of the next 90 days", async () => {
    const data = await dashboard(ids.staffId);
    expect(data.staff?.mandates[0].dueState).toBe("overdue");
    expect(data.staff?.overdueCount).toBeGreaterThanOrEqual(1);
    expect(Array.isArray(data.staff?.deadlines)).toBe(true);
  });

  it("show members the minutes waiting for their approval", async () => {
    expect((await dashboard(ids.memberId)).member?.awaitingApproval).toEqual([]);
    // Minutes sent for approval, with the member picked as minute checker.
    const meeting = await db
      .insertInto("meeting")
      .values({ group_id: ids.askGroupId, title: "Styrgrupp ASK 12 november", meeting_date: "2026-11-12", state: "minutes_drafted", minutes_sent_at: "2026-11-18T08:00:00.000Z", start_time: null, place: null })
      .returning("id")
      .executeTakeFirstOrThrow();
    await db.insertInto("approval").values({ meeting_id: meeting.id, user_id: ids.memberId, role: "checker", state: "pending", minutes_version: null, decided_at: null }).execute();
    const data = await dashboard(ids.memberId);
    expect(data.member?.awaitingApproval.map((a) => a.title)).toEqual(["Styrgrupp ASK 12 november 2026"]);
    await db.deleteFrom("approval").where("meeting_id", "=", meeting.id).execute();
    await db.deleteFrom("meeting").where("id", "=", meeting.id).execute();
  });
});

describe("funding calls and deadlines", () => {
  it("shows the POA1 and POA2 windows on the timeline's history, not in the next 12 months", async () => {
    const data = await deadlinesLoader(routeArgs(await getRequest("/deadlines", ids.staffId)));
    const windows = data.history.items.filter((i) => i.kind === "call_window");
    expect(windows.map((w) => [w.label, w.start, w.end])).toEqual([
      ["ESF+ POA1", "2025-10-15", "2026-03-06"],
      ["ESF+ POA2", "2025-10-15", "2026-03-06"],
    ]);
    expect(data.history.items.some((i) => i.kind === "application" && i.start === "2026-03-06")).toBe(true);
    expect(data.history.items.some((i) => i.kind === "project_end" && i.label.includes("Handslaget"))).toBe(true);
    expect(data.upcoming.items.some((i) => i.kind === "call_window")).toBe(false);
    expect(data.calls.find((c) => c.code === "POA1")?.mandates).toHaveLength(1);
  });

  it("refuses a call window that closes before it opens, keeping the input", async () => {
    const form = { fund: "ESF+", code: "POA3", title: "Utlysning POA3", opensOn: "2027-03-01", closesOn: "2027-02-01", applicationDeadline: "2027-01-01", url: "javascript:alert(1)" };
    const result = await settle(async () => newCallAction(routeArgs(await postRequest("/calls/new", form, ids.staffId))));
    expect(statusOf(result)).toBe(400);
    const reply = payloadOf<Reply>(result);
    expect(reply.error?.closesOn).toEqual(["Utlysningen kan inte stänga innan den öppnar."]);
    expect(reply.error?.applicationDeadline).toEqual(["Sista ansökningsdag kan inte vara innan utlysningen öppnar."]);
    expect(reply.error?.url?.[0]).toContain("https://");
    expect(reply.initialValue?.code).toBe("POA3");
  });

  it("creates and edits a call; members may not", async () => {
    const form = { fund: "ESF+", code: "POA3", title: "Utlysning POA3", opensOn: "2027-01-15", closesOn: "2027-04-01", applicationDeadline: "2027-04-01", url: "https://www.esf.se/" };
    expect(statusOf(await settle(async () => newCallAction(routeArgs(await postRequest("/calls/new", form, ids.memberId)))))).toBe(403);
    const created = (await settle(async () => newCallAction(routeArgs(await postRequest("/calls/new", form, ids.staffId))))) as Response;
    expect(created.status).toBe(302);
    const id = Number(created.headers.get("Location")!.split("call-")[1]);
    const edited = await settle(async () => editCallAction(routeArgs(await postRequest(`/calls/${id}/edit`, { ...form, closesOn: "2027-04-15" }, ids.secretaryId), { callId: String(id) })));
    expect(statusOf(edited)).toBe(302);
    const row = await db.selectFrom("funding_call").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
    expect(row.closes_on).toBe("2027-04-15");
    const data = await deadlinesLoader(routeArgs(await getRequest("/deadlines", ids.staffId)));
    expect(data.upcoming.items.some((i) => i.kind === "call_window" && i.label === "ESF+ POA3")).toBe(true);
  });
});

describe("projects", () => {
  const valid = {
    caseNumber: "23-063-S03",
    name: "Handslaget 2",
    status: "application",
    fund: "ESF+",
    periodStart: "2026-09-01",
    periodEnd: "2028-08-31",
    totalBudget: "10 926 779",
    grantedSupport: "5243296",
    cofinancingRate: "40",
    plannedParticipants: "650",
  };

  it("refuses malformed case numbers, co-financing outside 0–100, support above the budget and a reversed period", async () => {
    const bad = { ...valid, caseNumber: "ESF 123", cofinancingRate: "140", grantedSupport: "20000000", periodEnd: "2026-01-01" };
    const result = await settle(async () => newProjectAction(routeArgs(await postRequest("/projects/new", bad, ids.staffId))));
    expect(statusOf(result)).toBe(400);
    const reply = payloadOf<Reply>(result);
    expect(reply.error?.caseNumber).toEqual(["Diarienumret ska skrivas som 23-063-S03 eller 2019/00501."]);
    expect(reply.error?.cofinancingRate).toEqual(["Medfinansieringsgraden ska vara ett tal mellan 0 och 100 %."]);
    expect(reply.error?.grantedSupport).toEqual(["Beviljat stöd kan inte vara större än den totala projektbudgeten."]);
    expect(reply.error?.periodEnd).toEqual(["Projektperioden kan inte sluta innan den börjar."]);
    expect(reply.initialValue?.caseNumber).toBe("ESF 123");
    const negative = await settle(async () => newProjectAction(routeArgs(await postRequest("/projects/new", { ...valid, cofinancingRate: "-5" }, ids.staffId))));
    expect(payloadOf<Reply>(negative).error?.cofinancingRate).toBeTruthy();
  });

  it("creates the record with amounts in whole kronor and edits it; a link to a missing call is a field error", async () => {
    const created = (await settle(async () => newProjectAction(routeArgs(await postRequest("/projects/new", { ...valid, caseNumber: "2026/00123" }, ids.staffId))))) as Response;
    expect(created.status).toBe(302);
    const id = Number(created.headers.get("Location")!.split("/").pop());
    const row = await db.selectFrom("project").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
    expect(row.total_budget).toBe(10926779);
    expect(row.cofinancing_rate).toBe(40);
    const missing = await settle(async () => editProjectAction(routeArgs(await postRequest(`/projects/${id}/edit`, { ...valid, caseNumber: "2026/00123", callId: "9999" }, ids.staffId), { projectId: String(id) })));
    expect(statusOf(missing)).toBe(400);
    expect(payloadOf<Reply>(missing).error?.callId).toEqual(["Välj ett av alternativen."]);
    const edited = await settle(async () => editProjectAction(routeArgs(await postRequest(`/projects/${id}/edit`, { ...valid, caseNumber: "2026/00123", status: "granted" }, ids.staffId), { projectId: String(id) })));
    expect(statusOf(edited)).toBe(302);
    expect((await db.selectFrom("project").select("status").where("id", "=", id).executeTakeFirstOrThrow()).status).toBe("granted");
    expect(statusOf(await settle(async () => newProjectAction(routeArgs(await postRequest("/projects/new", valid, ids.memberId)))))).toBe(403);
    // Another project's case number is a field error, not a failed constraint.
    const taken = await settle(async () => newProjectAction(routeArgs(await postRequest("/projects/new", valid, ids.staffId))));
    expect(statusOf(taken)).toBe(400);
    expect(payloadOf<Reply>(taken).error?.caseNumber).toEqual(["Diarienumret finns redan i ett annat projekt."]);
  });
});

describe("the calendar feed", () => {
  const feed = async (token: string) => settle(async () => feedLoader(routeArgs(await getRequest(`/calendar/${token}.ics`), { token })));

  it("is a valid iCalendar with all-day events for meetings, due days and call deadlines", async () => {
    expect((await profileLoader(routeArgs(await getRequest("/profile", ids.staffId)))).feedUrl).toBeNull();
    await profileAction(routeArgs(await postRequest("/profile", { intent: "regenerate" }, ids.staffId)));
    const { feedUrl } = await profileLoader(routeArgs(await getRequest("/profile", ids.staffId)));
    const token = feedUrl!.match(/\/calendar\/([A-Za-z0-9_-]+)\.ics$/)![1];
    const response = (await feed(token)) as Response;
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("text/calendar; charset=utf-8");
    const text = await response.text();
    const calendar = new ICAL.Component(ICAL.parse(text));
    expect(calendar.getFirstPropertyValue("version")).toBe("2.0");
    const events = calendar.getAllSubcomponents("vevent").map((c) => new ICAL.Event(c));
    const byTitle = (s: string) => events.filter((e) => e.summary.includes(s));

    const meeting = byTitle("Styrgrupp ASK 3 september")[0];
    expect(meeting.startDate.isDate).toBe(true);
    expect(meeting.startDate.toString()).toBe("2025-09-03");
    expect(meeting.endDate.toString()).toBe("2025-09-04");

    const due = byTitle("Återrapportering: Ta fram ett projektdirektiv inför kommande ansökan med inriktning");
    expect(due).toHaveLength(1);
    expect(due[0].startDate.isDate).toBe(true);
    expect(due[0].startDate.toString()).toBe("2025-11-13");

    const deadlines = byTitle("Sista ansökningsdag ESF+");
    expect(deadlines.map((e) => e.summary).sort()).toEqual(["Sista ansökningsdag ESF+ POA1", "Sista ansökningsdag ESF+ POA2"]);
    expect(deadlines.every((e) => e.startDate.toString() === "2026-03-06" && e.startDate.isDate)).toBe(true);
    expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
  });

  it("answers a wrong, malformed or revoked token with 404", async () => {
    expect(statusOf(await feed("x".repeat(32)))).toBe(404);
    expect(statusOf(await feed("../../etc/passwd"))).toBe(404);
    const { feedUrl } = await profileLoader(routeArgs(await getRequest("/profile", ids.staffId)));
    const old = feedUrl!.match(/\/calendar\/([A-Za-z0-9_-]+)\.ics$/)![1];
    await profileAction(routeArgs(await postRequest("/profile", { intent: "regenerate" }, ids.staffId)));
    expect(statusOf(await feed(old))).toBe(404);
    const renewed = (await profileLoader(routeArgs(await getRequest("/profile", ids.staffId)))).feedUrl!.match(/\/calendar\/([A-Za-z0-9_-]+)\.ics$/)![1];
    expect(statusOf(await feed(renewed))).toBe(200);
    await profileAction(routeArgs(await postRequest("/profile", { intent: "revoke" }, ids.staffId)));
    expect(statusOf(await feed(renewed))).toBe(404);
  });
});

/** A small RFC 4180 reader with `;` as the separator (what Swedish Excel does). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ";") row.push(cell), (cell = "");
    else if (ch === "\r" && text[i + 1] === "\n") {
      row.push(cell), rows.push(row), (row = []), (cell = ""), i++;
    } else cell += ch;
  }
  if (cell || row.length) row.push(cell), rows.push(row);
  return rows;
}
