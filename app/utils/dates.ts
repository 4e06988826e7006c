// Calendar days are `YYYY-MM-DD` strings in Europe/Stockholm. Every date
// calculation goes through date-fns; formatting happens on the server so the
// client never re-renders a date in another zone. A day string is read by
// hand (date-fns' format-string parser was a tenth of a long list's time), and
// the formatted days are remembered: an archive shows the same days again and again.
import { TZDate } from "@date-fns/tz";
// Per-function entry points: the "date-fns" barrel costs about 0.2 s at server start.
import { addDays } from "date-fns/addDays";
import { addMonths } from "date-fns/addMonths";
import { differenceInCalendarDays } from "date-fns/differenceInCalendarDays";
import { format } from "date-fns/format";
import { isValid } from "date-fns/isValid";
import { parse } from "date-fns/parse";
import { enGB } from "date-fns/locale/en-GB";
import { sv } from "date-fns/locale/sv";
import type { Locale } from "~/i18n";

export const TIME_ZONE = "Europe/Stockholm";
const DAY = "yyyy-MM-dd";

/** The calendar day it is now in Stockholm. `STYRBORD_TODAY` pins it (demos, tests). */
export function today(now: Date = new Date()): string {
  const pinned = typeof process !== "undefined" ? process.env.STYRBORD_TODAY : undefined;
  if (pinned && isCalendarDay(pinned)) return pinned;
  return stockholmDay(now);
}

/** The calendar day an instant falls on in Stockholm (no pinning): 23:30 UTC in winter is the next day. */
export function stockholmDay(instant: Date): string {
  // The day changes at most once a minute's worth of instants apart; one remembered minute.
  const minute = Math.floor(instant.getTime() / 60_000);
  if (minute !== lastMinute.minute) lastMinute = { minute, day: format(new TZDate(instant.getTime(), TIME_ZONE), DAY) };
  return lastMinute.day;
}
let lastMinute = { minute: NaN, day: "" };

/** True for a real calendar day written `YYYY-MM-DD` (so 2026-02-30 is false). */
export function isCalendarDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const parsed = parse(value, DAY, new Date(2000, 0, 1));
  return isValid(parsed) && format(parsed, DAY) === value;
}

function toDate(day: string): Date {
  return new Date(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
}

/** Formatted days by format, locale and day; bounded, as an archive has a few thousand days. */
const formatted = new Map<string, string>();
function formatOnce(day: string, pattern: string, locale: Locale): string {
  const key = `${pattern}|${locale}|${day}`;
  let text = formatted.get(key);
  if (text === undefined) {
    text = format(toDate(day), pattern, { locale: locale === "en" ? enGB : sv });
    if (formatted.size >= 20_000) formatted.clear();
    formatted.set(key, text);
  }
  return text;
}

export function addCalendarDays(day: string, days: number): string {
  return format(addDays(toDate(day), days), DAY);
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return differenceInCalendarDays(toDate(to), toDate(from));
}

export function addCalendarMonths(day: string, months: number): string {
  return format(addMonths(toDate(day), months), DAY);
}

/** The first day of the month `day` falls in. */
export function startOfMonthDay(day: string): string {
  return `${day.slice(0, 7)}-01`;
}

/** A Stockholm wall-clock time on a calendar day as an instant (ms since epoch), summer time included. */
export function stockholmInstant(day: string, time: string): number {
  const key = `${day} ${time}`;
  let instant = instants.get(key);
  if (instant === undefined) {
    const [y, m, d] = day.split("-").map(Number);
    const [h, min] = time.split(":").map(Number);
    instant = new TZDate(y, m - 1, d, h, min, TIME_ZONE).getTime();
    if (instants.size >= 20_000) instants.clear();
    instants.set(key, instant);
  }
  return instant;
}
/** Looking up the zone's offset was a tenth of a calendar feed's time; meetings keep their times. */
const instants = new Map<string, number>();

/** "mars 2026" with the year, "apr." without: a month label for timelines. */
export function formatMonthShort(day: string, locale: Locale = "sv", withYear = true): string {
  return formatOnce(day, withYear ? "MMM yyyy" : "MMM", locale);
}

export function yearOf(day: string): number {
  return Number(day.slice(0, 4));
}

/** "6 mars 2026" in Swedish, "6 March 2026" in English. */
export function formatDay(day: string, locale: Locale = "sv"): string {
  return formatOnce(day, "d MMMM yyyy", locale);
}

/** "fredag 6 mars 2026". */
export function formatDayLong(day: string, locale: Locale = "sv"): string {
  return formatOnce(day, "EEEE d MMMM yyyy", locale);
}

/** An instant (ISO timestamp) as a Stockholm date and time: "10 september 2025 14:05". */
export function formatInstant(iso: string, locale: Locale = "sv"): string {
  const date = new TZDate(new Date(iso).getTime(), TIME_ZONE);
  return format(date, "d MMMM yyyy HH:mm", { locale: locale === "en" ? enGB : sv });
}

/** When a meeting is: "torsdag 12 februari 2026, 13:00–15:00" (times only when set). */
export function formatMeetingWhen(
  meeting: { date: string; startTime: string | null; endTime: string | null },
  locale: Locale = "sv",
): string {
  const time = meeting.startTime ? `, ${meeting.startTime}${meeting.endTime ? `–${meeting.endTime}` : ""}` : "";
  return `${formatDayLong(meeting.date, locale)}${time}`;
}
