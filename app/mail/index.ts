// Mail: one entry point (sendMail), templates in ./templates. Outside callers import from here.
export { sendMail, listMail, mailIsKept, mailFrom, type SentMail } from "./send.server";
export type { TemplateName, MailTemplates } from "./templates";
