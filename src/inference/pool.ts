import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { performance } from 'node:perf_hooks';
import { unavailable } from './errors';
import { backendDefaults, type BackendInfo, type BackendName } from './backend';
import type { InputBatch, OutputBatch } from './instances';
import { explainerOf, type ExplainRequest, type ExplainResult } from './explainers';
import type { ModelTensors, WorkerReply, WorkerRequest } from './worker';
import { elementsOf } from './shapes';

type Pending = {
  resolve: (reply: WorkerReply & { ok: true }) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
};
type Request = WorkerRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;

/**
 * A call the model itself failed: the worker answered with an error, trapped (`fatal`: the worker
 * is stopped, its backend's state untrusted), or took past the call timeout (also fatal).
 */
export class ModelFault extends Error {
  constructor(
    message: string,
    readonly fatal: boolean,
  ) {
    super(message);
  }
}

/** How a pool starts its workers and what bounds them. */
export interface WorkerOptions {
  backend?: BackendName;
  /** V8 heap of each worker, in MiB: past it the worker is stopped and replaced. */
  memoryMb?: number;
  /** Longest a call may take; past it the worker is taken for stuck, stopped and replaced. */
  callTimeoutMs?: number;
  /**
   * Activation memory one model call may need, in bytes (unset: the backend's default): a batch
   * that would need more runs in parts, each model's cost computed when it loads (model-cost.ts).
   */
  maxActivationBytes?: number;
  /**
   * Admission workers only: refuse a model whose FLOPs per instance, or whose activation memory at
   * the backend's default maximum batch size, pass the bounds; then try that batch, not one instance.
   */
  admission?: { maxGflopsPerInstance: number };
}

/** One worker thread and the requests it has not answered yet. */
class InferenceWorker {
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private exited = false;
  /** Time spent with calls outstanding: finished stretches, and when the current one began. */
  private busyMs = 0;
  private busySince = 0;
  /** It started and said which backend it runs: only such a worker is replaced when it stops. */
  started = false;
  readonly ready: Promise<BackendInfo>;

  constructor(
    private readonly worker: Worker,
    private readonly callTimeoutMs: number,
    /** Called whenever the worker has answered everything it was given. */
    private readonly onIdle: (worker: InferenceWorker) => void,
    /** Called once when the thread has stopped, for whatever reason. */
    private readonly onExit: (worker: InferenceWorker) => void,
  ) {
    // The worker's first message (id 0) says whether its backend started; an error or an exit
    // before it means it did not (later ones settle nothing: a promise settles once).
    this.ready = new Promise<BackendInfo>((resolve, reject) => {
      worker.on('message', (reply: WorkerReply) => {
        if (reply.id !== 0) return;
        this.started = reply.ok;
        if (reply.ok) resolve(reply.backend!);
        else reject(new Error(reply.error));
      });
      worker.on('error', reject);
      worker.on('exit', () => reject(new Error('the inference worker stopped before it started')));
    });
    this.ready.catch(() => undefined); // a failed start is reported by whoever awaits it
    worker.on('message', (reply: WorkerReply) => {
      if (reply.id === 0) return;
      const waiter = this.pending.get(reply.id);
      if (!waiter) return;
      clearTimeout(waiter.timer);
      this.pending.delete(reply.id);
      if (this.pending.size === 0) this.busyMs += performance.now() - this.busySince;
      if (reply.ok) waiter.resolve(reply);
      else {
        waiter.reject(new ModelFault(reply.error, reply.fatal === true));
        // A trapped backend takes no more work: the exit answers the other calls and replaces the thread.
        if (reply.fatal) return this.retire();
      }
      if (this.pending.size === 0) this.onIdle(this);
    });
    // Whatever stops the thread (a crash, memory past its limit, a stuck call stopped), every call
    // still waiting fails with UNAVAILABLE and the pool starts a replacement.
    worker.on('exit', () => {
      this.exited = true;
      for (const waiter of this.pending.values()) {
        clearTimeout(waiter.timer);
        waiter.reject(unavailable('An inference worker stopped while answering; retry.'));
      }
      this.pending.clear();
      this.onExit(this);
    });
  }

