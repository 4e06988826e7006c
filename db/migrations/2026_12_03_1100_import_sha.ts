// A file imported twice into a group would make two approved meetings with the
// same decisions and mandates: the import looks the file up by its sha256 first
// (app/models/meeting-import.server.ts), and this index keeps that cheap for an
// archive of thousands of files.
import type { Kysely } from "kysely";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex("imported_document_sha256_idx").on("imported_document").column("sha256").execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("imported_document_sha256_idx").execute();
}
