import { z } from "zod";
import type { Messages } from "~/i18n";
import { isCalendarDay } from "~/utils/dates";

export const TITLE_MAX = 500;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

const optionalId = z.number().int().positive().optional();

/** Planning a meeting: group, day, time, place, title. */
export function planMeetingSchema(t: Messages) {
  const m = t.agendaEditor;
  return z
    .object({
      groupId: z.number({ required_error: m.groupRequired, invalid_type_error: m.groupRequired }).int().positive(),
      // Empty: planMeeting names it after the group and the day.
      title: z.string().trim().max(200, m.tooLong(200)).optional().default(""),
      date: z
        .string({ required_error: m.dateRequired })
        .trim()
        .refine((value) => isCalendarDay(value), m.dateInvalid)
        .refine((value) => !isCalendarDay(value) || (value >= "2000-01-01" && value <= "2099-12-31"), m.dateOutOfRange),
      startTime: z.string().trim().regex(TIME, m.timeInvalid).optional(),
      endTime: z.string().trim().regex(TIME, m.timeInvalid).optional(),
      place: z.string().trim().max(200, m.tooLong(200)).optional(),
    })
    .refine((v) => !v.endTime || !v.startTime || v.endTime > v.startTime, { message: m.endBeforeStart, path: ["endTime"] });
}

/** An agenda item; the rich-text fields are checked after this, on the server. */
export function agendaItemSchema(t: Messages) {
  const m = t.agendaEditor;
  return z.object({
    sectionId: z.number({ required_error: m.sectionRequired, invalid_type_error: m.sectionRequired }).int().positive(),
    title: z.string({ required_error: m.titleRequired }).trim().min(1, m.titleRequired).max(TITLE_MAX, m.titleTooLong),
    presentation: z.string().trim().max(200, m.tooLong(200)).optional(),
    presenter: z.string().trim().max(200, m.tooLong(200)).optional(),
    background: z.string().max(1_000_000, m.richTextMalformed).optional(),
    backgroundFormat: z.enum(["json", "plain"]).optional(),
    backgroundPlain: z.string().max(50_000, m.tooLong(50_000)).optional(),
    proposal: z.string().max(1_000_000, m.richTextMalformed).optional(),
    proposalFormat: z.enum(["json", "plain"]).optional(),
    proposalPlain: z.string().max(50_000, m.tooLong(50_000)).optional(),
    mandateId: optionalId,
    callId: optionalId,
    projectId: optionalId,
    version: z.number().int().positive().optional(),
  });
}

export function sectionSchema(t: Messages) {
  const m = t.agendaEditor;
  return z.object({
    sectionTitle: z.string({ required_error: m.sectionTitleRequired }).trim().min(1, m.sectionTitleRequired).max(200, m.tooLong(200)),
  });
}

export function standingItemSchema(t: Messages) {
  const m = t.agendaEditor;
  return z.object({
    sectionKind: z.enum(["decision", "report", "per_capsulam", "other"], { required_error: m.sectionRequired, invalid_type_error: m.sectionRequired }),
    title: z.string({ required_error: m.titleRequired }).trim().min(1, m.titleRequired).max(TITLE_MAX, m.titleTooLong),
    presentation: z.string().trim().max(200, m.tooLong(200)).optional(),
  });
}
