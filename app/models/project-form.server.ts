// Reading the project form: the schema's field checks plus the links that
// must exist. A 400 keeps the user's input and puts each message by its field.
import { parseWithZod } from "@conform-to/zod";
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";
import type { Messages } from "~/i18n";
import { projectSchema } from "~/validation/project";
import { missingProjectLinks } from "./project.server";

export async function parseProjectForm(db: Kysely<Database>, formData: FormData, t: Messages) {
  const submission = parseWithZod(formData, { schema: projectSchema(t) });
  if (submission.status !== "success") return { ok: false as const, reply: submission.reply() };
  const missing = await missingProjectLinks(db, submission.value);
  if (missing.length) {
    const fieldErrors = Object.fromEntries(missing.map((f) => [f, [t.followUp.projectForm.choiceInvalid]]));
    return { ok: false as const, reply: submission.reply({ fieldErrors }) };
  }
  return { ok: true as const, value: submission.value };
}
