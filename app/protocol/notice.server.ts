// The notice (kallelse): who is called to the meeting, with their roles, whom
// to tell when one cannot come, and each item's papers.
import type { Kysely } from "kysely";
import type { Database, Role } from "../../db/schema";
import { listItemPapers } from "./papers.server";
import { getGroupSecretary, ROLE_ORDER } from "./protocol.server";

/** Those called: everyone who sits in the group (viewers only read). */
const CALLED: Role[] = ["chair", "member", "secretary", "staff"];

export async function getNoticeFacts(db: Kysely<Database>, meetingId: number, groupId: number) {
  const [called, secretary, papers] = await Promise.all([
    db
      .selectFrom("membership")
      .innerJoin("user", "user.id", "membership.user_id")
      .leftJoin("unit", "unit.id", "user.unit_id")
      .select(["user.name", "membership.role", "membership.represents", "unit.name as unit_name"])
      .where("membership.group_id", "=", groupId)
      .where("membership.role", "in", CALLED)
      .orderBy("membership.id")
      .execute(),
    getGroupSecretary(db, groupId),
    listItemPapers(db, meetingId),
  ]);
  return {
    called: called
      .map((c) => ({ name: c.name, role: c.role as Role, represents: c.represents ?? c.unit_name }))
      .sort((a, b) => ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role)),
    secretary,
    papers,
  };
}

export type NoticeFacts = Awaited<ReturnType<typeof getNoticeFacts>>;
