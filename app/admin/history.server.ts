// The audit log's entries about the organisation: people, units, groups, memberships.
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";

/** Newest first; `before` (an entry's id) pages back by key. */
export async function listOrganisationHistory(db: Kysely<Database>, limit = 30, before: number | null = null) {
  return db
    .selectFrom("audit_log")
    .leftJoin("user", "user.id", "audit_log.user_id")
    .select(["audit_log.id", "audit_log.at", "audit_log.entity", "audit_log.entity_id", "audit_log.action", "user.name as user_name"])
    .where("audit_log.entity", "in", ["user", "unit", "group", "membership"])
    .$if(before !== null, (q) => q.where("audit_log.id", "<", before!))
    .orderBy("audit_log.id", "desc")
    .limit(limit)
    .execute();
}
