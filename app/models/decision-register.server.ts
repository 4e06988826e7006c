// A group's decision register: every decision recorded in its minutes, with
// the item's § number, the meeting's day and the outcome, newest first,
// filtered by year, outcome and words, one page at a time by key.
import { sql, type Kysely } from "kysely";
import type { Database, Outcome, Role } from "../../db/schema";
import { OUTCOMES } from "./decision.server";
import { meetingName } from "./meeting-name";
import { canSeeMeeting } from "./permissions";

export const DECISIONS_PAGE = 50;

export type DecisionFilter = { year: number | null; outcome: Outcome | null; text: string | null };

/** The filter from a URL: unknown or nonsense values are dropped (the register shows everything then). */
export function parseDecisionFilter(params: URLSearchParams): DecisionFilter & { after: string | null } {
  const year = Number(params.get("year"));
  const outcome = params.get("outcome");
  const text = (params.get("q") ?? "").trim().slice(0, 100);
  const after = params.get("after");
  return {
    year: Number.isInteger(year) && year >= 1900 && year <= 2999 ? year : null,
    outcome: OUTCOMES.includes(outcome as Outcome) ? (outcome as Outcome) : null,
    text: text || null,
    after: after && /^\d{4}-\d{2}-\d{2}\.\d{1,10}\.\d{1,10}$/.test(after) ? after : null,
  };
}

export type DecisionRow = {
  itemId: number;
  paragraph: number | null;
  title: string;
  decisionText: string | null;
  outcome: Outcome;
  perCapsulam: boolean;
  meeting: { id: number; title: string; date: string };
};

/**
 * One page of the group's decisions the reader may see (a draft meeting's only
 * for those who prepare it, permissions.ts), newest meeting first. `after` is
 * the last row's `date.meetingId.itemId`; `next` the key of the following page.
 */
export async function listGroupDecisions(
  db: Kysely<Database>,
  groupId: number,
  role: Role,
  filter: DecisionFilter,
  after: string | null = null,
  size = DECISIONS_PAGE,
): Promise<{ rows: DecisionRow[]; next: string | null }> {
  const key = after?.split(".");
  // Words: each must occur in the title or the decision (case folded; text
  // search with inflections is /search).
  const words = (filter.text ?? "").toLowerCase().split(/\s+/).filter(Boolean).slice(0, 5);
  const rows = await db
    .selectFrom("meeting")
    .innerJoin("agenda_item", "agenda_item.meeting_id", "meeting.id")
    .select([
      "meeting.id as meeting_id",
      "meeting.title as meeting_title",
      "meeting.meeting_date",
      "agenda_item.id",
      "agenda_item.paragraph",
      "agenda_item.title",
      "agenda_item.decision_text",
      "agenda_item.outcome",
      "agenda_item.per_capsulam_decision_id",
    ])
    .where("meeting.group_id", "=", groupId)
    .where("agenda_item.outcome", "is not", null)
    .$if(!canSeeMeeting(role, "draft"), (q) => q.where("meeting.state", "!=", "draft"))
    .$if(filter.year !== null, (q) => q.where("meeting.meeting_date", ">=", `${filter.year}-01-01`).where("meeting.meeting_date", "<", `${filter.year! + 1}-01-01`))
    .$if(filter.outcome !== null, (q) => q.where("agenda_item.outcome", "=", filter.outcome!))
    .$if(words.length > 0, (q) =>
      q.where((eb) =>
        eb.and(
          words.map((w) => {
            const like = `%${w.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
            return eb.or([
              eb(sql`lower(agenda_item.title)`, "like", sql`${like} escape '\\'`),
              eb(sql`lower(coalesce(agenda_item.decision_text, ''))`, "like", sql`${like} escape '\\'`),
            ]);
          }),
        ),
      ),
    )
    .$if(key !== undefined, (q) =>
      q.where((eb) =>
        eb.or([
          eb("meeting.meeting_date", "<", key![0]),
          eb.and([eb("meeting.meeting_date", "=", key![0]), eb("meeting.id", "<", Number(key![1]))]),
          eb.and([eb("meeting.meeting_date", "=", key![0]), eb("meeting.id", "=", Number(key![1])), eb("agenda_item.id", "<", Number(key![2]))]),
        ]),
      ),
    )
    .orderBy("meeting.meeting_date", "desc")
    .orderBy("meeting.id", "desc")
    .orderBy("agenda_item.id", "desc")
    .limit(size + 1)
    .execute();
  const page = rows.slice(0, size);
  const last = page[page.length - 1];
  return {
    rows: page.map((r) => ({
      itemId: r.id,
      paragraph: r.paragraph,
      title: r.title,
      decisionText: r.decision_text,
      outcome: r.outcome!,
      perCapsulam: r.per_capsulam_decision_id !== null,
      meeting: { id: r.meeting_id, title: meetingName(r.meeting_title, r.meeting_date), date: r.meeting_date },
    })),
    next: rows.length > size && last ? `${last.meeting_date}.${last.meeting_id}.${last.id}` : null,
  };
}

/** The years the group has decisions in, newest first (the year picker). */
export async function listDecisionYears(db: Kysely<Database>, groupId: number): Promise<number[]> {
  const rows = await db.selectFrom("meeting").select("meeting_date").where("group_id", "=", groupId).where("state", "!=", "draft").orderBy("meeting_date", "desc").execute();
  return [...new Set(rows.map((r) => Number(r.meeting_date.slice(0, 4))))];
}
