// Minutes approval (justering). Issue 4 owns this module; this is the one query
// the member dashboard needs until that work lands (the lead reconciles).
import type { Kysely } from "kysely";
import type { ApprovalRole, Database } from "../../db/schema";
import type { SessionUser } from "./user.server";

export type MinutesAwaitingApproval = { meetingId: number; title: string; date: string; groupShortName: string; role: ApprovalRole };

/** Minutes waiting for this user's approval: their approval rows still 'pending'. */
export async function listMinutesAwaitingApproval(db: Kysely<Database>, user: Pick<SessionUser, "id">): Promise<MinutesAwaitingApproval[]> {
  const rows = await db
    .selectFrom("approval")
    .innerJoin("meeting", "meeting.id", "approval.meeting_id")
    .innerJoin("group", "group.id", "meeting.group_id")
    .select(["meeting.id", "meeting.title", "meeting.meeting_date", "group.short_name", "approval.role"])
    .where("approval.user_id", "=", user.id)
    .where("approval.state", "=", "pending")
    .orderBy("meeting.meeting_date")
    .execute();
  return rows.map((r) => ({ meetingId: r.id, title: r.title, date: r.meeting_date, groupShortName: r.short_name, role: r.role }));
}
