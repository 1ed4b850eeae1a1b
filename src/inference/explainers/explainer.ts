import type * as tfjs from '@tensorflow/tfjs';
import type { InputBatch } from '../instances';
import type { ModelSignature } from '../signature';
import type { ExplanationMethod } from './methods';

/** What an explanation method reads of one request's settings: to count its work and make its request. */
export interface ExplanationWork {
  method: ExplanationMethod;
  steps: number;
  samples: number;
  seed: number;
  patch: number;
}

/**
 * One batch ready for a worker. Tabular: the instances as the model takes them (float32), and the
 * baseline packed the same way. Images: the images, the value a hidden patch is filled with, and
 * whether to draw heatmaps.
 */
export type PreparedBatch =
  | { kind: 'tabular'; input: InputBatch; baseline: Float32Array }
  | { kind: 'image'; input: InputBatch; fill: number; heatmaps: boolean };

/** What a method adds to an instance's explanation beside its attributions. */
export interface ExplanationDetails {
  /** Integrated gradients: |Σ attributions − (f(x) − f(baseline))|. */
  completenessGap?: number;
  steps?: number;
  samples?: number;
  seed?: number;
  patch?: number;
}

/** Attributions of one single-input batch, towards each instance's top class, by one method. */
export type ExplainRequest =
  | { method: ExplanationMethod.INTEGRATED_GRADIENTS; input: InputBatch; baseline: Float32Array; steps: number }
  | { method: ExplanationMethod.GRADIENT_X_INPUT; input: InputBatch; baseline: Float32Array; steps: number }
  | { method: ExplanationMethod.KERNEL_SHAP; input: InputBatch; baseline: Float32Array; samples: number; seed: number }
  | { method: ExplanationMethod.OCCLUSION; input: InputBatch; fill: number; patch: number; heatmaps: boolean };

/** The request of one method. */
export type ExplainRequestOf<M extends ExplanationMethod> = Extract<ExplainRequest, { method: M }>;

/** Attributions of each instance of a batch, towards its top class. */
export interface Attributed {
  targets: number[];
  outputAtInput: number[];
  outputAtBaseline: number[];
  /** Per instance, one attribution per feature (or patch), row-major. */
  attributions: Float32Array;
}

export interface ExplainResult extends Attributed {
  /** KERNEL_SHAP: the coalitions scored per instance. */
  samples?: number;
  /** OCCLUSION: the patch grid, and each instance's heatmap (a PNG data URL) when asked for. */
  grid?: [number, number];
  heatmaps?: string[];
}

/** Scores one batch of one input with the model, in a worker: [rows, …] in, [rows, outputs] out. */
export type Score = (values: Float32Array, shape: number[]) => Promise<{ values: Float32Array; shape: number[] }>;

/** A model loaded in an inference worker, as explanation methods use it. */
export interface WorkerModel {
  tf: typeof tfjs;
  model: tfjs.LayersModel | tfjs.GraphModel;
  /** Forward passes in batches a worker runs well, for methods that only score. */
  score: Score;
  /** Reads tensors' values and disposes of them, read or not. */
  read: (tensors: tfjs.Tensor[]) => Promise<tfjs.TypedArray[]>;
  /**
   * Most rows (of `shape`, without the batch dimension) one forward pass or one gradient may take
   * here: more would need more activation memory than one worker call may use. `score` keeps to it.
   */
  maxRows: (pass: 'forward' | 'gradient', shape: number[]) => number;
}

/** One explanation method: what it explains, what it costs, how a worker computes it, and what it reports. */
export interface Explainer<M extends ExplanationMethod = ExplanationMethod> {
  /** The models it explains: images (one [height, width, channels] input), or tabular features. */
  readonly kind: PreparedBatch['kind'];
  /**
   * Whether its attributions depend on the baseline. One that does not is not refused for a baseline
   * the caller may not read or the data lacks: it is answered from ZERO, which it reports.
   */
  readonly usesBaseline: boolean;
  /** The worker request for a prepared batch of its kind. */
  request(batch: PreparedBatch, work: ExplanationWork): ExplainRequestOf<M>;
  /** What it adds to the explanation of the batch's instance `row`. */
  details(result: ExplainResult, row: number, work: ExplanationWork): ExplanationDetails;
  /** Instance-evaluations one instance costs, as policies/limits.yaml counts them against a request's budget. */
  cost(work: ExplanationWork, signature: ModelSignature): number;
  /** Model evaluations a worker makes per instance: the pool shares a request's instances among workers by it. */
  evaluationsPerInstance(request: ExplainRequestOf<M>): number;
  /** In an inference worker: the attributions of one batch. */
  attribute(on: WorkerModel, request: ExplainRequestOf<M>): Promise<ExplainResult>;
}

/** The baseline of a tabular batch; a tabular method handed images is a bug of its caller's. */
export function tabularBaseline(batch: PreparedBatch): Float32Array {
  if (batch.kind !== 'tabular') throw new TypeError('a tabular explanation method was handed images');
  return batch.baseline;
}
