// Reminders before a mandate's due meeting, with "today" stepped day by day:
// on the right days, once each, however often the jobs run.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, demoIds } from "../setup/db";
import { giveMandateByPerCapsulam, staffAddresses } from "./helpers";
import { startSmtp, type TestSmtp } from "./smtp";
import { planMeeting } from "~/models/meeting.server";
import { enqueueOverdueDigests, runDailyJobs, runOutbox } from "~/notifications";
import { addCalendarDays, today } from "~/utils/dates";

let smtp: TestSmtp;
const pinned = process.env.STYRBORD_TODAY;
beforeAll(async () => {
  smtp = await startSmtp();
  process.env.SMTP_URL = smtp.url;
});
afterAll(async () => {
  delete process.env.SMTP_URL;
  process.env.STYRBORD_TODAY = pinned;
  await smtp.stop();
});

describe("mandate reminders", () => {
  it("arrive 14 and 3 days before the meeting the mandate is due at, once each", async () => {
    const db = await createTestDb();
    const ids = await demoIds(db);
    const staff = await staffAddresses(db, ids.unitId);
    const meetingId = await planMeeting(db, { groupId: ids.askGroupId, date: "2026-12-20", startTime: "10:00", place: "Växjö", title: "Styrgrupp ASK 20 december 2026", createdBy: ids.secretaryId });
    await giveMandateByPerCapsulam(db, ids, "kartlägga arbetsgivarnas behov inför POA2", { kind: "meeting", meetingId });
    await runOutbox(db);
    smtp.mails.length = 0;

    const arrivals: Record<string, string[]> = {};
    for (let day = "2026-11-23"; day <= "2026-12-21"; day = addCalendarDays(day, 1)) {
      process.env.STYRBORD_TODAY = day;
      // The morning job runs, the server restarts and runs it again, the worker runs twice.
      await runDailyJobs(db, today());
      await runDailyJobs(db, today());
      await runOutbox(db);
      await runOutbox(db);
      const ours = smtp.mails.filter((m) => m.subject?.includes("Kartlägga arbetsgivarnas behov"));
      if (ours.length) arrivals[day] = ours.map((m) => `${(m.to as { text: string }).text}: ${m.subject}`);
      smtp.mails.length = 0;
    }
    expect(arrivals).toEqual({
      "2026-12-06": staff.map((to) => `${to}: Återrapportering om 14 dagar: Kartlägga arbetsgivarnas behov inför POA2`),
      "2026-12-17": staff.map((to) => `${to}: Återrapportering om 3 dagar: Kartlägga arbetsgivarnas behov inför POA2`),
    });
  });

  it("a mandate given two days before it is due gets one reminder, not two", async () => {
    const db = await createTestDb();
    const ids = await demoIds(db);
    const staff = await staffAddresses(db, ids.unitId);
    await giveMandateByPerCapsulam(db, ids, "skicka in lägesrapporten", { kind: "date", date: "2026-11-25" });
    process.env.STYRBORD_TODAY = "2026-11-23";
    await runDailyJobs(db, today());
    smtp.mails.length = 0;
    await runOutbox(db);
    const reminders = smtp.mails.filter((m) => m.subject?.startsWith("Återrapportering om 2 dagar: Skicka in lägesrapporten"));
    expect(reminders).toHaveLength(staff.length);
  });

  it("the weekly digest lists the overdue mandates to the unit and the secretary", async () => {
    const db = await createTestDb();
    const ids = await demoIds(db);
    await giveMandateByPerCapsulam(db, ids, "sammanställa deltagarstatistiken", { kind: "date", date: "2026-11-24" });
    process.env.STYRBORD_TODAY = "2026-11-30";
    await enqueueOverdueDigests(db, today());
    await enqueueOverdueDigests(db, today());
    smtp.mails.length = 0;
    await runOutbox(db);
    const digests = smtp.mails.filter((m) => m.subject?.startsWith("Försenade uppdrag"));
    const to = digests.map((m) => (m.to as { text: string }).text).sort();
    expect(to).toEqual([...(await staffAddresses(db, ids.unitId)), "sekreterare@ask.example"].sort());
    for (const mail of digests) expect(mail.text).toContain("Sammanställa deltagarstatistiken, senast 24 november 2026");
    process.env.STYRBORD_TODAY = pinned;
  });
});
