// Meeting documents (issue 17): the papers behind an agenda item and a
// mandate's deliverable. A `document` belongs to one agenda item or one
// mandate; each upload of its file is a `document_version` (a replaced file
// keeps its earlier versions). The bytes live outside the database, by
// sha256, in the blob store (app/documents/storage.server.ts).
//
// Approved minutes lock their documents like their text: the same triggers as
// 2026_11_23_1100_minutes, through the item's meeting. A mandate's deliverable
// is follow-up, which goes on after the minutes that gave the mandate.
import { sql, type Kysely } from "kysely";
import { createTriggers, dropTriggers, type TriggerSpec } from "../../app/database/triggers";

const MESSAGE = "Protokollet är justerat och låst. Ändringar görs som rättelse.";
const itemMeeting = (itemRef: string) => `(SELECT meeting_id FROM agenda_item WHERE id = ${itemRef})`;
const LOCKED = (itemRef: string) =>
  `${itemRef} IS NOT NULL AND (SELECT state FROM meeting WHERE id = ${itemMeeting(itemRef)}) = 'minutes_approved'`;
const LOCKED_WITH_APPROVALS = (itemRef: string) =>
  `${LOCKED(itemRef)} AND EXISTS (SELECT 1 FROM approval WHERE meeting_id = ${itemMeeting(itemRef)} AND state = 'approved')`;
const docItem = (docRef: string) => `(SELECT agenda_item_id FROM document WHERE id = ${docRef})`;

function triggers(): TriggerSpec[] {
  const guard = (name: string, table: string, event: TriggerSpec["event"], when: string): TriggerSpec => ({ name, table, timing: "BEFORE", event, when, raise: MESSAGE });
  return [
    guard("document_locked_update", "document", "UPDATE", `(${LOCKED("OLD.agenda_item_id")}) OR (${LOCKED("NEW.agenda_item_id")})`),
    guard("document_locked_delete", "document", "DELETE", LOCKED("OLD.agenda_item_id")),
    guard("document_locked_insert", "document", "INSERT", LOCKED_WITH_APPROVALS("NEW.agenda_item_id")),
    guard("document_version_locked_update", "document_version", "UPDATE", LOCKED(docItem("OLD.document_id"))),
    guard("document_version_locked_delete", "document_version", "DELETE", LOCKED(docItem("OLD.document_id"))),
    guard("document_version_locked_insert", "document_version", "INSERT", LOCKED_WITH_APPROVALS(docItem("NEW.document_id"))),
  ];
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  const now = sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`;
  await db.schema
    .createTable("document")
    .addColumn("id", "integer", (c) => c.primaryKey().autoIncrement())
    .addColumn("agenda_item_id", "integer", (c) => c.references("agenda_item.id").onDelete("cascade"))
    .addColumn("mandate_id", "integer", (c) => c.references("mandate.id").onDelete("cascade"))
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("created_by", "integer", (c) => c.references("user.id").onDelete("set null"))
    .addColumn("created_at", "text", (c) => c.notNull().defaultTo(now))
    .addColumn("updated_at", "text", (c) => c.notNull().defaultTo(now))
    .addCheckConstraint("document_one_owner", sql`(agenda_item_id IS NULL) <> (mandate_id IS NULL)`)
    .execute();
  await db.schema.createIndex("document_agenda_item_idx").on("document").columns(["agenda_item_id", "position"]).execute();
  await db.schema.createIndex("document_mandate_idx").on("document").columns(["mandate_id", "position"]).execute();
  await db.schema.createIndex("document_created_by_idx").on("document").column("created_by").execute();
  await db.schema
    .createTable("document_version")
    .addColumn("id", "integer", (c) => c.primaryKey().autoIncrement())
    .addColumn("document_id", "integer", (c) => c.references("document.id").onDelete("cascade").notNull())
    .addColumn("version", "integer", (c) => c.notNull())
    .addColumn("filename", "text", (c) => c.notNull())
    .addColumn("content_type", "text", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("size", "integer", (c) => c.notNull())
    .addColumn("sha256", "text", (c) => c.notNull())
    .addColumn("uploaded_by", "integer", (c) => c.references("user.id").onDelete("set null"))
    .addColumn("uploaded_at", "text", (c) => c.notNull().defaultTo(now))
    .addUniqueConstraint("document_version_unique", ["document_id", "version"])
    .execute();
  await db.schema.createIndex("document_version_sha256_idx").on("document_version").column("sha256").execute();
  await db.schema.createIndex("document_version_uploaded_by_idx").on("document_version").column("uploaded_by").execute();
  await createTriggers(db, triggers());
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await dropTriggers(db, triggers());
  await db.schema.dropTable("document_version").execute();
  await db.schema.dropTable("document").execute();
}
