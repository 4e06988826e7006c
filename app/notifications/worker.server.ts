// The outbox worker. Each row is taken under a lease (a conditional UPDATE, so
// two workers, in one process or in two app instances, never take the same row),
// written from the data as it is now, delivered, and recorded: every attempt in
// notification_attempt, the outcome on the row. A failed delivery waits with
// exponential backoff; a refusal the server will repeat (5xx) fails at once.
import crypto from "node:crypto";
import type { Kysely, Updateable } from "kysely";
import type { Database, NotificationTable } from "../../db/schema";
import { isLocale } from "~/i18n";
import { compose } from "./compose.server";
import { deliver, PermanentDeliveryError } from "./deliver.server";
import { getPreferences } from "./preferences.server";
import { renderNotification } from "./render.server";
import { TOPIC_OF, type NotificationKind } from "./topics";

export const LEASE_MS = 5 * 60_000;
export const MAX_ATTEMPTS = 10;
const BACKOFF_BASE_MS = 30_000;
const BACKOFF_MAX_MS = 60 * 60_000;

/** 30 s, 1 min, 2 min, … up to an hour between attempts. */
export function backoffMs(attempts: number): number {
  return Math.min(BACKOFF_BASE_MS * 2 ** Math.max(0, attempts - 1), BACKOFF_MAX_MS);
}

const EMAIL = /^[^\s@<>]+@[^\s@<>]+$/;

export type WorkerRun = { sent: number; retried: number; failed: number; skipped: number; digested: number };

async function record(db: Kysely<Database>, id: number, worker: string, at: string, outcome: string, detail: string | null) {
  await db.insertInto("notification_attempt").values({ notification_id: id, at, worker, outcome, detail }).execute();
}

/** Takes one due row under a lease; null when there is none left. */
async function claimNext(db: Kysely<Database>, worker: string, now: Date, skip: Set<number>): Promise<number | null> {
  const nowIso = now.toISOString();
  for (;;) {
    const candidates = await db
      .selectFrom("notification")
      .select("id")
      .where("state", "=", "pending")
      .where("next_attempt_at", "<=", nowIso)
      .where((eb) => eb.or([eb("lease_until", "is", null), eb("lease_until", "<", nowIso)]))
      .$if(skip.size > 0, (q) => q.where("id", "not in", [...skip]))
      .orderBy("next_attempt_at")
      .orderBy("id")
      .limit(5)
      .execute();
    if (!candidates.length) return null;
    for (const { id } of candidates) {
      const taken = await db
        .updateTable("notification")
        .set({ lease_owner: worker, lease_until: new Date(now.getTime() + LEASE_MS).toISOString() })
        .where("id", "=", id)
        .where("state", "=", "pending")
        .where((eb) => eb.or([eb("lease_until", "is", null), eb("lease_until", "<", nowIso)]))
        .executeTakeFirst();
      if (Number(taken.numUpdatedRows) === 1) return id;
      skip.add(id);
    }
  }
}

/**
 * Sends what is due now, one row at a time, until nothing is left (or `limit`).
 * `now` is a parameter so tests can step through time.
 */
export async function runOutbox(db: Kysely<Database>, options: { worker?: string; now?: Date; limit?: number } = {}): Promise<WorkerRun> {
  const worker = options.worker ?? `${process.pid}-${crypto.randomBytes(3).toString("hex")}`;
  const now = options.now ?? new Date();
  const run: WorkerRun = { sent: 0, retried: 0, failed: 0, skipped: 0, digested: 0 };
  const tried = new Set<number>();
  for (let i = 0; i < (options.limit ?? 500); i++) {
    const id = await claimNext(db, worker, now, tried);
    if (id === null) break;
    tried.add(id);
    await sendOne(db, id, worker, now, run);
  }
  return run;
}

