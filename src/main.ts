import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { MikroORM } from '@mikro-orm/postgresql';
import { createAuthenticator } from './http/authenticate';
import { createTokenVerifier } from './authz/jwt';
import { PolicyStore } from './domain/policies';
import type { Config } from './config';
import { connectDatabase, databasePools } from './db/database';
import { EventRelay, topics } from './events/events';
import { DeploymentStatus } from './domain/deployments/deployment.entity';
import { DriftMonitor } from './domain/drift/monitor';
import { buildGraphSchema } from './graphql/schema';
import { secretFile } from './secrets';
import { admitOneAtATime } from './inference/admission';
import { describeAdapter } from './inference/backend';
import { ArtifactStore } from './inference/artifact-store';
import { startModelJanitor } from './inference/model-janitor';
import { ModelServer } from './inference/model-server';
import { PredictionLog } from './domain/prediction-log/writer';
import { replayPredictionLogSpill } from './domain/prediction-log/replay';
import { PredictionLogRetention } from './domain/prediction-log/retention';
import { WorkerPool } from './inference/pool';
import { RoutingTable } from './domain/serving/routing-table';
import { TrainingDataCache } from './domain/experiments/training-data';
import { createHttpServer } from './http/server';
import { container } from 'tsyringe';
import { AuditTrail } from './domain/audit/audit.service';
import { PredictionService } from './domain/serving/predict.service';
import { WorkRates } from './domain/work-rates';
import { ResponseSizeLimit } from './domain/response-size';
import type { Logger } from './telemetry/logger';
import { Metrics, type ServingLabels } from './telemetry/metrics';

export interface Gateway {
  /** The GraphQL endpoint, e.g. http://localhost:4000/graphql. */
  url: string;
  orm: MikroORM;
  /** SQL statements sent since start: lets tests see whether a query batches its loads. */
  sqlStatementCount(): number;
  /** The model server: its batch statistics and worker tensor counts, for tests and load tests. */
  models: ModelServer;
  predictionLog: PredictionLog;
  /** Drops prediction log entries past MODELGATE_PREDICTION_LOG_RETENTION_DAYS; tests purge on demand. */
  predictionLogRetention: PredictionLogRetention;
  /**
   * Drains and stops: answers every request already received (batches included) for at most
   * `drainMs` (default: most of the shutdown deadline), closes the subscriptions, then the workers,
   * flushes the prediction log and closes the database. Resolves false when connections had to be cut.
   */
  stop(drainMs?: number): Promise<boolean>;
}

/** The share of the shutdown deadline that answering requests may take; the rest is for the log and the database. */
const DRAIN_SHARE = 0.8;

