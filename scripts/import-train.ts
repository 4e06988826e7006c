// Trains the import's two models on the dev corpus (tests/import/corpus/real/dev) and
// measures each the honest way first: leaving organisations out. The held-out folder is
// never read here.
// - the decision model (app/import/model/decision-model.json): is this sentence the decision?
// - the heading model (app/import/model/heading-model.json): does this line head an item?
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
import { headingText, headingUnits, SUREST } from "../app/import/model/headings";
import { unitFeatures } from "../app/import/model/features";
import { store, train, type Example } from "../app/import/model/logistic";
import type { ImportModels } from "../app/import/model/models";
import { parseWithDrafts, structuredLines } from "../app/import/parse";
import { loadRealSet, type RealDoc } from "./real-corpus";
import { addRealScores, matchItems, overLonger, overShorter, precisionOf, recallOf, scoreReal, words, type RealScore } from "../app/import/score-real";

const here = path.dirname(fileURLToPath(import.meta.url));
const modelFile = path.join(here, "../app/import/model/decision-model.json");
const headingModelFile = path.join(here, "../app/import/model/heading-model.json");
/** The heading model's weights: its features are fewer than the decision model's. */
const HEADING_DIM = 1 << 14;
/** A line is taken for a heading when the model finds that more likely than not. */
const HEADING_THRESHOLD = 0.5;
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

/**
 * Dev's organisations, each document's fold (an organisation's documents share one, so a fold is scored by a
 * model that never saw its organisations) and the labelled examples of a set of documents.
 */
function byOrganisation(docs: Doc[], examplesOfDoc: (doc: Doc) => Example[]) {
  const orgs = [...new Set(docs.map((d) => d.expected.organisation))].sort();
  const foldOf = (d: Doc) => orgs.indexOf(d.expected.organisation) % FOLDS;
  const examples = new Map(docs.map((d) => [d.file, examplesOfDoc(d)]));
  const pick = (ds: Doc[]) => ds.flatMap((d) => examples.get(d.file) ?? []);
  return { orgs, foldOf, pick };
}

