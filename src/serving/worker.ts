/**
 * An inference worker thread: holds replicas of the loaded models and runs batches on them,
 * off the gateway's event loop. Every tensor lives inside tf.tidy, or is disposed once read, so
 * none outlives a request, failed ones included.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type * as tfjs from '@tensorflow/tfjs';
import { loadBackend, type BackendInfo, type BackendName } from './backend';
import { kernelShap, type Attributed, type Score } from '../explain/kernel-shap';
import { occlude } from '../explain/occlusion';
import type { TensorDtype } from './signature';
import type { InputBatch, OutputBatch } from './instances';
import { ExplanationMethod } from '../explain/methods';

export type WorkerRequest =
  | { id: number; type: 'load'; key: string; files: [string, Uint8Array][] }
  | { id: number; type: 'unload'; key: string }
  | { id: number; type: 'predict'; key: string; inputs: InputBatch[] }
  | { id: number; type: 'describe'; key: string }
  | ({ id: number; type: 'explain'; key: string } & ExplainRequest)
  | { id: number; type: 'memory' };

/** Attributions of one single-input batch, towards each instance's top class, by one method. */
export type ExplainRequest =
  | {
      method: ExplanationMethod.INTEGRATED_GRADIENTS | ExplanationMethod.GRADIENT_X_INPUT;
      input: InputBatch;
      baseline: Float32Array;
      steps: number;
    }
  | { method: ExplanationMethod.KERNEL_SHAP; input: InputBatch; baseline: Float32Array; samples: number; seed: number }
  | { method: ExplanationMethod.OCCLUSION; input: InputBatch; fill: number; patch: number; heatmaps: boolean };

export interface ExplainResult extends Attributed {
  /** KERNEL_SHAP: the coalitions scored per instance. */
  samples?: number;
  /** OCCLUSION: the patch grid, and each instance's heatmap (a PNG data URL) when asked for. */
  grid?: [number, number];
  heatmaps?: string[];
}

/** A loaded model's own inputs and outputs: dtype, and shape with the batch dimension (null where any size goes). */
export interface ModelTensors {
  inputs: { dtype: string; shape: (number | null)[] }[];
  outputs: { dtype: string; shape: (number | null)[] }[];
}

type Answer = { outputs?: OutputBatch[]; explanation?: ExplainResult; numTensors?: number; tensors?: ModelTensors };

export type WorkerReply =
  ({ id: number; ok: true; backend?: BackendInfo } & Answer) | { id: number; ok: false; error: string };

async function main(): Promise<void> {
  const { tf, ...backend } = await loadBackend(workerData?.backend as BackendName | undefined);
  const models = new Map<string, tfjs.LayersModel | tfjs.GraphModel>();
  parentPort!.postMessage({ id: 0, ok: true, backend } satisfies WorkerReply);

  parentPort!.on('message', async (request: WorkerRequest) => {
    try {
      parentPort!.postMessage({ id: request.id, ok: true, ...(await handle(request)) } satisfies WorkerReply);
    } catch (error) {
      parentPort!.postMessage({ id: request.id, ok: false, error: (error as Error).message } satisfies WorkerReply);
    }
  });

  async function handle(request: WorkerRequest): Promise<Answer> {
    switch (request.type) {
      case 'load': {
        if (!models.has(request.key)) models.set(request.key, await load(tf, new Map(request.files)));
        return {};
      }
      case 'unload': {
        models.get(request.key)?.dispose();
        models.delete(request.key);
        return {};
      }
      case 'memory':
        return { numTensors: tf.memory().numTensors };
      case 'predict': {
        const model = models.get(request.key);
        if (!model) throw new Error(`model ${request.key} is not loaded in this worker`);
        return { outputs: await predict(tf, model, request.inputs) };
      }
      case 'describe': {
        const model = models.get(request.key);
        if (!model) throw new Error(`model ${request.key} is not loaded in this worker`);
        const describe = (tensors: { dtype: string; shape?: (number | null)[] }[]) =>
          tensors.map(({ dtype, shape }) => ({ dtype, shape: shape ?? [] }));
        return { tensors: { inputs: describe(model.inputs), outputs: describe(model.outputs) } };
      }
      case 'explain': {
        const model = models.get(request.key);
        if (!model) throw new Error(`model ${request.key} is not loaded in this worker`);
        const score: Score = (values, shape) => scoreInBatches(tf, model, values, shape);
        const { input } = request;
        if (request.method === ExplanationMethod.KERNEL_SHAP)
          return {
            explanation: await kernelShap(
              score,
              input as { values: Float32Array; shape: number[] },
              request.baseline,
              request.samples,
              request.seed,
            ),
          };
        if (request.method === ExplanationMethod.OCCLUSION)
          return {
            explanation: await occlude(
              score,
              input as { values: Float32Array; shape: number[] },
              request.patch,
              request.fill,
              request.heatmaps,
            ),
          };
        return { explanation: await gradients(tf, model, request) };
      }
    }
  }
}

