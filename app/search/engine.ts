// The search interface every engine implements (SQLite FTS5 today; a
// PostgreSQL engine with to_tsvector('swedish') can stand behind the same
// one), and the parts that do not depend on the engine: query words to
// stems, and snippets with the found words marked.
import type { SessionUser } from "~/models/user.server";
import type { SearchKind } from "./documents.server";
import { stemWord, words } from "./stem";

export type SearchQuery = {
  text: string;
  groupId: number | null;
  year: number | null;
  kind: SearchKind | null;
  page: number;
};

/** Text in pieces; `hit` pieces are the words the search found. */
export type Marked = Array<{ text: string; hit: boolean }>;

export type SearchHit = {
  kind: SearchKind;
  refId: number;
  day: string | null;
  groupShortName: string | null;
  paragraph: number | null;
  title: Marked;
  snippet: Marked;
  /** Where it is read: the item's § in its meeting, the mandate, the project … */
  href: string | null;
};

export type SearchResults = { hits: SearchHit[]; hasMore: boolean; page: number; terms: string[] };

export interface SearchEngine {
  /** Hits the user may read, best first, one page. */
  search(user: SessionUser, query: SearchQuery): Promise<SearchResults>;
  /** Indexes what changed since the last call. */
  refresh(): Promise<number>;
  /** Indexes everything again. */
  rebuild(): Promise<number>;
}

const MAX_TERMS = 8;

/** The distinct stems of the words of a query. */
export function queryTerms(text: string): string[] {
  const stems = words(text.slice(0, 200)).map((w) => stemWord(w.word));
  return [...new Set(stems)].slice(0, MAX_TERMS);
}

/**
 * A window of about `size` words around the first found word, the found words
 * marked. `Infinity`: the whole text.
 */
export function snippet(text: string, terms: string[], size: number): Marked {
  const all = words(text);
  const wanted = new Set(terms);
  const hits = all.map((w) => wanted.has(stemWord(w.word)));
  const first = Math.max(0, hits.indexOf(true));
  const from = Number.isFinite(size) ? Math.max(0, first - Math.floor(size / 4)) : 0;
  const to = Number.isFinite(size) ? Math.min(all.length, from + size) : all.length;
  if (all.length === 0) return text ? [{ text, hit: false }] : [];
  const start = from === 0 ? 0 : all[from].index;
  const end = to >= all.length ? text.length : all[to].index;
  const pieces: Marked = [];
  if (from > 0) pieces.push({ text: "… ", hit: false });
  let at = start;
  for (let i = from; i < to; i++) {
    if (!hits[i]) continue;
    const w = all[i];
    if (w.index > at) pieces.push({ text: text.slice(at, w.index), hit: false });
    pieces.push({ text: w.word, hit: true });
    at = w.index + w.word.length;
  }
  if (end > at) pieces.push({ text: text.slice(at, end).replace(/\s+$/, ""), hit: false });
  if (to < all.length) pieces.push({ text: " …", hit: false });
  return pieces.map((p) => ({ ...p, text: p.text.replace(/\s*\n\s*/g, " ") }));
}
