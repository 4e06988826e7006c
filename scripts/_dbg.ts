import { readFileSync } from "node:fs";
import { parseMinutes } from "/work/wt-import3/app/import/parse";
for (const f of process.argv.slice(2)) {
  const p = parseMinutes(readFileSync(f, "utf8"), { filename: f.split("/").pop() });
  console.log(`== ${f} minutes=${p.isMinutes} kind=${p.documentKind} date=${p.meeting.date} title=${p.meeting.title}`);
  p.items.forEach((it, i) => console.log(`  [${i}] #${it.number} ${JSON.stringify(it.title).slice(0, 90)}\n      D(${it.outcome}): ${JSON.stringify(it.decision)?.slice(0, 140)}`));
  p.mandates.forEach((m) => console.log(`  M item${m.item} ${m.assignee} :: ${m.task.slice(0, 80)}`));
  console.log("  dates", p.dates.map((d) => d.date).join(" "));
}
