// Per-capsulam rounds (issue 18): the secretary asks members to decide between
// meetings; each asked member answers (agree, object with a reason, abstain);
// the round closes at its time or as soon as the answers decide it, and a
// round that passes becomes a per_capsulam_decision (with its mandates) through
// the existing path. The group's rule is on the group; a round copies it when
// it opens. Portable SQL only: no SQLite functions in defaults or checks.
import { sql, type Kysely } from "kysely";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable("group")
    .addColumn("round_rule", "text", (c) => c.notNull().defaultTo("unanimous").check(sql`round_rule in ('unanimous', 'majority')`))
    .execute();
  // Under the majority rule: at least this share (percent) of those asked must answer.
  await db.schema
    .alterTable("group")
    .addColumn("round_quorum_percent", "integer", (c) => c.notNull().defaultTo(50).check(sql`round_quorum_percent between 1 and 100`))
    .execute();
  // 1: members see how others answered while the round is open; 0 (default): only who has answered.
  await db.schema
    .alterTable("group")
    .addColumn("round_answers_open", "integer", (c) => c.notNull().defaultTo(0).check(sql`round_answers_open in (0, 1)`))
    .execute();

  await db.schema
    .createTable("round")
    .addColumn("id", "integer", (c) => c.primaryKey().autoIncrement())
    .addColumn("group_id", "integer", (c) => c.references("group.id").onDelete("cascade").notNull())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("background_json", "text")
    .addColumn("background_text", "text")
    .addColumn("proposal_json", "text", (c) => c.notNull())
    .addColumn("proposal_text", "text", (c) => c.notNull())
    // The mandates the decision would give, as the form gave them (unit, task, due, call, project).
    .addColumn("mandates_json", "text", (c) => c.notNull())
    .addColumn("rule", "text", (c) => c.notNull().check(sql`rule in ('unanimous', 'majority')`))
    .addColumn("quorum_percent", "integer", (c) => c.notNull())
    .addColumn("answers_open", "integer", (c) => c.notNull())
    .addColumn("closes_at", "text", (c) => c.notNull())
    .addColumn("state", "text", (c) => c.notNull().defaultTo("open").check(sql`state in ('open', 'passed', 'failed')`))
    .addColumn("opened_by", "integer", (c) => c.references("user.id").onDelete("set null"))
    .addColumn("opened_at", "text", (c) => c.notNull())
    .addColumn("closed_at", "text")
    .addColumn("closed_early", "integer", (c) => c.notNull().defaultTo(0))
    // Raised by every answer and by the close: the UPDATE orders concurrent answers and the close (row lock in PostgreSQL).
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("per_capsulam_decision_id", "integer", (c) => c.references("per_capsulam_decision.id").onDelete("set null"))
    // A failed round the secretary put on a meeting's agenda as an ordinary item.
    .addColumn("agenda_item_id", "integer", (c) => c.references("agenda_item.id").onDelete("set null"))
    .execute();
  await db.schema.createIndex("round_group_idx").on("round").columns(["group_id", "state"]).execute();
  await db.schema.createIndex("round_due_idx").on("round").columns(["state", "closes_at"]).execute();

  await db.schema
    .createTable("round_answer")
    .addColumn("id", "integer", (c) => c.primaryKey().autoIncrement())
    .addColumn("round_id", "integer", (c) => c.references("round.id").onDelete("cascade").notNull())
    .addColumn("user_id", "integer", (c) => c.references("user.id").onDelete("cascade").notNull())
    // Null until the member answers.
    .addColumn("answer", "text", (c) => c.check(sql`answer in ('agree', 'object', 'abstain')`))
    .addColumn("reason", "text")
    .addColumn("answered_at", "text")
    .addUniqueConstraint("round_answer_member", ["round_id", "user_id"])
    .execute();
  await db.schema.createIndex("round_answer_user_idx").on("round_answer").column("user_id").execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("round_answer").execute();
  await db.schema.dropTable("round").execute();
  await db.schema.alterTable("group").dropColumn("round_answers_open").execute();
  await db.schema.alterTable("group").dropColumn("round_quorum_percent").execute();
  await db.schema.alterTable("group").dropColumn("round_rule").execute();
}
