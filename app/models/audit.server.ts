// The audit log: who changed what, when, before and after. Every model function
// that changes a meeting, item, decision, mandate or approval calls this inside
// its own transaction, so the record and the change land together.
import type { Kysely, Transaction } from "kysely";
import type { Database } from "../../db/schema";
import { nowIso } from "~/utils/clock";

type Db = Kysely<Database> | Transaction<Database>;

export type AuditEntry = {
  userId: number | null;
  entity: "meeting" | "group" | "agenda_item" | "agenda_section" | "decision" | "mandate" | "mandate_entry" | "approval" | "attendance" | "correction" | "project" | "funding_call" | "per_capsulam_decision" | "standing_item" | "document"
    | "user" | "unit" | "membership" | "round" | "round_answer";
  entityId: number;
  action: string;
  meetingId?: number | null;
  before?: unknown;
  after?: unknown;
};

export async function recordAudit(db: Db, entry: AuditEntry): Promise<void> {
  await db
    .insertInto("audit_log")
    .values({
      at: nowIso(),
      user_id: entry.userId,
      entity: entry.entity,
      entity_id: entry.entityId,
      action: entry.action,
      meeting_id: entry.meetingId ?? null,
      before_json: entry.before === undefined ? null : JSON.stringify(entry.before),
      after_json: entry.after === undefined ? null : JSON.stringify(entry.after),
    })
    .execute();
}

export async function listMeetingHistory(db: Db, meetingId: number) {
  return db
    .selectFrom("audit_log")
    .leftJoin("user", "user.id", "audit_log.user_id")
    .select(["audit_log.id", "audit_log.at", "audit_log.entity", "audit_log.entity_id", "audit_log.action", "audit_log.before_json", "audit_log.after_json", "user.name as user_name"])
    .where("audit_log.meeting_id", "=", meetingId)
    .orderBy("audit_log.at", "desc")
    .orderBy("audit_log.id", "desc")
    .execute();
}
