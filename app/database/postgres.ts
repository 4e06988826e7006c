// Styrbord on PostgreSQL: Kysely's PostgresDialect over a `pg` pool.
//
// Two things make the same model code and the same migrations behave alike on
// both databases:
// - Type parsers: bigint (count(*), sum()) and numeric come back as numbers,
//   as they do from SQLite, instead of strings.
// - SqliteCompatSchemaPlugin: the migrations are written once with Kysely's
//   schema builder as for SQLite; on PostgreSQL an `integer` primary key with
//   autoIncrement becomes `bigserial` and every other
//   `integer` a `bigint` (SQLite's integers are 64-bit: rate-limit expiry is in ms), `real` becomes `double precision` (SQLite's
//   REAL is 8 bytes), `blob` becomes `bytea`, and the ISO-8601 "now" default the migrations use,
//   strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), becomes the same text from
//   PostgreSQL's clock. Timestamps stay ISO TEXT on both.
import pg from "pg";
import {
  ColumnDefinitionNode,
  DataTypeNode,
  Kysely,
  OperationNodeTransformer,
  PostgresDialect,
  type KyselyPlugin,
  type PluginTransformQueryArgs,
  type PluginTransformResultArgs,
  type QueryResult,
  type RawNode,
  type RootOperationNode,
  type UnknownRow,
} from "kysely";
import { poolMax } from "./dialect";

const SQLITE_NOW = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')";
/** The same ISO text as SQLite's default, e.g. 2026-12-02T17:00:00.123Z. */
export const POSTGRES_NOW = `to_char(clock_timestamp() at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

class SchemaTransformer extends OperationNodeTransformer {
  protected override transformColumnDefinition(node: ColumnDefinitionNode): ColumnDefinitionNode {
    const out = super.transformColumnDefinition(node);
    const type = DataTypeNode.is(out.dataType) ? out.dataType.dataType : null;
    if (out.autoIncrement && (type === "integer" || type === "bigint")) {
      return { ...out, autoIncrement: false, dataType: DataTypeNode.create("bigserial") };
    }
    if (type === "integer") return { ...out, dataType: DataTypeNode.create("bigint") };
    if (type === "real") return { ...out, dataType: DataTypeNode.create("double precision") };
    if (type === "blob") return { ...out, dataType: DataTypeNode.create("bytea") };
    return out;
  }
  protected override transformRaw(node: RawNode): RawNode {
    const out = super.transformRaw(node);
    if (!out.sqlFragments.some((f) => f.includes(SQLITE_NOW))) return out;
    return { ...out, sqlFragments: out.sqlFragments.map((f) => f.split(SQLITE_NOW).join(POSTGRES_NOW)) };
  }
}

export class SqliteCompatSchemaPlugin implements KyselyPlugin {
  readonly #transformer = new SchemaTransformer();
  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    const kind = args.node.kind;
    if (kind !== "CreateTableNode" && kind !== "AlterTableNode") return args.node;
    return this.#transformer.transformNode(args.node);
  }
  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return args.result;
  }
}

const INT8 = 20;
const NUMERIC = 1700;
const typeParsers = {
  getTypeParser(oid: number, format?: "text" | "binary") {
    if (oid === INT8 || oid === NUMERIC) return (value: string) => (value === null ? null : Number(value));
    return pg.types.getTypeParser(oid, format);
  },
};

export type PoolOptions = { max?: number; idleTimeoutMillis?: number };

export function createPostgresPool(url: string, { max = poolMax(), idleTimeoutMillis }: PoolOptions = {}): pg.Pool {
  const pool = new pg.Pool({ connectionString: url, max, idleTimeoutMillis, types: typeParsers as pg.CustomTypesConfig });
  // An idle client that loses its connection (database restart) must not crash the process.
  pool.on("error", (error) => console.error("database: idle connection failed:", error.message));
  return pool;
}

export function createPostgresDb<DB>(url: string, options: PoolOptions = {}): Kysely<DB> {
  return new Kysely<DB>({
    dialect: new PostgresDialect({ pool: createPostgresPool(url, options) }),
    plugins: [new SqliteCompatSchemaPlugin()],
  });
}
