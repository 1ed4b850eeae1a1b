import { performance } from 'node:perf_hooks';
import { backendDefaults, type BackendInfo, type BackendName } from './backend';
import { DynamicBatcher, type BatchingSettings, type QueueLimits } from './batcher';
import type { ArtifactStore } from './artifact-store';
import { asModelInputs, type InputBatch } from './instances';
import type { WorkerPool } from './pool';
import type { ExplainRequest, ExplainResult, OutputBatch } from './worker';

/**
 * Serves model versions: loads an artifact into every worker (verified, warmed up) before its
 * first batch, and gives each deployment's version its own dynamic batcher.
 */
export class ModelServer {
  private readonly loading = new Map<string, Promise<void>>();
  private readonly batchers = new Map<string, DynamicBatcher>();
  /** When each loaded artifact last served a request. */
  private readonly lastUsed = new Map<string, number>();

  constructor(
    private readonly pool: WorkerPool,
    private readonly store: ArtifactStore,
    private readonly queue: Omit<QueueLimits, 'concurrency'> & { explainTimeoutMs: number; onBatch?: (size: number, waitedMs: number[]) => void },
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

  /** Runs `inputs` (packed instances of one request) through the artifact `sha256`, batched with its neighbours. */
  async predict(deploymentId: string, sha256: string, batching: BatchingSettings, inputs: InputBatch[]): Promise<OutputBatch[]> {
    await this.ensureLoaded(sha256);
    this.lastUsed.set(sha256, Date.now());
    const key = `${deploymentId}/${sha256}/${batching.maxBatchSize}/${batching.maxQueueDelayMs}`;
    let batcher = this.batchers.get(key);
    if (!batcher) {
      const { maxQueuedInstances, timeoutMs } = this.queue;
      batcher = new DynamicBatcher((batch) => this.pool.predict(sha256, batch), batching, { maxQueuedInstances, timeoutMs, concurrency: this.pool.size }, this.queue.onBatch);
      this.batchers.set(key, batcher);
    }
    return batcher.submit(asModelInputs(inputs));
  }

  /** Attributions on a loaded artifact, in the workers, behind predictions; refused past the explanation deadline. */
  async explain(sha256: string, request: ExplainRequest): Promise<ExplainResult> {
    const deadline = performance.now() + this.queue.explainTimeoutMs;
    await this.ensureLoaded(sha256);
    this.lastUsed.set(sha256, Date.now());
    return this.pool.explain(sha256, request, deadline);
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
    const unused = this.loaded().filter((sha256) => !inUse.has(sha256) && now - (this.lastUsed.get(sha256) ?? 0) >= idleMs);
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
