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
      for (const [path, message] of Object.entries(callCrossErrors(t, v))) ctx.addIssue({ code: "custom", path: [path], message });
    });
}

/** The window in order: closing and the application deadline not before opening. */
export function callCrossErrors(t: Messages, v: { opensOn?: string; closesOn?: string; applicationDeadline?: string }): Record<string, string> {
  const m = t.followUp.callForm;
  const errors: Record<string, string> = {};
  if (v.opensOn && v.closesOn && v.closesOn < v.opensOn) errors.closesOn = m.closesBeforeOpens;
  if (v.opensOn && v.applicationDeadline && v.applicationDeadline < v.opensOn) errors.applicationDeadline = m.deadlineBeforeOpens;
  return errors;
}

/** The same checks on the raw form, for when other fields failed and zod skipped superRefine. */
export function callCrossErrorsFromForm(t: Messages, form: FormData): Record<string, string> {
  const day = (name: string) => {
    const v = form.get(name);
    return typeof v === "string" && isCalendarDay(v.trim()) ? v.trim() : undefined;
  };
  return callCrossErrors(t, { opensOn: day("opensOn"), closesOn: day("closesOn"), applicationDeadline: day("applicationDeadline") });
}

export type FundingCallInput = z.infer<ReturnType<typeof fundingCallSchema>>;
