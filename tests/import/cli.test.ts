import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

const tsx = path.resolve("node_modules/.bin/tsx");
const seed = path.resolve("tests/import/corpus/00-ask-3-september.txt");

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
  }, 60_000);
});
