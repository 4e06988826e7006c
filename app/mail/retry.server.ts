// A templated mail (an invitation) that failed is sent again, with the text it
// was written with, while its link can still be used: a mail server that is
// down for an hour must not cost a new member their invitation. (Notifications
// have their own outbox with retries, app/notifications.) A mail the server
// refused for good (5xx: no such mailbox) is not tried again; nor is one that
// a newer mail of the same kind to the same address replaced (its link is dead).
// Each retry is claimed first, so two app instances never send it twice.
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";
import { nowIso } from "~/utils/clock";
import { deliver, isPermanent } from "./send.server";

/** Minutes to wait before the 2nd, 3rd … try; after the last, the mail stays failed (shown at /admin/mail). */
const BACKOFF_MINUTES = [1, 5, 15, 60, 240];
/** How long a claimed retry is held before another instance may take it. */
const CLAIM_MINUTES = 10;

const later = (at: Date, minutes: number) => new Date(at.getTime() + minutes * 60_000).toISOString();

/** When a mail that has now been tried `attempts` times and failed is due again, or null. */
export function nextAttempt(attempts: number, error: unknown, at: Date): string | null {
  if (isPermanent(error) || attempts > BACKOFF_MINUTES.length) return null;
  return later(at, BACKOFF_MINUTES[attempts - 1]);
}

export async function retryFailedMail(db: Kysely<Database>, at: Date = new Date()): Promise<number> {
  const due = await db
    .selectFrom("mail_message")
    .select(["id", "template", "to_address", "subject", "text_body", "html_body", "attempts", "next_attempt_at"])
    .where("status", "=", "failed")
    .where("next_attempt_at", "<=", at.toISOString())
    .orderBy("id")
    .limit(20)
    .execute();
  let sent = 0;
  for (const mail of due) {
    const replaced = await db
      .selectFrom("mail_message")
      .select("id")
      .where("template", "=", mail.template)
      .where("to_address", "=", mail.to_address)
      .where("id", ">", mail.id)
      .executeTakeFirst();
    if (replaced) {
      await db.updateTable("mail_message").set({ next_attempt_at: null }).where("id", "=", mail.id).execute();
      continue;
    }
    const claimed = await db
      .updateTable("mail_message")
      .set({ next_attempt_at: later(at, CLAIM_MINUTES) })
      .where("id", "=", mail.id)
      .where("status", "=", "failed")
      .where("next_attempt_at", "=", mail.next_attempt_at)
      .executeTakeFirst();
    if (Number(claimed.numUpdatedRows) !== 1) continue;
    const attempts = mail.attempts + 1;
    try {
      await deliver({ to: mail.to_address, subject: mail.subject, text: mail.text_body, html: mail.html_body });
      await db.updateTable("mail_message").set({ status: "sent", sent_at: nowIso(), error: null, attempts, next_attempt_at: null }).where("id", "=", mail.id).execute();
      sent += 1;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      await db
        .updateTable("mail_message")
        .set({ error: message.slice(0, 500), attempts, next_attempt_at: nextAttempt(attempts, error, at) })
        .where("id", "=", mail.id)
        .execute();
    }
  }
  return sent;
}
