// Full-text search (issue 14). Frozen once merged.
//
// `search_document` holds one row per searchable thing (agenda item,
// per-capsulam decision, mandate with its trail, project, call): its plain
// text for snippets and what decides who may find it (group, meeting, unit).
// `search_fts` is a contentless FTS5 index over the same rows (rowid =
// search_document.id) holding Swedish stems made in JavaScript
// (app/search/stem.ts), so "uppdrag" finds "uppdraget" and "uppdragen";
// unicode61 without diacritics removal keeps å, ä, ö as letters.
//
// Kept current by triggers: any write to the source tables, by any model
// function or by hand, queues the row in `search_pending`; the search service
// indexes the queue before it answers (stemming needs JavaScript, which a
// trigger cannot run). The triggers are AFTER triggers that only write
// `search_pending`, so the lock of approved minutes is untouched.
import { sql, type Kysely } from "kysely";

const QUEUE: Array<[string, string, string]> = [
  // [table, kind, id expression of the row]
  ["agenda_item", "item", "id"],
  ["per_capsulam_decision", "per_capsulam", "id"],
  ["mandate", "mandate", "id"],
  ["mandate_entry", "mandate", "mandate_id"],
  ["project", "project", "id"],
  ["funding_call", "call", "id"],
];

function triggers(): Array<[string, string]> {
  const list: Array<[string, string]> = [];
  for (const [table, kind, ref] of QUEUE) {
    for (const [event, row] of [["insert", "NEW"], ["update", "NEW"], ["delete", "OLD"]] as const) {
      const name = `${table}_search_${event}`;
      list.push([
        name,
        `CREATE TRIGGER ${name} AFTER ${event.toUpperCase()} ON ${table}
         BEGIN INSERT OR IGNORE INTO search_pending (kind, ref_id) VALUES ('${kind}', ${row}.${ref}); END`,
      ]);
    }
  }
  // A meeting that moves takes its items' dates along.
  list.push([
    "meeting_search_update",
    `CREATE TRIGGER meeting_search_update AFTER UPDATE OF meeting_date, group_id ON meeting
     BEGIN INSERT OR IGNORE INTO search_pending (kind, ref_id) SELECT 'item', id FROM agenda_item WHERE meeting_id = NEW.id; END`,
  ]);
  return list;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await sql`CREATE TABLE search_document (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('item', 'per_capsulam', 'mandate', 'project', 'call')),
    ref_id INTEGER NOT NULL,
    group_id INTEGER,
    meeting_id INTEGER,
    unit_id INTEGER,
    paragraph INTEGER,
    day TEXT,
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    UNIQUE (kind, ref_id)
  )`.execute(db);
  await sql`CREATE INDEX search_document_group_day_idx ON search_document (group_id, day)`.execute(db);
  // `facets` holds tokens for who may find a document and the filters (group
  // g12 or gall, unit u3, year y2019, kind kitem), so FTS5 narrows the set
  // before anything is ranked or joined.
  await sql`CREATE VIRTUAL TABLE search_fts USING fts5(title, body, facets, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 0')`.execute(db);
  await sql`CREATE TABLE search_pending (kind TEXT NOT NULL, ref_id INTEGER NOT NULL, PRIMARY KEY (kind, ref_id)) WITHOUT ROWID`.execute(db);
  for (const [, statement] of triggers()) await sql.raw(statement).execute(db);
  // Everything that exists is waiting to be indexed; the first search (or
  // `npm run search:rebuild`) indexes it.
  for (const [table, kind] of QUEUE) {
    if (table === "mandate_entry") continue;
    await sql.raw(`INSERT OR IGNORE INTO search_pending (kind, ref_id) SELECT '${kind}', id FROM ${table}`).execute(db);
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  for (const [name] of triggers().reverse()) await sql.raw(`DROP TRIGGER IF EXISTS ${name}`).execute(db);
  await sql`DROP TABLE search_pending`.execute(db);
  await sql`DROP TABLE search_fts`.execute(db);
  await sql`DROP TABLE search_document`.execute(db);
}