  get load(): number {
    return this.pending.size;
  }

  get alive(): boolean {
    return !this.exited;
  }

  /** Seconds this worker has had calls outstanding. */
  get busySeconds(): number {
    return (this.busyMs + (this.pending.size > 0 ? performance.now() - this.busySince : 0)) / 1000;
  }

  call(request: Request): Promise<WorkerReply & { ok: true }> {
    if (this.exited) return Promise.reject(unavailable('An inference worker stopped; retry.'));
    const id = this.nextId++;
    if (this.pending.size === 0) this.busySince = performance.now();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        // The call that overran is the model's fault; the others the exit fails are not.
        this.pending.delete(id);
        reject(new ModelFault(`the model did not answer within ${this.callTimeoutMs} ms`, true));
        this.retire();
      }, this.callTimeoutMs);
      this.pending.set(id, { resolve, reject, timer });
      this.worker.postMessage({ ...request, id });
    });
  }

  terminate(): Promise<number> {
    return this.worker.terminate();
  }

  /** Takes no more calls from now on and stops; its exit answers what it still had and replaces it. */
  private retire(): void {
    this.exited = true;
    void this.worker.terminate();
  }
}

/**
 * A pool of inference workers, each holding a replica of every loaded model. A batch goes to
 * the least busy worker; loads and unloads go to all of them. Workers are supervised: one that
 * stops is replaced, and the models loaded in the others are loaded into its replacement before it
 * takes work. Without a size, one worker starts, and the backend it finds sets how many join it
 * (one alone on webgpu: it owns the GPU).
 */
export class WorkerPool {
  private workers: InferenceWorker[];
  /** Workers started to replace stopped ones, until their models are loaded: settles then. */
  private readonly starting = new Map<InferenceWorker, Promise<unknown>>();
  /** Calls waiting for a replacement while no worker runs. */
  private readonly waitingForWorker: (() => void)[] = [];
  /** Explanation work waiting for a worker with nothing else to do. */
  private readonly waitingForIdle: ((worker: InferenceWorker) => void)[] = [];
  /** Every loaded model's files, for replacements. */
  private readonly models = new Map<string, [string, Uint8Array][]>();
  private closed = false;
  /** Workers started to replace stopped ones, since the pool started. */
  replacements = 0;
  /** Replacements in a row that stopped before their models were loaded. */
  private failures = 0;
  /** Settles once every worker the pool will have is started (or the first failed). */
  private readonly sized: Promise<void>;

  constructor(
    size?: number,
    private readonly options: WorkerOptions = {},
  ) {
    this.workers = [this.start()];
    const grow = (total: number) => {
      if (!this.closed) this.workers.push(...Array.from({ length: total - 1 }, () => this.start()));
    };
    if (size === undefined)
      this.sized = this.workers[0]!.ready.then((backend) =>
        grow(backendDefaults[backend.name].workers(os.availableParallelism())),
      );
    else this.sized = Promise.resolve(grow(size));
    this.sized.catch(() => undefined); // a failed start is reported by backend()
  }

  /** Workers in the pool: all of them once backend() has answered. */
  get size(): number {
    return this.workers.length;
  }

  /** Workers that can take work now: running, with their models loaded (any running one, while all are starting). */
  private get serving(): InferenceWorker[] {
    const running = this.workers.filter((worker) => worker.alive);
    const ready = running.filter((worker) => !this.starting.has(worker));
    return ready.length > 0 ? ready : running.length > 0 ? running : this.workers;
  }

  private start(): InferenceWorker {
    const { backend, memoryMb, callTimeoutMs = 120_000, maxActivationBytes, admission } = this.options;
    const thread = new Worker(path.join(__dirname, 'worker.js'), {
      workerData: { backend, maxActivationBytes, admission },
      resourceLimits: memoryMb ? { maxOldGenerationSizeMb: memoryMb } : undefined,
    });
    return new InferenceWorker(
      thread,
      callTimeoutMs,
      (worker) => this.waitingForIdle.shift()?.(worker),
      (worker) => this.replace(worker),
    );
  }

