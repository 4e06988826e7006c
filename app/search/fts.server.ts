// The one dialect-specific part of search (issue 15): how the stems are
// stored and matched. SQLite: the contentless FTS5 table `search_fts` (rowid =
// search_document.id), ranked by bm25. PostgreSQL: `search_fts` rows with a
// tsvector of the same stems ('simple' configuration: the stems are made in
// JavaScript, app/search/stem.ts), title weighted A and body B, under GIN
// indexes, ranked by ts_rank. Both index the same facet tokens.
import { sql, type Kysely, type RawBuilder } from "kysely";
import type { Database } from "../../db/schema";
import { dialectOf } from "~/database/dialect";

export type IndexRow = { id: number; title: string; body: string; facets: string };

/** Terms: every stem must be found (title or body). Filters: each a list of facet tokens, one of which must be there. */
export type Match = { terms: string[]; filters: string[][] };

export interface FullTextIndex {
  insert(trx: Kysely<Database>, rows: IndexRow[]): Promise<void>;
  remove(trx: Kysely<Database>, ids: number[]): Promise<void>;
  clear(trx: Kysely<Database>): Promise<void>;
  /** Queues every row of a source table for indexing. */
  queueAll(trx: Kysely<Database>, table: string, kind: string): Promise<void>;
  optimize(db: Kysely<Database>): Promise<void>;
  /** A subquery of (rowid, score), lower score better, over at most `limit` of the newest matches. */
  candidates(match: Match, limit: number): RawBuilder<{ rowid: number; score: number }>;
}

const sqliteIndex: FullTextIndex = {
  async insert(trx, rows) {
    const values = rows.map((r) => sql`(${r.id}, ${r.title}, ${r.body}, ${r.facets})`);
    await sql`insert into search_fts (rowid, title, body, facets) values ${sql.join(values)}`.execute(trx);
  },
  async remove(trx, ids) {
    await sql`delete from search_fts where rowid in (${sql.join(ids)})`.execute(trx);
  },
  async clear(trx) {
    await sql`insert into search_fts (search_fts) values ('delete-all')`.execute(trx);
  },
  async queueAll(trx, table, kind) {
    await sql`insert or ignore into search_pending (kind, ref_id) select ${kind}, id from ${sql.table(table)}`.execute(trx);
  },
  async optimize(db) {
    await sql`insert into search_fts (search_fts) values ('optimize')`.execute(db);
  },
  candidates({ terms, filters }, limit) {
    const parts = [`{title body} : (${terms.map((t) => `"${t}"`).join(" ")})`, ...filters.map((any) => `facets : (${any.join(" OR ")})`)];
    return sql`select rowid, bm25(search_fts, 4.0, 1.0, 0.0) as score from search_fts
      where search_fts match ${parts.join(" AND ")}
      order by rowid desc limit ${limit}`;
  },
};

const tsquery = (tokens: string[], op: "&&" | "||") => sql.join(tokens.map((t) => sql`plainto_tsquery('simple', ${t})`), sql.raw(` ${op} `));

const postgresIndex: FullTextIndex = {
  async insert(trx, rows) {
    const values = rows.map(
      (r) => sql`(${r.id}, setweight(to_tsvector('simple', ${r.title}), 'A') || setweight(to_tsvector('simple', ${r.body}), 'B'), to_tsvector('simple', ${r.facets}))`,
    );
    await sql`insert into search_fts (id, terms, facets) values ${sql.join(values)}`.execute(trx);
  },
  async remove(trx, ids) {
    await sql`delete from search_fts where id in (${sql.join(ids)})`.execute(trx);
  },
  async clear(trx) {
    await sql`delete from search_fts`.execute(trx);
  },
  async queueAll(trx, table, kind) {
    await sql`insert into search_pending (kind, ref_id) select cast(${kind} as text), id from ${sql.table(table)} on conflict do nothing`.execute(trx);
  },
  async optimize(db) {
    await sql`analyze search_fts`.execute(db);
  },
  candidates({ terms, filters }, limit) {
    const facetQuery = filters.map((any) => sql`facets @@ (${tsquery(any, "||")})`);
    // Weights {D, C, B, A}: a title word counts four times a body word, as bm25's weights above;
    // normalisation 1 divides by the log of the length, as bm25 favours short texts.
    return sql`select id as rowid, -ts_rank('{0, 0, 0.25, 1}', terms, q, 1) as score
      from search_fts, (select ${tsquery(terms, "&&")} as q) query
      where terms @@ q ${facetQuery.length ? sql`and ${sql.join(facetQuery, sql` and `)}` : sql``}
      order by id desc limit ${limit}`;
  },
};

export function fullTextIndex(db: Kysely<Database>): FullTextIndex {
  return dialectOf(db) === "postgres" ? postgresIndex : sqliteIndex;
}
