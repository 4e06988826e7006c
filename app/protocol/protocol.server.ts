// What the protocol form of the minutes needs beyond the meeting page's view:
// the group's settings, the § range, attendance with each person's role in the
// group, the secretary, chair and checkers, the posting (anslag), and each
// item's background, proposal and decision as rich text.
import type { Kysely } from "kysely";
import type { AttendanceStatus, Database, MinutesBackground, Role } from "../../db/schema";
import { stockholmDay } from "~/utils/dates";

export type ProtocolPerson = {
  name: string;
  role: Role | null;
  represents: string | null;
  status: AttendanceStatus;
  substituteFor: string | null;
  isChecker: boolean;
};

export type GroupProtocolSettings = { background: MinutesBackground; postsMinutes: boolean };
export type MinutesPosting = { postedOn: string; takenDownOn: string };

export async function getGroupProtocolSettings(db: Kysely<Database>, groupId: number): Promise<GroupProtocolSettings | null> {
  const row = await db.selectFrom("group").select(["minutes_background", "posts_minutes"]).where("id", "=", groupId).executeTakeFirst();
  return row ? { background: row.minutes_background, postsMinutes: row.posts_minutes === 1 } : null;
}

export async function getMinutesPosting(db: Kysely<Database>, meetingId: number): Promise<MinutesPosting | null> {
  const row = await db.selectFrom("minutes_posting").select(["posted_on", "taken_down_on"]).where("meeting_id", "=", meetingId).executeTakeFirst();
  return row ? { postedOn: row.posted_on, takenDownOn: row.taken_down_on } : null;
}

/** The secretary people write to: the group's first secretary, with the address. */
export async function getGroupSecretary(db: Kysely<Database>, groupId: number) {
  return (
    (await db
      .selectFrom("membership")
      .innerJoin("user", "user.id", "membership.user_id")
      .select(["user.name", "user.email"])
      .where("membership.group_id", "=", groupId)
      .where("membership.role", "=", "secretary")
      .orderBy("membership.id")
      .executeTakeFirst()) ?? null
  );
}

/** The order people are listed in a protocol: chair, members, then the rest. */
export const ROLE_ORDER: Array<Role | null> = ["chair", "member", "secretary", "staff", "viewer", null];

export async function getProtocolFacts(db: Kysely<Database>, meetingId: number, groupId: number) {
  const [settings, paragraphs, attendance, secretary, posting, texts, approvedAt] = await Promise.all([
    getGroupProtocolSettings(db, groupId),
    db
      .selectFrom("agenda_item")
      .select((eb) => [eb.fn.min("paragraph").as("first"), eb.fn.max("paragraph").as("last")])
      .where("meeting_id", "=", meetingId)
      .executeTakeFirst(),
    db
      .selectFrom("attendance")
      .leftJoin("membership", (join) => join.onRef("membership.user_id", "=", "attendance.user_id").on("membership.group_id", "=", groupId))
      .select(["attendance.id", "attendance.name", "attendance.represents", "attendance.status", "attendance.substitute_for", "attendance.is_checker", "membership.role"])
      .where("attendance.meeting_id", "=", meetingId)
      .orderBy("attendance.id")
      .execute(),
    getGroupSecretary(db, groupId),
    getMinutesPosting(db, meetingId),
    db.selectFrom("agenda_item").select(["id", "background_json", "proposal_json", "decision_json"]).where("meeting_id", "=", meetingId).execute(),
    db.selectFrom("meeting").select("minutes_approved_at").where("id", "=", meetingId).executeTakeFirst(),
  ]);
  const people: ProtocolPerson[] = attendance
    .map((a) => ({
      name: a.name,
      role: (a.role as Role | null) ?? null,
      represents: a.represents,
      status: a.status as AttendanceStatus,
      substituteFor: a.substitute_for,
      isChecker: a.is_checker === 1,
    }))
    .sort((a, b) => ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role));
  const present = people.filter((p) => p.status !== "absent");
  const first = paragraphs?.first == null ? null : Number(paragraphs.first);
  const last = paragraphs?.last == null ? null : Number(paragraphs.last);
  return {
    settings: settings ?? { background: "full" as const, postsMinutes: false },
    paragraphs: first !== null && last !== null ? { first, last } : null,
    /** Those who decide: the chair, the members and substitutes serving for them. */
    deciding: present.filter((p) => p.status === "substitute" || p.role === "chair" || p.role === "member"),
    /** Also present: the secretary, project-unit staff, co-opted people (adjungerade). */
    others: present.filter((p) => p.status !== "substitute" && p.role !== "chair" && p.role !== "member"),
    absent: people.filter((p) => p.status === "absent"),
    secretaryName: present.find((p) => p.role === "secretary")?.name ?? secretary?.name ?? null,
    chairName: present.find((p) => p.role === "chair")?.name ?? null,
    checkerNames: present.filter((p) => p.isChecker).map((p) => p.name),
    approvedAt: approvedAt?.minutes_approved_at ?? null,
    approvedOn: approvedAt?.minutes_approved_at ? stockholmDay(new Date(approvedAt.minutes_approved_at)) : null,
    posting,
    texts: Object.fromEntries(texts.map((t) => [t.id, { backgroundJson: t.background_json, proposalJson: t.proposal_json, decisionJson: t.decision_json }])),
  };
}

export type ProtocolFacts = Awaited<ReturnType<typeof getProtocolFacts>>;
