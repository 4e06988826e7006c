// The round forms, checked on the server (and shaped the same for the client).
import { z } from "zod";
import type { Messages } from "~/i18n";
import { isCalendarDay } from "~/utils/dates";
import { mandateSchema } from "~/validation/minutes";

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

export function openRoundSchema(t: Messages) {
  const e = t.rounds.errors;
  return z.object({
    title: z.string({ required_error: e.titleRequired }).trim().min(1, e.titleRequired).max(300, e.tooLong),
    background: z.string().max(100_000, e.tooLong).optional(),
    proposal: z.string({ required_error: e.proposalRequired }).max(100_000, e.tooLong),
    asked: z.preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(z.coerce.number().int().positive()).min(1, e.noneAsked)),
    closesOn: z.string({ required_error: e.dateInvalid }).trim().refine(isCalendarDay, e.dateInvalid),
    closesTime: z.string({ required_error: e.timeInvalid }).trim().regex(TIME, e.timeInvalid),
    mandates: z.array(mandateSchema(t)).default([]),
  });
}

export function answerSchema(t: Messages) {
  const e = t.rounds.errors;
  return z
    .object({
      intent: z.literal("answer"),
      answer: z.enum(["agree", "object", "abstain"], { errorMap: () => ({ message: e.answerRequired }) }),
      reason: z.string().trim().max(2000, e.tooLong).optional(),
    })
    .superRefine((v, ctx) => {
      if (v.answer === "object" && !v.reason) ctx.addIssue({ code: "custom", path: ["reason"], message: e.reasonRequired });
    });
}

export function roundSettingsSchema(t: Messages) {
  const e = t.rounds.errors;
  return z.object({
    rule: z.enum(["unanimous", "majority"], { errorMap: () => ({ message: e.ruleRequired }) }),
    quorumPercent: z.coerce.number({ invalid_type_error: e.quorumInvalid, required_error: e.quorumInvalid }).int(e.quorumInvalid).min(1, e.quorumInvalid).max(100, e.quorumInvalid),
    answersOpen: z.preprocess((v) => v === "on", z.boolean()),
  });
}
