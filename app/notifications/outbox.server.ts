// The outbox. Every change that should reach people calls `notify(trx, event)`
// once, inside its own transaction: the rows commit or roll back with the
// change. The mail itself is written by the worker when it sends, from the
// data as it is then, so a meeting moved twice before the worker runs gives
// one invitation with the latest time and sequence (see `coalesce_key`).
import { sql, type Kysely, type Transaction } from "kysely";
import type { Database } from "../../db/schema";
import type { NotificationKind } from "./topics";

type Db = Kysely<Database> | Transaction<Database>;

export type NotificationEvent =
  | { type: "agenda_published" | "meeting_moved" | "meeting_cancelled"; meetingId: number }
  /** An edit after publishing: members hear of it once the secretary has had time to finish. */
  | { type: "agenda_revised"; meetingId: number }
  | { type: "approval_requested"; meetingId: number; approverIds: number[] }
  | { type: "minutes_approved"; meetingId: number }
  | { type: "minutes_returned"; meetingId: number; byUserId: number; comment: string }
  | { type: "mandate_given"; mandateId: number }
  | { type: "mandate_followed_up"; mandateId: number; byUserId: number; entryId: number };

/** How long a revised agenda waits for further edits before the notice goes out. */
export const REVISION_SETTLE_MS = 10 * 60_000;

export type OutboxRow = {
  kind: NotificationKind;
  recipientId: number;
  meetingId?: number | null;
  mandateId?: number | null;
  callId?: number | null;
  data?: Record<string, unknown> | null;
  /** Once ever: a second row with this key is not written (reminders). */
  dedupeKey?: string | null;
  /** While a row with this key waits unsent, later changes go into it instead. */
  coalesceKey?: string | null;
  notBefore?: Date;
};

/** Writes outbox rows; returns how many were new (not deduplicated or coalesced). */
export async function enqueue(db: Db, rows: OutboxRow[], now = new Date()): Promise<number> {
  let added = 0;
  for (const row of rows) {
    const at = (row.notBefore ?? now).toISOString();
    const data = row.data ? JSON.stringify(row.data) : null;
    if (row.coalesceKey) {
      // Taking over a waiting row is an UPDATE, so it is ordered with the worker's lease
      // (also an UPDATE): either the worker has not taken it yet and will render the new
      // state, or it has and a fresh row is written below.
      const result = await db
        .updateTable("notification")
        .set({
          data_json: data,
          // The earlier of the two: a move does not wait for a revision's settling time.
          next_attempt_at: sql<string>`case when next_attempt_at < ${at} then next_attempt_at else ${at} end`,
        })
        .where("coalesce_key", "=", row.coalesceKey)
        .where("state", "=", "pending")
        .where("lease_owner", "is", null)
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) > 0) continue;
    }
    const inserted = await db
      .insertInto("notification")
      .values({
        kind: row.kind,
        recipient_id: row.recipientId,
        meeting_id: row.meetingId ?? null,
        mandate_id: row.mandateId ?? null,
        call_id: row.callId ?? null,
        data_json: data,
        dedupe_key: row.dedupeKey ?? null,
        coalesce_key: row.coalesceKey ?? null,
        next_attempt_at: at,
      })
      .onConflict((oc) => oc.column("dedupe_key").doNothing())
      .executeTakeFirst();
    added += Number(inserted.numInsertedOrUpdatedRows ?? 0n);
  }
  return added;
}

async function groupMemberIds(db: Db, groupId: number): Promise<number[]> {
  const rows = await db.selectFrom("membership").select("user_id").where("group_id", "=", groupId).orderBy("user_id").execute();
  return [...new Set(rows.map((r) => r.user_id))];
}

async function secretaryIds(db: Db, groupId: number): Promise<number[]> {
  const rows = await db.selectFrom("membership").select("user_id").where("group_id", "=", groupId).where("role", "=", "secretary").orderBy("user_id").execute();
  return rows.map((r) => r.user_id);
}

async function unitStaffIds(db: Db, unitId: number | null): Promise<number[]> {
  if (unitId === null) return [];
  const rows = await db.selectFrom("user").select("id").where("unit_id", "=", unitId).orderBy("id").execute();
  return rows.map((r) => r.id);
}

