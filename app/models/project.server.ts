import { sql, type Kysely } from "kysely";
import type { Database, ProjectStatus } from "../../db/schema";
import { recordAudit } from "./audit.server";
import { richTextToHtml } from "~/utils/rich-text.server";
import { nowIso } from "~/utils/clock";
import { meetingName } from "./meeting-name";

export const PROJECTS_PAGE = 50;

/**
 * Projects, newest period first (those without a period last), one page at a
 * time by key: `after` is the last row's `start.id` ("-" for no start), so a
 * later page costs what the first does. `next` is the key of the page after.
 */
export async function listProjects(db: Kysely<Database>, options: { after?: string | null; size?: number } = {}) {
  const size = options.size ?? PROJECTS_PAGE;
  const key = /^(\d{4}-\d{2}-\d{2}|-)\.(\d{1,10})$/.exec(options.after ?? "");
  const rows = await db
    .selectFrom("project")
    .select(["id", "case_number", "name", "owner", "fund", "period_start", "period_end", "status"])
    .$if(key !== null, (q) =>
      q.where((eb) => {
        const [, start, id] = key!;
        if (start === "-") return eb.and([eb("period_start", "is", null), eb("id", "<", Number(id))]);
        return eb.or([
          eb("period_start", "<", start),
          eb.and([eb("period_start", "=", start), eb("id", "<", Number(id))]),
          eb("period_start", "is", null),
        ]);
      }),
    )
    .orderBy(sql`(period_start is null)`)
    .orderBy("period_start", "desc")
    .orderBy("id", "desc")
    .limit(size + 1)
    .execute();
  const page = rows.slice(0, size);
  const last = page[page.length - 1];
  return { projects: page, next: rows.length > size && last ? `${last.period_start ?? "-"}.${last.id}` : null };
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

/** Meetings where the project was on the agenda (reported), and the call it answers. */
export async function getProjectLinks(db: Kysely<Database>, projectId: number, callId: number | null) {
  const [meetings, call] = await Promise.all([
    db
      .selectFrom("agenda_item")
      .innerJoin("meeting", "meeting.id", "agenda_item.meeting_id")
      .select(["meeting.id", "meeting.title", "meeting.meeting_date", "meeting.state", "meeting.group_id", "agenda_item.id as item_id", "agenda_item.paragraph", "agenda_item.title as item_title"])
      .where("agenda_item.project_id", "=", projectId)
      .where("meeting.state", "!=", "draft")
      .orderBy("meeting.meeting_date", "desc")
      .execute(),
    callId ? db.selectFrom("funding_call").select(["id", "fund", "code", "title"]).where("id", "=", callId).executeTakeFirst() : Promise.resolve(undefined),
  ]);
  return { meetings: meetings.map((m) => ({ ...m, title: meetingName(m.title, m.meeting_date) })), call: call ?? null };
}

/** What the project form offers to link: groups, calls and mandates. */
export async function listProjectChoices(db: Kysely<Database>) {
  const [groups, calls, mandates] = await Promise.all([
    db.selectFrom("group").select(["id", "short_name"]).orderBy("short_name").execute(),
    db.selectFrom("funding_call").select(["id", "fund", "code"]).orderBy("opens_on", "desc").execute(),
    db.selectFrom("mandate").select(["id", "task", "given_on"]).where("status", "not in", ["cancelled"]).orderBy("given_on", "desc").limit(500).execute(),
  ]);
  return { groups, calls, mandates };
}

export type ProjectValues = {
  caseNumber?: string;
  name: string;
  status: ProjectStatus;
  owner?: string;
  fund?: string;
  programmeArea?: string;
  specificObjective?: string;
  periodStart?: string;
  periodEnd?: string;
  totalBudget?: number;
  grantedSupport?: number;
  cofinancingRate?: number;
  plannedParticipants?: number;
  region?: string;
  contactName?: string;
  contactTitle?: string;
  contactEmail?: string;
  contactPhone?: string;
  groupId?: number;
  callId?: number;
  mandateId?: number;
};

const projectRow = (v: ProjectValues) => ({
  case_number: v.caseNumber || null,
  name: v.name,
  status: v.status,
  owner: v.owner || null,
  fund: v.fund || null,
  programme_area: v.programmeArea || null,
  specific_objective: v.specificObjective || null,
  period_start: v.periodStart || null,
  period_end: v.periodEnd || null,
  total_budget: v.totalBudget ?? null,
  granted_support: v.grantedSupport ?? null,
  cofinancing_rate: v.cofinancingRate ?? null,
  planned_participants: v.plannedParticipants ?? null,
  region: v.region || null,
  contact_name: v.contactName || null,
  contact_title: v.contactTitle || null,
  contact_email: v.contactEmail || null,
  contact_phone: v.contactPhone || null,
  group_id: v.groupId ?? null,
  call_id: v.callId ?? null,
  mandate_id: v.mandateId ?? null,
});

/** Creates (id null) or updates the ESF-style project record, audited in the same transaction. */
export async function saveProject(db: Kysely<Database>, userId: number, id: number | null, values: ProjectValues): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const row = projectRow(values);
    if (id === null) {
      const created = await trx.insertInto("project").values(row).returning("id").executeTakeFirstOrThrow();
      await recordAudit(trx, { userId, entity: "project", entityId: created.id, action: "create", after: row });
      return created.id;
    }
    const before = await trx.selectFrom("project").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
    await trx.updateTable("project").set({ ...row, updated_at: nowIso() }).where("id", "=", id).execute();
    await recordAudit(trx, { userId, entity: "project", entityId: id, action: "update", before, after: row });
    return id;
  });
}

/** The ids a project may link to that do not exist: each is a field error. */
export async function missingProjectLinks(db: Kysely<Database>, v: Pick<ProjectValues, "groupId" | "callId" | "mandateId">) {
  const missing: Array<"groupId" | "callId" | "mandateId"> = [];
  if (v.groupId && !(await db.selectFrom("group").select("id").where("id", "=", v.groupId).executeTakeFirst())) missing.push("groupId");
  if (v.callId && !(await db.selectFrom("funding_call").select("id").where("id", "=", v.callId).executeTakeFirst())) missing.push("callId");
  if (v.mandateId && !(await db.selectFrom("mandate").select("id").where("id", "=", v.mandateId).executeTakeFirst())) missing.push("mandateId");
  return missing;
}

export async function caseNumberTaken(db: Kysely<Database>, caseNumber: string, exceptProjectId: number | null): Promise<boolean> {
  const row = await db
    .selectFrom("project")
    .select("id")
    .where("case_number", "=", caseNumber)
    .$if(exceptProjectId !== null, (q) => q.where("id", "!=", exceptProjectId!))
    .executeTakeFirst();
  return Boolean(row);
}
