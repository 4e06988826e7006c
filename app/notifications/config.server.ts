// The notification settings from the environment, read when asked (never at import).
const numberList = (value: string | undefined, fallback: number[]) => {
  const parsed = (value ?? "").split(",").filter((v) => v.trim() !== "").map((v) => Number(v.trim())).filter((n) => Number.isInteger(n) && n >= 0);
  return parsed.length ? [...new Set(parsed)].sort((a, b) => b - a) : fallback;
};

export const notificationConfig = () => ({
  /** Links in mails start here; also the `From` domain's fallback. */
  publicUrl: (process.env.PUBLIC_URL ?? `http://localhost:${process.env.PORT ?? 3000}`).replace(/\/+$/, ""),
  smtpUrl: process.env.SMTP_URL || null,
  mailFrom: process.env.MAIL_FROM || "Styrbord <styrbord@localhost>",
  /** Days before a mandate's due day: one reminder at each. */
  mandateReminderDays: numberList(process.env.STYRBORD_MANDATE_REMINDER_DAYS, [14, 3]),
  /** Days before a call's application deadline. */
  callReminderDays: numberList(process.env.STYRBORD_CALL_REMINDER_DAYS, [30, 7]),
  /** A pending approval is reminded this many days after the minutes were sent. */
  approvalReminderDays: Number(process.env.STYRBORD_APPROVAL_REMINDER_DAYS ?? 3) || 3,
  /** `0` turns the worker and scheduler off in this process (another instance runs them). */
  enabled: process.env.STYRBORD_NOTIFICATIONS !== "0",
});
