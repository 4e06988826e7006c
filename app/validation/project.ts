import { z } from "zod";
import type { ProjectStatus } from "../../db/schema";
import type { Messages } from "~/i18n";
import { isCalendarDay } from "~/utils/dates";

export const PROJECT_STATUSES: ProjectStatus[] = ["idea", "directive", "application", "granted", "running", "closed"];

/**
 * Case numbers as the seeds write them: the ESF Council's "23-063-S03" and a
 * registry's "2019/00501" (optionally with a series prefix, "KS 2019/00501").
 */
export const CASE_NUMBER = /^(?:\d{2}-\d{3}-[A-Z]\d{2}|(?:[A-ZÅÄÖ]{1,6} )?\d{4}\/\d{1,6})$/;

const spaces = /[\s\u00a0\u202f]/g;

export function projectSchema(t: Messages) {
  const m = t.followUp.projectForm;
  const optional = (max: number) => z.string().trim().max(max, m.tooLong).optional();
  const day = z.string().trim().refine(isCalendarDay, m.dateInvalid).optional();
  const kronor = z
    .string()
    .transform((v) => v.replace(spaces, ""))
    .refine((v) => /^\d{1,13}$/.test(v), m.amountInvalid)
    .transform(Number)
    .optional();
  const count = z
    .string()
    .transform((v) => v.replace(spaces, ""))
    .refine((v) => /^\d{1,9}$/.test(v), m.numberInvalid)
    .transform(Number)
    .optional();
  const id = z
    .string()
    .refine((v) => /^[1-9]\d{0,9}$/.test(v), m.choiceInvalid)
    .transform(Number)
    .optional();
  return z
    .object({
      caseNumber: z.string().trim().refine((v) => CASE_NUMBER.test(v), m.caseNumberInvalid).optional(),
      name: z.string({ required_error: m.required }).trim().min(1, m.required).max(200, m.tooLong),
      status: z.enum(PROJECT_STATUSES as [ProjectStatus, ...ProjectStatus[]], { errorMap: () => ({ message: m.choiceInvalid }) }),
      owner: optional(200),
      fund: optional(40),
      programmeArea: optional(100),
      specificObjective: optional(100),
      periodStart: day,
      periodEnd: day,
      totalBudget: kronor,
      grantedSupport: kronor,
      cofinancingRate: z
        .string()
        .transform((v) => v.replace(spaces, "").replace(",", ".").replace(/%$/, ""))
        .refine((v) => /^\d{1,3}(\.\d{1,2})?$/.test(v) && Number(v) >= 0 && Number(v) <= 100, m.rateInvalid)
        .transform(Number)
        .optional(),
      plannedParticipants: count,
      region: optional(200),
      contactName: optional(200),
      contactTitle: optional(200),
      contactEmail: z.string().trim().max(254, m.tooLong).email(m.emailInvalid).optional(),
      contactPhone: optional(40),
      groupId: id,
      callId: id,
      mandateId: id,
    })
    .superRefine((v, ctx) => {
      for (const [path, message] of Object.entries(projectCrossErrors(t, v))) ctx.addIssue({ code: "custom", path: [path], message });
    });
}

type CrossInput = { totalBudget?: number; grantedSupport?: number; periodStart?: string; periodEnd?: string };

/** Checks across fields: granted support within the budget, the period in order. */
export function projectCrossErrors(t: Messages, v: CrossInput): Record<string, string> {
  const m = t.followUp.projectForm;
  const errors: Record<string, string> = {};
  if (v.grantedSupport !== undefined && v.totalBudget !== undefined && v.grantedSupport > v.totalBudget) errors.grantedSupport = m.grantedAboveBudget;
  if (v.periodStart && v.periodEnd && v.periodEnd < v.periodStart) errors.periodEnd = m.periodOrder;
  return errors;
}

/**
 * The same checks on the raw form when other fields failed (zod skips
 * superRefine then), so the user sees every problem at once.
 */
export function projectCrossErrorsFromForm(t: Messages, form: FormData): Record<string, string> {
  const text = (name: string) => (typeof form.get(name) === "string" ? (form.get(name) as string).trim() : "");
  const kronor = (name: string) => {
    const v = text(name).replace(spaces, "");
    return /^\d{1,13}$/.test(v) ? Number(v) : undefined;
  };
  const day = (name: string) => (isCalendarDay(text(name)) ? text(name) : undefined);
  return projectCrossErrors(t, { totalBudget: kronor("totalBudget"), grantedSupport: kronor("grantedSupport"), periodStart: day("periodStart"), periodEnd: day("periodEnd") });
}

export type ProjectInput = z.infer<ReturnType<typeof projectSchema>>;
