// Notifications: what the rest of the app calls. Models call `notify(trx, …)`
// once in the transaction of each change; the server starts the scheduler.
export { notify, enqueue, listOutbox, type NotificationEvent } from "./outbox.server";
export { calendarUid, installationId, meetingTime, meetingInvitation } from "./calendar.server";
export { runOutbox, gatherDailyDigests, backoffMs, type WorkerRun } from "./worker.server";
export { runDailyJobs, enqueueMandateReminders, enqueueCallReminders, enqueueApprovalReminders, enqueueOverdueDigests, thresholdFor } from "./jobs.server";
export { startNotifications } from "./scheduler.server";
export { getPreferences, savePreferences, readPreferenceForm, unsubscribe, unsubscribeToken, readUnsubscribeToken } from "./preferences.server";
export { deliver, type MailMessage } from "./deliver.server";
export { TOPICS, DELIVERIES, type Topic, type Delivery } from "./topics";
