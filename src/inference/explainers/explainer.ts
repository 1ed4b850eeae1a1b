import type * as tfjs from '@tensorflow/tfjs';
import type { InputBatch } from '../instances';
import type { ModelSignature } from '../signature';
import type { ExplanationMethod } from './methods';

/** What an explanation method needs to know of one request's settings to count its work. */
export interface ExplanationWork {
  method: ExplanationMethod;
  steps: number;
  samples: number;
  patch: number;
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
}

/** One explanation method: what it costs, and how a worker computes it. */
export interface Explainer<M extends ExplanationMethod = ExplanationMethod> {
  /** Instance-evaluations one instance costs, as policies/limits.yaml counts them against a request's budget. */
  cost(work: ExplanationWork, signature: ModelSignature): number;
  /** Model evaluations a worker makes per instance: the pool shares a request's instances among workers by it. */
  evaluationsPerInstance(request: ExplainRequestOf<M>): number;
  /** In an inference worker: the attributions of one batch. */
  attribute(on: WorkerModel, request: ExplainRequestOf<M>): Promise<ExplainResult>;
}
