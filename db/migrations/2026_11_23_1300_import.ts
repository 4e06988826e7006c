// Imported minutes keep their original file, linked to the meeting made from it.
import { sql, type Kysely } from "kysely";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("imported_document")
    .addColumn("id", "integer", (c) => c.primaryKey().autoIncrement())
    .addColumn("meeting_id", "integer", (c) => c.references("meeting.id").onDelete("cascade").notNull())
    .addColumn("filename", "text", (c) => c.notNull())
    .addColumn("content_type", "text", (c) => c.notNull())
    .addColumn("size", "integer", (c) => c.notNull())
    .addColumn("sha256", "text", (c) => c.notNull())
    .addColumn("content", "blob", (c) => c.notNull())
    .addColumn("text", "text", (c) => c.notNull())
    .addColumn("imported_by", "integer", (c) => c.references("user.id").onDelete("set null"))
    .addColumn("created_at", "text", (c) => c.notNull().defaultTo(sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`))
    .execute();
  await db.schema.createIndex("imported_document_meeting_id_idx").on("imported_document").column("meeting_id").execute();
  await db.schema.createIndex("imported_document_imported_by_idx").on("imported_document").column("imported_by").execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("imported_document").execute();
}
