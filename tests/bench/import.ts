// `npm run bench:import`: how long the minutes parser takes, on the real dev corpus (each document, as the
// web import and the archive command read them) and on one large text made of the whole corpus (a year's
// protocols pasted as one file), and on one large text written in no numbering (short headings over their prose,
// where the rules look hardest for a structure and the heading model reads). Figures only: no test asserts on timings.
//
//   BENCH_IMPORT_REPEAT  how many copies of the corpus make the large text (default 3, about 1.4 MB)
import { parseMinutes } from "../../app/import/parse";
import { loadRealSet } from "../../scripts/real-corpus";

const REPEAT = Number(process.env.BENCH_IMPORT_REPEAT ?? 3);
const docs = loadRealSet("dev");
const ms = (from: number) => performance.now() - from;

// Warm up once: the first parse compiles the patterns.
parseMinutes(docs[0].text, { filename: docs[0].file });

const times = docs.map((d) => {
  const from = performance.now();
  parseMinutes(d.text, { filename: d.file });
  return ms(from);
});
times.sort((a, b) => a - b);
const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
const kb = docs.reduce((n, d) => n + d.text.length, 0) / 1000;
console.log(`Dev corpus: ${docs.length} documents, ${kb.toFixed(0)} kB of text`);
console.log(`| per document | mean | p50 | p95 | max |\n|---|---|---|---|---|`);
console.log(`| ms | ${(times.reduce((a, b) => a + b, 0) / times.length).toFixed(1)} | ${at(0.5).toFixed(1)} | ${at(0.95).toFixed(1)} | ${times[times.length - 1].toFixed(1)} |`);

const big = Array.from({ length: REPEAT }, () => docs.map((d) => d.text).join("\n\n")).join("\n\n");
const heapBefore = process.memoryUsage().heapUsed;
const from = performance.now();
const parsed = parseMinutes(big, { filename: "archive.txt" });
console.log(`\nOne text of ${(big.length / 1e6).toFixed(2)} MB (${big.split("\n").length} lines): ${ms(from).toFixed(0)} ms, ${parsed.items.length} items; heap +${((process.memoryUsage().heapUsed - heapBefore) / 1e6).toFixed(0)} MB`);

// Minutes in no numbering, a thousand meetings' worth: every line is a candidate heading somewhere.
const meeting = (k: number) =>
  [
    `Boat repairs ${k}.`,
    "The coastal four needs a new rigger. The committee agreed to buy one from the club funds.",
    "Tom to order the rigger.",
    `Membership fees ${k}.`,
    "All agreed that fees stay the same for next year.",
    `Regatta ${k}.`,
    "Lisa to book the safety boats for the regatta.",
    "",
  ].join("\n");
const plain = `Harbour Rowing Club\nCommittee Minutes 12 May 2023\n\nPresent: Mark Jones, Lisa Brown, Tom Reid\n\n${Array.from({ length: 4000 }, (_, k) => meeting(k + 1)).join("")}`;
const plainFrom = performance.now();
const plainParsed = parseMinutes(plain, { filename: "unnumbered.txt" });
console.log(`One text in no numbering, ${(plain.length / 1e6).toFixed(2)} MB (${plain.split("\n").length} lines): ${ms(plainFrom).toFixed(0)} ms, ${plainParsed.items.length} items`);
