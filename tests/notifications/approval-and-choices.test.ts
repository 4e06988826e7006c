// The approval round by mail, each person's choices (never, once a day), the
// one-click unsubscribe and its forged variants, and mails in English.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, demoIds } from "../setup/db";
import { postRequest, routeArgs, settle, statusOf } from "../setup/requests";
import { giveMandateByPerCapsulam } from "./helpers";
import { startSmtp, type TestSmtp } from "./smtp";
import { getAgendaMeeting, publishAgenda } from "~/models/agenda-item.server";
import { approveMinutes, returnMinutes } from "~/models/approval.server";
import { saveAttendance } from "~/models/attendance.server";
import { planMeeting } from "~/models/meeting.server";
import { holdMeeting, sendMinutesForApproval } from "~/models/minutes.server";
import { gatherDailyDigests, getPreferences, runDailyJobs, runOutbox, unsubscribeToken } from "~/notifications";
import { action as saveChoices } from "~/routes/profile_.notifications";
import { action as unsubscribeAction, loader as unsubscribeLoader } from "~/routes/unsubscribe.$token";

let smtp: TestSmtp;
beforeAll(async () => {
  smtp = await startSmtp();
  process.env.SMTP_URL = smtp.url;
});
afterAll(async () => {
  delete process.env.SMTP_URL;
  await smtp.stop();
});

const to = (m: TestSmtp["mails"][number]) => (m.to as { text: string }).text;
const take = () => smtp.mails.splice(0).map((m) => `${to(m)}: ${m.subject}`).sort();

describe("the approval round", () => {
  it("asks the chair and the checker, reminds them after three days, and tells the secretary when they return or approve", async () => {
    const db = await createTestDb();
    const ids = await demoIds(db);
    const meetingId = await planMeeting(db, { groupId: ids.askGroupId, date: "2026-11-23", startTime: "13:00", place: "Växjö", title: "Styrgrupp ASK 23 november 2026", createdBy: ids.secretaryId });
    await holdMeeting(db, ids.secretaryId, meetingId);
    await saveAttendance(db, ids.secretaryId, meetingId, [
      { userId: ids.chairId, status: "present", isChecker: false },
      { userId: ids.memberId, status: "present", isChecker: true },
    ]);
    await runOutbox(db);
    take();

    await sendMinutesForApproval(db, ids.secretaryId, meetingId);
    // Sent on the pinned "today" (the clock of the test machine is later).
    await db.updateTable("meeting").set({ minutes_sent_at: "2026-11-23T14:00:00.000Z" }).where("id", "=", meetingId).execute();
    await runOutbox(db);
    expect(take()).toEqual([
      "ledamot@ask.example: Justera protokollet: Styrgrupp ASK 23 november 2026",
      "ordforande@ask.example: Justera protokollet: Styrgrupp ASK 23 november 2026",
    ]);

    await runDailyJobs(db, "2026-11-25");
    await runOutbox(db);
    expect(take()).toEqual([]);
    await runDailyJobs(db, "2026-11-26");
    await runDailyJobs(db, "2026-11-27");
    await runOutbox(db);
    expect(take()).toEqual([
      "ledamot@ask.example: Påminnelse: justera protokollet: Styrgrupp ASK 23 november 2026",
      "ordforande@ask.example: Påminnelse: justera protokollet: Styrgrupp ASK 23 november 2026",
    ]);

    const version = (await db.selectFrom("meeting").select("minutes_version").where("id", "=", meetingId).executeTakeFirstOrThrow()).minutes_version;
    await approveMinutes(db, ids.chairId, meetingId, version);
    await returnMinutes(db, ids.memberId, meetingId, "Rätta stavningen i § 2.");
    await runOutbox(db);
    const returned = smtp.mails.find((m) => m.subject?.startsWith("Protokollet har skickats tillbaka"));
    expect(returned?.text).toContain("> Rätta stavningen i § 2.");
    expect(take()).toEqual(["sekreterare@ask.example: Protokollet har skickats tillbaka: Styrgrupp ASK 23 november 2026"]);

    await sendMinutesForApproval(db, ids.secretaryId, meetingId);
    await approveMinutes(db, ids.memberId, meetingId, version);
    await runOutbox(db);
    // The request to the member was overtaken by their approval: nothing to ask any more.
    expect(take()).toEqual(["sekreterare@ask.example: Protokollet är justerat: Styrgrupp ASK 23 november 2026"]);
  });
});

