// Full-text search across decisions, mandates, projects and calls. Outside
// callers use this file; the engine behind it is SQLite FTS5 or PostgreSQL
// full-text search (sqlite.server.ts, the difference in fts.server.ts).
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";
import type { SearchEngine } from "./engine";
import { sqliteSearchEngine } from "./sqlite.server";

export type { SearchEngine, SearchHit, SearchQuery, SearchResults, Marked } from "./engine";
export { SEARCH_KINDS, type SearchKind } from "./documents.server";
export { PAGE_SIZE as SEARCH_PAGE_SIZE } from "./sqlite.server";

export function searchEngine(db: Kysely<Database>): SearchEngine {
  return sqliteSearchEngine(db);
}

export function rebuildSearchIndex(db: Kysely<Database>): Promise<number> {
  return searchEngine(db).rebuild();
}
