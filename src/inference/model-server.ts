import { performance } from 'node:perf_hooks';
import { backendDefaults, type BackendInfo, type BackendName } from './backend';
import { DynamicBatcher, type BatchingSettings, type QueueLimits } from './batcher';
import type { ArtifactStore } from './artifact-store';
import { asModelInputs, type InputBatch, type OutputBatch } from './instances';
import type { WorkerPool } from './pool';
import type { ServingLabels } from '../telemetry/metrics';
import type { ExplainRequest, ExplainResult } from './explainers';
import type { ModelTensors } from './worker';

/**
 * Serves model versions: loads an artifact into every worker (verified, warmed up) before its
 * first batch, and gives each deployment's version its own dynamic batcher.
 */
export class ModelServer {
  private readonly loading = new Map<string, Promise<void>>();
  private readonly batchers = new Map<string, DynamicBatcher>();
  /** When each loaded artifact last served a request. */
  private readonly lastUsed = new Map<string, number>();
  /** Calls running on each artifact now: it is not unloaded under them. */
  private readonly running = new Map<string, number>();

  constructor(
    private readonly pool: WorkerPool,
    private readonly store: ArtifactStore,
    private readonly queue: Omit<QueueLimits, 'concurrency'> & {
      explainTimeoutMs: number;
      onBatch?: (labels: ServingLabels, size: number, waitedMs: number[]) => void;
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
  ): Promise<OutputBatch[]> {
    return this.using(sha256, () =>
      this.batcherFor(deploymentId, sha256, batching, labels).submit(asModelInputs(inputs)),
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

  /** Runs `work` on the artifact, loaded first, and kept loaded until it ends. */
  private async using<T>(sha256: string, work: () => Promise<T>): Promise<T> {
    this.running.set(sha256, (this.running.get(sha256) ?? 0) + 1);
    try {
      await this.ensureLoaded(sha256);
      return await work();
    } finally {
      this.lastUsed.set(sha256, Date.now());
      const left = this.running.get(sha256)! - 1;
      if (left === 0) this.running.delete(sha256);
      else this.running.set(sha256, left);
    }
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
      this.loading.delete(sha256);
      this.lastUsed.delete(sha256);
      for (const key of [...this.batchers.keys()]) if (key.includes(`/${sha256}/`)) this.batchers.delete(key);
      await this.pool.unload(sha256);
    }
    return unused;
  }

  /** Live tensors in each worker, for leak checks. */
  tensorCounts(): Promise<number[]> {
    return this.pool.tensorCounts();
  }

  close(): Promise<void> {
    return this.pool.close();
  }
}
