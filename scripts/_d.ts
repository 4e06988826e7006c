import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseMinutes } from "../app/import/parse";
import { matchItems, scoreReal, type RealExpected } from "../app/import/score-real";
const dir = "tests/import/corpus/real/dev";
const only = new Set(readFileSync(process.argv[2], "utf8").split("\n").filter(Boolean));
const c: Record<string, number> = {};
for (const f of readdirSync(dir).filter((f) => f.endsWith(".txt")).sort()) {
  if (!only.has(f)) continue;
  const exp = JSON.parse(readFileSync(path.join(dir, f.replace(/\.txt$/, ".expected.json")), "utf8")) as RealExpected;
  const p = parseMinutes(readFileSync(path.join(dir, f), "utf8"), { filename: f });
  const s = scoreReal(exp, p);
  const map = p.isMinutes ? matchItems(exp, p.items) : new Map();
  const lines: string[] = [];
  exp.items.forEach((it, e) => {
    if (!it.decision) return;
    const a = map.get(e);
    const k = a === undefined ? (p.documentKind === "agenda" ? "agenda" : "noitem") : p.items[a].decision === null ? "nodec" : "dec";
    c[k] = (c[k] ?? 0) + 1;
    if (k === "nodec") lines.push(`     NODEC ${it.decision.slice(0, 120)}`);
  });
  console.log(`${f.padEnd(42)} ${exp.documentKind}/${p.documentKind} items ${s.items.correct}/${s.items.expected} f${s.items.found} dec ${s.decisions.correct}/${s.decisions.expected} f${s.decisions.found} man ${s.mandates.correct}/${s.mandates.expected} f${s.mandates.found}`);
  for (const l of lines) console.log(l);
}
console.log(c);
