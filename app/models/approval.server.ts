// Approval of the minutes (justering): the chair and the checkers each approve
// the version they were sent, or send it back with a comment. When everyone has
// approved the current version, the minutes are locked in the same transaction.
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";
import { recordAudit } from "./audit.server";
import { notify } from "~/notifications";
import { MinutesError } from "./minutes-error";
import { getMinutesMeeting } from "./minutes.server";
import type { SessionUser } from "./user.server";
import { nowIso } from "~/utils/clock";
import { meetingName } from "./meeting-name";

export type ApprovalResult = { locked: boolean };

async function requireOwnApproval(db: Kysely<Database>, meetingId: number, userId: number) {
  const meeting = await getMinutesMeeting(db, meetingId);
  if (!meeting) throw new MinutesError("itemNotFound", 404);
  if (meeting.state === "minutes_approved") throw new MinutesError("locked", 409);
  if (meeting.state !== "minutes_drafted" || !meeting.minutes_sent_at) throw new MinutesError("notSent", 409);
  const approval = await db
    .selectFrom("approval")
    .selectAll()
    .where("meeting_id", "=", meetingId)
    .where("user_id", "=", userId)
    .executeTakeFirst();
  if (!approval) throw new MinutesError("notApprover", 403);
  return { meeting, approval };
}

/**
 * Approves the minutes as the user read them: `version` is the minutes version
 * their page showed. A newer version, or a second approval, is refused.
 */
export async function approveMinutes(db: Kysely<Database>, userId: number, meetingId: number, version: number): Promise<ApprovalResult> {
  return db.transaction().execute(async (trx) => {
    const { meeting, approval } = await requireOwnApproval(trx, meetingId, userId);
    if (version !== meeting.minutes_version) throw new MinutesError("staleVersion", 409);
    if (approval.state === "approved" && approval.minutes_version === meeting.minutes_version) {
      throw new MinutesError("alreadyApproved", 409);
    }
    const now = nowIso();
    await trx
      .updateTable("approval")
      .set({ state: "approved", minutes_version: meeting.minutes_version, decided_at: now, comment: null })
      .where("id", "=", approval.id)
      .execute();
    await recordAudit(trx, {
      userId,
      entity: "approval",
      entityId: approval.id,
      action: "approved",
      meetingId,
      before: { state: approval.state, minutes_version: approval.minutes_version },
      after: { state: "approved", minutes_version: meeting.minutes_version, decided_at: now },
    });
    const open = await trx
      .selectFrom("approval")
      .select("id")
      .where("meeting_id", "=", meetingId)
      .where((eb) => eb.or([eb("state", "!=", "approved"), eb("minutes_version", "!=", meeting.minutes_version)]))
      .execute();
    if (open.length > 0) return { locked: false };
    await trx
      .updateTable("meeting")
      .set({ state: "minutes_approved", minutes_approved_at: now, updated_at: now })
      .where("id", "=", meetingId)
      .execute();
    await recordAudit(trx, {
      userId,
      entity: "meeting",
      entityId: meetingId,
      action: "minutes_approved",
      meetingId,
      before: { state: meeting.state },
      after: { state: "minutes_approved", minutes_approved_at: now, minutes_version: meeting.minutes_version },
    });
    await notify(trx, { type: "minutes_approved", meetingId });
    return { locked: true };
  });
}

/** Sends the minutes back to the secretary with a comment. */
export async function returnMinutes(db: Kysely<Database>, userId: number, meetingId: number, comment: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const { meeting, approval } = await requireOwnApproval(trx, meetingId, userId);
    const now = nowIso();
    await trx
      .updateTable("approval")
      .set({ state: "returned", minutes_version: meeting.minutes_version, decided_at: now, comment })
      .where("id", "=", approval.id)
      .execute();
    await recordAudit(trx, {
      userId,
      entity: "approval",
      entityId: approval.id,
      action: "returned",
      meetingId,
      before: { state: approval.state, comment: approval.comment },
      after: { state: "returned", comment, minutes_version: meeting.minutes_version },
    });
    await notify(trx, { type: "minutes_returned", meetingId, byUserId: userId, comment });
  });
}

export type MinutesAwaitingApproval = {
  meetingId: number;
  title: string;
  date: string;
  groupShortName: string;
  role: "chair" | "checker";
  sentAt: string | null;
  minutesVersion: number;
};

/** Minutes the user has been asked to approve and has not yet approved (for the dashboard). */
export async function listMinutesAwaitingApproval(db: Kysely<Database>, user: Pick<SessionUser, "id">): Promise<MinutesAwaitingApproval[]> {
  const rows = await db
    .selectFrom("approval")
    .innerJoin("meeting", "meeting.id", "approval.meeting_id")
    .innerJoin("group", "group.id", "meeting.group_id")
    .select([
      "meeting.id",
      "meeting.title",
      "meeting.meeting_date",
      "meeting.minutes_sent_at",
      "meeting.minutes_version",
      "group.short_name",
      "approval.role",
      "approval.state",
      "approval.minutes_version as approved_version",
    ])
    .where("approval.user_id", "=", user.id)
    .where("meeting.state", "=", "minutes_drafted")
    .where("meeting.minutes_sent_at", "is not", null)
    .orderBy("meeting.meeting_date")
    .execute();
  return rows
    .filter((r) => r.state === "pending" || (r.state === "approved" && r.approved_version !== r.minutes_version))
    .map((r) => ({
      meetingId: r.id,
      title: meetingName(r.title, r.meeting_date),
      date: r.meeting_date,
      groupShortName: r.short_name,
      role: r.role,
      sentAt: r.minutes_sent_at,
      minutesVersion: r.minutes_version,
    }));
}
