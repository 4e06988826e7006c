// A real SMTP server for browser tests (smtp-server), started by the test; what
// arrives is parsed with mailparser, as a mail program would read it.
import type { AddressInfo } from "node:net";
import { simpleParser, type AddressObject, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";
import { expect } from "vitest";

export type CaughtMail = { to: string; subject: string; text: string; html: string; from: string };

export async function startSmtpServer(): Promise<{ url: string; mails: CaughtMail[]; mailTo: (address: string) => Promise<CaughtMail>; stop: () => Promise<void> }> {
  const mails: CaughtMail[] = [];
  const text = (a: AddressObject | AddressObject[] | undefined) => (Array.isArray(a) ? a.map((x) => x.text).join(", ") : (a?.text ?? ""));
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream).then(
        (mail: ParsedMail) => {
          mails.push({ to: text(mail.to), from: text(mail.from), subject: mail.subject ?? "", text: mail.text ?? "", html: typeof mail.html === "string" ? mail.html : "" });
          callback();
        },
        (error) => callback(error),
      );
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    mails,
    async mailTo(address) {
      await expect.poll(() => mails.some((m) => m.to.includes(address)), { timeout: 10_000 }).toBe(true);
      return mails.filter((m) => m.to.includes(address)).at(-1)!;
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The first link to the app in a mail's text. */
export function linkIn(mail: CaughtMail, baseURL: string): string {
  const match = mail.text.match(new RegExp(`${baseURL.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}/[^\\s]+`));
  if (!match) throw new Error(`no link in mail:\n${mail.text}`);
  return match[0];
}