describe("each person decides", () => {
  it("one click stops a topic; a forged or altered link changes nothing", async () => {
    const db = await createTestDb();
    const ids = await demoIds(db);
    const token = unsubscribeToken(ids.memberId, "notice");
    const forged = [`${ids.chairId}.notice.${token.split(".")[2]}`, `${ids.memberId}.mandate.${token.split(".")[2]}`, "1.notice.x", token.slice(0, -1) + (token.endsWith("A") ? "B" : "A")];
    for (const bad of forged) {
      expect(statusOf(await settle(() => unsubscribeLoader(routeArgs(new Request(`http://localhost/unsubscribe/${bad}`), { token: bad }))))).toBe(404);
      const post = await postRequest(`/unsubscribe/${bad}`, { "List-Unsubscribe": "One-Click" });
      expect(statusOf(await settle(() => unsubscribeAction(routeArgs(post, { token: bad }))))).toBe(404);
    }
    expect((await getPreferences(db, ids.chairId)).notice).toBe("immediate");

    // Opening the link changes nothing; the one-click POST does.
    expect(statusOf(await unsubscribeLoader(routeArgs(new Request(`http://localhost/unsubscribe/${token}`), { token })))).toBe(200);
    expect((await getPreferences(db, ids.memberId)).notice).toBe("immediate");
    const post = await postRequest(`/unsubscribe/${token}`, { "List-Unsubscribe": "One-Click" });
    expect(statusOf(await unsubscribeAction(routeArgs(post, { token })))).toBe(200);
    expect((await getPreferences(db, ids.memberId)).notice).toBe("never");

    const meetingId = await planMeeting(db, { groupId: ids.askGroupId, date: "2026-12-15", startTime: "13:00", place: "Växjö", title: "Styrgrupp ASK 15 december 2026", createdBy: ids.secretaryId });
    await publishAgenda(db, (await getAgendaMeeting(db, meetingId))!, ids.secretaryId);
    smtp.mails.length = 0;
    await runOutbox(db);
    expect(smtp.mails.map(to)).not.toContain("ledamot@ask.example");
    expect(smtp.mails.map(to)).toContain("ordforande@ask.example");
    const row = await db.selectFrom("notification").select(["state", "last_error"]).where("meeting_id", "=", meetingId).where("recipient_id", "=", ids.memberId).executeTakeFirstOrThrow();
    expect(row).toEqual({ state: "skipped", last_error: "notice: never" });
  });

  it("once a day: the mails of the day come together in one digest", async () => {
    const db = await createTestDb();
    const ids = await demoIds(db);
    const form = { "topic-notice": "immediate", "topic-approval": "immediate", "topic-mandate": "daily", "topic-reminder": "immediate", "topic-call": "never" };
    const response = await saveChoices(routeArgs(await postRequest("/profile/notifications", form, ids.staffId)));
    expect(response.status).toBe(303);
    expect(await getPreferences(db, ids.staffId)).toMatchObject({ mandate: "daily", call: "never" });
    const bad = await postRequest("/profile/notifications", { ...form, "topic-notice": "hourly" }, ids.staffId);
    expect(statusOf(await settle(() => saveChoices(routeArgs(bad))))).toBe(400);
    expect((await getPreferences(db, ids.staffId)).notice).toBe("immediate");

    smtp.mails.length = 0;
    await giveMandateByPerCapsulam(db, ids, "ta fram en tidplan", { kind: "date", date: "2027-03-01" });
    await giveMandateByPerCapsulam(db, ids, "boka lokal för workshoppen", { kind: "date", date: "2027-03-02" });
    await runOutbox(db);
    expect(smtp.mails.filter((m) => to(m) === "projektenhet@ask.example")).toHaveLength(0);
    await gatherDailyDigests(db);
    await gatherDailyDigests(db);
    await runOutbox(db);
    const digests = smtp.mails.filter((m) => to(m) === "projektenhet@ask.example");
    expect(digests.map((m) => m.subject)).toEqual(["Styrbord: 2 nyheter sedan i går"]);
    expect(digests[0].text).toContain("Nytt uppdrag: Ta fram en tidplan");
    expect(digests[0].text).toContain("Nytt uppdrag: Boka lokal för workshoppen");
  });
});

describe("in the reader's language", () => {
  it("an English mail gives the due point as 'at the meeting on 13 November 2025'", async () => {
    const db = await createTestDb();
    const ids = await demoIds(db);
    await db.updateTable("user").set({ locale: "en" }).where("id", "=", ids.staffId).execute();
    const mandate = await db
      .selectFrom("mandate")
      .select("id")
      .where("due_meeting_id", "=", ids.novemberMeetingId)
      .where("task", "like", "%Handslaget 2%")
      .executeTakeFirstOrThrow();
    const { enqueue } = await import("~/notifications");
    await enqueue(db, [{ kind: "mandate_given", recipientId: ids.staffId, mandateId: mandate.id }]);
    smtp.mails.length = 0;
    await runOutbox(db);
    const mail = smtp.mails.find((m) => to(m) === "projektenhet@ask.example")!;
    expect(mail.subject).toMatch(/^New mandate: /);
    expect(mail.text).toContain("Due: at the meeting on 13 November 2025");
    expect(mail.text).not.toContain("till mötet");
    expect(mail.html).toContain("at the meeting on 13 November 2025");
  });
});
