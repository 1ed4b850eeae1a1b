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
import { describeAdapter } from './serving/backend';
import { ArtifactStore } from './serving/artifact-store';
import { startModelJanitor } from './serving/model-janitor';
import { ModelServer } from './serving/model-server';
import { PredictionLog } from './serving/prediction-log';
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
  stop(): Promise<void>;
}

/** The composition root: policies → inference workers → database → schema → HTTP. Telemetry is already running (see cli/main.ts). */
export async function startGateway(config: Config, logger: Logger): Promise<Gateway> {
  const policies = new PolicyStore(config.policiesDir, logger);
  const verifyToken = createTokenVerifier(config);
  const pool = new WorkerPool(config.serving.workers, { backend: config.serving.backend, memoryMb: config.serving.workerMemoryMb, callTimeoutMs: config.serving.workerCallTimeoutMs });
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
    const server = new ModelServer(pool, artifacts, { maxQueuedInstances, timeoutMs, explainTimeoutMs, onBatch });
    const log = new PredictionLog(database.background, logger, config.serving.logBuffer);
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
      stop: async () => {
        policies.close();
        await http.stop();
        await events.close();
        stopJanitor();
        routing.close();
        await server.close();
        await log.close();
        await database.close();
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
      logger.info({ backend: name, adapter, workers: pool.size, passedOver }, `inference: ${name} backend${on} in ${pool.size} worker thread(s)`);
      for (const reason of passedOver) logger.info(`inference: passed over ${reason}`);
    },
    (error: unknown) => logger.error({ reason: (error as Error).message }, 'inference workers failed to start; predictions will fail'),
  );
}
