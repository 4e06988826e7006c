import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

const tsx = path.resolve("node_modules/.bin/tsx");
const seed = path.resolve("tests/import/corpus/00-ask-3-september.txt");

/** How many meetings the database at DATABASE_URL holds (a process of its own, as the CLI is). */
const MEETING_COUNT = `import { createDb } from "./db/client"; const db = createDb(process.env.DATABASE_URL); db.selectFrom("meeting").select(db.fn.countAll().as("n")).executeTakeFirstOrThrow().then((r) => { console.log(String(r.n)); return db.destroy(); });`;

function run(args: string[], env: Record<string, string> = {}) {
  return spawnSync(tsx, ["scripts/import.ts", ...args], { encoding: "utf8", env: { ...process.env, ...env } });
}

describe("npm run import", () => {
  it("prints the structure of a file with --json and saves nothing", () => {
    const result = run([seed, "--json"]);
    expect(result.status).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json.file).toBe("00-ask-3-september.txt");
    expect(json.meeting).toEqual({ date: "2025-09-03", title: "Styrgrupp ASK 3 september" });
    expect(json.mandates.map((m: { dueMeetingDate: string }) => m.dueMeetingDate)).toEqual(["2025-11-13", "2025-11-13"]);
    expect(json.dates).toContainEqual(expect.objectContaining({ date: "2025-10-15", end: "2026-03-06", kind: "window" }));
    expect(json.dates).toContainEqual(expect.objectContaining({ date: "2026-03-06", kind: "deadline" }));
  }, 30_000);

  it("saves into the database without --json", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "styrbord-cli-"));
    const env = { DATABASE_URL: path.join(dir, "cli.db"), STYRBORD_DATA_DIR: dir, STYRBORD_DEMO_PASSWORD: "x" };
    expect(spawnSync(tsx, ["db/setup.ts"], { encoding: "utf8", env: { ...process.env, ...env } }).status).toBe(0);
    const result = run([seed, "--group", "ASK"], env);
    expect(result.stderr).toBe("");
    expect(result.stdout).toMatch(/sparat som möte \d+ \(7 ärenden, 2 uppdrag\)/);
    const bad = run(["--group", "ASK", "--date", "2025-02-30", seed], env);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("--date ska vara ett datum");
    fs.rmSync(dir, { recursive: true, force: true });
  }, 120_000); // three processes (setup, two imports); slow on a loaded machine

  it("imports a folder: saves what parses, leaves the rest for review, refuses PDFs, and writes a report", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "styrbord-archive-"));
    const env = { DATABASE_URL: path.join(dir, "cli.db"), STYRBORD_DATA_DIR: dir, STYRBORD_DEMO_PASSWORD: "x" };
    expect(spawnSync(tsx, ["db/setup.ts"], { encoding: "utf8", env: { ...process.env, ...env } }).status).toBe(0);
    const archive = path.join(dir, "arkiv");
    fs.mkdirSync(archive);
    fs.copyFileSync(path.resolve("tests/import/corpus/real/dev/pp-2013-06-08.txt"), path.join(archive, "pp-2013-06-08.txt"));
    fs.copyFileSync(path.resolve("tests/import/corpus/real/docx/pp-2014-04-27.docx"), path.join(archive, "pp-2014-04-27.docx"));
    fs.copyFileSync(path.resolve("tests/import/corpus/real/dev/ale-ks-2018-10-02.txt"), path.join(archive, "ale-ks-2018-10-02.txt"));
    fs.copyFileSync(path.resolve("tests/import/corpus/06-nyhet-inte-protokoll.txt"), path.join(archive, "nyhet.txt"));
    fs.writeFileSync(path.join(archive, "skannat.pdf"), "%PDF-1.4 bild");
    const report = path.join(dir, "rapport.md");
    const result = run([`${archive}/`, "--group", "ASK", "--report", report], env);
    expect(result.status).toBe(1); // not everything imported
    expect(result.stdout).toContain("5/5");
    expect(result.stdout).toContain("Importerade: 2, redan importerade: 0, behöver granskas: 1, misslyckades: 2 (av 5).");
    expect(result.stdout).toContain("markerade som inte granskade");
    const text = fs.readFileSync(report, "utf8");
    expect(text).toMatch(/\| pp-2013-06-08\.txt \| importerad \| 2013-06-08 \| 14 \|/u);
    expect(text).toMatch(/\| ale-ks-2018-10-02\.txt \| behöver granskas \|.*Inga ärenden/u);
    expect(text).toMatch(/\| skannat\.pdf \| misslyckades \|.*PDF/u);

    // The folder again, after the one that needed review was taken out: what was imported is
    // not imported twice, and with nothing left to do the run ends in 0.
    fs.rmSync(path.join(archive, "ale-ks-2018-10-02.txt"));
    fs.rmSync(path.join(archive, "skannat.pdf"));
    fs.rmSync(path.join(archive, "nyhet.txt"));
    const meetings = () => spawnSync(tsx, ["-e", MEETING_COUNT], { encoding: "utf8", env: { ...process.env, ...env } }).stdout.trim();
    const before = meetings();
    expect(before).toMatch(/^\d+$/);
    const again = run([`${archive}/`, "--group", "ASK", "--report", report], env);
    expect(again.stdout).toContain("Importerade: 0, redan importerade: 2, behöver granskas: 0, misslyckades: 0 (av 2).");
    expect(again.status).toBe(0);
    expect(fs.readFileSync(report, "utf8")).toMatch(/\| pp-2013-06-08\.txt \| redan importerad \|.*Redan importerad som möte \d+/u);
    expect(meetings()).toBe(before);
    fs.rmSync(dir, { recursive: true, force: true });
  }, 180_000);
});
