// The forms of the meeting page and the per-capsulam page; messages in the user's language.
import { z } from "zod";
import type { Messages } from "~/i18n";
import { isCalendarDay } from "~/utils/dates";

const id = (message: string) => z.coerce.number({ invalid_type_error: message, required_error: message }).int(message).positive(message);
const optionalId = z.preprocess((v) => (v === "" || v === undefined ? undefined : v), z.coerce.number().int().positive().optional());
const day = (message: string) => z.string({ required_error: message }).trim().refine(isCalendarDay, message);

export function mandateSchema(t: Messages) {
  const e = t.minutes.errors;
  return z
    .object({
      task: z.string({ required_error: e.taskRequired }).trim().min(1, e.taskRequired).max(2000, e.tooLong),
      unitId: id(e.unitRequired),
      dueKind: z.enum(["next", "meeting", "date"], { errorMap: () => ({ message: e.dueKindRequired }) }),
      dueMeetingId: optionalId,
      dueDate: z.string().trim().optional(),
      callId: optionalId,
      projectId: optionalId,
    })
    .superRefine((m, ctx) => {
      if (m.dueKind === "date" && (!m.dueDate || !isCalendarDay(m.dueDate))) ctx.addIssue({ code: "custom", path: ["dueDate"], message: e.dueDateInvalid });
      if (m.dueKind === "meeting" && !m.dueMeetingId) ctx.addIssue({ code: "custom", path: ["dueMeetingId"], message: e.dueMeetingRequired });
    });
}

export type MandateFields = z.infer<ReturnType<typeof mandateSchema>>;

export function toMandateInput(m: MandateFields) {
  return {
    unitId: m.unitId,
    task: m.task,
    due:
      m.dueKind === "date"
        ? ({ kind: "date", date: m.dueDate! } as const)
        : m.dueKind === "meeting"
          ? ({ kind: "meeting", meetingId: m.dueMeetingId! } as const)
          : ({ kind: "next" } as const),
    callId: m.callId ?? null,
    projectId: m.projectId ?? null,
  };
}

export function decisionSchema(t: Messages) {
  const e = t.minutes.errors;
  return z.object({
    intent: z.literal("decision"),
    itemId: id(e.itemNotFound),
    version: z.coerce.number().int(),
    outcome: z.enum(["approved", "approved_as_amended", "rejected", "deferred", "noted"], { errorMap: () => ({ message: e.outcomeRequired }) }),
    decision: z.string().max(100_000, e.tooLong).optional(),
    mandates: z.array(mandateSchema(t)).default([]),
  });
}

export function followUpSchema(t: Messages) {
  const e = t.minutes.errors;
  // The new mandate's fields count only when the mandate is continued.
  return z.preprocess(
    (value) => {
      if (value && typeof value === "object" && (value as { status?: unknown }).status !== "continued") {
        const { mandates: _ignored, ...rest } = value as Record<string, unknown>;
        return rest;
      }
      return value;
    },
    z.object({
      intent: z.literal("followUp"),
      itemId: id(e.itemNotFound),
      status: z.enum(["reported", "done", "continued"], { errorMap: () => ({ message: e.statusRequired }) }),
      note: z.string().trim().max(5000, e.tooLong).optional(),
      mandates: z.array(mandateSchema(t)).max(1).default([]),
    }),
  );
}

export function stanceSchema(t: Messages) {
  const e = t.minutes.errors;
  return z.object({
    intent: z.literal("stance"),
    itemId: id(e.itemNotFound),
    stance: z.enum(["for", "against", "reservation"], { errorMap: () => ({ message: e.stanceRequired }) }),
    reason: z.string().trim().max(2000, e.tooLong).optional(),
  });
}

export function attendanceSchema(t: Messages) {
  return z.object({
    intent: z.literal("attendance"),
    person: z.array(z.coerce.number().int().positive()).default([]),
    status: z.array(z.enum(["present", "absent", ""])).default([]),
    checker: z.array(z.coerce.number().int().positive()).default([]),
  }).describe(t.minutes.attendanceTitle);
}

export function substituteSchema(t: Messages) {
  const e = t.minutes.errors;
  return z.object({
    intent: z.literal("addSubstitute"),
    name: z.string({ required_error: e.nameRequired }).trim().min(1, e.nameRequired).max(200, e.tooLong),
    represents: z.string().trim().max(200, e.tooLong).optional(),
    substituteFor: z.string({ required_error: e.substituteForRequired }).trim().min(1, e.substituteForRequired).max(200, e.tooLong),
  });
}

export function returnSchema(t: Messages) {
  const e = t.minutes.errors;
  return z.object({
    intent: z.literal("return"),
    comment: z.string({ required_error: e.commentRequired }).trim().min(1, e.commentRequired).max(5000, e.tooLong),
  });
}

export function correctionSchema(t: Messages) {
  const e = t.minutes.errors;
  return z.object({
    intent: z.literal("correction"),
    itemId: optionalId,
    field: z.enum(["decision", "title", "attendance", "other"], { errorMap: () => ({ message: e.fieldRequired }) }),
    after: z.string({ required_error: e.correctionTextRequired }).trim().min(1, e.correctionTextRequired).max(10_000, e.tooLong),
    reason: z.string({ required_error: e.reasonRequired }).trim().min(1, e.reasonRequired).max(2000, e.tooLong),
  });
}

export function perCapsulamSchema(t: Messages) {
  const e = t.minutes.errors;
  return z.object({
    decidedOn: day(e.dateInvalid),
    title: z.string({ required_error: e.titleRequired }).trim().min(1, e.titleRequired).max(300, e.tooLong),
    decision: z.string({ required_error: e.decisionRequired }).max(100_000, e.tooLong),
    participants: z.string({ required_error: e.participantsRequired }).trim().min(1, e.participantsRequired).max(2000, e.tooLong),
    mandates: z.array(mandateSchema(t)).default([]),
  });
}
