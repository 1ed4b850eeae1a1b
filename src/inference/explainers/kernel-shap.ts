import { random } from '../../random';
import { ExplanationMethod } from './methods';
import { tabularBaseline, type Attributed, type Explainer, type Score } from './explainer';
import { elementsOf } from '../shapes';

/** The class each row of scores picks, and its output there. */
export function topClass(scores: Float32Array, width: number, row: number): { target: number; output: number } {
  let target = 0;
  for (let j = 1; j < width; j += 1) if (scores[row * width + j]! > scores[row * width + target]!) target = j;
  return { target, output: scores[row * width + target]! };
}

/**
 * KernelSHAP of every instance of a [count, k] input against one baseline: the instances, the
 * baseline and every coalition of every instance scored in two batches, then one small weighted
 * regression per instance. Runs in an inference worker, off the event loop.
 */
export async function kernelShap(
  score: Score,
  input: { values: Float32Array; shape: number[] },
  baseline: Float32Array,
  samples: number,
  seed: number,
): Promise<Attributed & { samples: number }> {
  const [count, k] = input.shape as [number, number];
  const plan = planCoalitions(k, samples, seed);
  const c = plan.coalitions.length;
  const ends = new Float32Array((count + 1) * k);
  ends.set(input.values);
  ends.set(baseline, count * k);
  const scored = await score(ends, [count + 1, k]);
  const width = scored.shape[1]!;
  const masked = new Float32Array(count * c * k);
  for (let i = 0; i < count; i += 1) {
    plan.coalitions.forEach((z, row) => {
      for (let f = 0; f < k; f += 1) masked[(i * c + row) * k + f] = z[f] ? input.values[i * k + f]! : baseline[f]!;
    });
  }
  const coalitionScores = await score(masked, [count * c, k]);
  const result = {
    targets: [] as number[],
    outputAtInput: [] as number[],
    outputAtBaseline: [] as number[],
    attributions: new Float32Array(count * k),
    samples: c,
  };
  for (let i = 0; i < count; i += 1) {
    const { target, output: fx } = topClass(scored.values, width, i);
    const fb = scored.values[count * width + target]!;
    const outputs = plan.coalitions.map((_, j) => coalitionScores.values[(i * c + j) * width + target]!);
    result.attributions.set(solveShapley(plan, outputs, fx, fb), i * k);
    result.targets.push(target);
    result.outputAtInput.push(fx);
    result.outputAtBaseline.push(fb);
  }
  return result;
}

/**
 * KernelSHAP against one baseline: coalitions of features (present = the input's value, absent =
 * the baseline's) are scored by the model as one batch, and a weighted linear regression whose
 * coefficients add up to f(x) − f(baseline) gives each feature its share. With few features every
 * coalition is enumerated (exact Shapley values); with more, `samples` coalitions are drawn from
 * the Shapley kernel with a seeded generator, so the same request gives the same answer.
 */
export interface KernelShapPlan {
  /** One row per coalition: 1 = the feature takes the input's value. */
  coalitions: number[][];
  /** Regression weight of each coalition. */
  weights: number[];
}

export function planCoalitions(features: number, samples: number, seed: number): KernelShapPlan {
  const all = 2 ** features - 2;
  if (features <= 16 && all <= samples) {
    const coalitions: number[][] = [];
    const weights: number[] = [];
    for (let mask = 1; mask <= all; mask += 1) {
      const row = Array.from({ length: features }, (_, i) => (mask >> i) & 1);
      const size = row.reduce((a, b) => a + b, 0);
      coalitions.push(row);
      weights.push((features - 1) / (binomial(features, size) * size * (features - size)));
    }
    return { coalitions, weights };
  }
  // Draw coalition sizes from the Shapley kernel, then members uniformly: each drawn row weighs the same.
  const rand = random(seed);
  const sizeWeights = Array.from({ length: features - 1 }, (_, s) => (features - 1) / ((s + 1) * (features - s - 1)));
  const total = sizeWeights.reduce((a, b) => a + b, 0);
  const coalitions = Array.from({ length: samples }, () => {
    let pick = rand() * total;
    let size = 1;
    while (pick > sizeWeights[size - 1]! && size < features - 1) pick -= sizeWeights[size++ - 1]!;
    // Fisher–Yates: the first `size` of a uniform shuffle are the members.
    const order = Array.from({ length: features }, (_, i) => i);
    for (let i = features - 1; i > 0; i -= 1) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    const row = new Array<number>(features).fill(0);
    for (const i of order.slice(0, size)) row[i] = 1;
    return row;
  });
  return { coalitions, weights: coalitions.map(() => 1) };
}

