import { GraphQLJSON } from 'graphql-scalars';
import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { badInput } from '../errors';
import type { Signature } from '../graph/models/model.entity';
import { asModelInputs, packInstances, type InputBatch } from '../serving/instances';
import type { ModelServer } from '../serving/model-server';
import { planCoalitions, solveShapley } from './kernel-shap';
import { heatmapPng, occlude } from './occlusion';

export enum ExplanationMethod {
  INTEGRATED_GRADIENTS = 'INTEGRATED_GRADIENTS',
  GRADIENT_X_INPUT = 'GRADIENT_X_INPUT',
  KERNEL_SHAP = 'KERNEL_SHAP',
  OCCLUSION = 'OCCLUSION',
}
registerEnumType(ExplanationMethod, { name: 'ExplanationMethod' });

export const MAX_STEPS = 256;
export const MAX_SAMPLES = 4096;

@ObjectType()
export class FeatureAttribution {
  @Field() feature!: string;
  @Field(() => Float) value!: number;
}

@ObjectType({ description: "Why the model answered one instance as it did: each feature's share of the output." })
export class Explanation {
  @Field(() => ExplanationMethod) method!: ExplanationMethod;
  @Field(() => Int, { description: 'The explained output: the index of the predicted class.' }) target!: number;
  @Field(() => String, { nullable: true }) targetLabel?: string;
  @Field(() => GraphQLJSON, { description: 'The baseline the attributions are measured from.' }) baseline!: Record<string, number>;
  @Field(() => Float) outputAtInput!: number;
  @Field(() => Float) outputAtBaseline!: number;
  @Field(() => Float, { nullable: true, description: 'Integrated gradients: |Σ attributions − (f(x) − f(baseline))|.' }) completenessGap?: number;
  @Field(() => Int, { nullable: true }) steps?: number;
  @Field(() => Int, { nullable: true, description: 'KernelSHAP: coalitions scored (all of them when there are few features).' }) samples?: number;
  @Field(() => Int, { nullable: true, description: 'KernelSHAP: the seed of its sampling; the same request gives the same attributions.' }) seed?: number;
  @Field(() => [FeatureAttribution], { description: 'One per feature; for images, one per patch, named patch[row,col].' }) attributions!: FeatureAttribution[];
  @Field(() => String, { nullable: true, description: 'Images: the attribution map over the input, as a PNG data URL.' }) heatmap?: string;
}

/** What a prediction keeps so that its explanations can be computed if, and only if, they are selected. */
export interface Explainable {
  server: ModelServer;
  sha256: string;
  signature: Signature;
  inputs: InputBatch[];
}

/** Attributions for every instance of a prediction, tabular models only for now. */
export interface ExplainOptions {
  method: ExplanationMethod;
  patch: number;
  steps: number;
  samples: number;
  seed: number;
  baseline: unknown;
}

/** The caller's arguments, in range; checked before any role's caps cut them down. */
export function checkExplanationArgs(options: ExplainOptions): void {
  if (!Number.isInteger(options.steps) || options.steps < 1 || options.steps > MAX_STEPS) throw badInput('steps', `must be between 1 and ${MAX_STEPS}, got ${options.steps}.`);
  if (!Number.isInteger(options.samples) || options.samples < 1 || options.samples > MAX_SAMPLES) {
    throw badInput('samples', `must be between 1 and ${MAX_SAMPLES}, got ${options.samples}.`);
  }
}

