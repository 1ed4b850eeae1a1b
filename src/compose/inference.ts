import path from 'node:path';
import type { Config } from '../config';
import { admitOneAtATime } from '../inference/admission';
import { ArtifactStore } from '../inference/artifact-store';
import { describeAdapter } from '../inference/backend';
import { ModelServer } from '../inference/model-server';
import { WorkerPool } from '../inference/pool';
import type { Logger } from '../telemetry/logger';
import type { Metrics } from '../telemetry/metrics';

/** Workers, the models they hold, the artifacts they load, and the trial load that admits uploads. */
export interface Inference {
  pool: WorkerPool;
  artifacts: ArtifactStore;
  server: ModelServer;
  admitArtifact: (files: Map<string, Buffer>) => Promise<void>;
}

/**
 * Starts the inference workers. A backend asked for by name that cannot run stops start-up here,
 * saying what it lacks, before the database starts.
 */
export async function startInference(config: Config, logger: Logger, metrics: Metrics): Promise<Inference> {
  const { serving } = config;
  // Unset, each worker takes its backend's default.
  const maxActivationBytes = serving.maxActivationMb && serving.maxActivationMb * 2 ** 20;
  const workerOptions = {
    backend: serving.backend,
    memoryMb: serving.workerMemoryMb,
    callTimeoutMs: serving.workerCallTimeoutMs,
    maxActivationBytes,
  };
  const pool = new WorkerPool(serving.workers, workerOptions);
  try {
    if (serving.backend) await pool.backend();
  } catch (error) {
    await pool.close();
    throw error;
  }
  const artifacts = new ArtifactStore(path.join(config.dataDir, 'artifacts'), config.artifactMaxParameters);
  const server = new ModelServer(pool, artifacts, {
    maxQueuedInstances: serving.maxQueuedInstances,
    timeoutMs: serving.timeoutMs,
    explainTimeoutMs: serving.explainTimeoutMs,
    onBatch: (labels, size, waitedMs) => {
      metrics.batchSize.observe(labels, size);
      const queue = metrics.queueSeconds.labels(labels);
      for (const waited of waitedMs) queue.observe(waited / 1000);
    },
    onQuarantine: (sha256, quarantine) =>
      logger.error(
        { artifact: sha256, reason: quarantine.reason },
        `model quarantined: ${quarantine.reason}; its deployments answer UNAVAILABLE until an admin releases it`,
      ),
  });
  const admitArtifact = admitOneAtATime({
    ...workerOptions,
    callTimeoutMs: 30_000,
    admission: { maxGflopsPerInstance: serving.maxGflopsPerInstance },
  });
  return { pool, artifacts, server, admitArtifact };
}

/**
 * Logs the backend the workers run on, their GPU adapter, and why best-available passed better ones
 * over. Called once the database is up: probing loads native bindings (Dawn's), and a process that
 * exits while one loads (a database that would not start) dies in the loader instead of saying why.
 */
export function logBackend(pool: WorkerPool, logger: Logger): void {
  void pool.backendInfo().then(
    ({ name, adapter, passedOver }) => {
      const on = adapter ? ` on ${describeAdapter(adapter)}` : '';
      logger.info(
        { backend: name, adapter, workers: pool.size, passedOver },
        `inference: ${name} backend${on} in ${pool.size} worker thread(s)`,
      );
      for (const reason of passedOver) logger.info(`inference: passed over ${reason}`);
    },
    (error: unknown) =>
      logger.error({ reason: (error as Error).message }, 'inference workers failed to start; predictions will fail'),
  );
}
