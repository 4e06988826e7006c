// Notifications: the outbox (written in the same transaction as the change that
// causes it), each delivery attempt, per-person preferences, the installation's
// id (in calendar UIDs) and each meeting's calendar sequence.
import crypto from "node:crypto";
import { sql, type Kysely } from "kysely";

const now = sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("installation")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("created_at", "text", (c) => c.notNull().defaultTo(now))
    .execute();
  await db.insertInto("installation").values({ id: crypto.randomBytes(8).toString("hex") }).execute();

  // Raised when a meeting moves or is cancelled: the invitation's SEQUENCE (RFC 5546).
  await db.schema.alterTable("meeting").addColumn("calendar_sequence", "integer", (c) => c.notNull().defaultTo(0)).execute();
  await db.schema.alterTable("meeting").addColumn("cancelled_at", "text").execute();

  await db.schema
    .createTable("notification")
    .addColumn("id", "integer", (c) => c.primaryKey().autoIncrement())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("recipient_id", "integer", (c) => c.references("user.id").onDelete("cascade").notNull())
    .addColumn("meeting_id", "integer", (c) => c.references("meeting.id").onDelete("cascade"))
    .addColumn("mandate_id", "integer", (c) => c.references("mandate.id").onDelete("cascade"))
    .addColumn("call_id", "integer", (c) => c.references("funding_call.id").onDelete("cascade"))
    .addColumn("data_json", "text")
    // Once-only: a reminder's key (mandate, due day, threshold, person); null for plain events.
    .addColumn("dedupe_key", "text", (c) => c.unique())
    // A pending row with the same key takes later changes instead of a second mail.
    .addColumn("coalesce_key", "text")
    .addColumn("state", "text", (c) => c.notNull().defaultTo("pending"))
    .addColumn("attempts", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("next_attempt_at", "text", (c) => c.notNull().defaultTo(now))
    .addColumn("lease_owner", "text")
    .addColumn("lease_until", "text")
    .addColumn("last_error", "text")
    .addColumn("to_address", "text")
    .addColumn("subject", "text")
    .addColumn("body_text", "text")
    .addColumn("transport", "text")
    .addColumn("message_id", "text")
    .addColumn("sent_at", "text")
    .addColumn("digest_id", "integer")
    .addColumn("created_at", "text", (c) => c.notNull().defaultTo(now))
    .execute();
  await db.schema.createIndex("notification_due_idx").on("notification").columns(["state", "next_attempt_at"]).execute();
  await db.schema.createIndex("notification_coalesce_idx").on("notification").columns(["coalesce_key", "state"]).execute();
  await db.schema.createIndex("notification_recipient_idx").on("notification").column("recipient_id").execute();
  await db.schema.createIndex("notification_meeting_idx").on("notification").column("meeting_id").execute();
  await db.schema.createIndex("notification_mandate_idx").on("notification").column("mandate_id").execute();
  await db.schema.createIndex("notification_call_idx").on("notification").column("call_id").execute();

  await db.schema
    .createTable("notification_attempt")
    .addColumn("id", "integer", (c) => c.primaryKey().autoIncrement())
    .addColumn("notification_id", "integer", (c) => c.references("notification.id").onDelete("cascade").notNull())
    .addColumn("at", "text", (c) => c.notNull())
    .addColumn("worker", "text", (c) => c.notNull())
    .addColumn("outcome", "text", (c) => c.notNull())
    .addColumn("detail", "text")
    .execute();
  await db.schema.createIndex("notification_attempt_notification_idx").on("notification_attempt").column("notification_id").execute();

  await db.schema
    .createTable("notification_preference")
    .addColumn("user_id", "integer", (c) => c.references("user.id").onDelete("cascade").notNull())
    .addColumn("topic", "text", (c) => c.notNull())
    .addColumn("delivery", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull().defaultTo(now))
    .addPrimaryKeyConstraint("notification_preference_pk", ["user_id", "topic"])
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("notification_preference").execute();
  await db.schema.dropTable("notification_attempt").execute();
  await db.schema.dropTable("notification").execute();
  await db.schema.alterTable("meeting").dropColumn("cancelled_at").execute();
  await db.schema.alterTable("meeting").dropColumn("calendar_sequence").execute();
  await db.schema.dropTable("installation").execute();
}
