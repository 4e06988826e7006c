// Every dated obligation in one list: call windows and application deadlines,
// mandates' due days (by the one due rule), project ends and the deadline rows.
// A date lives on its own record; this module only joins them.
import type { Kysely } from "kysely";
import type { Database, DeadlineKind } from "../../db/schema";
import { jsonHelpers } from "~/database/json";
import { CLOSED_STATUSES, dueStateSql, type DueState } from "./mandate-due";
import { dueSqlInputs } from "./mandate.server";
import type { SessionUser } from "./user.server";

export type TimelineKind = "call_window" | "application" | "mandate_due" | "project_end" | Exclude<DeadlineKind, "project_end" | "application">;

export type TimelineItem = {
  key: string;
  kind: TimelineKind;
  /** First day; for a call window the day it opens. */
  start: string;
  /** Last day (a window's closing day); equal to start for a single date. */
  end: string;
  label: string;
  href: string | null;
  dueState?: DueState;
};

export type TimelineLabels = {
  mandateDue: (task: string) => string;
  projectEnd: (name: string) => string;
  callWindow: (fund: string, code: string) => string;
  application: (fund: string, code: string) => string;
};

/** Funding calls with the mandates and projects tied to them, newest window first. */
export async function listCalls(db: Kysely<Database>) {
  const { jsonArrayFrom } = jsonHelpers(db);
  const rows = await db
    .selectFrom("funding_call")
    .selectAll("funding_call")
    .select((eb) => [
      jsonArrayFrom(eb.selectFrom("mandate").select(["mandate.id", "mandate.task", "mandate.status"]).whereRef("mandate.call_id", "=", "funding_call.id").orderBy("mandate.id")).as("mandates"),
      jsonArrayFrom(eb.selectFrom("project").select(["project.id", "project.name"]).whereRef("project.call_id", "=", "funding_call.id").orderBy("project.name")).as("projects"),
    ])
    .orderBy("opens_on", "desc")
    .orderBy("code")
    .execute();
  // SQLite hands JSON back as text (no ParseJSONResultsPlugin on the shared instance), PostgreSQL parsed.
  const parse = <T,>(value: T | string): T => (typeof value === "string" ? (JSON.parse(value) as T) : value);
  return rows.map((r) => ({ ...r, mandates: parse(r.mandates), projects: parse(r.projects) }));
}

export async function getCall(db: Kysely<Database>, id: number) {
  return db.selectFrom("funding_call").selectAll().where("id", "=", id).executeTakeFirst();
}

/**
 * Everything dated that touches [from, to], for the user: call windows that
 * overlap it, application deadlines, open mandates the user may read whose due
 * day falls in it, project ends and other deadline rows.
 */
export async function listTimelineItems(
  db: Kysely<Database>,
  user: SessionUser,
  range: { from: string; to: string },
  today: string,
  labels: TimelineLabels,
): Promise<TimelineItem[]> {
  const { from, to } = range;
  const dueMeetingInputs = dueSqlInputs(today);
  const [calls, mandates, projects, deadlines] = await Promise.all([
    db
      .selectFrom("funding_call")
      .select(["id", "fund", "code", "opens_on", "closes_on", "application_deadline"])
      .where("opens_on", "<=", to)
      .where((eb) => eb(eb.fn.coalesce("application_deadline", "closes_on"), ">=", from))
      .orderBy("opens_on")
      .execute(),
    db
      .selectFrom("mandate")
      .select(["mandate.id", "mandate.task", "mandate.due_on as due_day", dueStateSql(dueMeetingInputs, today).as("due_state")])
      .where("mandate.status", "not in", CLOSED_STATUSES)
      // The stored due day in range: the index on due_on answers it.
      .where("mandate.due_on", ">=", from)
      .where("mandate.due_on", "<=", to)
      .$if(!user.isAdmin, (q) =>
        q.where((eb) =>
          eb.or([
            eb("mandate.group_id", "in", eb.selectFrom("membership").select("group_id").where("user_id", "=", user.id)),
            ...(user.unitId !== null ? [eb("mandate.assignee_unit_id", "=", user.unitId)] : []),
          ]),
        ),
      )
      .orderBy("mandate.due_on")
      .limit(500)
      .execute(),
    db.selectFrom("project").select(["id", "name", "period_end"]).where("period_end", ">=", from).where("period_end", "<=", to).execute(),
    db.selectFrom("deadline").select(["id", "kind", "due_on", "title", "project_id", "call_id"]).where("due_on", ">=", from).where("due_on", "<=", to).execute(),
  ]);

  const items: TimelineItem[] = [];
  for (const c of calls) {
    items.push({ key: `call-${c.id}`, kind: "call_window", start: c.opens_on, end: c.closes_on, label: labels.callWindow(c.fund, c.code), href: `/deadlines#call-${c.id}` });
    const deadline = c.application_deadline ?? c.closes_on;
    if (deadline >= from && deadline <= to) {
      items.push({ key: `call-${c.id}-deadline`, kind: "application", start: deadline, end: deadline, label: labels.application(c.fund, c.code), href: `/deadlines#call-${c.id}` });
    }
  }
  for (const m of mandates) {
    items.push({ key: `mandate-${m.id}`, kind: "mandate_due", start: m.due_day!, end: m.due_day!, label: labels.mandateDue(m.task), href: `/mandates/${m.id}`, dueState: m.due_state });
  }
  const projectEnds = new Set<string>();
  for (const p of projects) {
    projectEnds.add(`${p.id}:${p.period_end}`);
    items.push({ key: `project-${p.id}-end`, kind: "project_end", start: p.period_end!, end: p.period_end!, label: labels.projectEnd(p.name), href: `/projects/${p.id}` });
  }
  for (const d of deadlines) {
    // A project_end row on the project's own end day is the same date, shown once.
    if (d.kind === "project_end" && d.project_id !== null && projectEnds.has(`${d.project_id}:${d.due_on}`)) continue;
    items.push({
      key: `deadline-${d.id}`,
      kind: d.kind,
      start: d.due_on,
      end: d.due_on,
      label: d.title,
      href: d.project_id ? `/projects/${d.project_id}` : d.call_id ? `/deadlines#call-${d.call_id}` : null,
    });
  }
  return items.sort((a, b) => a.start.localeCompare(b.start) || a.end.localeCompare(b.end) || a.key.localeCompare(b.key));
}

/** Single dates in [from, to] (a window counts by its opening, closing and deadline days), for lists. */
export function datesInRange(items: TimelineItem[], from: string, to: string): Array<TimelineItem & { day: string }> {
  const out: Array<TimelineItem & { day: string }> = [];
  for (const item of items) {
    if (item.kind !== "call_window") {
      if (item.start >= from && item.start <= to) out.push({ ...item, day: item.start });
    }
  }
  return out.sort((a, b) => a.day.localeCompare(b.day));
}
