// Invitation mails that failed are sent again (app/mail/retry.server.ts):
// how many times a mail was tried, and when it is next due (NULL: never again).
import type { Kysely } from "kysely";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("mail_message").addColumn("attempts", "integer", (c) => c.notNull().defaultTo(1)).execute();
  await db.schema.alterTable("mail_message").addColumn("next_attempt_at", "text").execute();
  await db.schema.createIndex("mail_message_retry_idx").on("mail_message").columns(["status", "next_attempt_at"]).execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("mail_message_retry_idx").execute();
  await db.schema.alterTable("mail_message").dropColumn("next_attempt_at").execute();
  await db.schema.alterTable("mail_message").dropColumn("attempts").execute();
}
