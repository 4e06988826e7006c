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
import { dialectOf } from "../../app/database/dialect";
import { createTriggers, dropTriggers, type TriggerSpec } from "../../app/database/triggers";

const QUEUE: Array<[string, string, string]> = [
  // [table, kind, id expression of the row]
  ["agenda_item", "item", "id"],
  ["per_capsulam_decision", "per_capsulam", "id"],
  ["mandate", "mandate", "id"],
  ["mandate_entry", "mandate", "mandate_id"],
  ["project", "project", "id"],
  ["funding_call", "call", "id"],
];

const queued = (kind: string, row: string) => ({
  sqlite: `INSERT OR IGNORE INTO search_pending (kind, ref_id) VALUES ('${kind}', ${row})`,
  postgres: `INSERT INTO search_pending (kind, ref_id) VALUES ('${kind}', ${row}) ON CONFLICT DO NOTHING`,
});

function triggers(): TriggerSpec[] {
  const list: TriggerSpec[] = [];
  for (const [table, kind, ref] of QUEUE) {
    for (const [event, row] of [["INSERT", "NEW"], ["UPDATE", "NEW"], ["DELETE", "OLD"]] as const) {
      list.push({ name: `${table}_search_${event.toLowerCase()}`, table, timing: "AFTER", event, run: queued(kind, `${row}.${ref}`) });
    }
  }
  // A meeting that moves takes its items' dates along.
  const items = "SELECT 'item', id FROM agenda_item WHERE meeting_id = NEW.id";
  list.push({
    name: "meeting_search_update",
    table: "meeting",
    timing: "AFTER",
    event: "UPDATE",
    of: ["meeting_date", "group_id"],
    run: {
      sqlite: `INSERT OR IGNORE INTO search_pending (kind, ref_id) ${items}`,
      postgres: `INSERT INTO search_pending (kind, ref_id) ${items} ON CONFLICT DO NOTHING`,
    },
  });
  return list;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  const postgres = dialectOf(db) === "postgres";
  await sql`CREATE TABLE search_document (
    id ${sql.raw(postgres ? "SERIAL" : "INTEGER")} PRIMARY KEY,
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
  if (postgres) {
    // PostgreSQL (issue 15): the same stems and facets as tsvectors of the
    // 'simple' configuration (no stemming of its own), title weighted A and
    // body B, under GIN indexes (app/search/fts.server.ts queries them).
    await sql`CREATE TABLE search_fts (id INTEGER PRIMARY KEY, terms TSVECTOR NOT NULL, facets TSVECTOR NOT NULL)`.execute(db);
    await sql`CREATE INDEX search_fts_terms_idx ON search_fts USING GIN (terms)`.execute(db);
    await sql`CREATE INDEX search_fts_facets_idx ON search_fts USING GIN (facets)`.execute(db);
    await sql`CREATE TABLE search_pending (kind TEXT NOT NULL, ref_id INTEGER NOT NULL, PRIMARY KEY (kind, ref_id))`.execute(db);
  } else {
    await sql`CREATE VIRTUAL TABLE search_fts USING fts5(title, body, facets, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 0')`.execute(db);
    await sql`CREATE TABLE search_pending (kind TEXT NOT NULL, ref_id INTEGER NOT NULL, PRIMARY KEY (kind, ref_id)) WITHOUT ROWID`.execute(db);
  }
  await createTriggers(db, triggers());
  // Everything that exists is waiting to be indexed; the first search (or
  // `npm run search:rebuild`) indexes it.
  for (const [table, kind] of QUEUE) {
    if (table === "mandate_entry") continue;
    const select = `SELECT '${kind}', id FROM ${table}`;
    await sql.raw(postgres ? `INSERT INTO search_pending (kind, ref_id) ${select} ON CONFLICT DO NOTHING` : `INSERT OR IGNORE INTO search_pending (kind, ref_id) ${select}`).execute(db);
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await dropTriggers(db, triggers());
  await sql`DROP TABLE search_pending`.execute(db);
  await sql`DROP TABLE search_fts`.execute(db);
  await sql`DROP TABLE search_document`.execute(db);
}
