// `npm run bench:profile -- URL ROLE|none [seconds]`: the production server on
// the archive under autocannon (4 connections) with V8's CPU profiler on; prints
// where the time went, by package, by function and by our own functions
// (inclusive). For finding what to make faster; `npm run bench` gives the figures.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { freePort, signIn, type Role } from "./archive-server";
import { SERVER_NODE_FLAGS } from "../../scripts/server-flags.js";
const [url, role, secs] = process.argv.slice(2);
const root = path.resolve(import.meta.dirname, "../..");
const port = await freePort();
const base = `http://127.0.0.1:${port}`;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "styrbord-profile-"));
// The profile is written when the process exits, so SIGTERM exits.
const onTerm = `data:text/javascript,process.on("SIGTERM",()=>process.exit(0))`;
const server = spawn(process.execPath, [...SERVER_NODE_FLAGS, "--cpu-prof", `--cpu-prof-dir=${dir}`, "--import", onTerm, "server.js"], {
  cwd: root,
  env: { ...process.env, NODE_ENV: "production", PORT: String(port), DATABASE_URL: process.env.BENCH_DB ?? `${root}/data/archive.db`, STYRBORD_DEMO: "0", STYRBORD_TODAY: "2026-11-23", SESSION_SECRET: "bench-session-secret", STYRBORD_INSECURE_COOKIE: "1" },
  stdio: ["ignore", "ignore", "inherit"],
});
for (let i = 0; ; i++) { try { if ((await fetch(`${base}/healthz`)).ok) break; } catch {} await new Promise((r) => setTimeout(r, 100)); }
const headers: Record<string, string> = { "accept-encoding": "gzip" };
if (role !== "none") headers.cookie = await signIn(base, role as Role);
const r = await autocannon({ url: base + url, connections: 4, duration: Number(secs ?? 5), headers });
console.log(`req/s ${r.requests.average} p50 ${r.latency.p50} p97.5 ${(r.latency as any).p97_5} non2xx ${r.non2xx}`);
server.kill("SIGTERM");
await new Promise((res) => server.on("exit", res));
const file = fs.readdirSync(dir).find((f) => f.endsWith(".cpuprofile"))!;
const prof = JSON.parse(fs.readFileSync(path.join(dir, file), "utf8"));
const byId = new Map<number, any>(prof.nodes.map((n: any) => [n.id, n]));
const self = new Map<number, number>();
const dt = prof.timeDeltas as number[];
prof.samples.forEach((id: number, i: number) => self.set(id, (self.get(id) ?? 0) + (dt[i] ?? 0)));
const total = [...self.values()].reduce((a, b) => a + b, 0);
const parent = new Map<number, number>();
for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const where = (n: any) => { const u: string = n.callFrame.url; const m = /node_modules\/((@[^/]+\/)?[^/]+)/.exec(u); return m ? m[1] : u.includes("/build/") ? "build" : u ? u.replace(/^.*\//, "") : `(${n.callFrame.functionName || "native"})`; };
const agg = (key: (n: any) => string) => { const m = new Map<string, number>(); for (const [id, t] of self) { const k = key(byId.get(id)); m.set(k, (m.get(k) ?? 0) + t); } return [...m].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.TOP ?? 25)).map(([k, t]) => `${((t / total) * 100).toFixed(1).padStart(5)}%  ${k}`).join("\n"); };
console.log("== self by package ==\n" + agg(where));
console.log("== self by function ==\n" + agg((n) => `${n.callFrame.functionName || "(anon)"} ${where(n)}:${n.callFrame.lineNumber}`));
// inclusive time per function in build (own code)
const incl = new Map<string, number>();
for (const [id, t] of self) { const seen = new Set<string>(); let cur: number | undefined = id; while (cur !== undefined) { const n = byId.get(cur); if (where(n) === "build") { const k = `${n.callFrame.functionName || "(anon)"}:${n.callFrame.lineNumber}`; if (!seen.has(k)) { seen.add(k); incl.set(k, (incl.get(k) ?? 0) + t); } } cur = parent.get(cur); } }
console.log("== inclusive, own code ==\n" + [...incl].sort((a, b) => b[1] - a[1]).slice(0, 30).map(([k, t]) => `${((t / total) * 100).toFixed(1).padStart(5)}%  ${k}`).join("\n"));
