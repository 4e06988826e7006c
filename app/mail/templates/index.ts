// Every mail the app writes, by name. A template takes the recipient's
// messages (their language) and its data, and gives subject, text and HTML.
import type { Messages } from "~/i18n";
import { actionMail, type RenderedMail } from "./layout";

export type MailTemplates = {
  invitation: { name: string; inviter: string; url: string };
  "reset-password": { name: string; url: string };
};

export type TemplateName = keyof MailTemplates;

const templates: { [K in TemplateName]: (t: Messages, data: MailTemplates[K]) => RenderedMail } = {
  invitation: (t, { name, inviter, url }) => {
    const m = t.accounts.mail.invitation;
    return actionMail(t, { subject: m.subject, name, paragraphs: [m.body(inviter)], action: m.action, url, after: [m.expires, t.accounts.mail.ignore] });
  },
  "reset-password": (t, { name, url }) => {
    const m = t.accounts.mail.reset;
    return actionMail(t, { subject: m.subject, name, paragraphs: [m.body], action: m.action, url, after: [m.expires, t.accounts.mail.ignore] });
  },
};

export function renderMail<K extends TemplateName>(template: K, t: Messages, data: MailTemplates[K]): RenderedMail {
  return templates[template](t, data);
}

export type { RenderedMail };
