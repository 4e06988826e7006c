// The forms of the protocol settings page and the posting (anslag) page.
import { z } from "zod";
import type { Messages } from "~/i18n";
import { isCalendarDay } from "~/utils/dates";

export function protocolSettingsSchema(t: Messages) {
  return z.object({
    background: z.enum(["full", "summary", "none"], { errorMap: () => ({ message: t.protocol.badBackground }) }),
    postsMinutes: z.boolean().optional().default(false),
  });
}

export function postingSchema(t: Messages) {
  const day = z
    .string({ required_error: t.protocol.badDate })
    .trim()
    .refine((v) => isCalendarDay(v) && v >= "2000-01-01" && v <= "2099-12-31", t.protocol.badDate);
  return z
    .object({ postedOn: day, takenDownOn: day })
    .refine((v) => v.takenDownOn >= v.postedOn, { path: ["takenDownOn"], message: t.protocol.postingRefusals.order });
}
