import { parseMinutes } from "../app/import/parse";
import { matchItems, words, overShorter } from "../app/import/score-real";
import { loadRealSet } from "./real-corpus";
const C: Record<string, number> = {};
const inc = (k: string) => (C[k] = (C[k] ?? 0) + 1);
for (const d of loadRealSet("dev")) {
  const p = parseMinutes(d.text, { filename: d.file });
  if (!p.isMinutes) continue;
  const m = matchItems(d.expected, p.items);
  const back = new Map([...m.entries()].map(([e, a]) => [a, e]));
  p.items.forEach((it, a) => {
    if (!it.decision) return;
    const g = it.decisionGuessed ? " (model)" : "";
    const e = back.get(a);
    if (e === undefined) return inc("extra item" + g);
    const ex = d.expected.items[e];
    if (!ex.decision) return inc("expected none" + g);
    const ew = words(ex.decision), fw = words(it.decision);
    if (overShorter(ew, fw) >= 0.5 && fw.length <= 4 * ew.length + 25) return inc("correct" + g);
    inc("text differs" + g);
  });
}
console.log(C);
