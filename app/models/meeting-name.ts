// How a meeting is named wherever it is shown: its title with its year, so that
// "Styrgrupp ASK 3 september" in a fifteen-year archive reads "Styrgrupp ASK
// 3 september 2025". The stored title stays as the secretary typed it; a title
// that already names a year is shown as it is.
import { formatDay } from "~/utils/dates";

const HAS_YEAR = /(^|\D)(19|20)\d{2}(\D|$)/;

export function meetingName(title: string, meetingDate: string): string {
  const trimmed = title.trim();
  if (HAS_YEAR.test(trimmed)) return trimmed;
  return `${trimmed} ${meetingDate.slice(0, 4)}`;
}

/** The title the app gives a meeting nobody named: "Styrgrupp ASK 12 februari 2026" (stored in Swedish, as typed titles are). */
export function defaultMeetingTitle(groupName: string, meetingDate: string): string {
  return `${groupName} ${formatDay(meetingDate, "sv")}`;
}
