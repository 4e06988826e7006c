// Dev-only diagnosis: for each dev file (or those named), what was expected and what the parser found.
// Run: npx tsx scripts/import-diff.ts [name-fragment ...]. Never run it on tests/import/corpus/real/heldout.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseMinutes } from "../app/import/parse";
import { scoreReal, type RealExpected } from "../app/import/score-real";

const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../tests/import/corpus/real/dev");
const only = process.argv.slice(2);
const cut = (s: string | null, n = 110) => (s === null ? "–" : s.replace(/\s+/gu, " ").slice(0, n));
for (const file of readdirSync(dir).filter((f) => f.endsWith(".txt")).sort()) {
  if (only.length && !only.some((o) => file.includes(o))) continue;
  const expected = JSON.parse(readFileSync(path.join(dir, file.replace(/\.txt$/u, ".expected.json")), "utf8")) as RealExpected;
  const parsed = parseMinutes(readFileSync(path.join(dir, file), "utf8"), { filename: file });
  const s = scoreReal(expected, parsed);
  console.log(`\n=== ${file} (${expected.documentKind}) items ${s.items.correct}/${s.items.expected} (found ${s.items.found}) decisions ${s.decisions.correct}/${s.decisions.expected} (found ${s.decisions.found}) mandates ${s.mandates.correct}/${s.mandates.expected} (found ${s.mandates.found}) dates ${s.dates.correct}/${s.dates.expected} (found ${s.dates.found}) day exp ${expected.meeting.date} got ${parsed.meeting.date} title ${cut(parsed.meeting.title, 60)} isMinutes ${parsed.isMinutes} kind ${parsed.documentKind}`);
  console.log("  expected items:");
  for (const i of expected.items) console.log(`    [${i.number}] ${cut(i.title, 60)}  => ${cut(i.decision)} (${i.outcome})`);
  console.log("  found items:");
  for (const i of parsed.items) console.log(`    [${i.number}] ${cut(i.title, 60)}  => ${cut(i.decision)} (${i.outcome})`);
  if (expected.mandates.length || parsed.mandates.length) {
    console.log("  mandates exp:", expected.mandates.map((m) => `${m.item}:${m.assignee}: ${cut(m.task, 60)}`).join(" | "));
    console.log("  mandates got:", parsed.mandates.map((m) => `${m.item}:${m.assignee}: ${cut(m.task, 60)}`).join(" | "));
  }
  const found = new Set<string>([parsed.meeting.date ?? "", ...parsed.dates.flatMap((d) => [d.date ?? "", d.end ?? ""])].filter(Boolean));
  const exp = new Set(expected.dates);
  const missed = [...exp].filter((d) => !found.has(d));
  const extra = [...found].filter((d) => !exp.has(d));
  if (missed.length || extra.length) console.log(`  dates missed ${missed.join(",")} extra ${extra.join(",")}`);
}
