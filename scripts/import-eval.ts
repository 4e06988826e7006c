// How well does the minutes parser do on the corpus? Prints recall and precision
// of items, decisions, mandates (with the right assignee) and dates, per file and
// in total, and exits non-zero when the totals fall below the bar in
// app/import/score.ts. Run: npx tsx scripts/import-eval.ts [--verbose]
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseMinutes, toImportJson } from "../app/import/parse";
import { addScores, MEASURES, precision, recall, scoreParse, shortfalls, type Count, type Score } from "../app/import/score";
import type { ImportJson } from "../app/import/types";

const corpus = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../tests/import/corpus");
const verbose = process.argv.includes("--verbose");

const pct = (value: number): string => `${(value * 100).toFixed(1).padStart(5)} %`;
const cell = (c: Count): string => `${recall(c) === 1 && c.expected === 0 ? "    –  " : pct(recall(c))} ${pct(precision(c))}`;

function row(name: string, score: Score): string {
  return [name.padEnd(44), ...MEASURES.map((m) => cell(score[m]))].join("  ");
}

const files = readdirSync(corpus)
  .filter((file) => file.endsWith(".txt"))
  .sort();
const scores: Score[] = [];

console.log(["file".padEnd(44), ...MEASURES.map((m) => `${m} R / P`.padEnd(15))].join("  "));
for (const file of files) {
  const text = readFileSync(path.join(corpus, file), "utf8");
  const expected = JSON.parse(
    readFileSync(path.join(corpus, file.replace(/\.txt$/u, ".expected.json")), "utf8"),
  ) as ImportJson;
  const actual = toImportJson(file, parseMinutes(text));
  const score = scoreParse(expected, actual);
  scores.push(score);
  console.log(row(file, score));
  if (verbose) {
    for (const m of MEASURES) {
      const c = score[m];
      if (c.correct !== c.expected || c.correct !== c.found) {
        console.log(`    ${m}: expected ${c.expected}, found ${c.found}, correct ${c.correct}`);
      }
    }
  }
}

const total = addScores(scores);
console.log("-".repeat(44 + MEASURES.length * 17));
console.log(row(`TOTAL (${files.length} files)`, total));
for (const m of MEASURES) {
  const c = total[m];
  console.log(`  ${m.padEnd(10)} recall ${pct(recall(c))}  precision ${pct(precision(c))}  (expected ${c.expected}, found ${c.found}, correct ${c.correct})`);
}

const missing = shortfalls(total);
if (missing.length > 0) {
  console.error(`\nBelow the bar: ${missing.join("; ")}`);
  process.exit(1);
}
console.log("\nAll thresholds met (items & decisions recall ≥ 95 %, mandates recall ≥ 85 %, dates precision ≥ 95 %).");
