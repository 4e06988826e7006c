// What a person can choose per kind of notification (client-safe: the profile
// page renders these). Every outbox kind belongs to one topic.
export const TOPICS = ["notice", "approval", "mandate", "reminder", "call"] as const;
export type Topic = (typeof TOPICS)[number];

export const DELIVERIES = ["immediate", "daily", "never"] as const;
export type Delivery = (typeof DELIVERIES)[number];

export const NOTIFICATION_KINDS = [
  "meeting_notice",
  "approval_requested",
  "approval_reminder",
  "approval_done",
  "approval_returned",
  "mandate_given",
  "mandate_followed_up",
  "mandate_reminder",
  "overdue_digest",
  "call_reminder",
  "daily_digest",
  "round_asked",
  "round_reminder",
  "round_result",
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** The topic a kind is chosen under; the daily digest itself is always sent. */
export const TOPIC_OF: Record<NotificationKind, Topic | null> = {
  meeting_notice: "notice",
  approval_requested: "approval",
  approval_reminder: "approval",
  approval_done: "approval",
  approval_returned: "approval",
  mandate_given: "mandate",
  mandate_followed_up: "mandate",
  mandate_reminder: "reminder",
  overdue_digest: "reminder",
  call_reminder: "call",
  daily_digest: null,
  // A member asked to decide in a per-capsulam round always hears of it (app/rounds).
  round_asked: null,
  round_reminder: null,
  round_result: "notice",
};

export function isTopic(value: unknown): value is Topic {
  return typeof value === "string" && (TOPICS as readonly string[]).includes(value);
}

export function isDelivery(value: unknown): value is Delivery {
  return typeof value === "string" && (DELIVERIES as readonly string[]).includes(value);
}
