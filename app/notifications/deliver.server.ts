// The one place a notification leaves the app: through app/mail's transport,
// which records every mail in mail_message (shown at /admin/mail) and, with
// SMTP_URL, sends it. Without SMTP_URL it is kept there, so the demo and
// development need no mail server. A failure throws, so the worker retries.
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";
import { sendRendered, type RenderedMail } from "~/mail";

export type MailMessage = RenderedMail;

export type Delivery = { transport: "smtp" | "log"; messageId: string | null; response: string | null };

/** A refusal the server will give again (5xx: no such mailbox, say): no point retrying. */
export class PermanentDeliveryError extends Error {}

export async function deliver(db: Kysely<Database>, message: MailMessage, meta: { template: string; locale: string }): Promise<Delivery> {
  try {
    const sent = await sendRendered(db, message, meta);
    return { transport: sent.status === "sent" ? "smtp" : "log", messageId: sent.messageId, response: sent.response };
  } catch (error) {
    const code = (error as { responseCode?: number }).responseCode;
    if (typeof code === "number" && code >= 500 && code < 600) {
      throw new PermanentDeliveryError(`${code} ${(error as Error).message}`);
    }
    throw error;
  }
}
