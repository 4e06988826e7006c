import { parseMinutes } from "../app/import/parse";
import { scoreReal, addRealScores, recallOf } from "../app/import/score-real";
import { loadRealSet } from "./real-corpus";
const groups: Record<string, ReturnType<typeof scoreReal>[]> = { head: [], other: [] };
const names: string[] = [];
for (const d of loadRealSet("dev")) {
  const lines = d.text.split("\n").map((l) => l.trim()).filter((l) => l.length > 200);
  const starts = new Map<string, number>();
  for (const l of lines) { const k = l.split(/\s+/).slice(0, 3).join(" "); starts.set(k, (starts.get(k) ?? 0) + 1); }
  const head = [...starts.values()].some((n) => n >= 3);
  const s = scoreReal(d.expected, parseMinutes(d.text, { filename: d.file }));
  groups[head ? "head" : "other"].push(s);
  if (head) names.push(`${d.file} dec ${s.decisions.correct}/${s.decisions.expected}`);
}
for (const [k, v] of Object.entries(groups)) { const t = addRealScores(v); console.log(k, v.length, "items", (recallOf(t.items) * 100).toFixed(1), "dec", (recallOf(t.decisions) * 100).toFixed(1), t.decisions.expected); }
console.log(names.join("\n"));
