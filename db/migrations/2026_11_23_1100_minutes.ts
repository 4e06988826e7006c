// The lock of approved minutes, in the database (issue 4). Once a meeting's
// state is 'minutes_approved', its items, sections, attendance, stances,
// approvals and key meeting columns cannot be updated or deleted by anyone,
// not by the app and not by a direct UPDATE. The sanctioned path for a later
// change is a row in `correction` (dated, attributed, with its reason), which
// is shown in the minutes; corrections themselves can never be changed.
//
// INSERTs into an approved meeting are refused once the meeting has an
// approved approval row: the demo data (db/seed/demo.ts) inserts meetings that
// are already approved and then their items, attendance and approvals, so a
// guard on every INSERT would refuse the seed. Minutes approved in the app
// always have approval rows, so they are fully locked.
//
// § numbers are never renumbered: once an item has a paragraph, it keeps it.
//
// Written once for SQLite and PostgreSQL (issue 15): app/database/triggers.ts
// renders each guard as a SQLite trigger or a PL/pgSQL function and trigger.
import type { Kysely } from "kysely";
import { createTriggers, dropTriggers, type TriggerSpec } from "../../app/database/triggers";

const LOCKED = (meetingRef: string) =>
  `(SELECT state FROM meeting WHERE id = ${meetingRef}) = 'minutes_approved'`;
const LOCKED_WITH_APPROVALS = (meetingRef: string) =>
  `${LOCKED(meetingRef)} AND EXISTS (SELECT 1 FROM approval WHERE meeting_id = ${meetingRef} AND state = 'approved')`;
const MESSAGE = "Protokollet är justerat och låst. Ändringar görs som rättelse.";

const MEETING_COLUMNS = [
  "group_id",
  "title",
  "meeting_date",
  "start_time",
  "end_time",
  "place",
  "state",
  "minutes_sent_at",
  "minutes_version",
  "minutes_approved_at",
];

function triggers(): TriggerSpec[] {
  const list: TriggerSpec[] = [];
  const guard = (name: string, table: string, event: TriggerSpec["event"], when: string | undefined, raise = MESSAGE, of?: string[]) =>
    list.push({ name, table, timing: "BEFORE", event, of, when, raise });
  for (const table of ["agenda_item", "agenda_section", "attendance"]) {
    guard(`${table}_locked_update`, table, "UPDATE", `${LOCKED("OLD.meeting_id")} OR ${LOCKED("NEW.meeting_id")}`);
    guard(`${table}_locked_delete`, table, "DELETE", LOCKED("OLD.meeting_id"));
    guard(`${table}_locked_insert`, table, "INSERT", LOCKED_WITH_APPROVALS("NEW.meeting_id"));
  }
  const stanceMeeting = (ref: string) => `(SELECT meeting_id FROM agenda_item WHERE id = ${ref})`;
  guard("stance_locked_update", "stance", "UPDATE", `${LOCKED(stanceMeeting("OLD.agenda_item_id"))} OR ${LOCKED(stanceMeeting("NEW.agenda_item_id"))}`);
  guard("stance_locked_delete", "stance", "DELETE", LOCKED(stanceMeeting("OLD.agenda_item_id")));
  guard("stance_locked_insert", "stance", "INSERT", LOCKED_WITH_APPROVALS(stanceMeeting("NEW.agenda_item_id")));
  guard("approval_locked_update", "approval", "UPDATE", LOCKED("OLD.meeting_id"));
  guard("approval_locked_delete", "approval", "DELETE", LOCKED("OLD.meeting_id"));
  const changed = MEETING_COLUMNS.map((c) => `OLD.${c} IS NOT NEW.${c}`).join(" OR ");
  guard("meeting_locked_update", "meeting", "UPDATE", `OLD.state = 'minutes_approved' AND (${changed})`);
  guard("meeting_locked_delete", "meeting", "DELETE", "OLD.state = 'minutes_approved'");
  // A mandate's wording and due point are part of the minutes that gave it;
  // its status and follow-up go on after the lock.
  const givenIn = (ref: string) => `(SELECT meeting_id FROM agenda_item WHERE id = ${ref})`;
  guard(
    "mandate_locked_update",
    "mandate",
    "UPDATE",
    `OLD.given_by_item_id IS NOT NULL AND ${LOCKED(givenIn("OLD.given_by_item_id"))}
       AND (OLD.task IS NOT NEW.task OR OLD.assignee_unit_id IS NOT NEW.assignee_unit_id OR OLD.given_by_item_id IS NOT NEW.given_by_item_id
         OR OLD.given_on IS NOT NEW.given_on OR OLD.due_date IS NOT NEW.due_date OR OLD.due_meeting_id IS NOT NEW.due_meeting_id OR OLD.due_text IS NOT NEW.due_text)`,
    MESSAGE,
    ["task", "assignee_unit_id", "given_by_item_id", "given_on", "due_date", "due_meeting_id", "due_text"],
  );
  guard("mandate_locked_insert", "mandate", "INSERT", `NEW.given_by_item_id IS NOT NULL AND ${LOCKED_WITH_APPROVALS(givenIn("NEW.given_by_item_id"))}`);
  // A § number, once given, is never changed.
  guard("agenda_item_paragraph_kept", "agenda_item", "UPDATE", "OLD.paragraph IS NOT NULL AND NEW.paragraph IS NOT OLD.paragraph", "Ett §-nummer ändras aldrig när det väl är satt.", ["paragraph"]);
  // Corrections are the record of change: never edited, never removed.
  guard("correction_no_update", "correction", "UPDATE", undefined, "En rättelse kan inte ändras.");
  guard("correction_no_delete", "correction", "DELETE", undefined, "En rättelse kan inte tas bort.");
  return list;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await createTriggers(db, triggers());
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await dropTriggers(db, triggers());
}
