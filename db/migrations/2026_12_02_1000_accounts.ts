// Accounts (issue 11): sessions on the server, deactivated users, one-time
// tokens (setup, invitation, password reset), kept mail, the rate-limit store
// shared by every app instance, and the link to an organisation's OIDC account.
import { sql, type Kysely } from "kysely";

const now = sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("user").addColumn("deactivated_at", "text").execute();
  await db.schema.alterTable("user").addColumn("oidc_subject", "text").execute();
  await db.schema.alterTable("user").addColumn("password_changed_at", "text").execute();
  await db.schema.createIndex("user_oidc_subject_idx").on("user").column("oidc_subject").unique().execute();

  // The cookie holds a random id; the table holds only its SHA-256.
  await db.schema
    .createTable("session")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("user_id", "integer", (c) => c.references("user.id").onDelete("cascade").notNull())
    .addColumn("created_at", "text", (c) => c.notNull().defaultTo(now))
    .addColumn("last_seen_at", "text", (c) => c.notNull())
    .addColumn("user_agent", "text")
    .execute();
  await db.schema.createIndex("session_user_id_idx").on("session").column("user_id").execute();

  await db.schema
    .createTable("auth_token")
    .addColumn("id", "integer", (c) => c.primaryKey().autoIncrement())
    .addColumn("kind", "text", (c) => c.notNull().check(sql`kind in ('setup', 'invitation', 'reset')`))
    .addColumn("token_hash", "text", (c) => c.notNull().unique())
    .addColumn("user_id", "integer", (c) => c.references("user.id").onDelete("cascade"))
    .addColumn("created_by", "integer", (c) => c.references("user.id").onDelete("set null"))
    .addColumn("created_at", "text", (c) => c.notNull().defaultTo(now))
    .addColumn("expires_at", "text", (c) => c.notNull())
    .addColumn("used_at", "text")
    .execute();
  await db.schema.createIndex("auth_token_user_id_idx").on("auth_token").column("user_id").execute();
  await db.schema.createIndex("auth_token_created_by_idx").on("auth_token").column("created_by").execute();

  await db.schema
    .createTable("mail_message")
    .addColumn("id", "integer", (c) => c.primaryKey().autoIncrement())
    .addColumn("template", "text", (c) => c.notNull())
    .addColumn("to_address", "text", (c) => c.notNull())
    .addColumn("locale", "text", (c) => c.notNull())
    .addColumn("subject", "text", (c) => c.notNull())
    .addColumn("text_body", "text", (c) => c.notNull())
    .addColumn("html_body", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull().check(sql`status in ('kept', 'sent', 'failed')`))
    .addColumn("error", "text")
    .addColumn("created_at", "text", (c) => c.notNull().defaultTo(now))
    .addColumn("sent_at", "text")
    .execute();

  // rate-limiter-flexible's own layout (key, points, expire in ms since epoch).
  await db.schema
    .createTable("rate_limit")
    .addColumn("key", "text", (c) => c.primaryKey())
    .addColumn("points", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("expire", "integer")
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ["rate_limit", "mail_message", "auth_token", "session"]) await db.schema.dropTable(table).execute();
  await db.schema.dropIndex("user_oidc_subject_idx").execute();
  for (const column of ["password_changed_at", "oidc_subject", "deactivated_at"]) {
    await db.schema.alterTable("user").dropColumn(column).execute();
  }
}
