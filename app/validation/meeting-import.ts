import { z } from "zod";
import type { Messages } from "~/i18n";
import type { ImportDraft } from "~/models/meeting-import.server";
import { isCalendarDay } from "~/utils/dates";

const optionalText = z.string().trim().optional().transform((v) => (v ? v : null));

/** The reviewed import, as posted from the preview. */
export function importSaveSchema(t: Messages) {
  const m = t.meetingImport.errors;
  const day = (message: string) => z.string().trim().refine(isCalendarDay, message);
  const optionalDay = (message: string) =>
    z.string().trim().optional().refine((v) => !v || isCalendarDay(v), message).transform((v) => (v ? v : null));
  const checkbox = z.string().optional().transform((v) => v === "on" || v === "true");
  const item = z
    .object({
      include: checkbox,
      section: z.enum(["decision", "report", "per_capsulam", "information", "other"]),
      number: optionalText,
      title: z.string().trim().max(500, m.itemTitle).optional().default(""),
      presentation: optionalText,
      background: optionalText,
      decision: optionalText,
      decisionGuessed: checkbox,
      sourceLine: z.coerce.number().int().optional().transform((v) => v ?? null),
      sourceText: optionalText,
    })
    .superRefine((value, ctx) => {
      if (value.include && !value.title) ctx.addIssue({ code: "custom", path: ["title"], message: m.itemTitle });
    });
  const mandate = z
    .object({
      include: checkbox,
      item: z.coerce.number().int().min(0),
      assignee: optionalText,
      task: z.string().trim().max(2000, m.task).optional().default(""),
      dueDate: optionalDay(m.dueDate),
      dueMeetingDate: optionalDay(m.dueDate),
      dueText: optionalText,
      sourceLine: z.coerce.number().int().optional().transform((v) => v ?? null),
      sourceText: optionalText,
    })
    .superRefine((value, ctx) => {
      if (value.include && !value.task) ctx.addIssue({ code: "custom", path: ["task"], message: m.task });
    });
  return z
    .object({
      intent: z.literal("save"),
      groupId: z.coerce.number({ invalid_type_error: m.group }).int().positive(m.group),
      kind: z.enum(["minutes", "agenda"]),
      title: z.string({ required_error: m.title }).trim().min(1, m.title).max(300, m.title),
      date: day(m.date),
      original: z.string({ required_error: m.original }).min(1, m.original),
      filename: z.string().min(1).max(255),
      items: z.array(item).default([]),
      mandates: z.array(mandate).default([]),
    })
    .superRefine((value, ctx) => {
      if (!value.items.some((i) => i.include)) ctx.addIssue({ code: "custom", path: ["items"], message: m.nothing });
      value.mandates.forEach((mandate, index) => {
        if (mandate.include && !value.items[mandate.item]?.include) {
          ctx.addIssue({ code: "custom", path: ["mandates", index, "item"], message: m.mandateItem });
        }
      });
    });
}

export type ImportSave = z.infer<ReturnType<typeof importSaveSchema>>;

/** What the user posted, back into the preview's shape, so nothing typed is lost. */
export function draftFromPayload(payload: Record<string, unknown>): ImportDraft {
  const str = (v: unknown) => (typeof v === "string" && v !== "" ? v : null);
  const list = (v: unknown) => (Array.isArray(v) ? (v as Array<Record<string, unknown>>) : []);
  return {
    kind: payload.kind === "agenda" ? "agenda" : "minutes",
    title: String(payload.title ?? ""),
    date: str(payload.date),
    items: list(payload.items).map((i) => ({
      include: i.include === "on",
      section: (["decision", "report", "per_capsulam", "information", "other"].includes(String(i.section)) ? i.section : "report") as ImportDraft["items"][number]["section"],
      number: str(i.number),
      title: String(i.title ?? ""),
      presentation: str(i.presentation),
      background: str(i.background),
      decision: str(i.decision),
      decisionGuessed: i.decisionGuessed === "true",
      sourceLine: Number(i.sourceLine) || null,
      sourceText: str(i.sourceText),
    })),
    mandates: list(payload.mandates).map((m) => ({
      include: m.include === "on",
      item: Number(m.item) || 0,
      assignee: str(m.assignee),
      task: String(m.task ?? ""),
      dueDate: str(m.dueDate),
      dueMeetingDate: str(m.dueMeetingDate),
      dueText: str(m.dueText),
      sourceLine: Number(m.sourceLine) || null,
      sourceText: str(m.sourceText),
    })),
  };
}
