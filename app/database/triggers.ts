// Row triggers written once for both databases (the lock of approved minutes,
// the search queue). SQLite takes a WHEN clause and a body; PostgreSQL takes a
// PL/pgSQL function holding the same condition (its WHEN clause cannot hold a
// subquery) and a trigger that runs it. Conditions are written in SQLite's
// syntax; the one difference they use, `a IS NOT b` (null-safe), becomes
// `a IS DISTINCT FROM b` on PostgreSQL.
import { sql, type Kysely } from "kysely";
import { dialectOf, type Dialect } from "./dialect";

export type TriggerSpec = {
  name: string;
  table: string;
  timing: "BEFORE" | "AFTER";
  event: "INSERT" | "UPDATE" | "DELETE";
  /** UPDATE OF these columns only. */
  of?: string[];
  when?: string;
} & ({ raise: string } | { run: { sqlite: string; postgres: string } });

function postgresCondition(when: string): string {
  return when.replace(/\bIS NOT (?!NULL\b)/g, "IS DISTINCT FROM ");
}

const quote = (s: string) => s.replace(/'/g, "''");

export function triggerSql(spec: TriggerSpec, dialect: Dialect): string[] {
  const of = spec.of ? ` OF ${spec.of.join(", ")}` : "";
  if (dialect === "sqlite") {
    const body = "raise" in spec ? `SELECT RAISE(ABORT, '${quote(spec.raise)}')` : spec.run.sqlite;
    return [
      `CREATE TRIGGER ${spec.name} ${spec.timing} ${spec.event}${of} ON ${spec.table}${spec.when ? `\n       WHEN ${spec.when}` : ""}
       BEGIN ${body}; END`,
    ];
  }
  const action = "raise" in spec ? `RAISE EXCEPTION USING MESSAGE = '${quote(spec.raise)}'` : spec.run.postgres;
  const guarded = spec.when ? `IF ${postgresCondition(spec.when)} THEN ${action}; END IF;` : `${action};`;
  const result = spec.timing === "AFTER" ? "NULL" : spec.event === "DELETE" ? "OLD" : "NEW";
  return [
    `CREATE FUNCTION ${spec.name}() RETURNS trigger LANGUAGE plpgsql AS $fn$
     BEGIN ${guarded} RETURN ${result}; END $fn$`,
    `CREATE TRIGGER ${spec.name} ${spec.timing} ${spec.event}${of} ON "${spec.table}" FOR EACH ROW EXECUTE FUNCTION ${spec.name}()`,
  ];
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function createTriggers(db: Kysely<any>, specs: TriggerSpec[]): Promise<void> {
  const dialect = dialectOf(db);
  for (const spec of specs) for (const statement of triggerSql(spec, dialect)) await sql.raw(statement).execute(db);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function dropTriggers(db: Kysely<any>, specs: TriggerSpec[]): Promise<void> {
  const postgres = dialectOf(db) === "postgres";
  for (const spec of [...specs].reverse()) {
    if (postgres) {
      await sql.raw(`DROP TRIGGER IF EXISTS ${spec.name} ON "${spec.table}"`).execute(db);
      await sql.raw(`DROP FUNCTION IF EXISTS ${spec.name}()`).execute(db);
    } else {
      await sql.raw(`DROP TRIGGER IF EXISTS ${spec.name}`).execute(db);
    }
  }
}
