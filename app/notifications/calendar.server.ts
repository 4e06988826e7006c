// Calendar identity shared by the personal feed and the mailed invitations:
// one meeting is one calendar entry. UIDs carry this installation's id (made
// once by the migration), so two Styrbord installations never share a UID.
import { createEvent, type DateTime, type EventAttributes } from "ics";
import type { Kysely, Transaction } from "kysely";
import type { Database } from "../../db/schema";
import { addCalendarDays, stockholmInstant } from "~/utils/dates";

type Db = Kysely<Database> | Transaction<Database>;

const cache = new WeakMap<object, string>();

export async function installationId(db: Db): Promise<string> {
  const known = cache.get(db);
  if (known) return known;
  const row = await db.selectFrom("installation").select("id").orderBy("created_at").executeTakeFirstOrThrow();
  cache.set(db, row.id);
  return row.id;
}

export type CalendarThing = { kind: "meeting"; id: number } | { kind: "mandate-due"; id: number } | { kind: "call-opens" | "call-deadline"; id: number };

/** `meeting-3@6f0c…e1.styrbord`: stable for the meeting, unique to the installation. */
export function calendarUid(installation: string, thing: CalendarThing): string {
  switch (thing.kind) {
    case "meeting":
      return `meeting-${thing.id}@${installation}.styrbord`;
    case "mandate-due":
      return `mandate-${thing.id}-due@${installation}.styrbord`;
    case "call-opens":
      return `call-${thing.id}-opens@${installation}.styrbord`;
    case "call-deadline":
      return `call-${thing.id}-deadline@${installation}.styrbord`;
  }
}

const dayArray = (day: string): [number, number, number] => {
  const [y, m, d] = day.split("-").map(Number);
  return [y, m, d];
};

/** A meeting's time as `ics` wants it: an instant from Stockholm wall-clock time, or an all-day event. */
export function meetingTime(m: { date: string; startTime: string | null; endTime: string | null }): Pick<EventAttributes, "start" | "startInputType" | "startOutputType" | "endInputType" | "endOutputType"> & { end: DateTime } {
  if (m.startTime) {
    const start = stockholmInstant(m.date, m.startTime);
    const end = m.endTime ? stockholmInstant(m.date, m.endTime) : start + 2 * 3600_000;
    return { start, end, startInputType: "utc", startOutputType: "utc", endInputType: "utc", endOutputType: "utc" };
  }
  return { start: dayArray(m.date), end: dayArray(addCalendarDays(m.date, 1)) };
}

export type InvitationInput = {
  uid: string;
  sequence: number;
  method: "REQUEST" | "CANCEL";
  title: string;
  description: string;
  location: string | null;
  url: string;
  date: string;
  startTime: string | null;
  endTime: string | null;
  organizer: { name: string; email: string };
  attendee: { name: string; email: string };
};

/** An iTIP invitation (RFC 5546) for one attendee: REQUEST, or CANCEL when the meeting is called off. */
export function meetingInvitation(input: InvitationInput): string {
  const { error, value } = createEvent({
    ...meetingTime(input),
    productId: "-//Styrbord//Kallelse//SV",
    method: input.method,
    uid: input.uid,
    sequence: input.sequence,
    title: input.title,
    description: input.description,
    location: input.location ?? undefined,
    url: input.url,
    status: input.method === "CANCEL" ? "CANCELLED" : "CONFIRMED",
    organizer: { name: input.organizer.name, email: input.organizer.email },
    attendees: [{ name: input.attendee.name, email: input.attendee.email, rsvp: true, partstat: "NEEDS-ACTION", role: "REQ-PARTICIPANT" }],
  });
  if (error || !value) throw error ?? new Error("invitation could not be written");
  return value;
}
