import { z } from "zod";
import type { Messages } from "~/i18n";
import { isCalendarDay } from "~/utils/dates";

export function fundingCallSchema(t: Messages) {
  const m = t.followUp.callForm;
  const text = (max: number) => z.string({ required_error: m.required }).trim().min(1, m.required).max(max, m.tooLong);
  const optional = (max: number) => z.string().trim().max(max, m.tooLong).optional();
  const day = z.string({ required_error: m.required }).trim().refine(isCalendarDay, m.dateInvalid);
  return z
    .object({
      fund: text(40),
      code: text(40),
      title: text(200),
      programmeArea: optional(100),
      opensOn: day,
      closesOn: day,
      applicationDeadline: z.string().trim().refine(isCalendarDay, m.dateInvalid).optional(),
      url: z
        .string()
        .trim()
        .max(500, m.tooLong)
        .refine((v) => /^https?:\/\/[^\s]+$/i.test(v) && URL.canParse(v), m.urlInvalid)
        .optional(),
      description: optional(5000),
    })
    .superRefine((v, ctx) => {
      if (v.closesOn < v.opensOn) ctx.addIssue({ code: "custom", path: ["closesOn"], message: m.closesBeforeOpens });
      if (v.applicationDeadline && v.applicationDeadline < v.opensOn) {
        ctx.addIssue({ code: "custom", path: ["applicationDeadline"], message: m.deadlineBeforeOpens });
      }
    });
}

export type FundingCallInput = z.infer<ReturnType<typeof fundingCallSchema>>;
