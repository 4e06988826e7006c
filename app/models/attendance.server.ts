// Who was at the meeting: the group's people (present or absent), substitutes,
// and the checkers (justerare) picked at the meeting.
import type { Kysely, Transaction } from "kysely";
import type { AttendanceStatus, Database, Role } from "../../db/schema";
import { recordAudit } from "./audit.server";
import { MinutesError } from "./minutes-error";
import { requireEditableMinutes, touchMinutes } from "./minutes.server";

type Db = Kysely<Database> | Transaction<Database>;

/** The roles that sit in the meeting; viewers only read. */
const SITTING: Role[] = ["chair", "member", "secretary", "staff"];

export type AttendanceSheetRow = {
  userId: number;
  name: string;
  role: Role;
  represents: string | null;
  attendanceId: number | null;
  status: AttendanceStatus | null;
  isChecker: boolean;
};

/** One row per person of the group, with what has been recorded for them. */
export async function getAttendanceSheet(db: Db, meetingId: number, groupId: number): Promise<AttendanceSheetRow[]> {
  const [members, recorded] = await Promise.all([
    db
      .selectFrom("membership")
      .innerJoin("user", "user.id", "membership.user_id")
      .select(["user.id", "user.name", "membership.role", "membership.represents"])
      .where("membership.group_id", "=", groupId)
      .where("membership.role", "in", SITTING)
      .orderBy("membership.id")
      .execute(),
    db.selectFrom("attendance").selectAll().where("meeting_id", "=", meetingId).execute(),
  ]);
  return members.map((m) => {
    const row = recorded.find((r) => r.user_id === m.id);
    return {
      userId: m.id,
      name: m.name,
      role: m.role,
      represents: row?.represents ?? m.represents,
      attendanceId: row?.id ?? null,
      status: (row?.status as AttendanceStatus | undefined) ?? null,
      isChecker: row?.is_checker === 1,
    };
  });
}

export type AttendanceInput = { userId: number; status: "present" | "absent"; isChecker: boolean };

/** Records the group's people as present or absent, and who checks the minutes. */
export async function saveAttendance(db: Kysely<Database>, userId: number, meetingId: number, rows: AttendanceInput[]): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const meeting = await requireEditableMinutes(trx, meetingId);
    const sheet = await getAttendanceSheet(trx, meetingId, meeting.group_id);
    for (const input of rows) {
      const person = sheet.find((p) => p.userId === input.userId);
      if (!person) continue;
      if (input.isChecker && input.status !== "present") throw new MinutesError("checkerNotPresent", 400, `checker-${input.userId}`);
      const after = { status: input.status, is_checker: input.isChecker ? 1 : 0 };
      if (person.attendanceId) {
        if (person.status === input.status && person.isChecker === input.isChecker) continue;
        await trx.updateTable("attendance").set(after).where("id", "=", person.attendanceId).execute();
        await recordAudit(trx, {
          userId,
          entity: "attendance",
          entityId: person.attendanceId,
          action: "updated",
          meetingId,
          before: { name: person.name, status: person.status, is_checker: person.isChecker ? 1 : 0 },
          after: { name: person.name, ...after },
        });
      } else {
        const { id } = await trx
          .insertInto("attendance")
          .values({ meeting_id: meetingId, user_id: person.userId, name: person.name, represents: person.represents, substitute_for: null, ...after })
          .returning("id")
          .executeTakeFirstOrThrow();
        await recordAudit(trx, { userId, entity: "attendance", entityId: id, action: "recorded", meetingId, after: { name: person.name, ...after } });
      }
    }
    await touchMinutes(trx, meeting, userId);
  });
}

export type SubstituteInput = { name: string; represents: string | null; substituteFor: string };

export async function addSubstitute(db: Kysely<Database>, userId: number, meetingId: number, input: SubstituteInput): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const meeting = await requireEditableMinutes(trx, meetingId);
    const values = { meeting_id: meetingId, user_id: null, name: input.name, represents: input.represents, status: "substitute" as const, substitute_for: input.substituteFor, is_checker: 0 };
    const { id } = await trx.insertInto("attendance").values(values).returning("id").executeTakeFirstOrThrow();
    await recordAudit(trx, { userId, entity: "attendance", entityId: id, action: "substitute_added", meetingId, after: values });
    await touchMinutes(trx, meeting, userId);
    return id;
  });
}

export async function removeSubstitute(db: Kysely<Database>, userId: number, meetingId: number, attendanceId: number): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const meeting = await requireEditableMinutes(trx, meetingId);
    const row = await trx
      .selectFrom("attendance")
      .selectAll()
      .where("id", "=", attendanceId)
      .where("meeting_id", "=", meetingId)
      .where("status", "=", "substitute")
      .executeTakeFirst();
    if (!row) throw new MinutesError("itemNotFound", 404);
    await trx.deleteFrom("attendance").where("id", "=", attendanceId).execute();
    await recordAudit(trx, { userId, entity: "attendance", entityId: attendanceId, action: "substitute_removed", meetingId, before: row });
    await touchMinutes(trx, meeting, userId);
  });
}
