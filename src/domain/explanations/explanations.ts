import { GraphQLError } from 'graphql';
import { GraphQLJSON } from 'graphql-scalars';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { badInput, briefly } from '../../errors';
import type { Signature } from '../models/model.entity';
import { asModelInputs, packInstances, type InputBatch } from '../../inference/instances';
import type { ModelServer } from '../../inference/model-server';
import type { ExplainRequest, ExplainResult } from '../../inference/explainers';
import type { ServedVersion } from '../predictions/routing-table';
import { vectorElement, type Baseline } from './baselines';
import { BaselineSource, ExplanationMethod, type ExplanationDefaults, type ExplanationSettings } from './settings';

@ObjectType({ description: "One feature's share of the explained output." })
export class FeatureAttribution {
  @Field({
    description: 'The feature: an input name, a vector element as name.index, or an image patch as patch[row,col].',
  })
  feature!: string;
  @Field(() => Float, { nullable: true, description: 'Null when redacted.' }) value!: number | null;
  @Field({
    description: 'The feature holds personal or sensitive data your roles may not see, so its share is withheld.',
  })
  redacted!: boolean;
  /** The signature input the feature belongs to: redaction goes by input. */
  input!: string;
}

@ObjectType({ description: "Why the model answered one instance as it did: each feature's share of the output." })
export class Explanation {
  @Field(() => ExplanationMethod, { description: 'The method used.' }) method!: ExplanationMethod;
  @Field(() => Int, {
    description: 'The explained output: the index of the predicted class (0 for a single-output regressor).',
  })
  target!: number;
  @Field(() => String, { nullable: true, description: "The class label of target, from the signature's classLabels." })
  targetLabel?: string;
  @Field(() => BaselineSource, {
    description:
      'Where the baseline came from: ZERO when a training baseline was only a default and a statistic of it was missing or hidden from you.',
  })
  baselineSource!: BaselineSource;
  @Field(() => GraphQLJSON, {
    description:
      'The baseline the attributions are measured from, per input (a list for a feature vector); values you may not see are null.',
  })
  baseline!: Record<string, unknown>;
  @Field(() => Float, { description: 'The explained output at the instance.' }) outputAtInput!: number;
  @Field(() => Float, { description: 'The explained output at the baseline.' }) outputAtBaseline!: number;
  @Field(() => Float, { nullable: true, description: 'Integrated gradients: |Σ attributions − (f(x) − f(baseline))|.' })
  completenessGap?: number;
  @Field(() => Int, {
    nullable: true,
    description: "Integrated gradients: the interpolation steps used, after your roles' cap.",
  })
  steps?: number;
  @Field(() => Int, {
    nullable: true,
    description: 'KernelSHAP: coalitions scored (all of them when there are few features).',
  })
  samples?: number;
  @Field(() => Int, {
    nullable: true,
    description: 'KernelSHAP: the seed of its sampling; the same request gives the same attributions.',
  })
  seed?: number;
  @Field(() => Int, {
    nullable: true,
    description: 'OCCLUSION: the side of the square patches hidden in turn, in pixels.',
  })
  patch?: number;
  @Field(() => [FeatureAttribution], {
    description: 'One per feature; for images, one per patch, named patch[row,col].',
  })
  attributions!: FeatureAttribution[];
  @Field(() => String, {
    nullable: true,
    description: 'Images: the attribution map over the input, as a PNG data URL.',
  })
  heatmap?: string;
}

/** A feature that gets an attribution, and the signature input it belongs to. */
type AttributedFeature = Pick<FeatureAttribution, 'feature' | 'input'>;

/** What a prediction keeps so that its explanations can be computed if, and only if, they are selected. */
export interface Explainable {
  /** The version that answered, with its artifact, signature and run. */
  version: ServedVersion;
  inputs: InputBatch[];
  /** The deployment's explanation defaults. */
  defaults: ExplanationDefaults;
}

/** Is this signature an image model's: one input of shape [height, width, channels]? */
export function isImage(signature: Signature): boolean {
  return signature.inputs.length === 1 && signature.inputs[0]!.shape.length >= 2;
}

/**
 * The features of a tabular model that get attributions: named scalar inputs, or the elements of
 * one feature vector (named input.0, input.1, …). Other shapes have no per-feature reading.
 */
