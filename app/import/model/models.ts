// The learned reading the import ships with, trained by `npm run import:train`
// (scripts/import-train.ts) on the dev corpus and read once.
import decisionStored from "./decision-model.json";
import { load, type LogisticModel, type StoredModel } from "./logistic";

export type ImportModels = {
  /** Is this sentence (or the item's title) what the meeting decided? */
  decision: LogisticModel;
};

let committed: ImportModels | null = null;

export function importModels(): ImportModels {
  committed ??= { decision: load(decisionStored as StoredModel) };
  return committed;
}
