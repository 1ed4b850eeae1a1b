import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
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

  constructor(private readonly worker: Worker) {
    let started!: (backend: BackendName) => void;
    let failed!: (error: Error) => void;
    this.ready = new Promise((resolve, reject) => ((started = resolve), (failed = reject)));
    worker.on('message', (reply: WorkerReply) => {
      if (reply.id === 0) return reply.ok ? started(reply.backend!) : failed(new Error(reply.error));
      const waiter = this.pending.get(reply.id);
      this.pending.delete(reply.id);
      if (reply.ok) waiter?.resolve(reply);
      else waiter?.reject(new Error(reply.error));
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

  constructor(size: number = Math.max(1, os.availableParallelism() - 1), backend?: BackendName) {
    const script = path.join(__dirname, 'worker.js');
    this.workers = Array.from({ length: size }, () => new InferenceWorker(new Worker(script, { workerData: { backend } })));
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

  async explain(key: string, request: ExplainRequest): Promise<ExplainResult> {
    const worker = this.workers.reduce((least, candidate) => (candidate.load < least.load ? candidate : least));
    return (await worker.call({ type: 'explain', key, ...request })).explanation!;
  }

  /** Live tensors in each worker: a test of leaks. */
  async tensorCounts(): Promise<number[]> {
    return Promise.all(this.workers.map(async (worker) => (await worker.call({ type: 'memory' })).numTensors!));
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }
}
