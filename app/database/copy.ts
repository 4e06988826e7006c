// `npm run db:copy -- --from data/styrbord.db --to postgres://…` (issue 15):
// a group's SQLite database into an empty PostgreSQL one. The target is
// migrated first (both databases end at the same migration), then every table
// is copied in one transaction, parents before children; a reference that
// closes a cycle (project <-> mandate) or points into its own table is
// written as NULL first and set once every row is there. The lock triggers
// are off for the copy (ALTER TABLE … DISABLE TRIGGER USER, in the same
// transaction: approved minutes are copied as they are), the id sequences are
// set past the copied ids, and each table's row count is compared before the
// transaction commits. The search index is built afresh on the target.
import { sql, type Kysely } from "kysely";
import type { Database } from "../../db/schema";
import { createDb } from "../../db/client";
import { migrateToLatest } from "../../db/migrate";
import { rebuildSearchIndex } from "~/search/index.server";
import { dialectOf, isPostgresUrl } from "./dialect";

/** Not copied: the migrator's own tables and the search index (rebuilt on the target). */
const SKIPPED = /^(sqlite_|kysely_migration|search_)/;
/** Filled by a migration itself: the source's rows replace the target's (the installation id stays in calendar UIDs). */
const MADE_BY_MIGRATIONS = new Set(["installation"]);

type Ref = { table: string; column: string; target: string };
export type CopyReport = { tables: Array<{ table: string; rows: number }>; searchDocuments: number; ms: number };

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

async function sqliteTables(db: AnyDb): Promise<string[]> {
  const { rows } = await sql<{ name: string }>`select name from sqlite_master where type = 'table' order by name`.execute(db);
  return rows.map((r) => r.name).filter((n) => !SKIPPED.test(n));
}

async function sqliteColumns(db: AnyDb, table: string): Promise<string[]> {
  const { rows } = await sql<{ name: string }>`select name from pragma_table_info(${table})`.execute(db);
  return rows.map((r) => r.name);
}

async function sqliteRefs(db: AnyDb, table: string): Promise<Ref[]> {
  const { rows } = await sql<{ table: string; from: string }>`select "table", "from" from pragma_foreign_key_list(${table})`.execute(db);
  return rows.map((r) => ({ table, column: r.from, target: r.table }));
}

/** Parents before children; the references that would close a cycle come back as `late`. */
export function copyOrder(tables: string[], refs: Ref[]): { order: string[]; late: Ref[] } {
  const order: string[] = [];
  const late: Ref[] = [];
  const state = new Map<string, "visiting" | "done">();
  const visit = (table: string) => {
    state.set(table, "visiting");
    for (const ref of refs.filter((r) => r.table === table)) {
      const s = state.get(ref.target);
      if (ref.target === table || s === "visiting") late.push(ref);
      else if (s !== "done" && tables.includes(ref.target)) visit(ref.target);
    }
    state.set(table, "done");
    order.push(table);
  };
  for (const table of [...tables].sort()) if (!state.has(table)) visit(table);
  return { order, late };
}

const chunk = <T,>(list: T[], size: number): T[][] => Array.from({ length: Math.ceil(list.length / size) }, (_, i) => list.slice(i * size, (i + 1) * size));

export async function copyDatabase(fromUrl: string | undefined, toUrl: string, log: (line: string) => void = () => {}): Promise<CopyReport> {
  const started = Date.now();
  if (isPostgresUrl(fromUrl)) throw new Error("--from: a SQLite database (a path or file: URL)");
  if (!isPostgresUrl(toUrl)) throw new Error("--to: a postgres:// or postgresql:// URL");
  const source = createDb(fromUrl) as AnyDb;
  const target = createDb(toUrl) as AnyDb;
  try {
    // The app migrates its database at every start; so does the copy, on both sides.
    await migrateToLatest(source);
    await migrateToLatest(target);
    if (dialectOf(target) !== "postgres") throw new Error("--to is not PostgreSQL");
    const tables = await sqliteTables(source);
    const refs = (await Promise.all(tables.map((t) => sqliteRefs(source, t)))).flat();
    const { order, late } = copyOrder(tables, refs);
    const report: CopyReport["tables"] = [];
    const laterUpdates: Array<{ table: string; column: string; pairs: Array<readonly [unknown, unknown]> }> = [];
    await target.transaction().execute(async (trx) => {
      for (const table of order) {
        if (MADE_BY_MIGRATIONS.has(table)) await sql`delete from ${sql.table(table)}`.execute(trx);
        const [{ n }] = (await sql<{ n: number }>`select count(*) as n from ${sql.table(table)}`.execute(trx)).rows;
        if (Number(n) > 0) throw new Error(`The target is not empty: ${table} has ${n} rows. Copy into a new, empty database.`);
        await sql`alter table ${sql.table(table)} disable trigger user`.execute(trx);
      }
      for (const table of order) {
        const columns = await sqliteColumns(source, table);
        const lateColumns = late.filter((r) => r.table === table).map((r) => r.column);
        const rows = await source.selectFrom(table).selectAll().orderBy(columns.includes("id") ? "id" : sql`rowid`).execute();
        const size = Math.max(1, Math.floor(30_000 / columns.length));
        for (const part of chunk(rows, size)) {
          await trx.insertInto(table).values(part.map((r) => Object.fromEntries(columns.map((c) => [c, lateColumns.includes(c) ? null : r[c]])))).execute();
        }
        for (const column of lateColumns) {
          laterUpdates.push({ table, column, pairs: rows.filter((r) => r[column] !== null).map((r) => [r.id, r[column]] as const) });
        }
        const [{ seq }] = (await sql<{ seq: string | null }>`select pg_get_serial_sequence(${`"${table}"`}, ${columns.includes("id") ? "id" : columns[0]}) as seq`.execute(trx)).rows;
        if (seq) await sql`select setval(${seq}, coalesce((select max(id) from ${sql.table(table)}), 0) + 1, false)`.execute(trx);
        const [{ n }] = (await sql<{ n: number }>`select count(*) as n from ${sql.table(table)}`.execute(trx)).rows;
        if (Number(n) !== rows.length) throw new Error(`${table}: ${rows.length} rows read, ${n} written`);
        report.push({ table, rows: rows.length });
        log(`  ${table.padEnd(28)} ${String(rows.length).padStart(7)} rows`);
      }
      // The references left for afterwards, now that every row is there.
      for (const { table, column, pairs } of laterUpdates) {
        for (const part of chunk(pairs, 5000)) {
          const values = sql.join(part.map(([id, v]) => sql`(${id}::bigint, ${v}::bigint)`));
          await sql`update ${sql.table(table)} set ${sql.ref(column)} = v.value from (values ${values}) as v(id, value) where ${sql.ref(table)}.id = v.id`.execute(trx);
        }
      }
      for (const table of order) await sql`alter table ${sql.table(table)} enable trigger user`.execute(trx);
    });
    const searchDocuments = await rebuildSearchIndex(target as Kysely<Database>);
    return { tables: report, searchDocuments, ms: Date.now() - started };
  } finally {
    await source.destroy();
    await target.destroy();
  }
}