  /**
   * Starts a replacement for a worker that stopped. One of the first workers that never started (a
   * backend that cannot load) is not replaced: that would only loop. Replacements that stop again before their models
   * are loaded (a model that crashes every worker) are retried with a growing delay, up to a minute.
   */
  private replace(stopped: InferenceWorker): void {
    const failedWhileStarting = this.starting.delete(stopped);
    if (this.closed || (!stopped.started && !failedWhileStarting)) return;
    this.failures = failedWhileStarting ? this.failures + 1 : 0;
    const delay = this.failures === 0 ? 0 : Math.min(60_000, 1000 * 2 ** (this.failures - 1));
    const timer = setTimeout(() => {
      if (this.closed) return;
      const replacement = this.start();
      this.replacements += 1;
      const loaded = replacement.ready.then(() =>
        Promise.all([...this.models].map(([key, files]) => replacement.call({ type: 'load', key, files }))),
      );
      this.starting.set(replacement, loaded);
      this.workers = this.workers.map((worker) => (worker === stopped ? replacement : worker));
      for (const wake of this.waitingForWorker.splice(0)) wake();
      void loaded.then(
        () => {
          this.starting.delete(replacement);
          this.failures = 0;
        },
        () => undefined, // it stopped: its exit replaces it in turn, later
      );
    }, delay);
    timer.unref();
  }

  /** Workers running now: loads, unloads and checks go to them. */
  private get running(): InferenceWorker[] {
    return this.workers.filter((worker) => worker.alive);
  }

  /** The backend the workers run on, once they have started. */
  async backend(): Promise<BackendName> {
    return (await this.backendInfo()).name;
  }

  /** The backend, its GPU adapter on webgpu, and why better ones were passed over, once every worker has started. */
  async backendInfo(): Promise<BackendInfo> {
    await this.sized;
    const started = await Promise.all(this.workers.map((worker) => worker.ready));
    return started[0]!;
  }

  async load(key: string, files: Map<string, Buffer>): Promise<void> {
    await this.backend();
    const payload = [...files].map(([name, content]) => [name, new Uint8Array(content)] as [string, Uint8Array]);
    // Recorded first: a replacement starting meanwhile loads it too.
    this.models.set(key, payload);
    try {
      await Promise.all(this.running.map((worker) => worker.call({ type: 'load', key, files: payload })));
    } catch (error) {
      this.models.delete(key);
      throw error;
    }
  }

  async unload(key: string): Promise<void> {
    this.models.delete(key);
    await Promise.all(this.running.map((worker) => worker.call({ type: 'unload', key })));
  }

  async predict(key: string, inputs: InputBatch[]): Promise<OutputBatch[]> {
    const worker = await this.leastBusy();
    return (await worker.call({ type: 'predict', key, inputs })).outputs!;
  }

