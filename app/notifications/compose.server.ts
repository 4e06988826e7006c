// One mail from structured content: the plain-text and the HTML part say the
// same thing, in the recipient's language, with the unsubscribe link of its
// topic in the footer and in the List-Unsubscribe headers (RFC 2369, RFC 8058).
import { messagesFor, type Locale } from "~/i18n";
import { safeExternalUrl } from "~/security/urls";
import type { MailMessage } from "./deliver.server";
import { notificationConfig } from "./config.server";
import { unsubscribeToken } from "./preferences.server";
import type { Topic } from "./topics";

export type Block =
  | { kind: "p"; text: string }
  | { kind: "facts"; rows: [string, string][] }
  | { kind: "list"; title?: string; items: { text: string; href?: string }[] }
  | { kind: "quote"; text: string };

export type Content = {
  subject: string;
  blocks: Block[];
  /** The page to act on. */
  link: string;
  attachments?: MailMessage["attachments"];
  icalEvent?: MailMessage["icalEvent"];
};

export type Recipient = { id: number; name: string; email: string; locale: Locale };

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

export function compose(content: Content, recipient: Recipient, topic: Topic | null): MailMessage {
  const m = messagesFor(recipient.locale).notifications;
  const { publicUrl } = notificationConfig();
  const link = publicUrl + content.link;
  const unsubscribeUrl = topic ? `${publicUrl}/unsubscribe/${unsubscribeToken(recipient.id, topic)}` : null;
  const profileUrl = `${publicUrl}/profile#notifications`;
  // The app's own paths, or an http(s) address; anything else (javascript:, data:) links to the app.
  const abs = (href: string) => (href.startsWith("/") && !href.startsWith("//") ? publicUrl + href : (safeExternalUrl(href) ?? publicUrl));

  const text: string[] = [m.mail.greeting(recipient.name), ""];
  const html: string[] = [`<p>${escape(m.mail.greeting(recipient.name))}</p>`];
  for (const block of content.blocks) {
    if (block.kind === "p") {
      text.push(block.text, "");
      html.push(`<p>${escape(block.text)}</p>`);
    } else if (block.kind === "quote") {
      text.push(...block.text.split("\n").map((l) => `> ${l}`), "");
      html.push(`<blockquote style="border-left:3px solid #d5dbe3;margin:0 0 1em;padding-left:12px">${escape(block.text).replace(/\n/g, "<br>")}</blockquote>`);
    } else if (block.kind === "facts") {
      text.push(...block.rows.map(([k, v]) => `${k}: ${v}`), "");
      html.push(`<table role="presentation" style="border-collapse:collapse;margin-bottom:1em">${block.rows.map(([k, v]) => `<tr><th scope="row" style="text-align:left;padding:2px 12px 2px 0;vertical-align:top">${escape(k)}</th><td style="padding:2px 0">${escape(v)}</td></tr>`).join("")}</table>`);
    } else {
      if (block.title) {
        text.push(block.title);
        html.push(`<h2 style="font-size:1.05em;margin:1em 0 0.3em">${escape(block.title)}</h2>`);
      }
      text.push(...block.items.map((i) => `- ${i.text}${i.href ? ` (${abs(i.href)})` : ""}`), "");
      html.push(`<ul>${block.items.map((i) => `<li>${i.href ? `<a href="${escape(abs(i.href))}">${escape(i.text)}</a>` : escape(i.text)}</li>`).join("")}</ul>`);
    }
  }
  text.push(`${m.mail.open}: ${link}`, "", "-- ", m.mail.why);
  html.push(`<p><a href="${escape(link)}" style="font-weight:bold">${escape(m.mail.open)}</a></p>`);
  const footer: string[] = [escape(m.mail.why)];
  if (unsubscribeUrl && topic) {
    text.push(`${m.mail.unsubscribe(m.topics[topic])}: ${unsubscribeUrl}`);
    footer.push(`<a href="${escape(unsubscribeUrl)}">${escape(m.mail.unsubscribe(m.topics[topic]))}</a>`);
  }
  text.push(`${m.mail.preferences}: ${profileUrl}`);
  footer.push(`<a href="${escape(profileUrl)}">${escape(m.mail.preferences)}</a>`);
  html.push(`<hr style="border:0;border-top:1px solid #d5dbe3"><p style="color:#4f5b6a;font-size:0.9em">${footer.join("<br>")}</p>`);

  return {
    to: recipient.email,
    subject: content.subject,
    text: text.join("\n"),
    html: `<!DOCTYPE html><html lang="${recipient.locale}"><head><meta charset="utf-8"><title>${escape(content.subject)}</title></head><body style="font-family:Arial,sans-serif;color:#1b2430;max-width:40rem">${html.join("\n")}</body></html>`,
    headers: unsubscribeUrl ? { "List-Unsubscribe": `<${unsubscribeUrl}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" } : {},
    attachments: content.attachments,
    icalEvent: content.icalEvent,
  };
}
