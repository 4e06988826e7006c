// The learned reading the import ships with, trained by `npm run import:train`
// (scripts/import-train.ts) on the dev corpus and read once.
import decisionStored from "./decision-model.json";
import headingStored from "./heading-model.json";
import { load, type LogisticModel, type StoredModel } from "./logistic";

export type ImportModels = {
  /** Is this sentence (or the item's title) what the meeting decided? */
  decision?: LogisticModel;
  /** Does this line head an item (where the rules found no structure)? */
  heading?: LogisticModel;
};

let committed: ImportModels | null = null;

export function importModels(): ImportModels {
  committed ??= { decision: load(decisionStored as StoredModel), heading: load(headingStored as StoredModel) };
  return committed;
}
