// One prepared world for the security tests: the ASK demo history plus the
// visitors the authorization matrix speaks of and the things they ask for
// (a draft and a published meeting, another group's meeting, a mandate, a
// document...). Built once per file, then copied (SQLite's serialize) so that
// every request starts from the same state at the cost of a memcpy.
// SQLite-specific on purpose (the copy); the routes under test are not.
import SQLite from "better-sqlite3";
import { Kysely, SqliteDialect } from "kysely";
import { migrateToLatest } from "../../db/migrate";
import type { Database } from "../../db/schema";
import { seedDemo } from "../../db/seed/demo";
import { setDb } from "~/utils/db.server";
import { openRound } from "~/rounds";
import { plainTextToRichText } from "~/utils/rich-text.server";
import { cookieFor } from "../setup/requests";
import { DEMO_PASSWORD } from "../setup/db";

export const VISITORS = [
  "anonymous",
  "viewer",
  "member",
  "chair",
  "secretary",
  "staffOfAssignee",
  "staffOfOtherUnit",
  "otherGroupOnly",
  "deactivated",
  "admin",
] as const;
export type Visitor = (typeof VISITORS)[number];

export type Things = {
  askGroupId: number;
  otherGroupId: number;
  unitId: number;
  otherUnitId: number;
  /** ASK, agenda published (the seed's 13 November 2025, published here). */
  meetingId: number;
  itemId: number;
  sectionId: number;
  /** ASK, still a draft: only the secretary and the chair see it. */
  draftMeetingId: number;
  /** ASK, 3 September 2025: minutes approved. */
  approvedMeetingId: number;
  approvedItemId: number;
  /** The other group's published meeting. */
  otherMeetingId: number;
  otherItemId: number;
  mandateId: number;
  callId: number;
  projectId: number;
  documentId: number;
  /** ASK, an open per-capsulam round asking the chair and the member. */
  roundId: number;
  userId: number;
  calendarToken: string;
  users: Record<Exclude<Visitor, "anonymous">, number>;
};

export type World = { things: Things; cookies: Record<Visitor, string | null>; fresh: () => Kysely<Database> };

function open(buffer?: Buffer): { db: Kysely<Database>; sqlite: SQLite.Database } {
  const sqlite = buffer ? new SQLite(buffer) : new SQLite(":memory:");
  sqlite.pragma("foreign_keys = ON");
  return { db: new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) }), sqlite };
}

