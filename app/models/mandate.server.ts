import type { Kysely, Transaction } from "kysely";
import type { Database, MandateStatus } from "../../db/schema";
import { dueState, type DueState } from "./mandate-due";
import type { SessionUser } from "./user.server";

type Db = Kysely<Database> | Transaction<Database>;

/** The day of each mandate's latest report-back entry. */
export async function reportedOnByMandate(db: Db, mandateIds: number[]): Promise<Map<number, string>> {
  if (mandateIds.length === 0) return new Map();
  const rows = await db
    .selectFrom("mandate_entry")
    .select(["mandate_id", (eb) => eb.fn.max("entry_date").as("reported_on")])
    .where("kind", "=", "reported")
    .where("mandate_id", "in", mandateIds)
    .groupBy("mandate_id")
    .execute();
  return new Map(rows.map((r) => [r.mandate_id, r.reported_on as string]));
}

export type MandateListRow = {
  id: number;
  task: string;
  status: MandateStatus;
  groupShortName: string;
  unitName: string | null;
  givenOn: string;
  dueDate: string | null;
  dueMeetingDate: string | null;
  dueMeetingId: number | null;
  dueState: DueState;
};

/**
 * Mandates of the groups the user belongs to, and those given to the user's
 * unit; overdue first, then by due day.
 */
export async function listMandates(db: Kysely<Database>, user: SessionUser, today: string): Promise<MandateListRow[]> {
  const rows = await db
    .selectFrom("mandate")
    .innerJoin("group", "group.id", "mandate.group_id")
    .leftJoin("unit", "unit.id", "mandate.assignee_unit_id")
    .leftJoin("meeting as due_meeting", "due_meeting.id", "mandate.due_meeting_id")
    .select([
      "mandate.id",
      "mandate.task",
      "mandate.status",
      "mandate.given_on",
      "mandate.due_date",
      "mandate.due_meeting_id",
      "group.short_name",
      "unit.name as unit_name",
      "due_meeting.meeting_date as due_meeting_date",
      "due_meeting.state as due_meeting_state",
    ])
    .$if(!user.isAdmin, (q) =>
      q.where((eb) =>
        eb.or([
          eb(
            "mandate.group_id",
            "in",
            eb.selectFrom("membership").select("group_id").where("user_id", "=", user.id),
          ),
          ...(user.unitId !== null ? [eb("mandate.assignee_unit_id", "=", user.unitId)] : []),
        ]),
      ),
    )
    .orderBy("mandate.given_on", "desc")
    .orderBy("mandate.id", "desc")
    .execute();
  const reportedOn = await reportedOnByMandate(db, rows.map((r) => r.id));
  const order: Record<DueState, number> = { overdue: 0, due_soon: 1, open: 2, reported: 3, closed: 4 };
  return rows
    .map((r) => ({
      id: r.id,
      task: r.task,
      status: r.status,
      groupShortName: r.short_name,
      unitName: r.unit_name,
      givenOn: r.given_on,
      dueDate: r.due_date,
      dueMeetingDate: r.due_meeting_date,
      dueMeetingId: r.due_meeting_id,
      dueState: dueState(
        {
          status: r.status,
          dueDate: r.due_date,
          dueMeeting: r.due_meeting_date ? { date: r.due_meeting_date, state: r.due_meeting_state! } : null,
          lastReportedOn: reportedOn.get(r.id) ?? null,
        },
        today,
      ),
    }))
    .sort((a, b) => order[a.dueState] - order[b.dueState]);
}
