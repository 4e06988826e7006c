import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseMinutes, toImportJson } from "../../app/import/parse";
import { addScores, precision, recall, scoreParse, shortfalls } from "../../app/import/score";
import type { ImportJson } from "../../app/import/types";

const corpus = path.join(path.dirname(fileURLToPath(import.meta.url)), "corpus");
const files = readdirSync(corpus).filter((f) => f.endsWith(".txt")).sort();
const load = (file: string) => ({
  text: readFileSync(path.join(corpus, file), "utf8"),
  expected: JSON.parse(readFileSync(path.join(corpus, file.replace(/\.txt$/u, ".expected.json")), "utf8")) as ImportJson,
});

describe("the import corpus", () => {
  it("holds at least 15 documents besides the seed, each with its expected result", () => {
    expect(files.length).toBeGreaterThanOrEqual(16);
    for (const file of files) expect(load(file).expected.file).toBe(file);
  });

  it("clears the bar: items and decisions recall ≥ 95 %, mandates ≥ 85 %, date precision ≥ 95 %", () => {
    const total = addScores(files.map((file) => {
      const { text, expected } = load(file);
      return scoreParse(expected, toImportJson(file, parseMinutes(text)));
    }));
    expect(shortfalls(total)).toEqual([]);
    expect(recall(total.items)).toBeGreaterThanOrEqual(0.95);
    expect(precision(total.dates)).toBeGreaterThanOrEqual(0.95);
  });

  it("never reads a decision or a mandate in a notice or agenda", () => {
    for (const file of files) {
      const parsed = parseMinutes(load(file).text);
      if (parsed.documentKind !== "agenda") continue;
      expect(parsed.items.filter((i) => i.decision !== null), file).toEqual([]);
      expect(parsed.mandates, file).toEqual([]);
    }
    const agendas = files.filter((file) => parseMinutes(load(file).text).documentKind === "agenda");
    expect(agendas.length).toBeGreaterThanOrEqual(2);
  });

  it("tells a text that is not minutes", () => {
    const parsed = parseMinutes(load("06-nyhet-inte-protokoll.txt").text);
    expect(parsed.isMinutes).toBe(false);
  });
});
