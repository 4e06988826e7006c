// The search engine (migration 2026_12_02_1100_search): over SQLite FTS5 or
// PostgreSQL tsvectors, the one difference kept in fts.server.ts. The
// index holds Swedish stems made in JavaScript; the plain text in
// search_document gives the snippets; who may find what is decided in the
// query, from today's memberships and meeting states, never stored.
import { sql, type Kysely } from "kysely";
import type { Database } from "../../db/schema";
import type { SessionUser } from "~/models/user.server";
import { loadDocuments, SEARCH_KINDS, type SearchDocument, type SearchKind } from "./documents.server";
import { fullTextIndex, type Match } from "./fts.server";
import { queryTerms, snippet, type SearchEngine, type SearchHit, type SearchQuery, type SearchResults } from "./engine";
import { stemText } from "./stem";

const BATCH = 500;
export const PAGE_SIZE = 20;

const kindToken = (kind: SearchKind) => `k${kind.replace(/_/g, "")}`;

/** The facet tokens of a document: who may find it and what the filters match. */
function facets(d: SearchDocument): string {
  const tokens = [d.groupId !== null ? `g${d.groupId}` : "gall", kindToken(d.kind)];
  if (d.unitId !== null) tokens.push(`u${d.unitId}`);
  if (d.day) tokens.push(`y${d.day.slice(0, 4)}`);
  return tokens.join(" ");
}

/**
 * What must match: every word's stem in the title or body, and the facets of
 * what the user may read (their groups, their unit's mandates, what belongs
 * to no group; admins everything) and of the filters.
 */
function matchOf(terms: string[], query: SearchQuery, reach: { groups: number[]; unitId: number | null } | "all"): Match {
  const filters: string[][] = [];
  if (reach !== "all") {
    filters.push(["gall", ...reach.groups.map((g) => `g${g}`), ...(reach.unitId !== null ? [`u${reach.unitId}`] : [])]);
  }
  if (query.groupId !== null) filters.push([`g${query.groupId}`]);
  if (query.year !== null) filters.push([`y${query.year}`]);
  if (query.kind !== null) filters.push([kindToken(query.kind)]);
  return { terms, filters };
}

/**
 * A word found in tens of thousands of documents ("uppdrag") would be ranked
 * over all of them; the ranking looks at the newest matches only (documents
 * are numbered as they are indexed, so newest first is the index's own order).
 */
const RANKED_CANDIDATES = 2000;

async function writeDocuments(db: Kysely<Database>, kind: SearchKind, ids: number[]): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const docs: SearchDocument[] = await loadDocuments(trx, kind, ids);
    const old = await trx.selectFrom("search_document").select("id").where("kind", "=", kind).where("ref_id", "in", ids).execute();
    if (old.length) {
      const oldIds = old.map((o) => o.id);
      await fullTextIndex(db).remove(trx, oldIds);
      await trx.deleteFrom("search_document").where("id", "in", oldIds).execute();
    }
    if (docs.length) {
      // One statement per batch for each table: a rebuild writes tens of thousands.
      const inserted = await trx
        .insertInto("search_document")
        .values(docs.map((d) => ({ kind: d.kind, ref_id: d.refId, group_id: d.groupId, meeting_id: d.meetingId, unit_id: d.unitId, paragraph: d.paragraph, day: d.day, title: d.title, body: d.body })))
        .returning(["id", "ref_id"])
        .execute();
      const idOf = new Map(inserted.map((r) => [r.ref_id, r.id]));
      await fullTextIndex(db).insert(trx, docs.map((d) => ({ id: idOf.get(d.refId)!, title: stemText(d.title), body: stemText(d.body), facets: facets(d) })));
    }
    await trx.deleteFrom("search_pending").where("kind", "=", kind).where("ref_id", "in", ids).execute();
    return docs.length;
  });
}

/** Indexes every row the triggers queued; returns how many documents were written. */
export async function refreshSqliteIndex(db: Kysely<Database>): Promise<number> {
  let written = 0;
  for (;;) {
    const pending = await db.selectFrom("search_pending").select(["kind", "ref_id"]).limit(BATCH).execute();
    if (pending.length === 0) return written;
    for (const kind of SEARCH_KINDS) {
      const ids = pending.filter((p) => p.kind === kind).map((p) => p.ref_id);
      if (ids.length) written += await writeDocuments(db, kind, ids);
    }
  }
}

