// The one place a notification leaves the app. With SMTP_URL it goes through
// nodemailer; without, it is only recorded in the outbox row (transport "log"),
// so the demo and development need no mail server.
// MERGE NOTE: when app/mail lands, this calls its transport instead (same
// message shape: nodemailer's options), keeping the outbox and worker as they are.
import nodemailer from "nodemailer";
import type SMTPTransport from "nodemailer/lib/smtp-transport";
import { notificationConfig } from "./config.server";

export type MailMessage = {
  to: string;
  subject: string;
  text: string;
  html: string;
  headers?: Record<string, string>;
  attachments?: { filename: string; content: Buffer; contentType: string }[];
  /** The calendar invitation, sent as a text/calendar part with its METHOD. */
  icalEvent?: { method: "REQUEST" | "CANCEL"; filename: string; content: string };
};

export type Delivery = { transport: "smtp" | "log"; messageId: string | null; response: string | null };

/** A refusal the server will give again (5xx: no such mailbox, say): no point retrying. */
export class PermanentDeliveryError extends Error {}

export async function deliver(message: MailMessage): Promise<Delivery> {
  const config = notificationConfig();
  if (!config.smtpUrl) return { transport: "log", messageId: null, response: null };
  const transport = nodemailer.createTransport(config.smtpUrl, {
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 60_000,
  } as SMTPTransport.Options);
  try {
    const info = await transport.sendMail({ from: config.mailFrom, ...message });
    return { transport: "smtp", messageId: info.messageId ?? null, response: info.response ?? null };
  } catch (error) {
    const code = (error as { responseCode?: number }).responseCode;
    if (typeof code === "number" && code >= 500 && code < 600) {
      throw new PermanentDeliveryError(`${code} ${(error as Error).message}`);
    }
    throw error;
  } finally {
    transport.close();
  }
}
