// Minutes the archive command saved without anyone looking at them are marked so
// until the secretary has compared them with the original (issue 13): the
// parser misses things on minutes it has not met, and approved minutes are
// never edited silently, so the record says which meetings no one has checked.
// A web import is reviewed in its preview, so it is saved reviewed. Files
// imported before this migration count as reviewed when they were imported:
// nothing tells a web import from the command's among them.
import { sql, type Kysely } from "kysely";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("imported_document").addColumn("reviewed_at", "text").execute();
  await db.schema
    .alterTable("imported_document")
    .addColumn("reviewed_by", "integer", (c) => c.references("user.id").onDelete("set null"))
    .execute();
  await db.schema.createIndex("imported_document_reviewed_by_idx").on("imported_document").column("reviewed_by").execute();
  await db.updateTable("imported_document").set({ reviewed_at: sql`created_at` }).execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("imported_document_reviewed_by_idx").execute();
  await db.schema.alterTable("imported_document").dropColumn("reviewed_by").execute();
  await db.schema.alterTable("imported_document").dropColumn("reviewed_at").execute();
}
