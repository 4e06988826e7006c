// The notice (kallelse) through a real SMTP server: publishing an upcoming
// meeting's agenda mails every member the agenda, its PDF and an invitation;
// moving the meeting sends an update of the same calendar entry.
import ICAL from "ical.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, demoIds } from "../setup/db";
import { pdfText } from "../setup/pdf";
import { calendarPart, rawHeader, startSmtp, type TestSmtp } from "./smtp";
import { addAgendaItem, getAgendaMeeting, publishAgenda } from "~/models/agenda-item.server";
import { buildCalendarFeed } from "~/models/calendar.server";
import { cancelMeeting, planMeeting, rescheduleMeeting } from "~/models/meeting.server";
import { getSessionUser } from "~/models/user.server";
import { installationId, runOutbox } from "~/notifications";

let smtp: TestSmtp;
beforeAll(async () => {
  smtp = await startSmtp();
  process.env.SMTP_URL = smtp.url;
  process.env.PUBLIC_URL = "https://styrbord.example.se";
});
afterAll(async () => {
  delete process.env.SMTP_URL;
  await smtp.stop();
});

function invitation(mail: (typeof smtp.mails)[number]) {
  const text = calendarPart(mail);
  expect(text, `calendar part of "${mail.subject}"`).toBeTruthy();
  const calendar = new ICAL.Component(ICAL.parse(text!));
  const event = calendar.getFirstSubcomponent("vevent")!;
  return {
    method: calendar.getFirstPropertyValue("method"),
    uid: event.getFirstPropertyValue("uid"),
    sequence: Number(event.getFirstPropertyValue("sequence")),
    start: (event.getFirstPropertyValue("dtstart") as ICAL.Time).toJSDate().toISOString(),
    attendee: String(event.getFirstPropertyValue("attendee")),
  };
}

describe("the notice", () => {
  it("reaches every member once with the agenda PDF and an invitation; a move updates the same calendar entry", async () => {
    const db = await createTestDb();
    const ids = await demoIds(db);
    const meetingId = await planMeeting(db, {
      groupId: ids.askGroupId,
      date: "2026-12-10",
      startTime: "13:00",
      endTime: "15:00",
      place: "Växjö, Residenset",
      title: "Styrgrupp ASK 10 december 2026",
      createdBy: ids.secretaryId,
    });
    const members = await db
      .selectFrom("membership")
      .innerJoin("user", "user.id", "membership.user_id")
      .select(["user.email"])
      .where("membership.group_id", "=", ids.askGroupId)
      .execute();
    const addresses = members.map((m) => m.email).sort();
    expect(addresses.length).toBeGreaterThan(2);

    const meeting = (await getAgendaMeeting(db, meetingId))!;
    await publishAgenda(db, meeting, ids.secretaryId);
    await runOutbox(db);
    await runOutbox(db); // nothing is left for a second run

    expect(smtp.mails.map((m) => (m.to as { text: string }).text).sort()).toEqual(addresses);
    const uid = `meeting-${meetingId}@${await installationId(db)}.styrbord`;
    for (const mail of smtp.mails) {
      expect(mail.subject).toBe("Kallelse: Styrgrupp ASK 10 december 2026");
      expect(mail.text).toContain("torsdag 10 december 2026, 13:00–15:00");
      expect(mail.text).toContain("Växjö, Residenset");
      expect(mail.html).toContain("Kallelse");
      const pdf = mail.attachments.find((a) => a.contentType === "application/pdf");
      expect(pdf, "agenda PDF").toBeTruthy();
      expect(await pdfText(pdf!.content)).toContain("Styrgrupp ASK 10 december 2026");
      expect(rawHeader(mail, "List-Unsubscribe")).toMatch(/^<https:\/\/styrbord\.example\.se\/unsubscribe\/\d+\.notice\.[\w-]{32}>$/);
      expect(rawHeader(mail, "List-Unsubscribe-Post")).toBe("List-Unsubscribe=One-Click");
      const invite = invitation(mail);
      expect(invite).toMatchObject({ method: "REQUEST", uid, sequence: 0, start: "2026-12-10T12:00:00.000Z" });
      expect(invite.attendee.toLowerCase()).toBe(`mailto:${(mail.to as { text: string }).text}`.toLowerCase());
    }
    // The personal calendar feed carries the same UID: one meeting, one calendar entry.
    const feed = await buildCalendarFeed(db, (await getSessionUser(db, ids.memberId))!, "2026-11-23", { name: (n) => n, mandateDue: (t) => t, callOpens: (f, c) => `${f} ${c}`, callDeadline: (f, c) => `${f} ${c}` }, "https://styrbord.example.se");
    expect(feed.replace(/\r\n /g, "")).toContain(`UID:${uid}`);

    // Moved twice before the worker runs: one update per member, with the latest time.
    smtp.mails.length = 0;
    await rescheduleMeeting(db, ids.secretaryId, meetingId, { date: "2026-12-11", startTime: "09:00", endTime: "11:00", place: "Växjö, Residenset" });
    await rescheduleMeeting(db, ids.secretaryId, meetingId, { date: "2026-12-11", startTime: "10:00", endTime: "12:00", place: "Växjö, Residenset" });
    await runOutbox(db);
    expect(smtp.mails).toHaveLength(addresses.length);
    for (const mail of smtp.mails) {
      expect(mail.subject).toBe("Uppdaterad kallelse: Styrgrupp ASK 10 december 2026");
      expect(invitation(mail)).toMatchObject({ method: "REQUEST", uid, sequence: 2, start: "2026-12-11T09:00:00.000Z" });
    }
    expect(feed).not.toContain("@styrbord\r\n");

    // Edits after publishing: one revised notice, once the secretary has had ten minutes to finish.
    smtp.mails.length = 0;
    const published = (await getAgendaMeeting(db, meetingId))!;
    const section = await db.selectFrom("agenda_section").select("id").where("meeting_id", "=", meetingId).where("kind", "=", "decision").executeTakeFirstOrThrow();
    for (const title of ["Ansökan Handslaget 2", "Budget för 2027"]) {
      await addAgendaItem(db, published, { sectionId: section.id, title, presentation: null, presenter: null, background: null, proposal: null, mandateId: null, callId: null, projectId: null }, ids.secretaryId);
    }
    await runOutbox(db);
    expect(smtp.mails).toHaveLength(0);
    await runOutbox(db, { now: new Date(Date.now() + 11 * 60_000) });
    expect(smtp.mails).toHaveLength(addresses.length);
    for (const mail of smtp.mails) {
      expect(mail.subject).toBe("Uppdaterad kallelse: Styrgrupp ASK 10 december 2026");
      expect(mail.text).toContain("Budget för 2027");
      expect(invitation(mail)).toMatchObject({ uid, sequence: 2 });
    }

    // Cancelled: the same entry is withdrawn.
    smtp.mails.length = 0;
    await cancelMeeting(db, ids.secretaryId, meetingId);
    await runOutbox(db);
    expect(smtp.mails).toHaveLength(addresses.length);
    for (const mail of smtp.mails) {
      expect(mail.subject).toBe("Inställt: Styrgrupp ASK 10 december 2026");
      expect(invitation(mail)).toMatchObject({ method: "CANCEL", uid, sequence: 3 });
    }
  });
});
