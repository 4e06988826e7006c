// Reading the project form: the schema's field checks plus the links that
// must exist. A 400 keeps the user's input and puts each message by its field.
import { parseWithZod } from "@conform-to/zod";
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";
import type { Messages } from "~/i18n";
import { mergeFieldErrors } from "~/utils/form-errors";
import { projectCrossErrorsFromForm, projectSchema } from "~/validation/project";
import { caseNumberTaken, missingProjectLinks } from "./project.server";

export async function parseProjectForm(db: Kysely<Database>, formData: FormData, t: Messages, projectId: number | null) {
  const submission = parseWithZod(formData, { schema: projectSchema(t) });
  if (submission.status !== "success") {
    return { ok: false as const, reply: submission.reply({ fieldErrors: mergeFieldErrors(submission.error ?? undefined, projectCrossErrorsFromForm(t, formData)) }) };
  }
  const fieldErrors: Record<string, string[]> = {};
  for (const field of await missingProjectLinks(db, submission.value)) fieldErrors[field] = [t.followUp.projectForm.choiceInvalid];
  // The case number is unique: say so by the field rather than fail on the constraint.
  if (submission.value.caseNumber && (await caseNumberTaken(db, submission.value.caseNumber, projectId))) {
    fieldErrors.caseNumber = [t.followUp.projectForm.caseNumberTaken];
  }
  if (Object.keys(fieldErrors).length) return { ok: false as const, reply: submission.reply({ fieldErrors }) };
  return { ok: true as const, value: submission.value };
}