  /**
   * The least busy worker with its models loaded. While none runs (one just stopped, its replacement
   * not yet started) or all are starting, waits for one rather than failing the call.
   */
  private async leastBusy(): Promise<InferenceWorker> {
    if (!this.closed && !this.workers.some((worker) => worker.alive) && this.workers.some((w) => w.started)) {
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(unavailable('No inference worker is running; retry.')), 30_000);
        this.waitingForWorker.push(() => (clearTimeout(timer), resolve()));
      });
    }
    const worker = this.serving.reduce((least, candidate) => (candidate.load < least.load ? candidate : least));
    await this.loadedIn(worker);
    return worker;
  }

  /** Waits until a replacement has its models (all workers were starting): calls before would find none. */
  private async loadedIn(worker: InferenceWorker): Promise<void> {
    const loading = this.starting.get(worker);
    if (loading)
      await loading.catch(() => Promise.reject(unavailable('An inference worker stopped while starting; retry.')));
  }

  /** Whether a worker with its models loaded can take a call now: readiness. */
  get canServe(): boolean {
    return this.workers.some((worker) => worker.alive && worker.started && !this.starting.has(worker));
  }

  /** The dtypes and shapes a loaded model declares for its inputs and outputs. */
  async describe(key: string): Promise<ModelTensors> {
    const worker = await this.leastBusy();
    return (await worker.call({ type: 'describe', key })).tensors!;
  }

  /**
   * Explanation work, behind predictions: the instances go a share at a time (about
   * EXPLAIN_CHUNK_ROWS model evaluations each), each share to a worker with nothing else to do,
   * so a prediction waits for one share at most. Past `deadline` (performance.now()) the rest is
   * refused with UNAVAILABLE.
   */
  async explain(key: string, request: ExplainRequest, deadline: number): Promise<ExplainResult> {
    const [count, ...shape] = request.input.shape as [number, ...number[]];
    const size = elementsOf(shape);
    const perShare = Math.max(
      1,
      Math.floor(EXPLAIN_CHUNK_ROWS / explainerOf(request.method).evaluationsPerInstance(request)),
    );
    const shares: ExplainResult[] = [];
    for (let from = 0; from < count; from += perShare) {
      if (performance.now() > deadline) throw tooLate();
      const rows = Math.min(perShare, count - from);
      const input = {
        ...request.input,
        shape: [rows, ...shape],
        values: request.input.values.slice(from * size, (from + rows) * size),
      };
      const worker = await this.idleWorker(deadline);
      await this.loadedIn(worker);
      shares.push((await worker.call({ type: 'explain', key, ...request, input } as Request)).explanation!);
    }
    return merge(shares);
  }

  private idleWorker(deadline: number): Promise<InferenceWorker> {
    const idle = this.serving.find((worker) => worker.load === 0);
    if (idle) return Promise.resolve(idle);
    return new Promise((resolve, reject) => {
      const waiter = (worker: InferenceWorker) => {
        clearTimeout(timer);
        resolve(worker);
      };
      const timer = setTimeout(
        () => {
          this.waitingForIdle.splice(this.waitingForIdle.indexOf(waiter), 1);
          reject(tooLate());
        },
        Math.min(2 ** 31 - 1, Math.max(0, deadline - performance.now())),
      );
      this.waitingForIdle.push(waiter);
    });
  }

  /** Per worker slot: seconds busy (since its thread started) and calls outstanding. */
  workerStats(): { busySeconds: number; pendingCalls: number }[] {
    return this.workers.map((worker) => ({ busySeconds: worker.busySeconds, pendingCalls: worker.load }));
  }

  /** Live tensors in each worker: a test of leaks. */
  async tensorCounts(): Promise<number[]> {
    return Promise.all(this.running.map(async (worker) => (await worker.call({ type: 'memory' })).numTensors!));
  }

  async close(): Promise<void> {
    this.closed = true;
    // A worker stopped while it loads its backend's native code (Dawn's napi module) takes the
    // whole process down: each finishes starting first, for at most STOP_WAIT_MS.
    await Promise.all(
      this.workers.map((worker) =>
        Promise.race([
          worker.ready.catch(() => undefined),
          new Promise((resolve) => setTimeout(resolve, STOP_WAIT_MS).unref()),
        ]),
      ),
    );
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }

  /** Stops one worker as a crash would: for tests of supervision. */
  crash(index: number): Promise<number> {
    return this.workers[index]!.terminate();
  }
}

/** How long closing waits for a worker still starting. */
const STOP_WAIT_MS = 10_000;

const tooLate = () =>
  unavailable(
    'The explanations did not finish in time (the workers answer predictions first). Ask for fewer instances, steps or samples, or retry.',
  );

/** Model evaluations a worker makes per instance of an explanation share. */
const EXPLAIN_CHUNK_ROWS = 1024;

/** The shares' results as one, in instance order. */
function merge(shares: ExplainResult[]): ExplainResult {
  const [first] = shares;
  if (shares.length === 1) return first!;
  const attributions = new Float32Array(shares.reduce((sum, share) => sum + share.attributions.length, 0));
  shares.reduce(
    (offset, share) => (attributions.set(share.attributions, offset), offset + share.attributions.length),
    0,
  );
  return {
    ...first!,
    targets: shares.flatMap((share) => share.targets),
    outputAtInput: shares.flatMap((share) => share.outputAtInput),
    outputAtBaseline: shares.flatMap((share) => share.outputAtBaseline),
    attributions,
    heatmaps: first!.heatmaps && shares.flatMap((share) => share.heatmaps!),
  };
}