export async function buildWorld(): Promise<World> {
  const { db, sqlite } = open();
  await migrateToLatest(db);
  await seedDemo(db, DEMO_PASSWORD, { livingUntil: null });
  setDb(db);
  const one = async <T>(q: { executeTakeFirstOrThrow(): Promise<T> }) => q.executeTakeFirstOrThrow();
  const userId = async (email: string) => (await one(db.selectFrom("user").select("id").where("email", "=", email))).id;
  const ask = await one(db.selectFrom("group").select("id").where("short_name", "=", "ASK"));
  const unit = await one(db.selectFrom("unit").select("id").where("name", "=", "Projektenhet Kronoberg"));
  const otherUnit = await one(db.insertInto("unit").values({ name: "Annan enhet", short_name: null, organisation: null }).returning("id"));
  const otherGroup = await one(
    db.insertInto("group").values({ name: "Annan styrgrupp", short_name: "ANN", kind: "styrgrupp", parent_group_id: null, description: null }).returning("id"),
  );
  const newUser = async (email: string, unitId: number | null, group: number | null, role: Database["membership"]["role"] | null) => {
    const { id } = await one(
      db.insertInto("user").values({ email, name: email.split("@")[0], title: null, password_hash: "x", unit_id: unitId, locale: "sv", calendar_token: null, deactivated_at: null, oidc_subject: null, password_changed_at: null }).returning("id"),
    );
    if (group && role) await db.insertInto("membership").values({ group_id: group, user_id: id, role, represents: null }).execute();
    return id;
  };
  const users = {
    viewer: await newUser("viewer@sec.example", null, ask.id, "viewer"),
    member: await userId("ledamot@ask.example"),
    chair: await userId("ordforande@ask.example"),
    secretary: await userId("sekreterare@ask.example"),
    staffOfAssignee: await newUser("staff-assignee@sec.example", unit.id, ask.id, "staff"),
    staffOfOtherUnit: await newUser("staff-other@sec.example", otherUnit.id, ask.id, "staff"),
    otherGroupOnly: await newUser("other-group@sec.example", null, otherGroup.id, "member"),
    deactivated: await newUser("deactivated@sec.example", null, ask.id, "member"),
    admin: await userId("admin@ask.example"),
  };
  const meeting = await one(db.selectFrom("meeting").select("id").where("meeting_date", "=", "2025-11-13"));
  await db.updateTable("meeting").set({ state: "agenda_published", agenda_published_at: "2025-10-30T08:00:00.000Z" }).where("id", "=", meeting.id).execute();
  const approved = await one(db.selectFrom("meeting").select("id").where("meeting_date", "=", "2025-09-03"));
  const draft = await one(
    db.insertInto("meeting").values({ group_id: ask.id, title: "Styrgrupp ASK 5 februari 2026", meeting_date: "2026-02-05", state: "draft", created_by: users.secretary, start_time: "13:00", place: null }).returning("id"),
  );
  const other = await one(
    db.insertInto("meeting").values({ group_id: otherGroup.id, title: "Annan styrgrupp 4 december 2025", meeting_date: "2025-12-04", state: "agenda_published", created_by: users.otherGroupOnly, start_time: "10:00", place: null }).returning("id"),
  );
  const otherSection = await one(db.insertInto("agenda_section").values({ meeting_id: other.id, kind: "decision", title: "Beslut", position: 1 } as never).returning("id"));
  const otherItem = await one(db.insertInto("agenda_item").values({ meeting_id: other.id, section_id: otherSection.id, title: "Annan grupps ärende", position: 1 } as never).returning("id"));
  const item = await one(db.selectFrom("agenda_item").select(["id", "section_id"]).where("meeting_id", "=", meeting.id).orderBy("id").limit(1));
  const approvedItem = await one(db.selectFrom("agenda_item").select("id").where("meeting_id", "=", approved.id).orderBy("id").limit(1));
  const mandate = await one(db.selectFrom("mandate").select("id").where("assignee_unit_id", "=", unit.id).orderBy("id").limit(1));
  const call = await one(db.selectFrom("funding_call").select("id").orderBy("id").limit(1));
  const project = await one(db.selectFrom("project").select("id").orderBy("id").limit(1));
  const document = await one(
    db.insertInto("document").values({ agenda_item_id: item.id, mandate_id: null, title: "Underlag", position: 1, created_by: users.secretary } as never).returning("id"),
  );
  await db
    .insertInto("document_version")
    .values({ document_id: document.id, version: 1, filename: "underlag.pdf", content_type: "application/pdf", kind: "pdf", size: 4, sha256: "0".repeat(64), uploaded_by: users.secretary } as never)
    .execute();
  const roundId = await openRound(db, users.secretary, {
    groupId: ask.id,
    title: "Medfinansiering av förstudie",
    background: null,
    proposal: plainTextToRichText("Styrgruppen beslutar att medfinansiera förstudien."),
    mandates: [],
    askedUserIds: [users.chair, users.member],
    closesAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
  });
  const calendarToken = "sec-calendar-token-0123456789abcdef";
  await db.updateTable("user").set({ calendar_token: calendarToken }).where("id", "=", users.member).execute();

  const cookies = { anonymous: null } as Record<Visitor, string | null>;
  for (const [kind, id] of Object.entries(users)) cookies[kind as Visitor] = await cookieFor(id);
  // Deactivated after signing in: the cookie is still in the browser.
  await db.updateTable("user").set({ deactivated_at: "2025-10-01T00:00:00.000Z" }).where("id", "=", users.deactivated).execute();

  const things: Things = {
    askGroupId: ask.id,
    otherGroupId: otherGroup.id,
    unitId: unit.id,
    otherUnitId: otherUnit.id,
    meetingId: meeting.id,
    itemId: item.id,
    sectionId: item.section_id,
    draftMeetingId: draft.id,
    approvedMeetingId: approved.id,
    approvedItemId: approvedItem.id,
    otherMeetingId: other.id,
    otherItemId: otherItem.id,
    mandateId: mandate.id,
    callId: call.id,
    projectId: project.id,
    documentId: document.id,
    roundId,
    userId: users.member,
    calendarToken,
    users,
  };
  const image = sqlite.serialize();
  return {
    things,
    cookies,
    fresh: () => {
      const copy = open(image);
      setDb(copy.db);
      return copy.db;
    },
  };
}