async function load(tf: typeof tfjs, files: Map<string, Uint8Array>): Promise<tfjs.LayersModel | tfjs.GraphModel> {
  const modelJson = JSON.parse(Buffer.from(files.get('model.json')!).toString('utf8'));
  const weightSpecs = modelJson.weightsManifest.flatMap((group: { weights: unknown[] }) => group.weights);
  const shards = modelJson.weightsManifest
    .flatMap((group: { paths: string[] }) => group.paths)
    .map((name: string) => files.get(name)!);
  const weightData = Buffer.concat(shards);
  const handler = tf.io.fromMemory({
    modelTopology: modelJson.modelTopology,
    weightSpecs,
    weightData: weightData.buffer.slice(weightData.byteOffset, weightData.byteOffset + weightData.length),
  });
  const model =
    modelJson.format === 'graph-model' ? await tf.loadGraphModel(handler) : await tf.loadLayersModel(handler);
  // Warm up: the first call compiles kernels (shaders, on a GPU); do it, read back, before the model takes traffic.
  const warmUp = tf.tidy(() => {
    const inputs = model.inputs.map((input) =>
      tf.zeros([1, ...(input.shape ?? []).slice(1).map((d) => d ?? 1)], input.dtype as tfjs.DataType),
    );
    return model.predict(inputs.length === 1 ? inputs[0]! : inputs) as tfjs.Tensor | tfjs.Tensor[];
  });
  await readAndDispose(tf, [warmUp].flat());
  return model;
}

async function predict(
  tf: typeof tfjs,
  model: tfjs.LayersModel | tfjs.GraphModel,
  inputs: InputBatch[],
): Promise<OutputBatch[]> {
  const outputs = tf.tidy(() => {
    const tensors = inputs.map((input) =>
      tf.tensor(input.values, input.shape, input.dtype === 'INT32' ? 'int32' : 'float32'),
    );
    const result = model.predict(tensors.length === 1 ? tensors[0]! : tensors) as tfjs.Tensor | tfjs.Tensor[];
    return Array.isArray(result) ? result : [result];
  });
  const data = await readAndDispose(tf, outputs);
  // Every output as float32, whatever the model's dtype (an int32 argmax, say): what callers are told they get.
  return outputs.map((output, index) => ({
    name: model.outputs[index]?.name ?? `output_${index}`,
    shape: output.shape,
    values: data[index] instanceof Float32Array ? data[index] : Float32Array.from(data[index]!),
  }));
}

/** The tensors' values, read with await data() (dataSync() throws on webgpu in Node); the tensors are disposed, read or not. */
async function readAndDispose(tf: typeof tfjs, tensors: tfjs.Tensor[]): Promise<tfjs.TypedArray[]> {
  try {
    return await Promise.all(tensors.map((tensor) => tensor.data()));
  } finally {
    tf.dispose(tensors);
  }
}

/** Rows an explanation scores per model call: far larger batches run slower per row on the wasm backend. */
const SCORE_BATCH = 256;

