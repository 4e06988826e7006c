// One process at a time across app instances. On PostgreSQL a session-level
// advisory lock, held on one pooled connection for as long as `fn` runs (the
// work itself may use the rest of the pool). On SQLite there is one process
// per database file, so `fn` just runs.
import { sql, type Kysely } from "kysely";
import { dialectOf } from "./dialect";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function withAdvisoryLock<T>(db: Kysely<any>, key: string, fn: () => Promise<T>): Promise<T> {
  if (dialectOf(db) !== "postgres") return fn();
  return db.connection().execute(async (conn) => {
    await sql`select pg_advisory_lock(hashtext(${`styrbord:${key}`}))`.execute(conn);
    try {
      return await fn();
    } finally {
      await sql`select pg_advisory_unlock(hashtext(${`styrbord:${key}`}))`.execute(conn);
    }
  });
}

/**
 * The same, for the rest of a transaction: on PostgreSQL a transaction-level
 * advisory lock (released at commit or rollback); on SQLite writes are one at
 * a time already.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function lockForTransaction(trx: Kysely<any>, key: string): Promise<void> {
  if (dialectOf(trx) !== "postgres") return;
  await sql`select pg_advisory_xact_lock(hashtext(${`styrbord:${key}`}))`.execute(trx);
}
