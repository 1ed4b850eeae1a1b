/**
 * An inference worker thread: holds replicas of the loaded models and runs batches on them,
 * off the gateway's event loop. Every tensor lives inside tf.tidy, or is disposed once read, so
 * none outlives a request, failed ones included.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type * as tfjs from '@tensorflow/tfjs';
import { backendDefaults, defaultMaxActivationMb, loadBackend, type BackendInfo, type BackendName } from './backend';
import { explainerOf, type ExplainRequest, type ExplainResult } from './explainers';
import { costRefusal, instanceShape, modelCost, rowsPerCall, type ModelCost } from './model-cost';
import type { TensorDtype } from './signature';
import { joinRows, rowsOf, type InputBatch, type OutputBatch } from './instances';
import { elementsOf } from './shapes';

export type WorkerRequest =
  | { id: number; type: 'load'; key: string; files: [string, Uint8Array][] }
  | { id: number; type: 'unload'; key: string }
  | { id: number; type: 'predict'; key: string; inputs: InputBatch[] }
  | { id: number; type: 'describe'; key: string }
  | ({ id: number; type: 'explain'; key: string } & ExplainRequest)
  | { id: number; type: 'memory' };

/** A loaded model's own inputs and outputs: dtype, and shape with the batch dimension (null where any size goes). */
export interface ModelTensors {
  inputs: { dtype: string; shape: (number | null)[] }[];
  outputs: { dtype: string; shape: (number | null)[] }[];
}

type Answer = { outputs?: OutputBatch[]; explanation?: ExplainResult; numTensors?: number; tensors?: ModelTensors };

export type WorkerReply =
  | ({ id: number; ok: true; backend?: BackendInfo } & Answer)
  | { id: number; ok: false; error: string; fatal?: boolean };

async function main(): Promise<void> {
  const { tf, ...backend } = await loadBackend(workerData?.backend as BackendName | undefined);
  const models = new Map<string, tfjs.LayersModel | tfjs.GraphModel>();
  parentPort!.postMessage({ id: 0, ok: true, backend } satisfies WorkerReply);

  parentPort!.on('message', async (request: WorkerRequest) => {
    try {
      parentPort!.postMessage({ id: request.id, ok: true, ...(await handle(request)) } satisfies WorkerReply);
    } catch (error) {
      const fatal = leavesBackendUnsafe(error);
      parentPort!.postMessage({
        id: request.id,
        ok: false,
        error: (error as Error).message,
        fatal,
      } satisfies WorkerReply);
      // Nothing more runs on a backend in an unknown state: the pool stops this thread and starts another.
      if (fatal) parentPort!.removeAllListeners('message');
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
        const on = {
          tf,
          model,
          score: (values: Float32Array, shape: number[]) => scoreInBatches(tf, model, values, shape),
          maxRows: (pass: 'forward' | 'gradient', shape: number[]) => rowLimit(tf, model, pass, [shape]),
          read: (tensors: tfjs.Tensor[]) => readAndDispose(tf, tensors),
        };
        return { explanation: await explainerOf(request.method).attribute(on, request) };
      }
    }
  }
}

/** What bounds this worker's model calls, from WorkerOptions (see pool.ts). */
const bounds = workerData as { maxActivationBytes?: number; admission?: { maxGflopsPerInstance: number } } | undefined;

/** Each loaded model's cost, computed when it loads: every call to it is bounded by it. */
const costs = new WeakMap<tfjs.LayersModel | tfjs.GraphModel, ModelCost>();

/** Activation memory one model call may need here: the setting, or the backend's default. */
function maxActivationBytes(tf: typeof tfjs): number {
  return bounds?.maxActivationBytes ?? defaultMaxActivationMb[tf.getBackend() as BackendName] * 2 ** 20;
}

/** Most rows one call of `pass` may run on a model, for rows of these shapes (without the batch dimension). */
function rowLimit(
  tf: typeof tfjs,
  model: tfjs.LayersModel | tfjs.GraphModel,
  pass: 'forward' | 'gradient',
  rowShapes: number[][],
): number {
  const cost = costs.get(model);
  const rowElements = rowShapes.reduce((sum, shape) => sum + elementsOf(shape), 0);
  return cost ? rowsPerCall(cost, maxActivationBytes(tf), pass, rowElements) : Infinity;
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
  try {
    // Costed before it predicts (a graph model is measured on one instance): every call to it is bounded
    // by it, and an admission worker refuses it past its bounds, then tries the largest batch it will get.
    const cost = await modelCost(tf, model);
    const warmUpRows = bounds?.admission ? backendDefaults[tf.getBackend() as BackendName].batching.maxBatchSize : 1;
    if (bounds?.admission) {
      const refusal = costRefusal(cost, {
        maxActivationBytes: maxActivationBytes(tf),
        maxFlopsPerInstance: bounds.admission.maxGflopsPerInstance * 1e9,
        batch: warmUpRows,
      });
      if (refusal) throw new Error(refusal);
    }
    costs.set(model, cost);
    // Warm up: the first call compiles kernels (shaders, on a GPU); do it, read back, before the model takes traffic.
    const warmUp = tf.tidy(() => {
      const inputs = model.inputs.map((input) =>
        tf.zeros([warmUpRows, ...instanceShape(input.shape)], input.dtype as tfjs.DataType),
      );
      return model.predict(inputs.length === 1 ? inputs[0]! : inputs) as tfjs.Tensor | tfjs.Tensor[];
    });
    await readAndDispose(tf, [warmUp].flat());
  } catch (error) {
    model.dispose();
    throw error;
  }
  return model;
}

/**
 * Runs a batch on a model, at most as many rows per call as its activation bound allows: a larger
 * batch runs in parts, its outputs joined in row order, so no request, batch or explanation can
 * need more memory in one call than the bound.
 */
async function predict(
  tf: typeof tfjs,
  model: tfjs.LayersModel | tfjs.GraphModel,
  inputs: InputBatch[],
): Promise<OutputBatch[]> {
  const rows = inputs[0]?.shape[0] ?? 0;
  const limit = rowLimit(
    tf,
    model,
    'forward',
    inputs.map((input) => input.shape.slice(1)),
  );
  if (rows <= limit) return predictRows(tf, model, inputs);
  const parts: OutputBatch[][] = [];
  for (let from = 0; from < rows; from += limit) {
    const count = Math.min(limit, rows - from);
    parts.push(
      await predictRows(
        tf,
        model,
        inputs.map((input) => rowsOf(input, from, count)),
      ),
    );
  }
  return joinRows(parts);
}

async function predictRows(
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
  const size = elementsOf(rest);
  let out: Float32Array | undefined;
  let width = 0;
  // predict() cuts each call further where the model's activation bound allows fewer rows.
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
 * A WebAssembly trap (memory access out of bounds, unreachable, an abort) or a failed memory grow
 * leaves the backend's heap in a state nothing can trust: every later call could fail or answer
 * garbage. Other errors (a JavaScript exception in a kernel's checks) leave it as it was.
 */
function leavesBackendUnsafe(error: unknown): boolean {
  if ((error as Error)?.name === 'RuntimeError') return true; // WebAssembly.RuntimeError: a trap
  return /memory access out of bounds|unreachable|Aborted\(|WebAssembly\.Memory|out of memory/i.test(
    String((error as Error)?.message ?? error),
  );
}

void main().catch((error: unknown) => {
  parentPort!.postMessage({ id: 0, ok: false, error: (error as Error).message } satisfies WorkerReply);
});
