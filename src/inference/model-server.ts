import { performance } from 'node:perf_hooks';
import { unavailable } from './errors';
import { briefly } from '../readable';
import { backendDefaults, type BackendInfo, type BackendName } from './backend';
import { DynamicBatcher, type BatchingSettings, type QueueLimits } from './batcher';
import type { ArtifactStore } from './artifact-store';
import { asModelInputs, type InputBatch, type OutputBatch } from './instances';
import { ModelFault, type WorkerPool } from './pool';
import type { ServingLabels } from '../telemetry/metrics';
import type { ExplainRequest, ExplainResult } from './explainers';
import type { ModelTensors } from './worker';

/** Why and since when a model takes no calls. */
export interface Quarantine {
  reason: string;
  since: Date;
}

/** UNAVAILABLE for a call on a quarantined model, naming why and what lifts it. */
function refusedInQuarantine(quarantine: Quarantine): Error {
  return unavailable(
    `This model version is quarantined: ${quarantine.reason}. Other models are unaffected; an admin can release it (releaseModelQuarantine) once it is fixed.`,
  );
}

/** Failed calls in a row (none fatal) after which a model is quarantined. */
export const FAILURES_TO_QUARANTINE = 5;

/**
 * Serves model versions: loads an artifact into every worker (verified, warmed up) before its
 * first batch, and gives each deployment's version its own dynamic batcher.
 *
 * A model that traps its worker's backend (or overruns the call timeout) once, or fails
 * FAILURES_TO_QUARANTINE calls in a row, is quarantined: unloaded, and refused until released, so
 * it cannot take down the workers every other model shares.
 */
export class ModelServer {
  private readonly loading = new Map<string, Promise<void>>();
  private readonly batchers = new Map<string, DynamicBatcher>();
  /** When each loaded artifact last served a request. */
  private readonly lastUsed = new Map<string, number>();
  /** Calls running on each artifact now: it is not unloaded under them. */
  private readonly running = new Map<string, number>();
  private readonly quarantined = new Map<string, Quarantine>();
  /** Failed calls in a row per artifact, and the failures already counted (a failed batch fails each of its requests). */
  private readonly failures = new Map<string, number>();
  private readonly counted = new WeakSet<Error>();

  constructor(
    private readonly pool: WorkerPool,
    private readonly store: ArtifactStore,
    private readonly queue: Omit<QueueLimits, 'concurrency'> & {
      explainTimeoutMs: number;
      onBatch?: (labels: ServingLabels, size: number, waitedMs: number[]) => void;
      /** Told when a model is quarantined, and why. */
      onQuarantine?: (sha256: string, quarantine: Quarantine) => void;
    },
  ) {}

  backend(): Promise<BackendName> {
    return this.pool.backend();
  }

  backendInfo(): Promise<BackendInfo> {
    return this.pool.backendInfo();
  }

  /** Inference worker threads: all of them once backend() has answered. */
  get workers(): number {
    return this.pool.size;
  }

  /** The batching that suits the workers' backend, for deployments that set none. */
  async defaultBatching(): Promise<BatchingSettings> {
    return { ...backendDefaults[await this.pool.backend()].batching };
  }

  /**
   * Runs `inputs` (packed instances of one request) through the artifact `sha256`, batched with its
   * neighbours on the same deployment; `labels` name the deployment and version in the batch metrics.
   */
  predict(
    deploymentId: string,
    sha256: string,
    batching: BatchingSettings,
    inputs: InputBatch[],
    labels: ServingLabels,
    /** Who asks: the batcher serves callers in turn. */
    caller = '',
  ): Promise<OutputBatch[]> {
    return this.using(
      sha256,
      () => this.batcherFor(deploymentId, sha256, batching, labels).submit(asModelInputs(inputs), caller),
      true,
    );
  }

  private batcherFor(
    deploymentId: string,
    sha256: string,
    batching: BatchingSettings,
    labels: ServingLabels,
  ): DynamicBatcher {
    const key = `${deploymentId}/${sha256}/${batching.maxBatchSize}/${batching.maxQueueDelayMs}/${labels.version}`;
    let batcher = this.batchers.get(key);
    if (!batcher) {
      const { maxQueuedInstances, timeoutMs } = this.queue;
      const onBatch =
        this.queue.onBatch && ((size: number, waitedMs: number[]) => this.queue.onBatch!(labels, size, waitedMs));
      batcher = new DynamicBatcher(
        (batch) => this.pool.predict(sha256, batch),
        batching,
        { maxQueuedInstances, timeoutMs, concurrency: this.pool.size },
        onBatch,
      );
      this.batchers.set(key, batcher);
    }
    return batcher;
  }

  /** Attributions on a loaded artifact, in the workers, behind predictions; refused past the explanation deadline. */
  explain(sha256: string, request: ExplainRequest): Promise<ExplainResult> {
    const deadline = performance.now() + this.queue.explainTimeoutMs;
    return this.using(sha256, () => this.pool.explain(sha256, request, deadline));
  }

  /** What the model declares of its input and output tensors. */
  describe(sha256: string): Promise<ModelTensors> {
    return this.using(sha256, () => this.pool.describe(sha256));
  }

