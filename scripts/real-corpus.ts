// The real-minutes corpus on disk (tests/import/corpus/real): one reader for the eval, the
// training and the tests. The held-out folder is empty between rounds.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { RealExpected } from "../app/import/score-real";

export const REAL_CORPUS = path.join(path.dirname(fileURLToPath(import.meta.url)), "../tests/import/corpus/real");

export type RealDoc = { file: string; text: string; expected: RealExpected };

/** The documents of a set ("dev", "heldout") or of any folder of NAME.txt + NAME.expected.json, by name. */
export function loadRealSet(set: string): RealDoc[] {
  const dir = path.isAbsolute(set) ? set : path.join(REAL_CORPUS, set);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((file) => ({
      file,
      text: readFileSync(path.join(dir, file), "utf8"),
      expected: JSON.parse(readFileSync(path.join(dir, file.replace(/\.txt$/u, ".expected.json")), "utf8")) as RealExpected,
    }));
}
