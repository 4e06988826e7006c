// Started with the server (server.js): the outbox worker every 15 seconds, and
// the reminder and digest jobs on Stockholm time, by croner. `protect` keeps a
// slow run from overlapping the next in this process; a `job_run` row per slot
// lets one instance run each reminder and digest job (job-runs.server.ts), and
// the outbox leases and once-only keys keep two instances from sending anything twice.
import { Cron } from "croner";
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";
import { TIME_ZONE, today } from "~/utils/dates";
import { notificationConfig } from "./config.server";
import { enqueueOverdueDigests, runDailyJobs } from "./jobs.server";
import { runOnce } from "./job-runs.server";
import { gatherDailyDigests, runOutbox } from "./worker.server";
import { runRoundJobs } from "~/rounds";
import { retryFailedMail } from "~/mail";

const log = (what: string) => (error: unknown) => console.error(`notifications: ${what} failed:`, error);

export function startNotifications(db: Kysely<Database>): () => void {
  if (!notificationConfig().enabled) return () => {};
  const options = { timezone: TIME_ZONE, protect: true } as const;
  const jobs = [
    new Cron("*/15 * * * * *", options, async () => void (await runOutbox(db).catch(log("worker")))),
    new Cron("0 7 * * *", options, async () => void (await runOnce(db, "reminders", new Date(), () => runDailyJobs(db, today())).catch(log("reminders")))),
    new Cron("0 7 * * 1", options, async () => void (await runOnce(db, "overdue-digest", new Date(), () => enqueueOverdueDigests(db, today())).catch(log("overdue digest")))),
    new Cron("0 6 * * *", options, async () => void (await runOnce(db, "daily-digest", new Date(), () => gatherDailyDigests(db)).catch(log("daily digest")))),
    // Per-capsulam rounds: close those whose time has come, remind a day before (app/rounds).
    new Cron("0 * * * * *", options, async () => void (await runRoundJobs(db).catch(log("rounds")))),
    // Invitation mails that failed, sent again while their link lasts (app/mail/retry.server.ts).
    new Cron("30 * * * * *", options, async () => void (await retryFailedMail(db).catch(log("mail retry")))),
  ];
  // Reminders a stopped server missed this morning go out now (their keys keep them once-only).
  void runDailyJobs(db, today()).catch(log("reminders at start"));
  return () => jobs.forEach((job) => job.stop());
}