async function sendOne(db: Kysely<Database>, id: number, worker: string, now: Date, run: WorkerRun) {
  const at = new Date().toISOString();
  const row = await db.selectFrom("notification").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
  const release = { lease_owner: null, lease_until: null };
  const finish = async (set: Updateable<NotificationTable>) => {
    await db.updateTable("notification").set(set).where("id", "=", id).where("lease_owner", "=", worker).execute();
  };
  const skip = async (reason: string) => {
    await finish({ ...release, state: "skipped", last_error: reason });
    await record(db, id, worker, at, "skipped", reason);
    run.skipped++;
  };

  const user = await db.selectFrom("user").select(["id", "name", "email", "locale", "deactivated_at"]).where("id", "=", row.recipient_id).executeTakeFirst();
  if (!user) return skip("recipient removed");
  if (user.deactivated_at) return skip("recipient deactivated");
  const address = (user.email ?? "").trim();
  if (!EMAIL.test(address)) return skip("no e-mail address");
  const kind = row.kind as NotificationKind;
  const topic = TOPIC_OF[kind] ?? null;
  const delivery = topic ? (await getPreferences(db, user.id))[topic] : "immediate";
  if (delivery === "never") return skip(`${topic}: never`);
  const recipient = { id: user.id, name: user.name, email: address, locale: isLocale(user.locale) ? user.locale : ("sv" as const) };

  let content;
  try {
    content = await renderNotification(db, row, recipient);
  } catch (error) {
    // A bug or bad data in one row must not stop the others: recorded, retried later.
    return fail(error as Error, false);
  }
  if ("skip" in content) return skip(content.skip);
  const message = compose(content, recipient, topic);
  if (delivery === "daily") {
    await finish({ ...release, state: "digest", to_address: address, subject: message.subject, body_text: message.text });
    await record(db, id, worker, at, "digest", null);
    run.digested++;
    return;
  }
  try {
    const result = await deliver(db, message, { template: `notification:${kind}`, locale: recipient.locale });
    await finish({
      ...release,
      state: "sent",
      attempts: row.attempts + 1,
      to_address: address,
      subject: message.subject,
      body_text: message.text,
      transport: result.transport,
      message_id: result.messageId,
      sent_at: new Date().toISOString(),
      last_error: null,
    });
    await record(db, id, worker, at, "sent", result.response ?? result.transport);
    run.sent++;
  } catch (error) {
    return fail(error as Error, error instanceof PermanentDeliveryError);
  }

  async function fail(error: Error, permanent: boolean) {
    const attempts = row.attempts + 1;
    const detail = `${error.name}: ${error.message}`.slice(0, 1000);
    if (permanent || attempts >= MAX_ATTEMPTS) {
      await finish({ ...release, state: "failed", attempts, last_error: detail });
      await record(db, id, worker, at, "failed", detail);
      run.failed++;
    } else {
      await finish({ ...release, attempts, last_error: detail, next_attempt_at: new Date(now.getTime() + backoffMs(attempts)).toISOString() });
      await record(db, id, worker, at, "retry", detail);
      run.retried++;
    }
  }
}

/** Gathers each person's waiting "daily" rows into one digest mail (the scheduler runs this each morning). */
export async function gatherDailyDigests(db: Kysely<Database>, now = new Date()): Promise<number> {
  const waiting = await db.selectFrom("notification").select(["id", "recipient_id"]).where("state", "=", "digest").where("digest_id", "is", null).orderBy("id").execute();
  const byRecipient = new Map<number, number[]>();
  for (const r of waiting) byRecipient.set(r.recipient_id, [...(byRecipient.get(r.recipient_id) ?? []), r.id]);
  for (const [recipientId, ids] of byRecipient) {
    await db.transaction().execute(async (trx) => {
      const { id } = await trx
        .insertInto("notification")
        .values({ kind: "daily_digest", recipient_id: recipientId, next_attempt_at: now.toISOString() })
        .returning("id")
        .executeTakeFirstOrThrow();
      await trx.updateTable("notification").set({ digest_id: id, state: "sent", transport: "digest", sent_at: now.toISOString() }).where("id", "in", ids).where("state", "=", "digest").execute();
    });
  }
  return byRecipient.size;
}
