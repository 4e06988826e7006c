// Personal calendar feeds (RFC 5545, written by the `ics` package). The token
// in the URL is the only key: random, stored on the user, revocable; a wrong
// or revoked token finds nobody and the route answers 404.
import { safeExternalUrl } from "~/security/urls";
import crypto from "node:crypto";
import { createEvents, type EventAttributes } from "ics";
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";
import { listOpenDueDays, openMandatesFor } from "./mandate.server";
import { listMeetings } from "./meeting.server";
import { getSessionUser, type SessionUser } from "./user.server";
import { calendarUid, installationId, meetingTime } from "~/notifications";
import { contentCache } from "~/utils/content-cache.server";
import { addCalendarDays } from "~/utils/dates";

const TOKEN = /^[A-Za-z0-9_-]{32}$/;

export async function getCalendarToken(db: Kysely<Database>, userId: number): Promise<string | null> {
  const row = await db.selectFrom("user").select("calendar_token").where("id", "=", userId).executeTakeFirst();
  return row?.calendar_token ?? null;
}

/** A new secret token; the old one (if any) stops working at once. */
export async function regenerateCalendarToken(db: Kysely<Database>, userId: number): Promise<string> {
  const token = crypto.randomBytes(24).toString("base64url");
  await db.updateTable("user").set({ calendar_token: token }).where("id", "=", userId).execute();
  return token;
}

export async function revokeCalendarToken(db: Kysely<Database>, userId: number): Promise<void> {
  await db.updateTable("user").set({ calendar_token: null }).where("id", "=", userId).execute();
}

/** The feed's owner and their language, or null for a malformed, wrong or revoked token. */
export async function findUserByCalendarToken(db: Kysely<Database>, token: string): Promise<{ user: SessionUser; locale: string | null } | null> {
  if (!TOKEN.test(token)) return null;
  const row = await db.selectFrom("user").select(["id", "locale"]).where("calendar_token", "=", token).executeTakeFirst();
  const user = row ? await getSessionUser(db, row.id) : null;
  return user ? { user, locale: row!.locale } : null;
}

const dayArray = (day: string): [number, number, number] => {
  const [y, m, d] = day.split("-").map(Number);
  return [y, m, d];
};

/** An all-day event: DTSTART;VALUE=DATE on the day, DTEND the day after (RFC 5545 §3.6.1). */
function allDay(day: string): Pick<EventAttributes, "start"> & { end: [number, number, number] } {
  return { start: dayArray(day), end: dayArray(addCalendarDays(day, 1)) };
}

export type CalendarLabels = {
  name: (user: string) => string;
  mandateDue: (task: string) => string;
  callOpens: (fund: string, code: string) => string;
  callDeadline: (fund: string, code: string) => string;
};

/** A feed holds the coming meetings and this many past ones (an archive of fifteen years is not a calendar). */
const CALENDAR_PAST_MEETINGS = 100;
/** … and the due days of open mandates from this many days back (older ones are on the register, not in a calendar). */
const CALENDAR_PAST_DAYS = 730;

/**
 * The user's feed: the meetings they may see, the due days of the open
 * mandates they may read (their groups' and their unit's), and the calls they
 * follow, i.e. calls tied to those mandates or to items on their groups' agendas.
 */
export async function buildCalendarFeed(db: Kysely<Database>, user: SessionUser, today: string, labels: CalendarLabels, origin: string): Promise<string> {
  const [meetings, open] = await Promise.all([
    listMeetings(db, user, today, { pastLimit: CALENDAR_PAST_MEETINGS }),
    listOpenDueDays(db, user, addCalendarDays(today, -CALENDAR_PAST_DAYS)),
  ]);
  const calls = await db
    .selectFrom("funding_call")
    .select(["id", "fund", "code", "title", "opens_on", "closes_on", "application_deadline", "url"])
    .where((eb) =>
      eb.or([
        eb("id", "in", openMandatesFor(db, user).select("mandate.call_id").where("mandate.call_id", "is not", null).$castTo<number>()),
        // Asked per call (a few dozen, each found by agenda_item's call index) rather than by
        // walking every item of the user's groups: 32 ms → 0.2 ms on the archive.
        eb.exists(
          eb
            .selectFrom("agenda_item")
            .innerJoin("meeting", "meeting.id", "agenda_item.meeting_id")
            .innerJoin("membership", "membership.group_id", "meeting.group_id")
            .select(eb.lit(1).as("one"))
            .whereRef("agenda_item.call_id", "=", "funding_call.id")
            .where("membership.user_id", "=", user.id),
        ),
      ]),
    )
    .orderBy("opens_on")
    .execute();

  const allMeetings = [...meetings.upcoming, ...meetings.past];
  const times = allMeetings.length
    ? new Map(
        (
          await db
            .selectFrom("meeting")
            .select(["id", "start_time", "end_time", "calendar_sequence", "cancelled_at"])
            .where("id", "in", allMeetings.map((m) => m.id))
            .execute()
        ).map((r) => [r.id, r]),
      )
    : new Map<number, { start_time: string | null; end_time: string | null; calendar_sequence: number; cancelled_at: string | null }>();
  // The same UIDs and sequence as the mailed invitations, so one meeting is one calendar entry.
  const installation = await installationId(db);
  const events: EventAttributes[] = [];
  for (const m of allMeetings) {
    const meeting = times.get(m.id)!;
    events.push({
      title: m.title,
      uid: calendarUid(installation, { kind: "meeting", id: m.id }),
      sequence: meeting.calendar_sequence,
      ...(meeting.cancelled_at ? { status: "CANCELLED" as const } : {}),
      url: `${origin}/meetings/${m.id}`,
      location: m.place ?? undefined,
      description: m.groupShortName,
      // A meeting with a time: an instant, from Stockholm wall-clock time (summer time included).
      ...meetingTime({ date: m.date, startTime: meeting.start_time, endTime: meeting.end_time }),
    });
  }
  for (const m of open) {
    const task = m.task.charAt(0).toUpperCase() + m.task.slice(1);
    events.push({ ...allDay(m.dueDay!), title: labels.mandateDue(task), uid: calendarUid(installation, { kind: "mandate-due", id: m.id }), url: `${origin}/mandates/${m.id}`, description: `${m.groupShortName}${m.unitName ? ` · ${m.unitName}` : ""}`, transp: "TRANSPARENT" });
  }
  for (const c of calls) {
    events.push({ ...allDay(c.opens_on), title: labels.callOpens(c.fund, c.code), uid: calendarUid(installation, { kind: "call-opens", id: c.id }), url: safeExternalUrl(c.url) ?? `${origin}/deadlines#call-${c.id}`, description: c.title, transp: "TRANSPARENT" });
    const deadline = c.application_deadline ?? c.closes_on;
    events.push({ ...allDay(deadline), title: labels.callDeadline(c.fund, c.code), uid: calendarUid(installation, { kind: "call-deadline", id: c.id }), url: safeExternalUrl(c.url) ?? `${origin}/deadlines#call-${c.id}`, description: c.title, transp: "TRANSPARENT" });
  }
  const header = { productId: "-//Styrbord//Kalender//SV", calName: labels.name(user.name), method: "PUBLISH" };
  // Writing (and validating) a thousand events takes the ics package about half a second;
  // calendar clients ask for the same feed every hour.
  return cachedFeed("ics", { events, header }, () => {
    const { error, value } = createEvents(events, header);
    if (error || !value) throw error ?? new Error("calendar feed could not be written");
    return value;
  });
}

const cachedFeed = contentCache<string>(8 * 1024 * 1024);
