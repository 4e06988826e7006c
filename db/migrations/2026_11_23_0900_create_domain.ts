// The whole domain of domain.md in one first migration. Frozen: change the
// schema with a new migration, never by editing this one.
import { sql, type CreateTableBuilder, type Kysely } from "kysely";
import { dialectOf } from "../../app/database/dialect";

const now = sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`;

// Kysely's builder types carry the table's column names; migrations work on
// Kysely<any>, so the helpers take the loosest builder.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Table = CreateTableBuilder<any, any>;

function id(t: Table): Table {
  return t.addColumn("id", "integer", (c) => c.primaryKey().autoIncrement());
}
function timestamps(t: Table, updated = false): Table {
  t = t.addColumn("created_at", "text", (c) => c.notNull().defaultTo(now));
  return updated ? t.addColumn("updated_at", "text", (c) => c.notNull().defaultTo(now)) : t;
}
function ref(table: string, onDelete: "cascade" | "set null" | "restrict" = "restrict") {
  return (c: import("kysely").ColumnDefinitionBuilder) => c.references(`${table}.id`).onDelete(onDelete);
}

// References to a table created later (set null on delete): inline on SQLite,
// which allows them; on PostgreSQL added by ALTER TABLE at the end (issue 15).
let postgres = false;
const forward: Array<[string, string, string]> = [];
function forwardRef(table: string, column: string, target: string) {
  if (!postgres) return ref(target, "set null");
  forward.push([table, column, target]);
  return (c: import("kysely").ColumnDefinitionBuilder) => c;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  postgres = dialectOf(db) === "postgres";
  forward.length = 0;
  await id(db.schema.createTable("unit"))
    .addColumn("name", "text", (c) => c.notNull().unique())
    .addColumn("short_name", "text")
    .addColumn("organisation", "text")
    .$call((t) => timestamps(t))
    .execute();

  await id(db.schema.createTable("user"))
    .addColumn("email", "text", (c) => c.notNull().unique())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("title", "text")
    .addColumn("password_hash", "text", (c) => c.notNull())
    .addColumn("is_admin", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("unit_id", "integer", ref("unit", "set null"))
    .addColumn("locale", "text")
    .addColumn("calendar_token", "text", (c) => c.unique())
    .$call((t) => timestamps(t))
    .execute();

  await id(db.schema.createTable("group"))
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("short_name", "text", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull().check(sql`kind in ('styrgrupp','verksamhetsgrupp','forum','other')`))
    .addColumn("parent_group_id", "integer", ref("group", "set null"))
    .addColumn("description", "text")
    .$call((t) => timestamps(t))
    .execute();

  await id(db.schema.createTable("membership"))
    .addColumn("group_id", "integer", (c) => ref("group", "cascade")(c).notNull())
    .addColumn("user_id", "integer", (c) => ref("user", "cascade")(c).notNull())
    .addColumn("role", "text", (c) => c.notNull().check(sql`role in ('secretary','chair','member','staff','viewer')`))
    .addColumn("represents", "text")
    .$call((t) => timestamps(t))
    .addUniqueConstraint("membership_group_user", ["group_id", "user_id"])
    .execute();

  await id(db.schema.createTable("standing_item"))
    .addColumn("group_id", "integer", (c) => ref("group", "cascade")(c).notNull())
    .addColumn("section_kind", "text", (c) => c.notNull())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("presentation", "text")
    .addColumn("position", "integer", (c) => c.notNull())
    .execute();

  await id(db.schema.createTable("meeting"))
    .addColumn("group_id", "integer", (c) => ref("group")(c).notNull())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("meeting_date", "text", (c) => c.notNull())
    .addColumn("start_time", "text")
    .addColumn("end_time", "text")
    .addColumn("place", "text")
    .addColumn("state", "text", (c) =>
      c.notNull().defaultTo("draft").check(
        sql`state in ('draft','agenda_published','held','minutes_drafted','minutes_approved')`,
      ),
    )
    .addColumn("agenda_published_at", "text")
    .addColumn("agenda_revision", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("minutes_sent_at", "text")
    .addColumn("minutes_version", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("minutes_approved_at", "text")
    .addColumn("created_by", "integer", ref("user", "set null"))
    .$call((t) => timestamps(t, true))
    .execute();

  await id(db.schema.createTable("attendance"))
    .addColumn("meeting_id", "integer", (c) => ref("meeting", "cascade")(c).notNull())
    .addColumn("user_id", "integer", ref("user", "set null"))
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("represents", "text")
    .addColumn("status", "text", (c) => c.notNull().check(sql`status in ('present','absent','substitute')`))
    .addColumn("substitute_for", "text")
    .addColumn("is_checker", "integer", (c) => c.notNull().defaultTo(0))
    .execute();

  await id(db.schema.createTable("agenda_section"))
    .addColumn("meeting_id", "integer", (c) => ref("meeting", "cascade")(c).notNull())
    .addColumn("kind", "text", (c) =>
      c.notNull().check(sql`kind in ('decision','report','per_capsulam','other','custom')`),
    )
    .addColumn("title", "text")
    .addColumn("position", "integer", (c) => c.notNull())
    .execute();

  await id(db.schema.createTable("funding_call"))
    .addColumn("fund", "text", (c) => c.notNull())
    .addColumn("code", "text", (c) => c.notNull())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("programme_area", "text")
    .addColumn("opens_on", "text", (c) => c.notNull())
    .addColumn("closes_on", "text", (c) => c.notNull())
    .addColumn("application_deadline", "text")
    .addColumn("url", "text")
    .addColumn("description", "text")
    .$call((t) => timestamps(t))
    .addCheckConstraint("funding_call_window", sql`closes_on >= opens_on`)
    .execute();

  await id(db.schema.createTable("per_capsulam_decision"))
    .addColumn("group_id", "integer", (c) => ref("group")(c).notNull())
    .addColumn("decided_on", "text", (c) => c.notNull())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("decision_json", "text")
    .addColumn("decision_text", "text", (c) => c.notNull())
    .addColumn("participants", "text")
    .addColumn("recorded_by", "integer", ref("user", "set null"))
    .$call((t) => timestamps(t))
    .execute();

  await id(db.schema.createTable("project"))
    .addColumn("case_number", "text", (c) => c.unique())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("owner", "text")
    .addColumn("owner_org_number", "text")
    .addColumn("fund", "text")
    .addColumn("programme_cci", "text")
    .addColumn("programme_area", "text")
    .addColumn("specific_objective", "text")
    .addColumn("intervention_type", "text")
    .addColumn("period_start", "text")
    .addColumn("period_end", "text")
    .addColumn("total_budget", "integer")
    .addColumn("granted_support", "integer")
    .addColumn("other_funding", "integer")
    .addColumn("other_funding_source", "text")
    .addColumn("cofinancing_rate", "real", (c) => c.check(sql`cofinancing_rate between 0 and 100`))
    .addColumn("planned_participants", "integer")
    .addColumn("country", "text")
    .addColumn("region", "text")
    .addColumn("nuts2_code", "text")
    .addColumn("beneficiary_postcode", "text")
    .addColumn("beneficiary_city", "text")
    .addColumn("strategic_importance", "integer")
    .addColumn("child_poverty_theme", "integer")
    .addColumn("contact_name", "text")
    .addColumn("contact_title", "text")
    .addColumn("contact_email", "text")
    .addColumn("contact_phone", "text")
    .addColumn("partners", "text")
    .addColumn("summary_json", "text")
    .addColumn("summary_text", "text")
    .addColumn("url", "text")
    .addColumn("status", "text", (c) =>
      c.notNull().defaultTo("idea").check(
        sql`status in ('idea','directive','application','granted','running','closed')`,
      ),
    )
    .addColumn("group_id", "integer", ref("group", "set null"))
    .addColumn("call_id", "integer", ref("funding_call", "set null"))
    // SQLite allows a reference to a table created later (mandate);
    // PostgreSQL gets it once mandate exists (forwardRef).
    .addColumn("mandate_id", "integer", forwardRef("project", "mandate_id", "mandate"))
    .$call((t) => timestamps(t, true))
    .addCheckConstraint(
      "project_support_within_budget",
      sql`granted_support is null or total_budget is null or granted_support <= total_budget`,
    )
    .execute();

  await id(db.schema.createTable("agenda_item"))
    .addColumn("meeting_id", "integer", (c) => ref("meeting", "cascade")(c).notNull())
    .addColumn("section_id", "integer", (c) => ref("agenda_section", "cascade")(c).notNull())
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("paragraph", "integer")
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("presentation", "text")
    .addColumn("presenter", "text")
    .addColumn("background_json", "text")
    .addColumn("background_text", "text")
    .addColumn("proposal_json", "text")
    .addColumn("proposal_text", "text")
    .addColumn("decision_json", "text")
    .addColumn("decision_text", "text")
    .addColumn("outcome", "text", (c) =>
      c.check(sql`outcome in ('approved','approved_as_amended','rejected','deferred','noted')`),
    )
    .addColumn("mandate_id", "integer", forwardRef("agenda_item", "mandate_id", "mandate"))
    .addColumn("per_capsulam_decision_id", "integer", ref("per_capsulam_decision", "set null"))
    .addColumn("call_id", "integer", ref("funding_call", "set null"))
    .addColumn("project_id", "integer", ref("project", "set null"))
    .addColumn("carried_from_item_id", "integer", ref("agenda_item", "set null"))
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .$call((t) => timestamps(t, true))
    .execute();

  await id(db.schema.createTable("mandate"))
    .addColumn("group_id", "integer", (c) => ref("group")(c).notNull())
    .addColumn("assignee_unit_id", "integer", ref("unit", "set null"))
    .addColumn("task", "text", (c) => c.notNull())
    .addColumn("given_by_item_id", "integer", ref("agenda_item", "set null"))
    .addColumn("given_by_per_capsulam_id", "integer", ref("per_capsulam_decision", "set null"))
    .addColumn("given_on", "text", (c) => c.notNull())
    .addColumn("due_date", "text")
    .addColumn("due_meeting_id", "integer", ref("meeting", "set null"))
    .addColumn("due_text", "text")
    .addColumn("status", "text", (c) =>
      c.notNull().defaultTo("given").check(
        sql`status in ('given','in_progress','reported','done','cancelled','continued')`,
      ),
    )
    .addColumn("continues_mandate_id", "integer", ref("mandate", "set null"))
    .addColumn("call_id", "integer", ref("funding_call", "set null"))
    .addColumn("project_id", "integer", ref("project", "set null"))
    .$call((t) => timestamps(t, true))
    .execute();

  await id(db.schema.createTable("mandate_entry"))
    .addColumn("mandate_id", "integer", (c) => ref("mandate", "cascade")(c).notNull())
    .addColumn("entry_date", "text", (c) => c.notNull())
    .addColumn("kind", "text", (c) =>
      c.notNull().check(sql`kind in ('given','progress','reported','status','continued','on_agenda')`),
    )
    .addColumn("meeting_id", "integer", ref("meeting", "set null"))
    .addColumn("agenda_item_id", "integer", ref("agenda_item", "set null"))
    .addColumn("body", "text")
    .addColumn("status_after", "text")
    .addColumn("author_id", "integer", ref("user", "set null"))
    .$call((t) => timestamps(t))
    .execute();

  await id(db.schema.createTable("deadline"))
    .addColumn("kind", "text", (c) =>
      c.notNull().check(sql`kind in ('final_report','project_end','application','other')`),
    )
    .addColumn("due_on", "text", (c) => c.notNull())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("project_id", "integer", ref("project", "cascade"))
    .addColumn("call_id", "integer", ref("funding_call", "cascade"))
    .addColumn("group_id", "integer", ref("group", "cascade"))
    .$call((t) => timestamps(t))
    .execute();

  await id(db.schema.createTable("stance"))
    .addColumn("agenda_item_id", "integer", (c) => ref("agenda_item", "cascade")(c).notNull())
    .addColumn("user_id", "integer", (c) => ref("user", "cascade")(c).notNull())
    .addColumn("stance", "text", (c) => c.notNull().check(sql`stance in ('for','against','reservation')`))
    .addColumn("reason", "text")
    .$call((t) => timestamps(t))
    .addUniqueConstraint("stance_item_user", ["agenda_item_id", "user_id"])
    .execute();

  await id(db.schema.createTable("approval"))
    .addColumn("meeting_id", "integer", (c) => ref("meeting", "cascade")(c).notNull())
    .addColumn("user_id", "integer", (c) => ref("user", "cascade")(c).notNull())
    .addColumn("role", "text", (c) => c.notNull().check(sql`role in ('chair','checker')`))
    .addColumn("state", "text", (c) =>
      c.notNull().defaultTo("pending").check(sql`state in ('pending','approved','returned')`),
    )
    .addColumn("minutes_version", "integer")
    .addColumn("decided_at", "text")
    .addColumn("comment", "text")
    .$call((t) => timestamps(t))
    .addUniqueConstraint("approval_meeting_user", ["meeting_id", "user_id"])
    .execute();

  await id(db.schema.createTable("correction"))
    .addColumn("meeting_id", "integer", (c) => ref("meeting", "cascade")(c).notNull())
    .addColumn("agenda_item_id", "integer", ref("agenda_item", "set null"))
    .addColumn("field", "text", (c) => c.notNull())
    .addColumn("before_text", "text")
    .addColumn("after_text", "text")
    .addColumn("reason", "text", (c) => c.notNull())
    .addColumn("made_by", "integer", (c) => ref("user")(c).notNull())
    .addColumn("made_at", "text", (c) => c.notNull().defaultTo(now))
    .execute();

  await id(db.schema.createTable("audit_log"))
    .addColumn("at", "text", (c) => c.notNull().defaultTo(now))
    .addColumn("user_id", "integer", ref("user", "set null"))
    .addColumn("entity", "text", (c) => c.notNull())
    .addColumn("entity_id", "integer", (c) => c.notNull())
    .addColumn("action", "text", (c) => c.notNull())
    .addColumn("meeting_id", "integer", ref("meeting", "set null"))
    .addColumn("before_json", "text")
    .addColumn("after_json", "text")
    .execute();

  // An index on every foreign key, and on the columns the pages filter and sort by.
  const indexes: Array<[string, string[]]> = [
    ["user", ["unit_id"]],
    ["group", ["parent_group_id"]],
    ["membership", ["user_id"]],
    ["standing_item", ["group_id", "position"]],
    ["meeting", ["group_id", "meeting_date"]],
    ["meeting", ["meeting_date"]],
    ["meeting", ["state"]],
    ["meeting", ["created_by"]],
    ["attendance", ["meeting_id"]],
    ["attendance", ["user_id"]],
    ["agenda_section", ["meeting_id", "position"]],
    ["agenda_item", ["meeting_id", "position"]],
    ["agenda_item", ["section_id", "position"]],
    ["agenda_item", ["mandate_id"]],
    ["agenda_item", ["per_capsulam_decision_id"]],
    ["agenda_item", ["call_id"]],
    ["agenda_item", ["project_id"]],
    ["agenda_item", ["carried_from_item_id"]],
    ["agenda_item", ["outcome"]],
    ["per_capsulam_decision", ["group_id", "decided_on"]],
    ["per_capsulam_decision", ["recorded_by"]],
    ["mandate", ["group_id", "status"]],
    ["mandate", ["assignee_unit_id", "status"]],
    ["mandate", ["status"]],
    ["mandate", ["due_date"]],
    ["mandate", ["due_meeting_id"]],
    ["mandate", ["given_by_item_id"]],
    ["mandate", ["given_by_per_capsulam_id"]],
    ["mandate", ["continues_mandate_id"]],
    ["mandate", ["call_id"]],
    ["mandate", ["project_id"]],
    ["mandate_entry", ["mandate_id", "entry_date"]],
    ["mandate_entry", ["meeting_id"]],
    ["mandate_entry", ["agenda_item_id"]],
    ["mandate_entry", ["author_id"]],
    ["funding_call", ["closes_on"]],
    ["deadline", ["due_on"]],
    ["deadline", ["project_id"]],
    ["deadline", ["call_id"]],
    ["deadline", ["group_id"]],
    ["project", ["status"]],
    ["project", ["group_id"]],
    ["project", ["call_id"]],
    ["project", ["mandate_id"]],
    ["stance", ["user_id"]],
    ["approval", ["user_id"]],
    ["correction", ["meeting_id"]],
    ["correction", ["agenda_item_id"]],
    ["correction", ["made_by"]],
    ["audit_log", ["entity", "entity_id"]],
    ["audit_log", ["meeting_id"]],
    ["audit_log", ["user_id"]],
  ];
  for (const [table, columns] of indexes) {
    await db.schema
      .createIndex(`${table}_${columns.join("_")}_idx`)
      .on(table)
      .columns(columns)
      .execute();
  }
  for (const [table, column, target] of forward) {
    await db.schema.alterTable(table).addForeignKeyConstraint(`${table}_${column}_fkey`, [column], target, ["id"]).onDelete("set null").execute();
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    "audit_log", "correction", "approval", "stance", "deadline", "mandate_entry", "mandate",
    "agenda_item", "project", "per_capsulam_decision", "funding_call", "agenda_section",
    "attendance", "meeting", "standing_item", "membership", "group", "user", "unit",
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