async function meetingGroup(db: Db, meetingId: number): Promise<number | null> {
  const row = await db.selectFrom("meeting").select("group_id").where("id", "=", meetingId).executeTakeFirst();
  return row?.group_id ?? null;
}

/** The one call each change makes: who hears of it, written to the outbox in the caller's transaction. */
export async function notify(db: Db, event: NotificationEvent, now = new Date()): Promise<void> {
  switch (event.type) {
    case "agenda_published":
    case "agenda_revised":
    case "meeting_moved":
    case "meeting_cancelled": {
      const groupId = await meetingGroup(db, event.meetingId);
      if (groupId === null) return;
      const notBefore = event.type === "agenda_revised" ? new Date(now.getTime() + REVISION_SETTLE_MS) : now;
      const members = await groupMemberIds(db, groupId);
      await enqueue(
        db,
        members.map((recipientId) => ({
          kind: "meeting_notice",
          recipientId,
          meetingId: event.meetingId,
          data: { change: event.type },
          coalesceKey: `meeting_notice:${event.meetingId}:${recipientId}`,
          notBefore,
        })),
        now,
      );
      return;
    }
    case "approval_requested":
      await enqueue(
        db,
        event.approverIds.map((recipientId) => ({
          kind: "approval_requested",
          recipientId,
          meetingId: event.meetingId,
          coalesceKey: `approval_requested:${event.meetingId}:${recipientId}`,
        })),
        now,
      );
      return;
    case "minutes_approved":
    case "minutes_returned": {
      const groupId = await meetingGroup(db, event.meetingId);
      if (groupId === null) return;
      const data = event.type === "minutes_returned" ? { byUserId: event.byUserId, comment: event.comment } : null;
      await enqueue(
        db,
        (await secretaryIds(db, groupId)).map((recipientId) => ({
          kind: event.type === "minutes_approved" ? "approval_done" : "approval_returned",
          recipientId,
          meetingId: event.meetingId,
          data,
        })),
        now,
      );
      return;
    }
    case "mandate_given": {
      const mandate = await db.selectFrom("mandate").select(["assignee_unit_id"]).where("id", "=", event.mandateId).executeTakeFirst();
      if (!mandate) return;
      await enqueue(
        db,
        (await unitStaffIds(db, mandate.assignee_unit_id)).map((recipientId) => ({ kind: "mandate_given", recipientId, mandateId: event.mandateId })),
        now,
      );
      return;
    }
    case "mandate_followed_up": {
      const mandate = await db.selectFrom("mandate").select(["group_id"]).where("id", "=", event.mandateId).executeTakeFirst();
      if (!mandate) return;
      const recipients = (await secretaryIds(db, mandate.group_id)).filter((id) => id !== event.byUserId);
      await enqueue(
        db,
        recipients.map((recipientId) => ({
          kind: "mandate_followed_up",
          recipientId,
          mandateId: event.mandateId,
          data: { byUserId: event.byUserId, entryId: event.entryId },
        })),
        now,
      );
      return;
    }
  }
}

/** The outbox as administrators read it: the latest rows with their outcome, and counts by state. */
export async function listOutbox(db: Db, limit = 200) {
  const [rows, counts] = await Promise.all([
    db
      .selectFrom("notification")
      .innerJoin("user", "user.id", "notification.recipient_id")
      .select([
        "notification.id",
        "notification.kind",
        "notification.state",
        "notification.attempts",
        "notification.last_error",
        "notification.subject",
        "notification.transport",
        "notification.created_at",
        "notification.sent_at",
        "notification.next_attempt_at",
        "user.name as recipient_name",
        "user.email as recipient_email",
      ])
      .orderBy("notification.id", "desc")
      .limit(limit)
      .execute(),
    db.selectFrom("notification").select(["state", (eb) => eb.fn.countAll<number>().as("count")]).groupBy("state").execute(),
  ]);
  return { rows, counts: Object.fromEntries(counts.map((c) => [c.state, Number(c.count)])) as Record<string, number> };
}
