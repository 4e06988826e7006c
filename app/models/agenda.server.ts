// The agenda of a meeting: its sections, its items, and the carry-over rule
// that fills a new meeting's draft agenda with everything that is due.
import { storedDueDays } from "./mandate-due";
import type { Kysely, Transaction } from "kysely";
import type { Database, SectionKind } from "../../db/schema";
import { formatDay } from "~/utils/dates";

type Db = Kysely<Database> | Transaction<Database>;

/** Built-in sections, in the order the seed minutes use. */
export const SECTION_ORDER: SectionKind[] = ["decision", "report", "per_capsulam", "other"];

export type CarryOverMeeting = { id: number; groupId: number; date: string };

/**
 * Fills the draft agenda of a newly planned meeting:
 * - a report-back item for every mandate of the group due at or before this
 *   meeting (by date or by named meeting) that is not done, cancelled or
 *   continued, overdue ones from earlier meetings included;
 * - the items deferred (bordlagda) at the previous meeting;
 * - the per-capsulam decisions taken since the previous meeting;
 * - the group's standing items.
 */
export async function carryOverIntoAgenda(db: Db, meeting: CarryOverMeeting): Promise<void> {
  const sectionIds = new Map<SectionKind, number>();
  for (const [index, kind] of SECTION_ORDER.entries()) {
    const { id } = await db
      .insertInto("agenda_section")
      .values({ meeting_id: meeting.id, kind, title: null, position: index + 1 })
      .returning("id")
      .executeTakeFirstOrThrow();
    sectionIds.set(kind, id);
  }
  const positions = new Map<SectionKind, number>();
  const nextPosition = (kind: SectionKind) => {
    const p = (positions.get(kind) ?? 0) + 1;
    positions.set(kind, p);
    return p;
  };
  const add = (kind: SectionKind, values: Omit<Parameters<typeof insertItem>[1], "meeting_id" | "section_id" | "position">) =>
    insertItem(db, { ...values, meeting_id: meeting.id, section_id: sectionIds.get(kind)!, position: nextPosition(kind) });

  const previous = await db
    .selectFrom("meeting")
    .select(["id", "meeting_date"])
    .where("group_id", "=", meeting.groupId)
    .where("meeting_date", "<", meeting.date)
    .where("id", "!=", meeting.id)
    .orderBy("meeting_date", "desc")
    .limit(1)
    .executeTakeFirst();

  // Deferred items first: they were already on an agenda and were not decided.
  const deferredMandateIds: number[] = [];
  if (previous) {
    const deferred = await db
      .selectFrom("agenda_item")
      .innerJoin("agenda_section", "agenda_section.id", "agenda_item.section_id")
      .selectAll("agenda_item")
      .select("agenda_section.kind as section_kind")
      .where("agenda_item.meeting_id", "=", previous.id)
      .where("agenda_item.outcome", "=", "deferred")
      .orderBy("agenda_section.position")
      .orderBy("agenda_item.position")
      .execute();
    for (const item of deferred) {
      if (item.mandate_id !== null) deferredMandateIds.push(item.mandate_id);
      const kind = item.section_kind === "custom" ? "decision" : item.section_kind;
      await add(kind, {
        title: item.title,
        presentation: item.presentation,
        presenter: item.presenter,
        background_json: item.background_json,
        background_text: item.background_text,
        proposal_json: item.proposal_json,
        proposal_text: item.proposal_text,
        mandate_id: item.mandate_id,
        call_id: item.call_id,
        project_id: item.project_id,
        carried_from_item_id: item.id,
      });
    }
  }

  const due = await listMandatesDueAt(db, meeting);
  const carriedMandates = new Set(deferredMandateIds);
  for (const mandate of due) {
    if (carriedMandates.has(mandate.id)) continue;
    const dueDay = mandate.due_date ?? mandate.due_meeting_date;
    const dueWords = mandate.due_date
      ? `senast ${formatDay(mandate.due_date)}`
      : dueDay
        ? `till mötet den ${formatDay(dueDay)}`
        : "";
    const background = `Uppdrag givet den ${formatDay(mandate.given_on)}${mandate.unit_name ? ` till ${mandate.unit_name}` : ""}: ${mandate.task}${dueWords ? `, med återrapportering ${dueWords}` : ""}.`;
    await add("report", {
      title: `Återrapportering: ${capitalise(mandate.task)}`,
      presentation: null,
      presenter: mandate.unit_name,
      background_json: paragraphDoc(background),
      background_text: background,
      mandate_id: mandate.id,
      call_id: mandate.call_id,
      project_id: mandate.project_id,
    });
  }

  {
    // Since the previous meeting; for a group's first meeting, all of them.
    const perCapsulam = await db
      .selectFrom("per_capsulam_decision")
      .select(["id", "title", "decided_on", "decision_json", "decision_text"])
      .where("group_id", "=", meeting.groupId)
      .$if(previous !== undefined, (q) => q.where("decided_on", ">", previous!.meeting_date))
      .where("decided_on", "<=", meeting.date)
      .orderBy("decided_on")
      .orderBy("id")
      .execute();
    for (const decision of perCapsulam) {
      await add("per_capsulam", {
        title: decision.title,
        presentation: `Per capsulam-beslut ${formatDay(decision.decided_on)}`,
        decision_json: decision.decision_json ?? paragraphDoc(decision.decision_text),
        decision_text: decision.decision_text,
        per_capsulam_decision_id: decision.id,
      });
    }
  }

  const standing = await db
    .selectFrom("standing_item")
    .select(["section_kind", "title", "presentation"])
    .where("group_id", "=", meeting.groupId)
    .orderBy("position")
    .execute();
  for (const item of standing) {
    await add(item.section_kind === "custom" ? "other" : item.section_kind, {
      title: item.title,
      presentation: item.presentation,
    });
  }
}

