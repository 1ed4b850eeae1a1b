import { GraphQLJSON } from 'graphql-scalars';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { badInput, isRefusal } from '../../errors';
import { briefly } from '../../readable';
import type { Signature } from '../models/model.entity';
import { asModelInputs, packInstances, type InputBatch } from '../../inference/instances';
import type { ModelServer } from '../../inference/model-server';
import { explainerOf, type ExplainResult, type PreparedBatch } from '../../inference/explainers';
import type { TrainedVersion } from '../experiments/training-data';
import { vectorElement, type Baseline } from './baselines';
import {
  BaselineSource,
  ExplanationMethod,
  type ExplanationDefaults,
  type ExplanationSettings,
} from '../explanation-settings';

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
      'Where the baseline came from: ZERO when a training baseline was only a default, or the method does not use it (GRADIENT_X_INPUT), and a statistic of it was missing or hidden from you.',
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

/** A model version as far as explaining goes: its artifact, its signature, and its run (whose training data gives baselines). */
export interface ExplainedVersion extends TrainedVersion {
  signature: Signature;
  artifact: { sha256: string };
}

/** What a prediction keeps so that its explanations can be computed if, and only if, they are selected. */
export interface Explainable {
  /** The version that answered. */
  version: ExplainedVersion;
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
 * inference workers, a share of the instances at a time, behind plain predictions. The method's
 * explainer makes the worker request and says what it adds to each explanation; this prepares
 * the batch (images, or tabular features) and names the attributions.
 */
export async function explain(
  server: ModelServer,
  source: Explainable,
  settings: ExplanationSettings,
  baseline: Baseline,
  heatmaps = true,
): Promise<Explanation[]> {
  const { method } = settings;
  const { signature, artifact } = source.version;
  const explainer = explainerOf(method);
  const image = isImage(signature);
  if ((explainer.kind === 'image') !== image)
    throw badInput('method', 'OCCLUSION explains image models, and image models are explained by OCCLUSION.');
  const [batch, features] = image
    ? [imageBatch(source.inputs[0]!, baseline, heatmaps), undefined]
    : [tabularBatch(source.inputs, signature, baseline), tabularFeatures(signature)];
  // What a worker refuses (a graph model op without a gradient, say) is this model's limit, not the gateway's fault.
  const result = await server.explain(artifact.sha256, explainer.request(batch, settings)).catch((error: unknown) => {
    if (isRefusal(error)) throw error;
    throw badInput('method', `this model cannot be explained by ${method}: ${briefly(error)}`);
  });
  return result.targets.map((target, row) => {
    const attributions = features ? featureAttributions(result, row, features) : patchAttributions(result, row, batch);
    return {
      method,
      target,
      targetLabel: signature.classLabels[target],
      baselineSource: baseline.source,
      baseline: baseline.values,
      outputAtInput: result.outputAtInput[row]!,
      outputAtBaseline: result.outputAtBaseline[row]!,
      ...explainer.details(result, row, settings),
      attributions,
      heatmap: result.heatmaps?.[row],
    };
  });
}

/** An image batch: the images, and the baseline as the number a hidden patch is filled with. */
function imageBatch(input: InputBatch, baseline: Baseline, heatmaps: boolean): PreparedBatch {
  const fill = baseline.values[input.name];
  if (typeof fill !== 'number' || !Number.isFinite(fill))
    throw badInput('baseline', 'for an image, the baseline is the number a hidden patch is filled with.');
  return { kind: 'image', input, fill, heatmaps };
}

/** A tabular batch: the instances as the model takes them, and the baseline packed the same way. */
function tabularBatch(inputs: InputBatch[], signature: Signature, baseline: Baseline): PreparedBatch {
  let packed: Float32Array;
  try {
    packed = asModelInputs(packInstances(signature, [baseline.values], 1))[0]!.values as Float32Array;
  } catch (error) {
    throw badInput('baseline', (error as Error).message.replace(/^instances\[0\]\.?/, 'feature '));
  }
  return { kind: 'tabular', input: asModelInputs(inputs)[0]!, baseline: packed };
}

function featureAttributions(result: ExplainResult, row: number, features: AttributedFeature[]): FeatureAttribution[] {
  return features.map((feature, i) => ({
    ...feature,
    value: result.attributions[row * features.length + i]!,
    redacted: false,
  }));
}

/** One attribution per patch of the grid, named patch[row,col]. */
function patchAttributions(result: ExplainResult, row: number, batch: PreparedBatch): FeatureAttribution[] {
  const [rows, cols] = result.grid!;
  return Array.from({ length: rows * cols }, (_, p) => ({
    feature: `patch[${Math.floor(p / cols)},${p % cols}]`,
    input: batch.input.name,
    value: result.attributions[row * rows * cols + p]!,
    redacted: false,
  }));
}
