// The frame every mail shares: the same words as plain text and as simple,
// inline-styled HTML (mail programs ignore style sheets), in the recipient's language.
import type { Messages } from "~/i18n";

export type RenderedMail = { subject: string; text: string; html: string };

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

/** A greeting, paragraphs, one button-like link (also written out), and the signature. */
export function actionMail(
  t: Messages,
  { subject, name, paragraphs, action, url, after }: { subject: string; name: string; paragraphs: string[]; action: string; url: string; after: string[] },
): RenderedMail {
  const m = t.accounts.mail;
  const text = [m.greeting(name), ...paragraphs, `${action}:\n${url}`, ...after, m.signature].join("\n\n") + "\n";
  const p = (s: string) => `<p style="margin:0 0 16px">${escapeHtml(s).replace(/\n/g, "<br>")}</p>`;
  const html = `<!DOCTYPE html>
<html lang="${escapeHtml(t.accounts.mail.lang)}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#1d2733;background:#ffffff;margin:0;padding:24px">
<div style="max-width:560px;margin:0 auto">
${p(m.greeting(name))}
${paragraphs.map(p).join("\n")}
<p style="margin:24px 0"><a href="${escapeHtml(url)}" style="background:#1f4e79;color:#ffffff;padding:12px 20px;border-radius:4px;text-decoration:none;font-weight:bold;display:inline-block">${escapeHtml(action)}</a></p>
<p style="margin:0 0 16px;font-size:14px;color:#4a5561">${escapeHtml(url)}</p>
${after.map(p).join("\n")}
${p(m.signature)}
</div></body></html>
`;
  return { subject, text, html };
}
