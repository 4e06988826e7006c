// Trains the import's decision model (app/import/model/decision-model.json) on the dev
// corpus (tests/import/corpus/real/dev) and measures it the honest way first: leaving
// organisations out. The held-out folder is never read here.
//
//   npm run import:train            measure (5 folds by organisation), pick the threshold, train on all of dev, write
//   npm run import:train -- --check exit non-zero when the committed model is not what training gives
// (tests/import/model.test.ts checks the same, so a change of the rules that changes what the model
// reads fails until it is trained again).
//
// Labels come from the hand-written expected files: the parser (rules only) cuts each
// document into items; an item matched to an expected item gives its candidate sentences
// (model/decisions.ts), and a sentence is a decision when it is mostly words of the
// expected decision. Sentences of an agenda are never decisions.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { decisionCandidates } from "../app/import/model/decisions";
import { unitFeatures } from "../app/import/model/features";
import { store, train, type Example } from "../app/import/model/logistic";
import type { ImportModels } from "../app/import/model/models";
import { parseWithDrafts } from "../app/import/parse";
import { loadRealSet, type RealDoc } from "./real-corpus";
import { addRealScores, matchItems, overShorter, precisionOf, recallOf, scoreReal, words, type RealScore } from "../app/import/score-real";

const here = path.dirname(fileURLToPath(import.meta.url));
const modelFile = path.join(here, "../app/import/model/decision-model.json");
const FOLDS = 5;
const THRESHOLDS = [0.5, 0.6, 0.7, 0.8, 0.9];

type Doc = RealDoc;
const loadDev = () => loadRealSet("dev");

/** The candidate sentences of a document's items, labelled by its expected file. */
function examplesOf(doc: Doc): Example[] {
  const { parsed, drafts } = parseWithDrafts(doc.text, { filename: doc.file }, null);
  if (!parsed.isMinutes) return [];
  const agenda = doc.expected.documentKind === "agenda";
  const toExpected = new Map([...matchItems(doc.expected, parsed.items)].map(([e, a]) => [a, e]));
  return drafts.flatMap((draft, i) => {
    const e = toExpected.get(i);
    // An item the annotation does not have: its sentences are unknown, not negative (unless nothing is decided at all).
    if (e === undefined && !agenda) return [];
    const decision = agenda || e === undefined ? null : doc.expected.items[e].decision;
    const dw = words(decision);
    return decisionCandidates(draft).map((unit) => {
      const uw = words(unit.text);
      const label = decision !== null && uw.length >= 2 && overShorter(uw, dw) >= 0.6 && uw.length <= 4 * dw.length + 25 ? 1 : 0;
      return { features: unitFeatures(unit, draft.title), label } satisfies Example;
    });
  });
}

const score = (docs: Doc[], models: ImportModels | null): RealScore =>
  addRealScores(docs.map((d) => scoreReal(d.expected, parseWithDrafts(d.text, { filename: d.file }, models).parsed)));

const pct = (n: number) => `${(n * 100).toFixed(1)} %`;
const line = (s: RealScore) =>
  `decisions ${pct(recallOf(s.decisions))} / ${pct(precisionOf(s.decisions))}  mandates ${pct(recallOf(s.mandates))} / ${pct(precisionOf(s.mandates))}  invented on agendas ${s.inventedOnAgenda}`;
const NEVER = 2;

/** Measure, choose the threshold, and train on all of dev: the model file's text. */
export function trainFromDev(log: (line: string) => void = () => {}): string {
  const docs = loadDev();
  const orgs = [...new Set(docs.map((d) => d.expected.organisation))].sort();
  const foldOf = (d: Doc) => orgs.indexOf(d.expected.organisation) % FOLDS;
  const examples = new Map(docs.map((d) => [d.file, examplesOf(d)]));
  const pick = (ds: Doc[]) => ds.flatMap((d) => examples.get(d.file) ?? []);

  // Leave organisations out: each fold is scored by a model that never saw its organisations.
  const folds = Array.from({ length: FOLDS }, (_, fold) => ({
    held: docs.filter((d) => foldOf(d) === fold),
    model: train(pick(docs.filter((d) => foldOf(d) !== fold))),
  }));
  const rulesOnly = score(docs, null);
  log(`dev: ${docs.length} documents, ${orgs.length} organisations; ${pick(docs).length} candidate sentences (${pick(docs).filter((e) => e.label === 1).length} decisions)`);
  log(`rules only:           ${line(rulesOnly)}`);
  // The threshold: the most recall that invents nothing on an agenda and keeps precision within
  // 5 points of the rules'. (On dev the rules were tuned, so the model's gain shows less here than
  // on minutes the rules never met.)
  let best = { threshold: NEVER, score: rulesOnly };
  for (const t of THRESHOLDS) {
    const s = addRealScores(folds.map((f) => score(f.held, { decision: { ...f.model, threshold: t } })));
    log(`rules + model at ${t.toFixed(2)}: ${line(s)}  (organisations left out)`);
    const fair = s.inventedOnAgenda === 0 && precisionOf(s.decisions) >= precisionOf(rulesOnly.decisions) - 0.05;
    if (fair && recallOf(s.decisions) > recallOf(best.score.decisions)) best = { threshold: t, score: s };
  }
  log(`threshold chosen: ${best.threshold}`);

  const figures = (s: RealScore) => ({
    decisionRecall: Number(recallOf(s.decisions).toFixed(4)),
    decisionPrecision: Number(precisionOf(s.decisions).toFixed(4)),
  });
  const stored = store(
    { ...train(pick(docs)), threshold: best.threshold },
    "Is this sentence (or the item's title) what the meeting decided? Logistic regression over hashed features (app/import/model). Made by `npm run import:train`; do not edit.",
    {
      documents: docs.length,
      organisations: orgs.length,
      sentences: pick(docs).length,
      decisions: pick(docs).filter((e) => e.label === 1).length,
      leaveOrganisationOut: { folds: FOLDS, rulesOnly: figures(rulesOnly), withModel: figures(best.score) },
    },
  );
  return `${JSON.stringify(stored, null, 1)}\n`;
}

/** Is the committed model what training gives? */
export const modelIsCurrent = (): boolean => readFileSync(modelFile, "utf8") === trainFromDev();

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  if (process.argv.includes("--check")) {
    if (!modelIsCurrent()) {
      console.error("app/import/model/decision-model.json is not what training on dev gives: run `npm run import:train` and commit it.");
      process.exit(1);
    }
    console.log("The committed model is what training on dev gives.");
  } else {
    const json = trainFromDev(console.log);
    writeFileSync(modelFile, json);
    console.log(`wrote app/import/model/decision-model.json (${(json.length / 1024).toFixed(0)} KB)`);
  }
}
