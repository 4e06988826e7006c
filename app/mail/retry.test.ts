// Invitation mails through a real SMTP server (smtp-server) that is down, then up.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSmtp, type TestSmtp } from "../../tests/notifications/smtp";
import { createTestDb } from "../../tests/setup/db";
import { retryFailedMail, sendMail } from "~/mail";

let smtp: TestSmtp;
beforeAll(async () => {
  smtp = await startSmtp();
  process.env.SMTP_URL = smtp.url;
});
afterAll(async () => {
  delete process.env.SMTP_URL;
  await smtp.stop();
});

const invite = (db: Awaited<ReturnType<typeof createTestDb>>, to: string, url = "https://styrbord.example/invite/abc") =>
  sendMail(db, { to, locale: "sv", template: "invitation", data: { name: "Ny Ledamot", inviter: "Admin", url } });
const minutes = (n: number) => new Date(Date.now() + n * 60_000);
const to = (address: string) => smtp.mails.filter((m) => m.to && !Array.isArray(m.to) && m.to.value[0].address === address);

describe("an invitation mail that failed", () => {
  it("is sent once when the mail server is back, and not again", async () => {
    const db = await createTestDb({ demo: false });
    await smtp.stop();
    const first = await invite(db, "ny.ledamot@example.org");
    expect(first.status).toBe("failed");
    expect(await retryFailedMail(db, new Date())).toBe(0); // not due yet
    await smtp.start();
    expect(await retryFailedMail(db, minutes(2))).toBe(1);
    expect(to("ny.ledamot@example.org")).toHaveLength(1);
    expect(to("ny.ledamot@example.org")[0].text).toContain("https://styrbord.example/invite/abc");
    expect(await db.selectFrom("mail_message").select(["status", "attempts", "next_attempt_at"]).where("id", "=", first.id).executeTakeFirst()).toEqual({ status: "sent", attempts: 2, next_attempt_at: null });
    expect(await retryFailedMail(db, minutes(300))).toBe(0);
    expect(to("ny.ledamot@example.org")).toHaveLength(1);
  });

  it("is not tried again when the server refused the address, or when a newer invitation replaced it", async () => {
    const db = await createTestDb({ demo: false });
    smtp.refuse.add("finns.inte@example.org");
    const refused = await invite(db, "finns.inte@example.org");
    expect(refused.status).toBe("failed");
    await smtp.stop();
    await invite(db, "bytt@example.org", "https://styrbord.example/invite/old");
    await invite(db, "bytt@example.org", "https://styrbord.example/invite/new");
    await smtp.start();
    expect(await retryFailedMail(db, minutes(2))).toBe(1);
    expect(to("bytt@example.org").map((m) => m.text?.includes("/invite/new"))).toEqual([true]);
    expect(to("finns.inte@example.org")).toHaveLength(0);
    expect(await retryFailedMail(db, minutes(300))).toBe(0);
  });

  it("waits longer after each failure and gives up after six tries", async () => {
    const db = await createTestDb({ demo: false });
    await smtp.stop();
    const mail = await invite(db, "nere@example.org");
    let at = new Date();
    for (let tries = 1; tries < 6; tries++) {
      const row = await db.selectFrom("mail_message").select(["attempts", "next_attempt_at"]).where("id", "=", mail.id).executeTakeFirstOrThrow();
      expect(row.attempts).toBe(tries);
      at = new Date(row.next_attempt_at!);
      await retryFailedMail(db, at);
    }
    expect(await db.selectFrom("mail_message").select(["status", "attempts", "next_attempt_at"]).where("id", "=", mail.id).executeTakeFirst()).toEqual({ status: "failed", attempts: 6, next_attempt_at: null });
    await smtp.start();
  });
});
