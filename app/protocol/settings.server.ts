// Writes: a group's protocol settings (the secretary's) and the posting of
// approved minutes on the notice board (anslag). Each with its audit entry,
// in one transaction.
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";
import { recordAudit } from "~/models/audit.server";
import { stockholmDay } from "~/utils/dates";
import { getGroupProtocolSettings, type GroupProtocolSettings, type MinutesPosting } from "./protocol.server";

export async function saveGroupProtocolSettings(db: Kysely<Database>, userId: number, groupId: number, input: GroupProtocolSettings): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const before = await getGroupProtocolSettings(trx, groupId);
    await trx
      .updateTable("group")
      .set({ minutes_background: input.background, posts_minutes: input.postsMinutes ? 1 : 0 })
      .where("id", "=", groupId)
      .execute();
    await recordAudit(trx, { userId, entity: "group", entityId: groupId, action: "protocol_settings", before, after: input });
  });
}

export type PostingRefusal = "notApproved" | "notPosted" | "beforeApproval" | "order";

/** The day the minutes were approved, when they are, and whether the group posts its minutes. */
export async function getPostingContext(db: Kysely<Database>, meetingId: number) {
  const row = await db
    .selectFrom("meeting")
    .innerJoin("group", "group.id", "meeting.group_id")
    .select(["meeting.id", "meeting.group_id", "meeting.state", "meeting.minutes_approved_at", "group.posts_minutes"])
    .where("meeting.id", "=", meetingId)
    .executeTakeFirst();
  if (!row) return null;
  return {
    meetingId: row.id,
    groupId: row.group_id,
    approvedOn: row.state === "minutes_approved" && row.minutes_approved_at ? stockholmDay(new Date(row.minutes_approved_at)) : null,
    postsMinutes: row.posts_minutes === 1,
  };
}

/** Records (or changes) when approved minutes were posted and taken down. */
export async function recordMinutesPosting(db: Kysely<Database>, userId: number, meetingId: number, input: MinutesPosting): Promise<{ refused: PostingRefusal } | { ok: true }> {
  return db.transaction().execute(async (trx) => {
    const context = await getPostingContext(trx, meetingId);
    if (!context?.approvedOn) return { refused: "notApproved" as const };
    if (!context.postsMinutes) return { refused: "notPosted" as const };
    if (input.postedOn < context.approvedOn) return { refused: "beforeApproval" as const };
    if (input.takenDownOn < input.postedOn) return { refused: "order" as const };
    const before = await trx.selectFrom("minutes_posting").select(["posted_on", "taken_down_on"]).where("meeting_id", "=", meetingId).executeTakeFirst();
    const values = { posted_on: input.postedOn, taken_down_on: input.takenDownOn, recorded_by: userId, recorded_at: new Date().toISOString() };
    if (before) await trx.updateTable("minutes_posting").set(values).where("meeting_id", "=", meetingId).execute();
    else await trx.insertInto("minutes_posting").values({ meeting_id: meetingId, ...values }).execute();
    await recordAudit(trx, { userId, entity: "meeting", entityId: meetingId, action: "minutes_posted", meetingId, before: before ?? undefined, after: { posted_on: input.postedOn, taken_down_on: input.takenDownOn } });
    return { ok: true as const };
  });
}
