// A small logistic regression over hashed string features: the learned part of the
// minutes import. Trained by scripts/import-train.ts on the dev corpus; the weights
// ship in a JSON file next to this one (int8, base64), so nothing is downloaded and
// the same text always gives the same answer.
//
// Why hashing: the features are words, word pairs and endings of a few thousand
// sentences; a fixed table of 2^16 weights keeps the file small (≈90 KB) and needs
// no vocabulary. Collisions cost a little accuracy, measured in the training report.

export type LogisticModel = {
  /** Number of weights (a power of two). */
  dim: number;
  bias: number;
  weights: Float32Array;
  /** The probability from which a sentence is taken (chosen by leave-organisation-out). */
  threshold: number;
};

export type StoredModel = {
  about: string;
  dim: number;
  bias: number;
  /** Weights as int8 × scale, base64. */
  scale: number;
  weights: string;
  threshold: number;
  /** What the training printed (examples, leave-organisation-out figures). */
  training: Record<string, unknown>;
};

/** FNV-1a, 32 bits: the feature's slot. */
function slot(feature: string, dim: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < feature.length; i++) {
    hash ^= feature.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) & (dim - 1);
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-Math.max(-30, Math.min(30, z))));

/** The model's probability that the features describe a positive example. */
export function probability(model: LogisticModel, features: string[]): number {
  let z = model.bias;
  for (const f of new Set(features)) z += model.weights[slot(f, model.dim)];
  return sigmoid(z);
}

export type Example = { features: string[]; label: 0 | 1 };

export type TrainOptions = {
  dim?: number;
  epochs?: number;
  /** L2 penalty per update. */
  l2?: number;
  /** Weight of a positive example (positives are rare). */
  positiveWeight?: number;
};

/** A seeded shuffle (mulberry32), so that training gives the same model every time. */
function shuffled<T>(items: T[], seed: number): T[] {
  let state = seed >>> 0;
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** AdaGrad on the log loss: deterministic for the same examples in the same order. */
export function train(examples: Example[], options: TrainOptions = {}): LogisticModel {
  const dim = options.dim ?? 1 << 16;
  const epochs = options.epochs ?? 20;
  const l2 = options.l2 ?? 1e-5;
  const positiveWeight = options.positiveWeight ?? 2;
  const weights = new Float32Array(dim);
  const squares = new Float32Array(dim).fill(1e-8);
  let bias = 0;
  let biasSquare = 1e-8;
  const rate = 0.3;
  const slots = examples.map((e) => [...new Set(e.features.map((f) => slot(f, dim)))]);
  const order = examples.map((_, i) => i);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (const i of shuffled(order, epoch + 1)) {
      const { label } = examples[i];
      let z = bias;
      for (const s of slots[i]) z += weights[s];
      const g = (sigmoid(z) - label) * (label === 1 ? positiveWeight : 1);
      for (const s of slots[i]) {
        const grad = g + l2 * weights[s];
        squares[s] += grad * grad;
        weights[s] -= (rate * grad) / Math.sqrt(squares[s]);
      }
      biasSquare += g * g;
      bias -= (rate * g) / Math.sqrt(biasSquare);
    }
  }
  return { dim, bias, weights, threshold: 0.5 };
}

export function store(model: LogisticModel, about: string, training: Record<string, unknown>): StoredModel {
  let max = 0;
  for (const w of model.weights) max = Math.max(max, Math.abs(w));
  const scale = max / 127 || 1;
  const bytes = new Int8Array(model.dim);
  model.weights.forEach((w, i) => (bytes[i] = Math.round(w / scale)));
  return {
    about,
    dim: model.dim,
    bias: Number(model.bias.toFixed(6)),
    scale: Number(scale.toPrecision(8)),
    weights: Buffer.from(bytes.buffer).toString("base64"),
    threshold: model.threshold,
    training,
  };
}

export function load(stored: StoredModel): LogisticModel {
  const bytes = new Int8Array(Uint8Array.from(atob(stored.weights), (c) => c.charCodeAt(0)).buffer);
  const weights = new Float32Array(stored.dim);
  bytes.forEach((b, i) => (weights[i] = b * stored.scale));
  return { dim: stored.dim, bias: stored.bias, weights, threshold: stored.threshold };
}
