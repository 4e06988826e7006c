// Mail: one entry point (sendMail), templates in ./templates. Outside callers import from here.
export { sendMail, sendRendered, listMail, mailIsKept, mailFrom, type SentMail, type RenderedMail } from "./send.server";
export { retryFailedMail } from "./retry.server";
export type { TemplateName, MailTemplates } from "./templates";