/** The composition root: policies → inference workers → database → schema → HTTP. Telemetry is already running (see cli/main.ts). */
export async function startGateway(config: Config, logger: Logger): Promise<Gateway> {
  const policies = new PolicyStore(config.policiesDir, logger);
  const verifyToken = createTokenVerifier(config);
  // Unset, each worker takes its backend's default.
  const maxActivationBytes = config.serving.maxActivationMb && config.serving.maxActivationMb * 2 ** 20;
  const pool = new WorkerPool(config.serving.workers, {
    backend: config.serving.backend,
    memoryMb: config.serving.workerMemoryMb,
    callTimeoutMs: config.serving.workerCallTimeoutMs,
    maxActivationBytes,
  });
  let sqlStatements = 0;
  let database: Awaited<ReturnType<typeof connectDatabase>>;
  try {
    // A backend asked for by name that cannot run stops start-up, saying what it lacks, before the database starts.
    if (config.serving.backend) await pool.backend();
    database = await connectDatabase(config, logger, () => {
      sqlStatements += 1;
    });
  } catch (error) {
    await pool.close();
    throw error;
  }
  logBackend(pool, logger);
  try {
    const events = new EventRelay(database.url, logger);
    await events.start();
    const authenticator = createAuthenticator(database.orm, verifyToken);
    const trainingData = new TrainingDataCache(database.orm);
    const routing = new RoutingTable(database.background, trainingData, logger, config.serving.routingRefreshMs);
    await routing.reload();
    events.onChange((change) => {
      if (change === 'apiKey' || change === 'reconnected') authenticator.forgetApiKeys();
      if (change !== 'apiKey') return routing.reload();
    });
    const artifacts = new ArtifactStore(path.join(config.dataDir, 'artifacts'), config.artifactMaxParameters);
    const { maxQueuedInstances, timeoutMs, explainTimeoutMs } = config.serving;
    const onBatch = (labels: ServingLabels, size: number, waitedMs: number[]) => {
      metrics.batchSize.observe(labels, size);
      const queue = metrics.queueSeconds.labels(labels);
      for (const waited of waitedMs) queue.observe(waited / 1000);
    };
    const server = new ModelServer(pool, artifacts, {
      maxQueuedInstances,
      timeoutMs,
      explainTimeoutMs,
      onBatch,
      onQuarantine: (sha256, quarantine) =>
        logger.error(
          { artifact: sha256, reason: quarantine.reason },
          `model quarantined: ${quarantine.reason}; its deployments answer UNAVAILABLE until an admin releases it`,
        ),
    });
    const drift = new DriftMonitor({
      trainingData,
      policy: () => policies.current.drift,
      onAlert: (deployment, alert, features) => {
        metrics.driftAlerts.inc(alert.labels);
        logger.warn(
          { deployment: deployment.name, version: alert.version, features },
          `drift alert: ${deployment.name} v${alert.version}`,
        );
        const status = routing.get(deployment.name)?.status ?? DeploymentStatus.ACTIVE;
        void events.pubSub.publish(topics.deployment(deployment.name), {
          kind: 'deployment',
          action: 'driftAlert',
          actor: 'modelgate',
          at: new Date().toISOString(),
          deploymentId: deployment.id,
          deploymentName: deployment.name,
          state: status,
          drift: { version: alert.version, features },
        });
      },
    });
    // Read at scrape time, from the parts that keep their own counts.
    const metrics = new Metrics({
      predictionLog: () => ({ ...log.stats, pending: log.pending }),
      queuedInstances: () => server.queuedInstances(),
      workers: () => server.workerStats(),
      databasePools: () => databasePools(database),
      drift: () => drift.psiSeries(),
      quarantinedModels: () => server.quarantines().length,
      workerReplacements: () => pool.replacements,
    });
    // Entries the last gateway spilled when it stopped (see PredictionLog.close) are written in the background.
    const spillDir = path.join(config.dataDir, 'prediction-log-spill');
    const log = new PredictionLog(
      database.background,
      logger,
      config.serving.logBuffer,
      undefined,
      undefined,
      spillDir,
    );
    const replayed = replayPredictionLogSpill(database.background, spillDir, logger).catch((error: unknown) =>
      logger.error({ err: error }, 'prediction log: spilled entries could not be replayed'),
    );
    const retention = new PredictionLogRetention(database.background, logger, config.serving.logRetentionDays);
    const janitorEveryMs = Math.max(100, Math.min(10_000, config.serving.unloadIdleMs));
    const stopJanitor = startModelJanitor(
      () => routing.artifactsInUse(),
      server,
      logger,
      janitorEveryMs,
      config.serving.unloadIdleMs,
    );
    const workRates = new WorkRates();
    const responseSize = new ResponseSizeLimit(config.serving.maxResponseBytes);
    const predictions = new PredictionService(
      server,
      routing,
      log,
      drift,
      metrics,
      workRates,
      config.serving.maxInstances,
      config.digestKey ?? secretFile(config.dataDir, 'digest-key'),
      responseSize,
    );
    // What resolvers reach through type-graphql's container: one child container per gateway.
    const services = container.createChildContainer();
    services.registerInstance(AuditTrail, new AuditTrail(config.auditKey ?? secretFile(config.dataDir, 'audit-key')));
    services.registerInstance(EventRelay, events);
    services.registerInstance(ArtifactStore, artifacts);
    services.registerInstance(ModelServer, server);
    services.registerInstance(TrainingDataCache, trainingData);
    services.registerInstance(DriftMonitor, drift);
    services.registerInstance(Metrics, metrics);
    services.registerInstance(PredictionService, predictions);
    services.registerInstance(WorkRates, workRates);
    services.registerInstance(ResponseSizeLimit, responseSize);
    const schema = await buildGraphSchema(events.pubSub, services);
    const http = await createHttpServer({
      schema,
      orm: database.orm,
      logger,
      authenticate: authenticator.authenticate,
      policies,
      pubSub: events.pubSub,
      artifacts,
      artifactMaxBytes: config.artifactMaxBytes,
      metricsAccess: config.metrics,
      admitArtifact: admitOneAtATime({
        backend: config.serving.backend,
        memoryMb: config.serving.workerMemoryMb,
        callTimeoutMs: 30_000,
        maxActivationBytes,
        admission: { maxGflopsPerInstance: config.serving.maxGflopsPerInstance },
      }),
      models: server,
      predictions,
      routing,
      predictionLog: log,
      metrics,
      version: config.version,
    });
    await new Promise<void>((resolve, reject) => {
      http.server.once('error', reject);
      http.server.listen(config.port, config.host, resolve);
    });
    // A revoked key's open WebSocket connections close at once (after the authenticator above forgot it).
    events.onChange((change) => {
      if (change === 'apiKey' || change === 'reconnected') return http.recheckWebSockets();
    });
    const { port } = http.server.address() as AddressInfo;
    const url = `http://localhost:${port}/graphql`;
    policies.watch();
    return {
      url,
      orm: database.orm,
      sqlStatementCount: () => sqlStatements,
      models: server,
      predictionLog: log,
      predictionLogRetention: retention,
      stop: async (drainMs = config.shutdownTimeoutMs * DRAIN_SHARE) => {
        const drained = await http.stop(Date.now() + drainMs);
        policies.close();
        await events.close();
        stopJanitor();
        routing.close();
        drift.close();
        await server.close();
        await replayed;
        await log.close();
        await retention.close();
        await database.close();
        return drained;
      },
    };
  } catch (error) {
    await pool.close();
    await database.close();
    throw error;
  }
}

/** Logs the backend the workers run on, their GPU adapter, and why best-available passed better ones over. */
function logBackend(pool: WorkerPool, logger: Logger): void {
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
