// Nothing lost, nothing twice: the outbox through a real SMTP server that goes
// down, refuses a recipient, and is shared by two workers at once.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, demoIds } from "../setup/db";
import { giveMandateByPerCapsulam, staffAddresses } from "./helpers";
import { startSmtp, type TestSmtp } from "./smtp";
import { createDb } from "../../db/client";
import { migrateToLatest } from "../../db/migrate";
import { seedDemo } from "../../db/seed/demo";
import { getAgendaMeeting, publishAgenda } from "~/models/agenda-item.server";
import { planMeeting } from "~/models/meeting.server";
import { enqueue, runOutbox } from "~/notifications";

let smtp: TestSmtp;
beforeAll(async () => {
  smtp = await startSmtp();
  process.env.SMTP_URL = smtp.url;
});
afterAll(async () => {
  delete process.env.SMTP_URL;
  await smtp.stop();
});

const minutesLater = (minutes: number) => new Date(Date.now() + minutes * 60_000);

describe("delivery", () => {
  it("waits while the mail server is down and delivers the mandate once when it is back", async () => {
    const db = await createTestDb();
    const ids = await demoIds(db);
    const staff = await staffAddresses(db, ids.unitId);
    smtp.mails.length = 0;
    await smtp.stop();

    const mandateId = await giveMandateByPerCapsulam(db, ids, "ta fram en kommunikationsplan för Handslaget 2", { kind: "date", date: "2027-02-01" });
    const down = await runOutbox(db);
    expect(down).toMatchObject({ sent: 0, retried: staff.length });
    const waiting = await db.selectFrom("notification").selectAll().where("mandate_id", "=", mandateId).execute();
    expect(waiting.every((r) => r.state === "pending" && r.attempts === 1 && /ECONNREFUSED/.test(r.last_error ?? ""))).toBe(true);

    await smtp.start();
    expect((await runOutbox(db)).sent).toBe(0); // still waiting out its backoff
    expect((await runOutbox(db, { now: minutesLater(2) })).sent).toBe(staff.length);
    expect((await runOutbox(db, { now: minutesLater(120) })).sent).toBe(0);

    const mails = smtp.mails.filter((m) => m.subject?.includes("kommunikationsplan"));
    expect(mails.map((m) => (m.to as { text: string }).text).sort()).toEqual(staff);
    expect(mails[0].subject).toBe("Nytt uppdrag: Ta fram en kommunikationsplan för Handslaget 2");
    expect(mails[0].text).toContain("Återrapportering: senast 1 februari 2027");
    const attempts = await db.selectFrom("notification_attempt").select(["outcome"]).where("notification_id", "=", waiting[0].id).orderBy("id").execute();
    expect(attempts.map((a) => a.outcome)).toEqual(["retry", "sent"]);
  });

  it("records a refused recipient and a member without an address, and goes on with the others", async () => {
    const db = await createTestDb();
    const ids = await demoIds(db);
    smtp.mails.length = 0;
    await db.updateTable("user").set({ email: "" }).where("id", "=", ids.memberId).execute();
    smtp.refuse.add("ordforande@ask.example");
    const meetingId = await planMeeting(db, { groupId: ids.askGroupId, date: "2026-12-15", startTime: "13:00", place: "Växjö", title: "Styrgrupp ASK 15 december 2026", createdBy: ids.secretaryId });
    await publishAgenda(db, (await getAgendaMeeting(db, meetingId))!, ids.secretaryId);
    const run = await runOutbox(db);
    smtp.refuse.clear();

    const rows = await db
      .selectFrom("notification")
      .innerJoin("user", "user.id", "notification.recipient_id")
      .select(["user.id", "notification.state", "notification.last_error"])
      .where("meeting_id", "=", meetingId)
      .execute();
    expect(rows.find((r) => r.id === ids.memberId)).toMatchObject({ state: "skipped", last_error: "no e-mail address" });
    expect(rows.find((r) => r.id === ids.chairId)?.state).toBe("failed");
    expect(rows.find((r) => r.id === ids.chairId)?.last_error).toMatch(/550/);
    expect(run.sent).toBe(rows.length - 2);
    expect(smtp.mails).toHaveLength(rows.length - 2);
    expect(rows.filter((r) => r.state === "sent")).toHaveLength(rows.length - 2);
  });

  it("two workers over one outbox send each mail once", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "styrbord-outbox-"));
    const url = path.join(dir, "outbox.db");
    const a = createDb(url);
    await migrateToLatest(a);
    await seedDemo(a, "two-workers-password");
    const b = createDb(url);
    try {
      const users = await a.selectFrom("user").select("id").execute();
      const rows = [];
      for (let i = 0; i < 8; i++) for (const u of users) rows.push({ kind: "call_reminder" as const, recipientId: u.id, callId: (await a.selectFrom("funding_call").select("id").executeTakeFirstOrThrow()).id, data: { days: 7 + i } });
      await enqueue(a, rows);
      smtp.mails.length = 0;
      const [runA, runB] = await Promise.all([runOutbox(a, { worker: "a" }), runOutbox(b, { worker: "b" })]);
      expect(runA.sent + runB.sent).toBe(rows.length);
      expect(runA.sent).toBeGreaterThan(0);
      expect(runB.sent).toBeGreaterThan(0);
      expect(smtp.mails).toHaveLength(rows.length);
      const sent = await a.selectFrom("notification").select(["id", "state"]).execute();
      expect(sent.every((r) => r.state === "sent")).toBe(true);
      const attempts = await a.selectFrom("notification_attempt").select("notification_id").execute();
      expect(new Set(attempts.map((x) => x.notification_id)).size).toBe(attempts.length);
    } finally {
      await a.destroy();
      await b.destroy();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
