import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseWithDrafts } from "../app/import/parse";
import { importModels } from "../app/import/model/models";
import { unitsOf } from "../app/import/model/features";
import { matchItems, overShorter, words, type RealExpected } from "../app/import/score-real";
const dir = "tests/import/corpus/real/dev";
const c: Record<string, number> = {};
const inc = (k: string) => (c[k] = (c[k] ?? 0) + 1);
for (const f of readdirSync(dir).filter((f) => f.endsWith(".txt")).sort()) {
  const exp = JSON.parse(readFileSync(path.join(dir, f.replace(/\.txt$/, ".expected.json")), "utf8")) as RealExpected;
  const { parsed, drafts } = parseWithDrafts(readFileSync(path.join(dir, f), "utf8"), { filename: f }, importModels());
  const map = parsed.isMinutes ? matchItems(exp, parsed.items) : new Map();
  for (const m of exp.mandates) {
    const a = map.get(m.item);
    if (a === undefined) { inc("item not matched"); continue; }
    const found = parsed.mandates.filter((x) => x.item === a && overShorter(words(m.task), words(x.task)) >= 0.5);
    if (found.length) { const ok = found.some((x) => words(x.assignee).slice(0, words(m.assignee).length).join(" ") === words(m.assignee).join(" ")); inc(ok ? "right" : "wrong assignee"); if (!ok) console.log(`WRONG-WHO ${f}: [${m.assignee}] got [${found.map(x=>x.assignee).join("|")}] ${m.task.slice(0,60)}`); continue; }
    const u = unitsOf(drafts[a]).find((u) => overShorter(words(m.task), words(u.text)) >= 0.5);
    inc(u ? "task in a unit, no mandate" : "task not in units");
    if (u) console.log(`MISS ${f}: [${m.assignee}] ${u.text.slice(0, 150)}`);
  }
}
console.log(c);
