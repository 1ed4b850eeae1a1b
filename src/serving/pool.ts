import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { performance } from 'node:perf_hooks';
import { unavailable } from '../errors';
import type { BackendName } from './backend';
import type { InputBatch } from './instances';
import type { ExplainRequest, ExplainResult, OutputBatch, WorkerReply, WorkerRequest } from './worker';

type Pending = { resolve: (reply: WorkerReply & { ok: true }) => void; reject: (error: Error) => void };
type Request = WorkerRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;

/** One worker thread and the requests it has not answered yet. */
class InferenceWorker {
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  readonly ready: Promise<BackendName>;

  constructor(
    private readonly worker: Worker,
    /** Called whenever the worker has answered everything it was given. */
    private readonly onIdle: (worker: InferenceWorker) => void,
  ) {
    let started!: (backend: BackendName) => void;
    let failed!: (error: Error) => void;
    this.ready = new Promise((resolve, reject) => ((started = resolve), (failed = reject)));
    worker.on('message', (reply: WorkerReply) => {
      if (reply.id === 0) return reply.ok ? started(reply.backend!) : failed(new Error(reply.error));
      const waiter = this.pending.get(reply.id);
      this.pending.delete(reply.id);
      if (reply.ok) waiter?.resolve(reply);
      else waiter?.reject(new Error(reply.error));
      if (this.pending.size === 0) this.onIdle(this);
    });
    worker.on('error', (error) => {
      failed(error);
      for (const waiter of this.pending.values()) waiter.reject(error);
      this.pending.clear();
    });
  }

  get load(): number {
    return this.pending.size;
  }

  call(request: Request): Promise<WorkerReply & { ok: true }> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ ...request, id });
    });
  }

  terminate(): Promise<number> {
    return this.worker.terminate();
  }
}

/**
 * A pool of inference workers, each holding a replica of every loaded model. A batch goes to
 * the least busy worker; loads and unloads go to all of them.
 */
export class WorkerPool {
  private readonly workers: InferenceWorker[];
  /** Explanation work waiting for a worker with nothing else to do. */
  private readonly waitingForIdle: ((worker: InferenceWorker) => void)[] = [];

  constructor(size: number = Math.max(1, os.availableParallelism() - 1), backend?: BackendName) {
    const script = path.join(__dirname, 'worker.js');
    this.workers = Array.from({ length: size }, () => new InferenceWorker(new Worker(script, { workerData: { backend } }), (worker) => this.waitingForIdle.shift()?.(worker)));
  }

  get size(): number {
    return this.workers.length;
  }

  /** The backend the workers run on, once they have started. */
  async backend(): Promise<BackendName> {
    const names = await Promise.all(this.workers.map((worker) => worker.ready));
    return names[0]!;
  }

  async load(key: string, files: Map<string, Buffer>): Promise<void> {
    await this.backend();
    const payload = [...files].map(([name, content]) => [name, new Uint8Array(content)] as [string, Uint8Array]);
    await Promise.all(this.workers.map((worker) => worker.call({ type: 'load', key, files: payload })));
  }

  async unload(key: string): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.call({ type: 'unload', key })));
  }

  async predict(key: string, inputs: InputBatch[]): Promise<OutputBatch[]> {
    const worker = this.workers.reduce((least, candidate) => (candidate.load < least.load ? candidate : least));
    return (await worker.call({ type: 'predict', key, inputs })).outputs!;
  }

  /**
   * Explanation work, behind predictions: the instances go a share at a time (about
   * EXPLAIN_CHUNK_ROWS model evaluations each), each share to a worker with nothing else to do,
   * so a prediction waits for one share at most. Past `deadline` (performance.now()) the rest is
   * refused with UNAVAILABLE.
   */
  async explain(key: string, request: ExplainRequest, deadline: number): Promise<ExplainResult> {
    const [count, ...shape] = request.input.shape as [number, ...number[]];
    const size = shape.reduce((a, b) => a * b, 1);
    const perShare = Math.max(1, Math.floor(EXPLAIN_CHUNK_ROWS / evaluationsPerInstance(request)));
    const shares: ExplainResult[] = [];
    for (let from = 0; from < count; from += perShare) {
      if (performance.now() > deadline) throw tooLate();
      const rows = Math.min(perShare, count - from);
      const input = { ...request.input, shape: [rows, ...shape], values: request.input.values.slice(from * size, (from + rows) * size) };
      const worker = await this.idleWorker(deadline);
      shares.push((await worker.call({ type: 'explain', key, ...request, input } as Request)).explanation!);
    }
    return merge(shares);
  }

  private idleWorker(deadline: number): Promise<InferenceWorker> {
    const idle = this.workers.find((worker) => worker.load === 0);
    if (idle) return Promise.resolve(idle);
    return new Promise((resolve, reject) => {
      const waiter = (worker: InferenceWorker) => {
        clearTimeout(timer);
        resolve(worker);
      };
      const timer = setTimeout(() => {
        this.waitingForIdle.splice(this.waitingForIdle.indexOf(waiter), 1);
        reject(tooLate());
      }, Math.min(2 ** 31 - 1, Math.max(0, deadline - performance.now())));
      this.waitingForIdle.push(waiter);
    });
  }

  /** Live tensors in each worker: a test of leaks. */
  async tensorCounts(): Promise<number[]> {
    return Promise.all(this.workers.map(async (worker) => (await worker.call({ type: 'memory' })).numTensors!));
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }
}

const tooLate = () => unavailable('The explanations did not finish in time (the workers answer predictions first). Ask for fewer instances, steps or samples, or retry.');

/** Model evaluations a worker makes per instance of an explanation share. */
const EXPLAIN_CHUNK_ROWS = 1024;

function evaluationsPerInstance(request: ExplainRequest): number {
  switch (request.method) {
    case 'INTEGRATED_GRADIENTS':
    case 'GRADIENT_X_INPUT':
      return request.steps + 2;
    case 'KERNEL_SHAP':
      return Math.min(request.samples, 2 ** Math.min(30, request.input.shape[1]!) - 2) + 1;
    case 'OCCLUSION': {
      const [, height = 1, width = 1] = request.input.shape;
      return Math.ceil(height / request.patch) * Math.ceil(width / request.patch) + 2;
    }
  }
}

/** The shares' results as one, in instance order. */
function merge(shares: ExplainResult[]): ExplainResult {
  const [first] = shares;
  if (shares.length === 1) return first!;
  const attributions = new Float32Array(shares.reduce((sum, share) => sum + share.attributions.length, 0));
  shares.reduce((offset, share) => (attributions.set(share.attributions, offset), offset + share.attributions.length), 0);
  return {
    ...first!,
    targets: shares.flatMap((share) => share.targets),
    outputAtInput: shares.flatMap((share) => share.outputAtInput),
    outputAtBaseline: shares.flatMap((share) => share.outputAtBaseline),
    attributions,
    heatmaps: first!.heatmaps && shares.flatMap((share) => share.heatmaps!),
  };
}