/**
 * Solves for attributions φ with Σφ = fx − fb: the last feature is eliminated (φ_k = Δ − Σ φ_i),
 * and the rest come from weighted least squares on the coalitions' outputs.
 */
export function solveShapley(plan: KernelShapPlan, outputs: number[], fx: number, fb: number): number[] {
  const k = plan.coalitions[0]!.length;
  const delta = fx - fb;
  if (k === 1) return [delta];
  const n = k - 1;
  const ata = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  const aty = new Array<number>(n).fill(0);
  plan.coalitions.forEach((z, row) => {
    const w = plan.weights[row]!;
    const a = z.slice(0, n).map((zi) => zi - z[n]!);
    const y = outputs[row]! - fb - z[n]! * delta;
    for (let i = 0; i < n; i += 1) {
      aty[i]! += w * a[i]! * y;
      for (let j = 0; j < n; j += 1) ata[i]![j]! += w * a[i]! * a[j]!;
    }
  });
  // A touch of ridge keeps the system solvable when a sample misses some feature.
  for (let i = 0; i < n; i += 1) ata[i]![i]! += 1e-9;
  const phi = gaussianSolve(ata, aty);
  return [...phi, delta - phi.reduce((a, b) => a + b, 0)];
}

function gaussianSolve(matrix: number[][], vector: number[]): number[] {
  const n = vector.length;
  const m = matrix.map((row, i) => [...row, vector[i]!]);
  for (let col = 0; col < n; col += 1) {
    let pivot = col;
    for (let row = col + 1; row < n; row += 1) if (Math.abs(m[row]![col]!) > Math.abs(m[pivot]![col]!)) pivot = row;
    [m[col], m[pivot]] = [m[pivot]!, m[col]!];
    for (let row = 0; row < n; row += 1) {
      if (row === col) continue;
      const factor = m[row]![col]! / m[col]![col]!;
      for (let c = col; c <= n; c += 1) m[row]![c]! -= factor * m[col]![c]!;
    }
  }
  return m.map((row, i) => row[n]! / row[i]!);
}

function binomial(n: number, k: number): number {
  let result = 1;
  for (let i = 1; i <= k; i += 1) result = (result * (n - k + i)) / i;
  return result;
}

/** Coalitions × features²: its regression grows with the square of the features. */
export const kernelShapExplainer: Explainer<ExplanationMethod.KERNEL_SHAP> = {
  kind: 'tabular',
  usesBaseline: true,
  request: (batch, work) => ({
    method: ExplanationMethod.KERNEL_SHAP,
    input: batch.input,
    baseline: tabularBaseline(batch),
    samples: work.samples,
    seed: work.seed,
  }),
  details: (result, _row, work) => ({ samples: result.samples, seed: work.seed }),
  cost: (work, signature) => {
    const features = signature.inputs.reduce((sum, input) => sum + elementsOf(input.shape), 0);
    return work.samples * features * features;
  },
  evaluationsPerInstance: (request) => Math.min(request.samples, 2 ** Math.min(30, request.input.shape[1]!) - 2) + 1,
  attribute: (on, request) =>
    kernelShap(
      on.score,
      request.input as { values: Float32Array; shape: number[] },
      request.baseline,
      request.samples,
      request.seed,
    ),
};
