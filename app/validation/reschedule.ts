import { z } from "zod";
import type { Messages } from "~/i18n";
import { isCalendarDay } from "~/utils/dates";

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** Moving a meeting: its day, times and place (the same rules as planning one). */
export function rescheduleSchema(t: Messages) {
  const m = t.agendaEditor;
  return z
    .object({
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
