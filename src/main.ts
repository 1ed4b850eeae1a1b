import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { MikroORM } from '@mikro-orm/postgresql';
import { createAuthenticator } from './authz/authenticate';
import { createTokenVerifier } from './authz/jwt';
import { PolicyStore } from './authz/policy';
import type { Config } from './config';
import { connectDatabase } from './db/database';
import { EventRelay } from './events/events';
import { buildGraphSchema } from './graph/schema';
import { secretFile } from './secrets';
import { admitOneAtATime } from './serving/admission';
import { ArtifactStore } from './serving/artifact-store';
import { startModelJanitor } from './serving/model-janitor';
import { ModelServer } from './serving/model-server';
import { PredictionLog } from './serving/prediction-log';
import { PredictionLogRetention } from './serving/prediction-log-retention';
import { WorkerPool } from './serving/pool';
import { RoutingTable } from './serving/routing-table';
import { TrainingDataCache } from './serving/training-data';
import { createHttpServer } from './http/server';
import type { Logger } from './telemetry/logger';
import { Metrics } from './telemetry/metrics';

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
  stop(): Promise<void>;
}

/** The composition root: policies → database → schema → HTTP. Telemetry is already running (see cli/main.ts). */
export async function startGateway(config: Config, logger: Logger): Promise<Gateway> {
  const policies = new PolicyStore(config.policiesDir, logger);
  const verifyToken = createTokenVerifier(config);
  let sqlStatements = 0;
  const database = await connectDatabase(config, logger, () => {
    sqlStatements += 1;
  });
  try {
    const events = new EventRelay(database.url, logger);
    await events.start();
    const schema = await buildGraphSchema(events.pubSub);
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
    // Read at scrape time, when the prediction log below exists.
    const metrics = new Metrics(() => ({ ...log.stats, pending: log.pending }));
    const onBatch = (size: number, waitedMs: number[]) => {
      metrics.batchSize.observe(size);
      for (const waited of waitedMs) metrics.queueSeconds.observe(waited / 1000);
    };
    const pool = new WorkerPool(config.serving.workers, { backend: config.serving.backend, memoryMb: config.serving.workerMemoryMb, callTimeoutMs: config.serving.workerCallTimeoutMs });
    const server = new ModelServer(pool, artifacts, { maxQueuedInstances, timeoutMs, explainTimeoutMs, onBatch });
    void server.backend().then(
      (backend) => logger.info({ backend, workers: config.serving.workers }, `inference: ${backend} backend in ${config.serving.workers} worker thread(s)`),
      (error: unknown) => logger.error({ reason: (error as Error).message }, 'inference workers failed to start; predictions will fail'),
    );
    const log = new PredictionLog(database.background, logger, config.serving.logBuffer);
    const retention = new PredictionLogRetention(database.background, logger, config.serving.logRetentionDays);
    const janitorEveryMs = Math.max(100, Math.min(10_000, config.serving.unloadIdleMs));
    const stopJanitor = startModelJanitor(() => routing.artifactsInUse(), server, logger, janitorEveryMs, config.serving.unloadIdleMs);
    const serving = { server, maxInstances: config.serving.maxInstances, log, trainingData, routing, metrics };
    const http = await createHttpServer({
      schema,
      orm: database.orm,
      logger,
      authenticate: authenticator.authenticate,
      policies,
      pubSub: events.pubSub,
      changed: (change) => events.changed(change),
      auditKey: config.auditKey ?? secretFile(config.dataDir, 'audit-key'),
      artifacts,
      artifactMaxBytes: config.artifactMaxBytes,
      metrics: config.metrics,
      admitArtifact: admitOneAtATime({ backend: config.serving.backend, memoryMb: config.serving.workerMemoryMb, callTimeoutMs: 30_000 }),
      serving,
      version: config.version,
    });
    await new Promise<void>((resolve, reject) => {
      http.server.once('error', reject);
      http.server.listen(config.port, config.host, resolve);
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
      stop: async () => {
        policies.close();
        await http.stop();
        await events.close();
        stopJanitor();
        routing.close();
        await server.close();
        await log.close();
        await retention.close();
        await database.close();
      },
    };
  } catch (error) {
    await database.close();
    throw error;
  }
}
