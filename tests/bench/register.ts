// `npm run bench`: seeds a temporary SQLite file with the demo data plus
// 10 000 mandates (and their trails and meetings), then times the register
// query with filters and paging, the CSV export and the dashboards.
// Prints figures only; no test asserts on timings.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { createDb } from "../../db/client";
import { migrateToLatest } from "../../db/migrate";
import type { MandateStatus, MeetingState } from "../../db/schema";
import { seedDemo } from "../../db/seed/demo";
import { messagesFor } from "~/i18n";
import { getDashboard } from "~/models/dashboard.server";
import { searchMandates } from "~/models/mandate.server";
import { refreshDueDays } from "~/models/mandate-due.server";
import { getSessionUser } from "~/models/user.server";
import { toCsv } from "~/utils/csv";
import { addCalendarDays } from "~/utils/dates";
import { DEFAULT_FILTER, type MandateFilter } from "~/validation/mandate-filter";

const MANDATES = Number(process.env.BENCH_MANDATES ?? 10_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const TODAY = "2026-11-23";

function stats(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { p50: at(0.5), p95: at(0.95) };
}

async function time<T>(label: string, run: () => Promise<T>, rows?: (result: T) => number) {
  await run(); // warm the statement cache
  const samples: number[] = [];
  let last: T | undefined;
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    last = await run();
    samples.push(performance.now() - start);
  }
  const { p50, p95 } = stats(samples);
  const count = rows && last !== undefined ? rows(last) : null;
  const rate = count !== null ? `${Math.round((count / p50) * 1000).toLocaleString("sv-SE")} rows/s` : "";
  console.log(`${label.padEnd(48)} p50 ${p50.toFixed(1).padStart(7)} ms   p95 ${p95.toFixed(1).padStart(7)} ms   ${count !== null ? `${count} rows` : ""} ${rate}`);
}

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "styrbord-bench-"));
  const file = path.join(dir, "bench.db");
  const db = createDb(file);
  try {
    await migrateToLatest(db);
    await seedDemo(db, "bench-password");
    const seedStart = performance.now();
    const ask = await db.selectFrom("group").select("id").where("short_name", "=", "ASK").executeTakeFirstOrThrow();
    const unit = await db.selectFrom("unit").select("id").executeTakeFirstOrThrow();
    const otherUnit = await db.insertInto("unit").values({ name: "Arbetsmarknadsenheten", short_name: null, organisation: null }).returning("id").executeTakeFirstOrThrow();
    const staff = await db.selectFrom("user").select("id").where("email", "=", "projektenhet@ask.example").executeTakeFirstOrThrow();
    const secretary = await db.selectFrom("user").select("id").where("email", "=", "sekreterare@ask.example").executeTakeFirstOrThrow();
    // Four years of meetings, six a year, in two states.
    const meetingIds: Array<{ id: number; date: string }> = [];
    for (let i = 0; i < 24; i++) {
      const date = addCalendarDays("2024-01-15", i * 61);
      const state: MeetingState = date < TODAY ? "minutes_approved" : "draft";
      const row = await db.insertInto("meeting").values({ group_id: ask.id, title: `Bänkmöte ${date}`, meeting_date: date, state, start_time: null, place: null }).returning("id").executeTakeFirstOrThrow();
      meetingIds.push({ id: row.id, date });
    }
    const statuses: MandateStatus[] = ["given", "in_progress", "reported", "done", "cancelled", "continued"];
    await db.transaction().execute(async (trx) => {
      for (let i = 0; i < MANDATES; i++) {
        const byMeeting = i % 3 === 0;
        const meeting = meetingIds[i % meetingIds.length];
        const givenOn = addCalendarDays("2024-01-01", i % 1400);
        const m = await trx
          .insertInto("mandate")
          .values({
            group_id: ask.id,
            assignee_unit_id: i % 4 === 0 ? otherUnit.id : unit.id,
            task: `bänkuppdrag nummer ${i}: ta fram underlag åt styrgruppen`,
            given_on: givenOn,
            due_date: byMeeting ? null : addCalendarDays(givenOn, 30 + (i % 400)),
            due_meeting_id: byMeeting ? meeting.id : null,
            due_text: null,
            status: statuses[i % statuses.length],
          })
          .returning("id")
          .executeTakeFirstOrThrow();
        await trx.insertInto("mandate_entry").values({ mandate_id: m.id, entry_date: givenOn, kind: "given", meeting_id: null, agenda_item_id: null, body: null, status_after: "given", author_id: null }).execute();
        if (i % 5 === 0) {
          await trx.insertInto("mandate_entry").values({ mandate_id: m.id, entry_date: addCalendarDays(givenOn, 20), kind: "reported", meeting_id: null, agenda_item_id: null, body: "Rapport", status_after: "in_progress", author_id: staff.id }).execute();
        }
      }
    });
    // Written row by row above: the stored due days, by the one rule (as the models keep them).
    await refreshDueDays(db, "all");
    console.log(`Seeded ${MANDATES.toLocaleString("sv-SE")} mandates in ${((performance.now() - seedStart) / 1000).toFixed(1)} s into ${file}`);
    console.log(`Runs per figure: ${RUNS}. Today pinned to ${TODAY}.\n`);

    const staffUser = (await getSessionUser(db, staff.id))!;
    const secretaryUser = (await getSessionUser(db, secretary.id))!;
    const filter = (f: Partial<MandateFilter>) => ({ ...DEFAULT_FILTER, ...f });
    const page = { size: 50 };
    const cases: Array<[string, MandateFilter]> = [
      ["register: default (urgency), page 1", filter({})],
      ["register: overdue, page 1", filter({ due: "overdue" })],
      ["register: overdue, page 20", filter({ due: "overdue", page: 20 })],
      ["register: due within 30 days", filter({ due: "30" })],
      ["register: unit + open status, sort by due day", filter({ unitId: unit.id, status: "open", sort: "due" })],
      ["register: group, sort by given desc, page 100", filter({ groupId: ask.id, sort: "given", dir: "desc", page: 100 })],
    ];
    for (const [label, f] of cases) {
      await time(label, () => searchMandates(db, staffUser, f, TODAY, page), (r) => r.rows.length);
    }
    const t = messagesFor("sv");
    await time(
      "CSV export: every mandate (no filter)",
      async () => {
        const { rows } = await searchMandates(db, staffUser, DEFAULT_FILTER, TODAY, null);
        const csv = toCsv(["a", "b", "c", "d", "e", "f"], rows.map((m) => [m.task, m.groupShortName, m.unitName, m.givenOn, m.dueDay, t.followUp.dueStates[m.dueState]]));
        return { rows: rows.length, bytes: csv.length };
      },
      (r) => r.rows,
    );
    await time("CSV export: overdue only", async () => (await searchMandates(db, staffUser, filter({ due: "overdue" }), TODAY, null)).rows.length, (n) => n);
    await time("dashboard: staff (unit mandates + 90 days)", () => getDashboard(db, staffUser, TODAY, t.followUp.timeline));
    await time("dashboard: secretary (next meeting gaps)", () => getDashboard(db, secretaryUser, TODAY, t.followUp.timeline));
    const rss = process.memoryUsage().rss / 1024 / 1024;
    console.log(`\nRSS ${rss.toFixed(0)} MB; database file ${(fs.statSync(file).size / 1024 / 1024).toFixed(1)} MB`);
  } finally {
    await db.destroy();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
