// The one way the app sends mail. Every mail is written to mail_message first;
// with SMTP_URL it then goes out through nodemailer, without it stays there
// ("kept") and administrators read it at /admin/mail. A later notifications
// outbox calls sendMail too.
import type { Kysely } from "kysely";
import nodemailer, { type Transporter } from "nodemailer";
import type { Database, MailStatus } from "../../db/schema";
import { isLocale, messagesFor, type Locale } from "~/i18n";
import { renderMail, type MailTemplates, type TemplateName } from "./templates";
import { nowIso } from "~/utils/clock";
import { nextAttempt } from "./retry.server";

let cached: { url: string; transport: Transporter } | undefined;

function transport(url: string): Transporter {
  if (cached?.url !== url) cached = { url, transport: nodemailer.createTransport(url) };
  return cached.transport;
}

export function mailFrom(env: NodeJS.ProcessEnv = process.env): string {
  return env.MAIL_FROM || "Styrbord <styrbord@localhost>";
}

export function mailIsKept(env: NodeJS.ProcessEnv = process.env): boolean {
  return !env.SMTP_URL;
}

export type SendMail<K extends TemplateName> = { to: string; locale: Locale | string | null; template: K; data: MailTemplates[K] };

export type SentMail = { id: number; status: MailStatus };

/** A mail already written: notifications bring their own headers, attachments and calendar invitation. */
export type RenderedMail = {
  to: string;
  subject: string;
  text: string;
  html: string;
  headers?: Record<string, string>;
  attachments?: { filename: string; content: Buffer; contentType: string }[];
  /** The calendar invitation, sent as a text/calendar part with its METHOD. */
  icalEvent?: { method: "REQUEST" | "CANCEL"; filename: string; content: string };
};

export type Transmitted = SentMail & { messageId: string | null; response: string | null };

/**
 * Records the mail in mail_message and, with SMTP_URL, sends it. A failed send
 * is recorded and THROWN (with the server's responseCode), so a caller with an
 * outbox can retry; without SMTP_URL the mail is kept for /admin/mail.
 */
export async function sendRendered(db: Kysely<Database>, mail: RenderedMail, meta: { template: string; locale: string }): Promise<Transmitted> {
  const smtp = process.env.SMTP_URL;
  const { id } = await db
    .insertInto("mail_message")
    .values({ template: meta.template, to_address: mail.to, locale: meta.locale, subject: mail.subject, text_body: mail.text, html_body: mail.html, status: "kept" })
    .returning("id")
    .executeTakeFirstOrThrow();
  if (!smtp) return { id, status: "kept", messageId: null, response: null };
  try {
    const info = await deliver(mail);
    await db.updateTable("mail_message").set({ status: "sent", sent_at: nowIso() }).where("id", "=", id).execute();
    return { id, status: "sent", messageId: info.messageId ?? null, response: info.response ?? null };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await db.updateTable("mail_message").set({ status: "failed", error: message.slice(0, 500) }).where("id", "=", id).execute();
    // The server's responseCode stays on the error; the row it failed in goes with it.
    throw Object.assign(error instanceof Error ? error : new Error(message), { mailId: id });
  }
}

/** Hands a written mail to the SMTP server (SMTP_URL must be set). */
export async function deliver(mail: RenderedMail): Promise<{ messageId?: string; response?: string }> {
  const smtp = process.env.SMTP_URL;
  if (!smtp) throw new Error("SMTP_URL is not set");
  return transport(smtp).sendMail({ from: mailFrom(), ...mail });
}

/** The server refused the mail for good (5xx: no such mailbox, rejected): trying again will not help. */
export function isPermanent(error: unknown): boolean {
  const code = (error as { responseCode?: unknown } | null)?.responseCode;
  return typeof code === "number" && code >= 500;
}

/** A templated mail (invitations, password links): rendered in the recipient's language, then sent; a failure is recorded, not thrown, and tried again later (retry.server.ts). */
export async function sendMail<K extends TemplateName>(db: Kysely<Database>, mail: SendMail<K>): Promise<SentMail> {
  const locale: Locale = isLocale(mail.locale) ? mail.locale : "sv";
  const rendered = renderMail(mail.template, messagesFor(locale), mail.data);
  try {
    const sent = await sendRendered(db, { to: mail.to, subject: rendered.subject, text: rendered.text, html: rendered.html }, { template: mail.template, locale });
    return { id: sent.id, status: sent.status };
  } catch (error) {
    console.error(`Mail to ${mail.to} could not be sent: ${error instanceof Error ? error.message : String(error)}`);
    const mailId = (error as { mailId?: number }).mailId;
    if (mailId === undefined) throw error;
    await db.updateTable("mail_message").set({ next_attempt_at: nextAttempt(1, error, new Date()) }).where("id", "=", mailId).execute();
    return { id: mailId, status: "failed" };
  }
}

export async function listMail(db: Kysely<Database>, limit = 100) {
  return db
    .selectFrom("mail_message")
    .select(["id", "to_address", "subject", "status", "created_at", "text_body", "error"])
    .orderBy("id", "desc")
    .limit(limit)
    .execute();
}
