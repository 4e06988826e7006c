import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";
import { richTextToHtml } from "~/utils/rich-text.server";

export async function listProjects(db: Kysely<Database>) {
  return db
    .selectFrom("project")
    .select(["id", "case_number", "name", "owner", "fund", "period_start", "period_end", "status"])
    .orderBy("period_start", "desc")
    .orderBy("name")
    .execute();
}

export async function getProject(db: Kysely<Database>, id: number) {
  const project = await db.selectFrom("project").selectAll().where("id", "=", id).executeTakeFirst();
  if (!project) return null;
  const mandates = await db
    .selectFrom("mandate")
    .select(["id", "task", "status"])
    .where("project_id", "=", id)
    .orderBy("given_on", "desc")
    .execute();
  return { project, summaryHtml: richTextToHtml(project.summary_json), mandates };
}