  /** One run outside the batchers: for registration, where a model shows that it runs as its signature says. */
  runOnce(sha256: string, inputs: InputBatch[]): Promise<OutputBatch[]> {
    return this.using(sha256, () => this.pool.predict(sha256, inputs));
  }

  /**
   * Runs `work` on the artifact, loaded first, and kept loaded until it ends; refused while it is
   * quarantined. A fatal fault always counts towards quarantine; other failures only where
   * `failuresCount` (predictions: an explanation or a registration the model cannot do is the
   * caller's request, not the model's fault).
   */
  private async using<T>(sha256: string, work: () => Promise<T>, failuresCount = false): Promise<T> {
    const quarantine = this.quarantined.get(sha256);
    if (quarantine) throw refusedInQuarantine(quarantine);
    this.running.set(sha256, (this.running.get(sha256) ?? 0) + 1);
    try {
      await this.ensureLoaded(sha256);
      const result = await work();
      this.failures.delete(sha256);
      return result;
    } catch (error) {
      if (error instanceof ModelFault && (error.fatal || failuresCount)) this.fault(sha256, error);
      const quarantine = this.quarantined.get(sha256);
      throw quarantine ? refusedInQuarantine(quarantine) : error;
    } finally {
      this.lastUsed.set(sha256, Date.now());
      const left = this.running.get(sha256)! - 1;
      if (left === 0) this.running.delete(sha256);
      else this.running.set(sha256, left);
    }
  }

  /** Counts a call the model failed; quarantines it on a trap, or after too many failures in a row. */
  private fault(sha256: string, error: ModelFault): void {
    if (this.counted.has(error) || this.quarantined.has(sha256)) return;
    this.counted.add(error);
    const failures = (this.failures.get(sha256) ?? 0) + 1;
    this.failures.set(sha256, failures);
    if (!error.fatal && failures < FAILURES_TO_QUARANTINE) return;
    const quarantine = {
      reason: error.fatal
        ? `it broke an inference worker (${briefly(error)})`
        : `its last ${failures} calls failed (${briefly(error)})`,
      since: new Date(),
    };
    this.quarantined.set(sha256, quarantine);
    this.failures.delete(sha256);
    this.queue.onQuarantine?.(sha256, quarantine);
    this.forget(sha256);
    void this.pool.unload(sha256).catch(() => undefined); // a worker that stopped holds nothing to unload
  }

  /** Why the artifact takes no calls, or undefined when it does. */
  quarantineOf(sha256: string): Quarantine | undefined {
    return this.quarantined.get(sha256);
  }

  /** Every quarantined artifact. */
  quarantines(): [string, Quarantine][] {
    return [...this.quarantined];
  }

  /** Lets a quarantined artifact take calls again (it loads on the next); false when it was not quarantined. */
  release(sha256: string): boolean {
    return this.quarantined.delete(sha256);
  }

  /** Whether a worker with its models loaded can take a call now. */
  get canServe(): boolean {
    return this.pool.canServe;
  }

  /** Instances waiting in the batchers for a worker. */
  queuedInstances(): number {
    let waiting = 0;
    for (const batcher of this.batchers.values()) waiting += batcher.waiting;
    return waiting;
  }

  /** Per worker: seconds busy and calls outstanding. */
  workerStats(): { busySeconds: number; pendingCalls: number }[] {
    return this.pool.workerStats();
  }

  /** Batches and instances run so far, summed over every batcher: for load tests. */
  stats(): { batches: number; instances: number } {
    let batches = 0;
    let instances = 0;
    for (const batcher of this.batchers.values()) {
      batches += batcher.stats.batches;
      instances += batcher.stats.instances;
    }
    return { batches, instances };
  }

  private ensureLoaded(sha256: string): Promise<void> {
    let loading = this.loading.get(sha256);
    if (!loading) {
      // open() recomputes the digest: a tampered artifact is refused here, before any worker sees it.
      loading = this.store.open(sha256).then((files) => this.pool.load(sha256, files));
      loading.catch(() => this.loading.delete(sha256));
      this.loading.set(sha256, loading);
    }
    return loading;
  }

  /** Artifacts loaded in the workers now. */
  loaded(): string[] {
    return [...this.loading.keys()];
  }

  /**
   * Unloads the artifacts no route or shadow uses any more, once they have been idle for
   * `idleMs`: a request that picked its route just before the change still finds its model.
   */
  async unloadUnused(inUse: Set<string>, idleMs: number): Promise<string[]> {
    const now = Date.now();
    const unused = this.loaded().filter(
      (sha256) => !inUse.has(sha256) && !this.running.has(sha256) && now - (this.lastUsed.get(sha256) ?? 0) >= idleMs,
    );
    for (const sha256 of unused) {
      this.forget(sha256);
      await this.pool.unload(sha256);
    }
    return unused;
  }

  /** Drops what the server holds for an artifact leaving the workers: its load and its batchers. */
  private forget(sha256: string): void {
    this.loading.delete(sha256);
    this.lastUsed.delete(sha256);
    for (const key of [...this.batchers.keys()]) if (key.includes(`/${sha256}/`)) this.batchers.delete(key);
  }

  /** Live tensors in each worker, for leak checks. */
  tensorCounts(): Promise<number[]> {
    return this.pool.tensorCounts();
  }

  close(): Promise<void> {
    return this.pool.close();
  }
}
