// A real SMTP server inside the test (smtp-server), every mail parsed with
// mailparser. `refuse` makes it answer 550 for an address; close() and
// start() again on the same port stand for a mail server going down and up.
import type { AddressInfo } from "node:net";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";

export type TestSmtp = { port: number; mails: ParsedMail[]; refuse: Set<string>; start: () => Promise<void>; stop: () => Promise<void>; url: string };

export async function startSmtp(): Promise<TestSmtp> {
  const mails: ParsedMail[] = [];
  const refuse = new Set<string>();
  let server: SMTPServer | null = null;
  let port = 0;
  const start = async () => {
    server = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS", "AUTH"],
      logger: false,
      onRcptTo(address, _session, callback) {
        if (refuse.has(address.address)) {
          const error = new Error("No such mailbox") as Error & { responseCode: number };
          error.responseCode = 550;
          return callback(error);
        }
        callback();
      },
      onData(stream, _session, callback) {
        simpleParser(stream).then(
          (mail) => {
            mails.push(mail);
            callback();
          },
          (error) => callback(error),
        );
      },
    });
    await new Promise<void>((resolve) => server!.listen(port, "127.0.0.1", () => resolve()));
    port = (server.server.address() as AddressInfo).port;
  };
  await start();
  const smtp: TestSmtp = {
    mails,
    refuse,
    get port() {
      return port;
    },
    get url() {
      return `smtp://127.0.0.1:${port}`;
    },
    start,
    stop: () => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())),
  };
  return smtp;
}

/** The text/calendar part of a mail (nodemailer's icalEvent), as text. */
export function calendarPart(mail: ParsedMail): string | null {
  const part = mail.attachments.find((a) => a.contentType.startsWith("text/calendar") || a.contentType === "application/ics");
  return part ? part.content.toString("utf8") : null;
}

/** A header as it was sent (mailparser turns List-* headers into objects). */
export function rawHeader(mail: ParsedMail, name: string): string | null {
  const line = mail.headerLines.find((h) => h.key === name.toLowerCase());
  return line ? line.line.slice(line.line.indexOf(":") + 1).replace(/\r?\n\s+/g, " ").trim() : null;
}