export function tabularFeatures(signature: Signature): AttributedFeature[] {
  const { inputs } = signature;
  if (inputs.every((input) => input.shape.length === 0))
    return inputs.map(({ name }) => ({ feature: name, input: name }));
  if (inputs.length === 1 && inputs[0]!.shape.length === 1) {
    const { name, shape } = inputs[0]!;
    return Array.from({ length: shape[0]! }, (_, i) => ({ feature: vectorElement(name, i), input: name }));
  }
  const described = inputs.map((input) => `${input.name} [${input.shape.join(', ')}]`).join(', ');
  throw badInput(
    'method',
    `attributions need named scalar features, one feature vector or one image; this model takes ${described}.`,
  );
}

/**
 * Attributions for every instance of a prediction, by the settled method, from the resolved
 * baseline. All of the work, model evaluations and the arithmetic after them, runs in the
 * inference workers, a share of the instances at a time, behind plain predictions.
 */
export async function explain(
  server: ModelServer,
  source: Explainable,
  settings: ExplanationSettings,
  baseline: Baseline,
  heatmaps = true,
): Promise<Explanation[]> {
  const { method, steps, samples, seed, patch } = settings;
  const { signature, artifact } = source.version;
  // What a worker refuses (a graph model op without a gradient, say) is this model's limit, not the gateway's fault.
  const attribute = (request: ExplainRequest) =>
    server.explain(artifact.sha256, request).catch((error: unknown) => {
      if (error instanceof GraphQLError) throw error;
      throw badInput('method', `this model cannot be explained by ${method}: ${briefly(error)}`);
    });
  const image = isImage(signature);
  const common = (result: ExplainResult, row: number) => ({
    method,
    target: result.targets[row]!,
    targetLabel: signature.classLabels[result.targets[row]!],
    baselineSource: baseline.source,
    baseline: baseline.values,
    outputAtInput: result.outputAtInput[row]!,
    outputAtBaseline: result.outputAtBaseline[row]!,
  });
  if (method === ExplanationMethod.OCCLUSION || image) {
    if (!image || method !== ExplanationMethod.OCCLUSION)
      throw badInput('method', 'OCCLUSION explains image models, and image models are explained by OCCLUSION.');
    const input = source.inputs[0]!;
    const fill = baseline.values[input.name];
    if (typeof fill !== 'number' || !Number.isFinite(fill))
      throw badInput('baseline', 'for an image, the baseline is the number a hidden patch is filled with.');
    const result = await attribute({
      method,
      input: { ...input, values: Float32Array.from(input.values) },
      patch,
      fill,
      heatmaps,
    });
    const [rows, cols] = result.grid!;
    return result.targets.map((_, i) => ({
      ...common(result, i),
      patch,
      attributions: Array.from({ length: rows * cols }, (__, p) => ({
        feature: `patch[${Math.floor(p / cols)},${p % cols}]`,
        input: input.name,
        value: result.attributions[i * rows * cols + p]!,
        redacted: false,
      })),
      heatmap: result.heatmaps?.[i],
    }));
  }
  const features = tabularFeatures(signature);
  let baselineValues: Float32Array;
  try {
    baselineValues = asModelInputs(packInstances(signature, [baseline.values], 1))[0]!.values as Float32Array;
  } catch (error) {
    throw badInput('baseline', (error as Error).message.replace(/^instances\[0\]\.?/, 'feature '));
  }
  const [input] = asModelInputs(source.inputs);
  const attributed = (result: ExplainResult, row: number) =>
    features.map((feature, i) => ({
      ...feature,
      value: result.attributions[row * features.length + i]!,
      redacted: false,
    }));
  if (method === ExplanationMethod.KERNEL_SHAP) {
    const result = await attribute({ method, input: input!, baseline: baselineValues, samples, seed });
    return result.targets.map((_, row) => ({
      ...common(result, row),
      samples: result.samples,
      seed,
      attributions: attributed(result, row),
    }));
  }
  const result = await attribute({
    method,
    input: input!,
    baseline: baselineValues,
    steps: method === ExplanationMethod.GRADIENT_X_INPUT ? 1 : steps,
  });
  return result.targets.map((_, row) => {
    const attributions = attributed(result, row);
    const sum = attributions.reduce((total, attribution) => total + attribution.value, 0);
    const integrated = method === ExplanationMethod.INTEGRATED_GRADIENTS;
    return {
      ...common(result, row),
      completenessGap: integrated
        ? Math.abs(sum - (result.outputAtInput[row]! - result.outputAtBaseline[row]!))
        : undefined,
      steps: integrated ? steps : undefined,
      attributions,
    };
  });
}