export async function explain(source: Explainable, options: ExplainOptions): Promise<Explanation[]> {
  const { method, steps, samples, seed } = options;
  const baselineInput = options.baseline;
  const { signature } = source;
  const image = signature.inputs.length === 1 && signature.inputs[0]!.shape.length >= 2;
  if (method === ExplanationMethod.OCCLUSION || image) {
    if (!image || method !== ExplanationMethod.OCCLUSION) throw badInput('method', 'OCCLUSION explains image models, and image models are explained by OCCLUSION.');
    const fill = baselineInput === undefined || baselineInput === null ? 0 : Number(baselineInput);
    if (!Number.isFinite(fill)) throw badInput('baseline', 'for an image, the baseline is the number a hidden patch is filled with.');
    const input = source.inputs[0]!;
    const results = await occlude(source.server, source.sha256, input, options.patch, fill);
    const size = input.shape.slice(1).reduce((a, b) => a * b, 1);
    return results.map((result, i) => ({
      method,
      target: result.target,
      targetLabel: signature.classLabels[result.target],
      baseline: { fill },
      outputAtInput: result.outputAtInput,
      outputAtBaseline: result.outputAtBaseline,
      attributions: result.patches.map((value, p) => ({ feature: `patch[${Math.floor(p / result.grid[1])},${p % result.grid[1]}]`, value })),
      heatmap: heatmapPng(input.values.subarray(i * size, (i + 1) * size), input.shape.slice(1), result, options.patch),
    }));
  }
  const names = signature.inputs.map((input) => input.name);
  const baseline = (baselineInput ?? Object.fromEntries(names.map((name) => [name, 0]))) as Record<string, number>;
  let baselineValues: Float32Array;
  try {
    baselineValues = asModelInputs(packInstances(signature, [baseline], 1))[0]!.values as Float32Array;
  } catch (error) {
    throw badInput('baseline', (error as Error).message.replace(/^instances\[0\]\.?/, 'feature '));
  }
  const [input] = asModelInputs(source.inputs);
  if (method === ExplanationMethod.KERNEL_SHAP) {
    return kernelShap(source, input!, baselineValues, baseline, names, samples, seed);
  }
  const result = await source.server.explain(source.sha256, { method, input: input!, baseline: baselineValues, steps: method === ExplanationMethod.GRADIENT_X_INPUT ? 1 : steps });
  return result.targets.map((target, row) => {
    const attributions = names.map((feature, i) => ({ feature, value: result.attributions[row * names.length + i]! }));
    const sum = attributions.reduce((total, attribution) => total + attribution.value, 0);
    const integrated = method === ExplanationMethod.INTEGRATED_GRADIENTS;
    return {
      method,
      target,
      targetLabel: signature.classLabels[target],
      baseline,
      outputAtInput: result.outputAtInput[row]!,
      outputAtBaseline: result.outputAtBaseline[row]!,
      completenessGap: integrated ? Math.abs(sum - (result.outputAtInput[row]! - result.outputAtBaseline[row]!)) : undefined,
      steps: integrated ? steps : undefined,
      attributions,
    };
  });
}

async function kernelShap(source: Explainable, input: InputBatch, baselineValues: Float32Array, baseline: Record<string, number>, names: string[], samples: number, seed: number): Promise<Explanation[]> {
  const [count, k] = input.shape as [number, number];
  const plan = planCoalitions(k, samples, seed);
  const c = plan.coalitions.length;
  // The instances and the baseline, then every coalition of every instance: two batches in all.
  const ends = new Float32Array((count + 1) * k);
  ends.set(input.values);
  ends.set(baselineValues, count * k);
  const [scored] = await source.server.evaluate(source.sha256, [{ ...input, shape: [count + 1, k], values: ends }]);
  const width = scored!.shape[1]!;
  const masked = new Float32Array(count * c * k);
  for (let i = 0; i < count; i += 1) {
    plan.coalitions.forEach((z, row) => {
      for (let f = 0; f < k; f += 1) masked[(i * c + row) * k + f] = z[f] ? input.values[i * k + f]! : baselineValues[f]!;
    });
  }
  const [coalitionScores] = await source.server.evaluate(source.sha256, [{ ...input, shape: [count * c, k], values: masked }]);
  return Array.from({ length: count }, (_, i) => {
    const row = [...scored!.values.subarray(i * width, (i + 1) * width)];
    const target = row.indexOf(Math.max(...row));
    const fx = row[target]!;
    const fb = scored!.values[count * width + target]!;
    const outputs = plan.coalitions.map((_, j) => coalitionScores!.values[(i * c + j) * width + target]!);
    const phi = solveShapley(plan, outputs, fx, fb);
    return {
      method: ExplanationMethod.KERNEL_SHAP,
      target,
      targetLabel: source.signature.classLabels[target],
      baseline,
      outputAtInput: fx,
      outputAtBaseline: fb,
      samples: c,
      seed,
      attributions: names.map((feature, f) => ({ feature, value: phi[f]! })),
    };
  });
}
