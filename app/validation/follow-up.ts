import { z } from "zod";
import type { MandateStatus } from "../../db/schema";
import type { Messages } from "~/i18n";

/** The status moves staff may make; cancelling or continuing is the group's decision. */
export const FOLLOW_UP_STATUSES = ["in_progress", "reported", "done"] as const satisfies readonly MandateStatus[];
export type FollowUpStatus = (typeof FOLLOW_UP_STATUSES)[number];

/** Two forms on the mandate page: a note (with an optional status move), and a one-click status move. */
export function followUpSchema(t: Messages) {
  const s = t.followUp.story;
  return z
    .object({
      intent: z.enum(["note", "status"]),
      body: z.string().trim().max(5000, s.noteTooLong).optional(),
      status: z
        .string()
        .optional()
        .refine((v) => !v || (FOLLOW_UP_STATUSES as readonly string[]).includes(v), s.statusInvalid)
        .transform((v) => (v ? (v as FollowUpStatus) : undefined)),
    })
    .superRefine((value, ctx) => {
      if (value.intent === "note" && !value.body && !value.status) ctx.addIssue({ code: "custom", path: ["body"], message: s.noteRequired });
      if (value.intent === "status" && !value.status) ctx.addIssue({ code: "custom", path: ["status"], message: s.statusInvalid });
    });
}
