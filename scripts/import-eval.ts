// How well does the minutes parser do? Three sets, never mixed:
//   dev       tests/import/corpus/real/dev      real minutes the rules were tuned on
//   held-out  tests/import/corpus/real/heldout  real minutes of other organisations, never tuned on
//   self      tests/import/corpus               the minutes we wrote ourselves (and the ASK seed)
// Prints recall and precision of items, decisions, mandates (with the right
// assignee) and dates per set. Run: npm run import:eval [-- --verbose]
// (--verbose lists the dev files that fall short; held-out files are never listed one by one;
// --dev-only stops after the dev set, for tuning.)
// Exits non-zero when the self-written set falls below its bar (app/import/score.ts).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseMinutes, toImportJson } from "../app/import/parse";
import { addScores, MEASURES, precision, recall, scoreParse, shortfalls, type Score } from "../app/import/score";
import {
  addRealScores,
  HELD_OUT_BAR,
  precisionOf,
  REAL_MEASURES,
  recallOf,
  scoreReal,
  type RealScore,
} from "../app/import/score-real";
import type { ImportJson } from "../app/import/types";
import { loadRealSet } from "./real-corpus";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../tests/import/corpus");
const verbose = process.argv.includes("--verbose");
const pct = (value: number): string => `${(value * 100).toFixed(1).padStart(5)} %`;

/** A set's parts, from its "## dev…" or "## heldout…" sections of SOURCES.md (file → heading). */
function setParts(set: "dev" | "heldout"): Map<string, string> {
  const parts = new Map<string, string>();
  let part = "";
  for (const line of readFileSync(path.join(root, "real/SOURCES.md"), "utf8").split("\n")) {
    const heading = /^## (.+)$/u.exec(line);
    if (heading) part = heading[1].startsWith(set) ? heading[1] : "";
    const row = /^\| ([^|\s]+\.txt) \|/u.exec(line);
    if (row && part) parts.set(row[1], part);
  }
  return parts;
}

function realSet(dir: string, listFiles: boolean, only?: (file: string) => boolean): { total: RealScore; files: number; orgs: number } {
  const docs = loadRealSet(dir).filter((d) => !only || only(d.file));
  const orgs = new Set<string>();
  const scores = docs.map(({ file, text, expected }) => {
    orgs.add(expected.organisation);
    const parsed = parseMinutes(text, { filename: file });
    const score = scoreReal(expected, parsed);
    if (listFiles) {
      const short = REAL_MEASURES.filter((m) => score[m].correct !== score[m].expected || score[m].correct !== score[m].found);
      if (short.length > 0 || score.inventedOnAgenda > 0) {
        console.log(`  ${file}: ${short.map((m) => `${m} ${score[m].correct}/${score[m].expected} (found ${score[m].found})`).join(", ")}${score.inventedOnAgenda ? `, invented ${score.inventedOnAgenda}` : ""}`);
      }
    }
    return score;
  });
  return { total: addRealScores(scores), files: docs.length, orgs: orgs.size };
}

function printReal(name: string, set: { total: RealScore; files: number; orgs: number }) {
  const { total } = set;
  console.log(`\n${name}: ${set.files} documents, ${set.orgs} organisations`);
  for (const m of REAL_MEASURES) {
    const c = total[m];
    console.log(`  ${m.padEnd(12)} recall ${pct(recallOf(c))}  precision ${pct(precisionOf(c))}  (expected ${c.expected}, found ${c.found}, correct ${c.correct})`);
  }
  const o = total.outcomes;
  console.log(`  outcome of right decisions ${o.of ? pct(o.correct / o.of) : "   –  "} (${o.correct}/${o.of}); decisions invented on agendas: ${total.inventedOnAgenda}; attendance line as title: ${total.attendanceTitle}`);
}

const dev = realSet(path.join(root, "real/dev"), verbose);
printReal("DEV (tuned on)", dev);
// Dev per part (SOURCES.md), so that a change that helps only one part shows.
const parts = setParts("dev");
for (const part of [...new Set(parts.values())]) {
  const set = realSet(path.join(root, "real/dev"), false, (f) => parts.get(f) === part);
  if (set.files > 0) printReal(`  dev part: ${part}`, set);
}
const heldDir = path.join(root, "real/heldout");
const hasHeld = existsSync(heldDir) && readdirSync(heldDir).some((f) => f.endsWith(".txt"));
if (!hasHeld) console.log("\nheld-out: none yet");
// While tuning, run with --dev-only: the held-out set is not even totalled.
if (hasHeld && !process.argv.includes("--dev-only")) {
  const held = realSet(heldDir, false);
  printReal("HELD-OUT (never tuned on)", held);
  const bar = [
    recallOf(held.total.decisions) >= HELD_OUT_BAR.decisionRecall,
    recallOf(held.total.mandates) >= HELD_OUT_BAR.mandateRecall,
    precisionOf(held.total.dates) >= HELD_OUT_BAR.datePrecision,
    held.total.inventedOnAgenda <= HELD_OUT_BAR.inventedOnAgenda,
  ];
  console.log(
    `  issue-13 bar (decision recall ≥ 90 %, mandate recall ≥ 80 %, date precision ≥ 95 %, no invented decision): ${bar.every(Boolean) ? "met" : "NOT met"}`,
  );
  // Its parts, when it has more than one (each was gathered in a different round).
  const heldParts = setParts("heldout");
  const names = [...new Set(heldParts.values())];
  if (names.length > 1) for (const part of names) printReal(`  held-out part: ${part}`, realSet(heldDir, false, (f) => heldParts.get(f) === part));
}

// The self-written corpus, scored as before (exact sections and titles).
const files = readdirSync(root).filter((file) => file.endsWith(".txt")).sort();
const scores: Score[] = files.map((file) => {
  const expected = JSON.parse(readFileSync(path.join(root, file.replace(/\.txt$/u, ".expected.json")), "utf8")) as ImportJson;
  const score = scoreParse(expected, toImportJson(file, parseMinutes(readFileSync(path.join(root, file), "utf8"))));
  if (verbose) {
    const short = MEASURES.filter((m) => score[m].correct !== score[m].expected || score[m].correct !== score[m].found);
    if (short.length) console.log(`  self ${file}: ${short.map((m) => `${m} ${score[m].correct}/${score[m].expected} (found ${score[m].found})`).join(", ")}`);
  }
  return score;
});
const total = addScores(scores);
console.log(`\nSELF-WRITTEN (tests/import/corpus, ${files.length} documents incl. the ASK seed)`);
for (const m of MEASURES) {
  const c = total[m];
  console.log(`  ${m.padEnd(12)} recall ${pct(recall(c))}  precision ${pct(precision(c))}  (expected ${c.expected}, found ${c.found}, correct ${c.correct})`);
}
const missing = shortfalls(total);
if (missing.length > 0) {
  console.error(`\nSelf-written set below its bar: ${missing.join("; ")}`);
  process.exit(1);
}