/**
 * The mandates a meeting must follow up: the group's mandates due at or before
 * the meeting day, by date or at a named meeting, that are still open (not
 * done, cancelled, continued or already reported back) and have had no
 * report-back on or after their due day (the rule of app/models/mandate-due.ts:
 * such a report answers the due point). Overdue ones from earlier meetings stay in.
 */
export async function listMandatesDueAt(db: Db, meeting: { groupId: number; date: string }) {
  const rows = await db
    .selectFrom("mandate")
    .leftJoin("meeting as due_meeting", "due_meeting.id", "mandate.due_meeting_id")
    .leftJoin("unit", "unit.id", "mandate.assignee_unit_id")
    .select((eb) => [
      "mandate.id",
      "mandate.task",
      "mandate.given_on",
      "mandate.due_date",
      "mandate.due_text",
      "mandate.call_id",
      "mandate.project_id",
      "unit.name as unit_name",
      "due_meeting.meeting_date as due_meeting_date",
      eb
        .selectFrom("mandate_entry")
        .select((e) => e.fn.max("mandate_entry.entry_date").as("d"))
        .whereRef("mandate_entry.mandate_id", "=", "mandate.id")
        .where("mandate_entry.kind", "=", "reported")
        .as("last_reported_on"),
    ])
    .where("mandate.group_id", "=", meeting.groupId)
    .where("mandate.status", "not in", ["done", "cancelled", "continued", "reported"])
    .where((eb) =>
      eb.or([
        eb("mandate.due_date", "<=", meeting.date),
        eb.and([eb("mandate.due_date", "is", null), eb("due_meeting.meeting_date", "<=", meeting.date)]),
      ]),
    )
    .orderBy("mandate.given_on")
    .orderBy("mandate.id")
    .execute();
  // Still awaited by the one rule (a report on or after the due day answers it).
  return rows.filter(
    (m) => storedDueDays({ status: "given", dueDate: m.due_date, dueMeetingDate: m.due_meeting_date, lastReportedOn: (m.last_reported_on as string | null) ?? null }).reportDueOn !== null,
  );
}

function insertItem(db: Db, values: import("kysely").Insertable<Database["agenda_item"]>) {
  return db.insertInto("agenda_item").values(values).execute();
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A one-paragraph Tiptap document, for text the app writes itself. */
export function paragraphDoc(text: string): string {
  return JSON.stringify({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text }] }] });
}
