// The decision register of a group (/groups/:groupId/decisions): every
// decision with its § number, date and outcome, filtered and paged.
import type { Kysely } from "kysely";
import { beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../db/schema";
import { listGroupDecisions } from "~/models/decision-register.server";
import { hashPassword } from "~/models/user.server";
import { loader as registerLoader } from "~/routes/groups.$groupId.decisions";
import { createTestDb, demoIds } from "../setup/db";
import { getRequest, routeArgs, settle, statusOf } from "../setup/requests";

let db: Kysely<Database>;
let ids: Awaited<ReturnType<typeof demoIds>>;
let outsiderId: number;

beforeAll(async () => {
  db = await createTestDb();
  ids = await demoIds(db);
  outsiderId = (
    await db
      .insertInto("user")
      .values({ email: "utanfor@vaxjo.example", name: "Ulla Utanför", title: null, password_hash: await hashPassword("x"), unit_id: null })
      .returning("id")
      .executeTakeFirstOrThrow()
  ).id;
});

const open = async (query = "", userId = ids.memberId, groupId = ids.askGroupId) =>
  registerLoader(routeArgs(await getRequest(`/groups/${groupId}/decisions${query}`, userId), { groupId: String(groupId) }));

describe("a group's decision register (model)", () => {
  it("lists the 3 September decisions before the 29 April ones, each with its § and outcome", async () => {
    const { rows, next } = await listGroupDecisions(db, ids.askGroupId, "member", { year: 2025, outcome: null, text: null });
    expect(next).toBeNull();
    const september = rows.filter((r) => r.meeting.date === "2025-09-03");
    const april = rows.filter((r) => r.meeting.date === "2025-04-29");
    expect(september.map((r) => r.paragraph).sort()).toEqual([3, 4, 5, 6, 7, 8]);
    expect(april.map((r) => r.paragraph).sort()).toEqual([1, 2]);
    expect(rows.indexOf(september[september.length - 1])).toBeLessThan(rows.indexOf(april[0]));
    expect(september.find((r) => r.paragraph === 3)).toMatchObject({ outcome: "approved" });
    expect(september.find((r) => r.title === "ASF Växjö")).toMatchObject({ outcome: "noted", paragraph: 8 });
  });

  it("filters by outcome, words and year", async () => {
    const approved = await listGroupDecisions(db, ids.askGroupId, "member", { year: null, outcome: "approved", text: null });
    expect(approved.rows.length).toBeGreaterThanOrEqual(4);
    expect(approved.rows.every((r) => r.outcome === "approved")).toBe(true);
    const words = await listGroupDecisions(db, ids.askGroupId, "member", { year: null, outcome: null, text: "Projektdirektiv förhandslaget" });
    expect(words.rows.map((r) => [r.meeting.date, r.paragraph])).toEqual([["2025-04-29", 2]]);
    const none = await listGroupDecisions(db, ids.askGroupId, "member", { year: 2019, outcome: null, text: null });
    expect(none.rows).toEqual([]);
  });

  it("pages by key: page after page holds every decision once, in the same order", async () => {
    const all = await listGroupDecisions(db, ids.askGroupId, "member", { year: null, outcome: null, text: null });
    const paged: number[] = [];
    let after: string | null = null;
    do {
      const page: Awaited<ReturnType<typeof listGroupDecisions>> = await listGroupDecisions(db, ids.askGroupId, "member", { year: null, outcome: null, text: null }, after, 3);
      expect(page.rows.length).toBeLessThanOrEqual(3);
      paged.push(...page.rows.map((r) => r.itemId));
      after = page.next;
    } while (after);
    expect(paged).toEqual(all.rows.map((r) => r.itemId));
  });
});

describe("/groups/:groupId/decisions", () => {
  it("shows a member the filtered register and links each decision to its § in the minutes", async () => {
    const data = await open("?year=2025&outcome=approved");
    expect(data.group.shortName).toBe("ASK");
    expect(data.filter).toEqual({ year: 2025, outcome: "approved", text: null });
    expect(data.years).toContain(2025);
    expect(data.rows.map((r) => r.meeting.date)).toEqual(["2025-09-03", "2025-09-03", "2025-04-29", "2025-04-29"]);
  });

  it("drops nonsense filter values instead of failing", async () => {
    const data = await open("?year=tjugo&outcome=kanske&after=x");
    expect(data.filter).toEqual({ year: null, outcome: null, text: null });
    expect(data.rows.length).toBeGreaterThanOrEqual(8);
  });

  it("is not there for someone outside the group, nor for a group that does not exist", async () => {
    expect(statusOf(await settle(() => open("", outsiderId)))).toBe(404);
    expect(statusOf(await settle(() => open("", ids.memberId, 99999)))).toBe(404);
  });
});
