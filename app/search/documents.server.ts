// What each kind of thing puts in the search index, and what decides who may
// find it. The same for every database engine: an engine stores these
// documents and matches words against them.
import type { Kysely, Transaction } from "kysely";
import type { Database } from "../../db/schema";

export const SEARCH_KINDS = ["item", "per_capsulam", "mandate", "project", "call"] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

export type SearchDocument = {
  kind: SearchKind;
  refId: number;
  /** Null: everyone signed in may find it (projects, calls). */
  groupId: number | null;
  /** An agenda item: found only by those who may see its meeting in its state. */
  meetingId: number | null;
  /** A mandate: also found by the staff of the unit it was given to. */
  unitId: number | null;
  paragraph: number | null;
  day: string | null;
  title: string;
  body: string;
};

type Db = Kysely<Database> | Transaction<Database>;

const join = (...parts: Array<string | null | undefined>) => parts.filter((p) => p && p.trim()).join("\n");

/** The documents of these rows of one kind; a row that no longer exists gives none. */
export async function loadDocuments(db: Db, kind: SearchKind, ids: number[]): Promise<SearchDocument[]> {
  if (ids.length === 0) return [];
  switch (kind) {
    case "item": {
      const rows = await db
        .selectFrom("agenda_item")
        .innerJoin("meeting", "meeting.id", "agenda_item.meeting_id")
        .select([
          "agenda_item.id",
          "agenda_item.title",
          "agenda_item.paragraph",
          "agenda_item.background_text",
          "agenda_item.proposal_text",
          "agenda_item.decision_text",
          "meeting.id as meeting_id",
          "meeting.group_id",
          "meeting.meeting_date",
        ])
        .where("agenda_item.id", "in", ids)
        .execute();
      return rows.map((r) => ({
        kind,
        refId: r.id,
        groupId: r.group_id,
        meetingId: r.meeting_id,
        unitId: null,
        paragraph: r.paragraph,
        day: r.meeting_date,
        title: r.title,
        body: join(r.background_text, r.proposal_text, r.decision_text),
      }));
    }
    case "per_capsulam": {
      const rows = await db
        .selectFrom("per_capsulam_decision")
        .select(["id", "group_id", "decided_on", "title", "decision_text", "participants"])
        .where("id", "in", ids)
        .execute();
      return rows.map((r) => ({
        kind,
        refId: r.id,
        groupId: r.group_id,
        meetingId: null,
        unitId: null,
        paragraph: null,
        day: r.decided_on,
        title: r.title,
        body: join(r.decision_text),
      }));
    }
    case "mandate": {
      const rows = await db
        .selectFrom("mandate")
        .select(["id", "group_id", "assignee_unit_id", "task", "given_on", "due_text"])
        .where("id", "in", ids)
        .execute();
      const entries = await db
        .selectFrom("mandate_entry")
        .select(["mandate_id", "body"])
        .where("mandate_id", "in", ids)
        .where("body", "is not", null)
        .orderBy("entry_date")
        .execute();
      const trail = new Map<number, string[]>();
      for (const e of entries) trail.set(e.mandate_id, [...(trail.get(e.mandate_id) ?? []), e.body!]);
      return rows.map((r) => ({
        kind,
        refId: r.id,
        groupId: r.group_id,
        meetingId: null,
        unitId: r.assignee_unit_id,
        paragraph: null,
        day: r.given_on,
        title: r.task,
        body: join(r.due_text, ...(trail.get(r.id) ?? [])),
      }));
    }
    case "project": {
      const rows = await db
        .selectFrom("project")
        .select(["id", "case_number", "name", "owner", "partners", "summary_text", "period_start", "created_at"])
        .where("id", "in", ids)
        .execute();
      return rows.map((r) => ({
        kind,
        refId: r.id,
        groupId: null,
        meetingId: null,
        unitId: null,
        paragraph: null,
        day: r.period_start ?? r.created_at.slice(0, 10),
        title: r.case_number ? `${r.name} (${r.case_number})` : r.name,
        body: join(r.summary_text, r.owner, r.partners),
      }));
    }
    case "call": {
      const rows = await db
        .selectFrom("funding_call")
        .select(["id", "fund", "code", "title", "programme_area", "description", "opens_on"])
        .where("id", "in", ids)
        .execute();
      return rows.map((r) => ({
        kind,
        refId: r.id,
        groupId: null,
        meetingId: null,
        unitId: null,
        paragraph: null,
        day: r.opens_on,
        title: `${r.fund} ${r.code}: ${r.title}`,
        body: join(r.description, r.programme_area),
      }));
    }
  }
}
