// The one way the app sends mail. Every mail is written to mail_message first;
// with SMTP_URL it then goes out through nodemailer, without it stays there
// ("kept") and administrators read it at /admin/mail. A later notifications
// outbox calls sendMail too.
import type { Kysely } from "kysely";
import nodemailer, { type Transporter } from "nodemailer";
import type { Database, MailStatus } from "../../db/schema";
import { isLocale, messagesFor, type Locale } from "~/i18n";
import { renderMail, type MailTemplates, type TemplateName } from "./templates";

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

export async function sendMail<K extends TemplateName>(db: Kysely<Database>, mail: SendMail<K>): Promise<SentMail> {
  const locale: Locale = isLocale(mail.locale) ? mail.locale : "sv";
  const rendered = renderMail(mail.template, messagesFor(locale), mail.data);
  const smtp = process.env.SMTP_URL;
  const { id } = await db
    .insertInto("mail_message")
    .values({
      template: mail.template,
      to_address: mail.to,
      locale,
      subject: rendered.subject,
      text_body: rendered.text,
      html_body: rendered.html,
      status: "kept",
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  if (!smtp) return { id, status: "kept" };
  try {
    await transport(smtp).sendMail({ from: mailFrom(), to: mail.to, subject: rendered.subject, text: rendered.text, html: rendered.html });
    await db.updateTable("mail_message").set({ status: "sent", sent_at: new Date().toISOString() }).where("id", "=", id).execute();
    return { id, status: "sent" };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    console.error(`Mail ${id} to ${mail.to} could not be sent: ${message}`);
    await db.updateTable("mail_message").set({ status: "failed", error: message.slice(0, 500) }).where("id", "=", id).execute();
    return { id, status: "failed" };
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
