// The audit log's entries about the organisation: people, units, groups, memberships.
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";

export async function listOrganisationHistory(db: Kysely<Database>, limit = 30) {
  return db
    .selectFrom("audit_log")
    .leftJoin("user", "user.id", "audit_log.user_id")
    .select(["audit_log.id", "audit_log.at", "audit_log.entity", "audit_log.entity_id", "audit_log.action", "user.name as user_name"])
    .where("audit_log.entity", "in", ["user", "unit", "group", "membership"])
    .orderBy("audit_log.id", "desc")
    .limit(limit)
    .execute();
}