/** Measure, choose the threshold, and train on all of dev: the model file's text. */
export function trainFromDev(log: (line: string) => void = () => {}): string {
  const docs = loadDev();
  const { orgs, foldOf, pick } = byOrganisation(docs, examplesOf);

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

/**
 * The candidate lines of a document (model/headings.ts), labelled by its expected file: a line is a
 * heading when it is mostly the words of an expected item's title (as the scorer matches items).
 */
function headingExamplesOf(doc: Doc): Example[] {
  const titles = doc.expected.items.map((item) => words(item.title));
  return headingUnits(structuredLines(doc.text)).map(({ line, features }) => {
    const lw = words(headingText(line.text));
    return { features, label: titles.some((t) => overLonger(t, lw) >= 0.5) ? 1 : 0 } satisfies Example;
  });
}

/**
 * The heading model, trained on every dev document's lines (where the rules found the structure
 * too: a heading's shape is the same with or without its number, and the number is no feature).
 * Measured where it is used, on the documents in which the rules found fewer than three items.
 */
export function trainHeadingsFromDev(log: (line: string) => void = () => {}): string {
  const docs = loadDev();
  const { foldOf, pick } = byOrganisation(docs, headingExamplesOf);
  // Where it reads: documents the rules left with fewer than three items, and (beside the rules' own) documents
  // whose three or more items stand under plain headings.
  const rules = new Map(
    docs.map((d) => [
      d.file,
      {
        items: parseWithDrafts(d.text, { filename: d.file }, null).parsed.items.length,
        numbered: structuredLines(d.text).some((l) => l.start && l.start.number !== null),
      },
    ]),
  );
  const few = docs.filter((d) => rules.get(d.file)!.items < 3);
  const alongside = docs.filter((d) => !rules.get(d.file)!.numbered && rules.get(d.file)!.items >= 3);
  const models = Array.from({ length: FOLDS }, (_, fold) => ({ ...train(pick(docs.filter((d) => foldOf(d) !== fold)), { dim: HEADING_DIM }), threshold: HEADING_THRESHOLD }));
  const byFold = (ds: Doc[]) => addRealScores(ds.map((d) => scoreReal(d.expected, parseWithDrafts(d.text, { filename: d.file }, { heading: models[foldOf(d)] }).parsed)));
  const items = (s: RealScore) =>
    `items ${s.items.correct} right of ${s.items.expected} (found ${s.items.found}), decisions ${s.decisions.correct}, tasks ${s.mandates.correct}`;
  const rulesOnly = score(few, null);
  const withModel = byFold(few);
  const alongsideRules = score(alongside, null);
  const alongsideModel = byFold(alongside);
  log(`headings: ${pick(docs).length} candidate lines (${pick(docs).filter((e) => e.label === 1).length} headings); ${few.length} documents where the rules found fewer than three items`);
  log(`  there, rules only:   ${items(rulesOnly)}`);
  log(`  there, rules + model: ${items(withModel)}  (organisations left out)`);
  log(`  ${alongside.length} documents with three items or more under plain headings, rules only:   ${items(alongsideRules)}`);
  log(`  there, rules + the model's surest (${SUREST}):  ${items(alongsideModel)}  (organisations left out)`);
  const figures = (s: RealScore) => ({
    itemsRight: s.items.correct,
    itemsFound: s.items.found,
    itemsExpected: s.items.expected,
    decisionsRight: s.decisions.correct,
    mandatesRight: s.mandates.correct,
  });
  const stored = store(
    { ...train(pick(docs), { dim: HEADING_DIM }), threshold: HEADING_THRESHOLD },
    "Does this line head an item (read only where the rules found no numbering: where they found fewer than three items, and beside three or more where it is surest)? Logistic regression over hashed features (app/import/model/headings.ts). Made by `npm run import:train`; do not edit.",
    {
      documents: docs.length,
      lines: pick(docs).length,
      headings: pick(docs).filter((e) => e.label === 1).length,
      leaveOrganisationOut: {
        folds: FOLDS,
        documents: few.length,
        rulesOnly: figures(rulesOnly),
        withModel: figures(withModel),
        alongside: { documents: alongside.length, surest: SUREST, rulesOnly: figures(alongsideRules), withModel: figures(alongsideModel) },
      },
    },
  );
  return `${JSON.stringify(stored, null, 1)}\n`;
}

/** Are the committed models what training gives, folds and figures included? (`--check`; the full training, a minute.) */
export const modelIsCurrent = (): boolean =>
  readFileSync(modelFile, "utf8") === trainFromDev() && readFileSync(headingModelFile, "utf8") === trainHeadingsFromDev();

/** A stored model's weights as written (not its threshold, its note or its training figures). */
const weightsOf = (stored: { dim: number; bias: number; scale: number; weights: string }) => JSON.stringify([stored.dim, stored.bias, stored.scale, stored.weights]);

/**
 * Are the committed models' weights what training on all of dev gives? The weights change with every change of the
 * rules that changes what the models read, so this is what the model test asks: a fifth of the full training, without
 * the folds that only choose the decision model's threshold and report its figures.
 */
export function weightsAreCurrent(): boolean {
  const docs = loadDev();
  const decision = store({ ...train(docs.flatMap(examplesOf)), threshold: 0 }, "", {});
  const heading = store({ ...train(docs.flatMap(headingExamplesOf), { dim: HEADING_DIM }), threshold: 0 }, "", {});
  return weightsOf(JSON.parse(readFileSync(modelFile, "utf8"))) === weightsOf(decision) && weightsOf(JSON.parse(readFileSync(headingModelFile, "utf8"))) === weightsOf(heading);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  if (process.argv.includes("--check")) {
    if (!modelIsCurrent()) {
      console.error("app/import/model/decision-model.json or heading-model.json is not what training on dev gives: run `npm run import:train` and commit them.");
      process.exit(1);
    }
    console.log("The committed models are what training on dev gives.");
  } else {
    const json = trainFromDev(console.log);
    writeFileSync(modelFile, json);
    console.log(`wrote app/import/model/decision-model.json (${(json.length / 1024).toFixed(0)} KB)`);
    const headings = trainHeadingsFromDev(console.log);
    writeFileSync(headingModelFile, headings);
    console.log(`wrote app/import/model/heading-model.json (${(headings.length / 1024).toFixed(0)} KB)`);
  }
}
