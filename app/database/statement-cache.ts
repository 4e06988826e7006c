// Kysely's SQLite driver prepares every query anew; compiling the SQL cost
// about a tenth of a page's time on the archive (README, Decisions: the archive
// at scale, second pass). The same query text comes back on every request, so
// the prepared statements are kept, the least recently used dropped first.
import type SQLite from "better-sqlite3";
import type { SqliteDatabase, SqliteStatement } from "kysely";

const LIMIT = 500;

export function withStatementCache(sqlite: SQLite.Database, limit = LIMIT): SqliteDatabase {
  const statements = new Map<string, SQLite.Statement>();
  return {
    prepare(sql: string): SqliteStatement {
      const cached = statements.get(sql);
      // A statement still being iterated (a streamed query) cannot run twice at once.
      if (cached && !cached.busy) {
        statements.delete(sql);
        statements.set(sql, cached);
        return cached as unknown as SqliteStatement;
      }
      const statement = sqlite.prepare(sql);
      if (!cached) {
        statements.set(sql, statement);
        if (statements.size > limit) statements.delete(statements.keys().next().value!);
      }
      return statement as unknown as SqliteStatement;
    },
    close() {
      statements.clear();
      sqlite.close();
    },
  };
}