/** Scores `values` ([rows, …shape]) SCORE_BATCH rows at a time; the outputs of the first output, in row order. */
async function scoreInBatches(
  tf: typeof tfjs,
  model: tfjs.LayersModel | tfjs.GraphModel,
  values: Float32Array,
  shape: number[],
): Promise<{ values: Float32Array; shape: number[] }> {
  const [rows, ...rest] = shape as [number, ...number[]];
  const size = rest.reduce((a, b) => a * b, 1);
  let out: Float32Array | undefined;
  let width = 0;
  for (let from = 0; from < rows; from += SCORE_BATCH) {
    const count = Math.min(SCORE_BATCH, rows - from);
    const [scores] = await predict(tf, model, [
      {
        name: 'input',
        dtype: 'FLOAT32' as TensorDtype,
        shape: [count, ...rest],
        values: values.subarray(from * size, (from + count) * size),
      },
    ]);
    width = scores!.shape[1] ?? 1;
    out ??= new Float32Array(rows * width);
    out.set(scores!.values, from * width);
  }
  return { values: out!, shape: [rows, width] };
}

/**
 * Gradient attributions with TensorFlow.js autodiff, as one large batch: integrated gradients
 * evaluate all interpolation steps of all instances in a single forward and backward pass. The
 * explained class stays a tensor until the end, so nothing is read back between the passes.
 */
async function gradients(
  tf: typeof tfjs,
  model: tfjs.LayersModel | tfjs.GraphModel,
  request: Extract<ExplainRequest, { steps: number }>,
): Promise<ExplainResult> {
  const results = tf.tidy(() => {
    const { input, baseline, steps } = request;
    const [count, ...shape] = input.shape as [number, ...number[]];
    const run = (t: tfjs.Tensor) =>
      'apply' in model ? (model.apply(t) as tfjs.Tensor) : (model.predict(t) as tfjs.Tensor);
    const x = tf.tensor(input.values, input.shape, 'float32');
    const base = tf.tensor(baseline, [1, ...shape], 'float32');
    const atInput = run(x) as tfjs.Tensor2D;
    const atBaseline = run(base) as tfjs.Tensor2D;
    const classes = atInput.shape[1];
    const targets = atInput.argMax(1);
    // Each instance's explained output; a single-output model (a regressor) has only the one.
    const perInstance =
      classes === 1 ? tf.ones([count, 1]) : tf.oneHot(targets as tfjs.Tensor1D, classes).cast('float32');
    // Rows are instance-major: each instance's rows (its path points) follow one another.
    const pick = (rows: number) =>
      rows === count
        ? perInstance
        : perInstance
            .expandDims(1)
            .tile([1, rows / count, 1])
            .reshape([rows, classes]);
    const targetOutput = (points: tfjs.Tensor) => run(points).mul(pick(points.shape[0]!)).sum();
    let attributions: tfjs.Tensor;
    if (request.method === ExplanationMethod.GRADIENT_X_INPUT) {
      attributions = tf.grad(targetOutput)(x).mul(x);
    } else {
      // Midpoint Riemann sum over `steps` points on the straight path from the baseline to each input.
      const alphas = tf.linspace(0.5 / steps, 1 - 0.5 / steps, steps).reshape([1, steps, ...shape.map(() => 1)]);
      const delta = x.sub(base).expandDims(1);
      const path = base
        .expandDims(1)
        .add(delta.mul(alphas))
        .reshape([count * steps, ...shape]);
      const averaged = tf
        .grad(targetOutput)(path)
        .reshape([count, steps, ...shape])
        .mean(1);
      attributions = averaged.mul(x.sub(base));
    }
    // The explained output at the input and at the baseline, per instance.
    return [targets, atInput.mul(perInstance).sum(1), atBaseline.mul(perInstance).sum(1), attributions];
  });
  const [targets, outputAtInput, outputAtBaseline, attributions] = await readAndDispose(tf, results);
  return {
    targets: Array.from(targets!),
    outputAtInput: Array.from(outputAtInput!),
    outputAtBaseline: Array.from(outputAtBaseline!),
    attributions: attributions as Float32Array,
  };
}

void main().catch((error: unknown) => {
  parentPort!.postMessage({ id: 0, ok: false, error: (error as Error).message } satisfies WorkerReply);
});
