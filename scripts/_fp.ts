import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseMinutes } from "../app/import/parse";
import { matchItems, overShorter, words, type RealExpected } from "../app/import/score-real";
const dir = "tests/import/corpus/real/dev";
for (const f of readdirSync(dir).filter((f) => f.endsWith(".txt")).sort()) {
  const exp = JSON.parse(readFileSync(path.join(dir, f.replace(/\.txt$/, ".expected.json")), "utf8")) as RealExpected;
  const p = parseMinutes(readFileSync(path.join(dir, f), "utf8"), { filename: f });
  const map = p.isMinutes ? matchItems(exp, p.items) : new Map();
  const inv = new Map([...map].map(([e, a]) => [a, e]));
  for (const m of p.mandates) {
    const e = inv.get(m.item);
    const ok = exp.mandates.some((x) => x.item === e && overShorter(words(x.task), words(m.task)) >= 0.5);
    if (!ok) console.log(`FP ${f}: [${m.assignee}] ${m.task.slice(0, 90)}`);
  }
}
