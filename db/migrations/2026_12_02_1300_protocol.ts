// Minutes in protocol form (issue 19): per group, how much of each item's
// background the protocol prints and whether approved minutes must be posted
// on a notice board (anslag); per meeting, the dates they were posted and taken
// down. The posting is its own table: approved minutes are locked, and the
// posting is recorded after approval.
import { sql, type Kysely } from "kysely";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable("group")
    .addColumn("minutes_background", "text", (c) => c.notNull().defaultTo("full").check(sql`minutes_background in ('full', 'summary', 'none')`))
    .execute();
  await db.schema
    .alterTable("group")
    .addColumn("posts_minutes", "integer", (c) => c.notNull().defaultTo(0).check(sql`posts_minutes in (0, 1)`))
    .execute();
  await db.schema
    .createTable("minutes_posting")
    .addColumn("meeting_id", "integer", (c) => c.primaryKey().references("meeting.id").onDelete("cascade"))
    .addColumn("posted_on", "text", (c) => c.notNull())
    .addColumn("taken_down_on", "text", (c) => c.notNull())
    .addColumn("recorded_by", "integer", (c) => c.references("user.id").onDelete("set null"))
    .addColumn("recorded_at", "text", (c) => c.notNull().defaultTo(sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`))
    .addCheckConstraint("minutes_posting_order", sql`taken_down_on >= posted_on`)
    .execute();
  await db.schema.createIndex("minutes_posting_recorded_by_idx").on("minutes_posting").column("recorded_by").execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("minutes_posting").execute();
  await db.schema.alterTable("group").dropColumn("posts_minutes").execute();
  await db.schema.alterTable("group").dropColumn("minutes_background").execute();
}