export async function rebuildSqliteIndex(db: Kysely<Database>): Promise<number> {
  await db.transaction().execute(async (trx) => {
    await fullTextIndex(db).clear(trx);
    await trx.deleteFrom("search_document").execute();
    for (const [table, kind] of [["agenda_item", "item"], ["per_capsulam_decision", "per_capsulam"], ["mandate", "mandate"], ["project", "project"], ["funding_call", "call"]] as const) {
      await fullTextIndex(db).queueAll(trx, table, kind);
    }
  });
  const written = await refreshSqliteIndex(db);
  await fullTextIndex(db).optimize(db);
  return written;
}

type Row = {
  kind: SearchKind;
  ref_id: number;
  meeting_id: number | null;
  paragraph: number | null;
  day: string | null;
  title: string;
  body: string;
  group_short_name: string | null;
  link_meeting_id: number | null;
  link_item_id: number | null;
};

export function sqliteSearchEngine(db: Kysely<Database>): SearchEngine {
  return {
    refresh: () => refreshSqliteIndex(db),
    rebuild: () => rebuildSqliteIndex(db),
    async search(user: SessionUser, query: SearchQuery): Promise<SearchResults> {
      const terms = queryTerms(query.text);
      if (terms.length === 0) return { hits: [], hasMore: false, page: query.page, terms };
      await refreshSqliteIndex(db);
      const memberships = await db.selectFrom("membership").select(["group_id", "role"]).where("user_id", "=", user.id).execute();
      const reach = user.isAdmin ? ("all" as const) : { groups: memberships.map((m) => m.group_id), unitId: user.unitId };
      const preparers = memberships.filter((m) => m.role === "secretary" || m.role === "chair").map((m) => m.group_id);
      const offset = (query.page - 1) * PAGE_SIZE;
      // Group and unit reach are facets of the match; a draft agenda's items
      // are the secretary's and the chair's only, which depends on the
      // meeting's state today and is checked here.
      const { rows: found } = await sql<{ id: number }>`
        select d.id from (${fullTextIndex(db).candidates(matchOf(terms, query, reach), RANKED_CANDIDATES)}) f
        join search_document d on d.id = f.rowid
        left join meeting m on m.id = d.meeting_id
        where d.meeting_id is null or m.state <> 'draft' or m.group_id in (${sql.join([...preparers, -1])})
        order by f.score, d.day desc nulls last, d.kind, d.ref_id
        limit ${PAGE_SIZE + 1} offset ${offset}`.execute(db);
      const ids = found.map((r) => r.id);
      if (ids.length === 0) return { hits: [], hasMore: false, page: query.page, terms };
      const { rows } = await sql<Row & { id: number }>`
        select d.id, d.kind, d.ref_id, d.meeting_id, d.paragraph, d.day, d.title, d.body, g.short_name as group_short_name,
          pc.meeting_id as link_meeting_id, pc.id as link_item_id
        from search_document d
        left join "group" g on g.id = d.group_id
        left join agenda_item pc on d.kind = 'per_capsulam' and pc.id = (
          select i.id from agenda_item i join meeting im on im.id = i.meeting_id
          where i.per_capsulam_decision_id = d.ref_id and (im.state <> 'draft' or im.group_id in (${sql.join([...preparers, -1])})) limit 1)
        where d.id in (${sql.join(ids)})`.execute(db);
      const byId = new Map(rows.map((r) => [r.id, r]));
      const hits: SearchHit[] = ids.slice(0, PAGE_SIZE).map((id) => {
        const r = byId.get(id)!;
        return {
          kind: r.kind,
          refId: r.ref_id,
          day: r.day,
          groupShortName: r.group_short_name,
          paragraph: r.paragraph,
          title: snippet(r.title, terms, Infinity),
          snippet: snippet(r.body, terms, 30),
          href: href(r),
        };
      });
      return { hits, hasMore: ids.length > PAGE_SIZE, page: query.page, terms };
    },
  };
}

function href(r: Row): string | null {
  switch (r.kind) {
    case "item":
      return `/meetings/${r.meeting_id}#item-${r.ref_id}`;
    case "per_capsulam":
      return r.link_meeting_id ? `/meetings/${r.link_meeting_id}#item-${r.link_item_id}` : null;
    case "mandate":
      return `/mandates/${r.ref_id}`;
    case "project":
      return `/projects/${r.ref_id}`;
    case "call":
      return "/deadlines";
  }
}
