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
import { sql, type Kysely } from "kysely";

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

function triggers(): Array<[string, string]> {
  const list: Array<[string, string]> = [];
  for (const table of ["agenda_item", "agenda_section", "attendance"]) {
    list.push([
      `${table}_locked_update`,
      `CREATE TRIGGER ${table}_locked_update BEFORE UPDATE ON ${table}
       WHEN ${LOCKED("OLD.meeting_id")} OR ${LOCKED("NEW.meeting_id")}
       BEGIN SELECT RAISE(ABORT, '${MESSAGE}'); END`,
    ]);
    list.push([
      `${table}_locked_delete`,
      `CREATE TRIGGER ${table}_locked_delete BEFORE DELETE ON ${table}
       WHEN ${LOCKED("OLD.meeting_id")}
       BEGIN SELECT RAISE(ABORT, '${MESSAGE}'); END`,
    ]);
    list.push([
      `${table}_locked_insert`,
      `CREATE TRIGGER ${table}_locked_insert BEFORE INSERT ON ${table}
       WHEN ${LOCKED_WITH_APPROVALS("NEW.meeting_id")}
       BEGIN SELECT RAISE(ABORT, '${MESSAGE}'); END`,
    ]);
  }
  const stanceMeeting = (ref: string) => `(SELECT meeting_id FROM agenda_item WHERE id = ${ref})`;
  list.push([
    "stance_locked_update",
    `CREATE TRIGGER stance_locked_update BEFORE UPDATE ON stance
     WHEN ${LOCKED(stanceMeeting("OLD.agenda_item_id"))} OR ${LOCKED(stanceMeeting("NEW.agenda_item_id"))}
     BEGIN SELECT RAISE(ABORT, '${MESSAGE}'); END`,
  ]);
  list.push([
    "stance_locked_delete",
    `CREATE TRIGGER stance_locked_delete BEFORE DELETE ON stance
     WHEN ${LOCKED(stanceMeeting("OLD.agenda_item_id"))}
     BEGIN SELECT RAISE(ABORT, '${MESSAGE}'); END`,
  ]);
  list.push([
    "stance_locked_insert",
    `CREATE TRIGGER stance_locked_insert BEFORE INSERT ON stance
     WHEN ${LOCKED_WITH_APPROVALS(stanceMeeting("NEW.agenda_item_id"))}
     BEGIN SELECT RAISE(ABORT, '${MESSAGE}'); END`,
  ]);
  list.push([
    "approval_locked_update",
    `CREATE TRIGGER approval_locked_update BEFORE UPDATE ON approval
     WHEN ${LOCKED("OLD.meeting_id")}
     BEGIN SELECT RAISE(ABORT, '${MESSAGE}'); END`,
  ]);
  list.push([
    "approval_locked_delete",
    `CREATE TRIGGER approval_locked_delete BEFORE DELETE ON approval
     WHEN ${LOCKED("OLD.meeting_id")}
     BEGIN SELECT RAISE(ABORT, '${MESSAGE}'); END`,
  ]);
  const changed = MEETING_COLUMNS.map((c) => `OLD.${c} IS NOT NEW.${c}`).join(" OR ");
  list.push([
    "meeting_locked_update",
    `CREATE TRIGGER meeting_locked_update BEFORE UPDATE ON meeting
     WHEN OLD.state = 'minutes_approved' AND (${changed})
     BEGIN SELECT RAISE(ABORT, '${MESSAGE}'); END`,
  ]);
  list.push([
    "meeting_locked_delete",
    `CREATE TRIGGER meeting_locked_delete BEFORE DELETE ON meeting
     WHEN OLD.state = 'minutes_approved'
     BEGIN SELECT RAISE(ABORT, '${MESSAGE}'); END`,
  ]);
  // A mandate's wording and due point are part of the minutes that gave it;
  // its status and follow-up go on after the lock.
  const givenIn = (ref: string) => `(SELECT meeting_id FROM agenda_item WHERE id = ${ref})`;
  list.push([
    "mandate_locked_update",
    `CREATE TRIGGER mandate_locked_update BEFORE UPDATE OF task, assignee_unit_id, given_by_item_id, given_on, due_date, due_meeting_id, due_text ON mandate
     WHEN OLD.given_by_item_id IS NOT NULL AND ${LOCKED(givenIn("OLD.given_by_item_id"))}
       AND (OLD.task IS NOT NEW.task OR OLD.assignee_unit_id IS NOT NEW.assignee_unit_id OR OLD.given_by_item_id IS NOT NEW.given_by_item_id
         OR OLD.given_on IS NOT NEW.given_on OR OLD.due_date IS NOT NEW.due_date OR OLD.due_meeting_id IS NOT NEW.due_meeting_id OR OLD.due_text IS NOT NEW.due_text)
     BEGIN SELECT RAISE(ABORT, '${MESSAGE}'); END`,
  ]);
  list.push([
    "mandate_locked_insert",
    `CREATE TRIGGER mandate_locked_insert BEFORE INSERT ON mandate
     WHEN NEW.given_by_item_id IS NOT NULL AND ${LOCKED_WITH_APPROVALS(givenIn("NEW.given_by_item_id"))}
     BEGIN SELECT RAISE(ABORT, '${MESSAGE}'); END`,
  ]);
  // A § number, once given, is never changed.
  list.push([
    "agenda_item_paragraph_kept",
    `CREATE TRIGGER agenda_item_paragraph_kept BEFORE UPDATE OF paragraph ON agenda_item
     WHEN OLD.paragraph IS NOT NULL AND NEW.paragraph IS NOT OLD.paragraph
     BEGIN SELECT RAISE(ABORT, 'Ett §-nummer ändras aldrig när det väl är satt.'); END`,
  ]);
  // Corrections are the record of change: never edited, never removed.
  list.push([
    "correction_no_update",
    `CREATE TRIGGER correction_no_update BEFORE UPDATE ON correction
     BEGIN SELECT RAISE(ABORT, 'En rättelse kan inte ändras.'); END`,
  ]);
  list.push([
    "correction_no_delete",
    `CREATE TRIGGER correction_no_delete BEFORE DELETE ON correction
     BEGIN SELECT RAISE(ABORT, 'En rättelse kan inte tas bort.'); END`,
  ]);
  return list;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  for (const [, statement] of triggers()) await sql.raw(statement).execute(db);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  for (const [name] of triggers().reverse()) await sql.raw(`DROP TRIGGER IF EXISTS ${name}`).execute(db);
}
