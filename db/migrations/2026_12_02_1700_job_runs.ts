// Scheduled job runs (issue 15): with several app instances each runs the
// scheduler, and the first to insert a (job, slot) row runs that slot; the
// others find the row and skip. Also a record of what ran where and when.
import { sql, type Kysely } from "kysely";

const now = sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("job_run")
    .addColumn("job", "text", (c) => c.notNull())
    .addColumn("slot", "text", (c) => c.notNull())
    .addColumn("instance", "text", (c) => c.notNull())
    .addColumn("started_at", "text", (c) => c.notNull().defaultTo(now))
    .addColumn("finished_at", "text")
    .addColumn("error", "text")
    .addPrimaryKeyConstraint("job_run_pk", ["job", "slot"])
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("job_run").execute();
}
