// Which database a DATABASE_URL names, and which one a Kysely instance talks
// to. SQLite is the default (unset, a path or a file: URL); postgres:// and
// postgresql:// are PostgreSQL.
import { PostgresAdapter, type Kysely } from "kysely";

export type Dialect = "sqlite" | "postgres";

export function isPostgresUrl(url: string | undefined): url is string {
  return !!url && /^postgres(ql)?:\/\//i.test(url);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function dialectOf(db: Kysely<any>): Dialect {
  return db.getExecutor().adapter instanceof PostgresAdapter ? "postgres" : "sqlite";
}

/** The pool size for PostgreSQL (DATABASE_POOL_MAX, default 10). */
export function poolMax(env: NodeJS.ProcessEnv = process.env): number {
  const n = Number(env.DATABASE_POOL_MAX ?? 10);
  return Number.isInteger(n) && n > 0 ? n : 10;
}
