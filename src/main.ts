import type { MikroORM } from '@mikro-orm/postgresql';
import { startEdge } from './compose/edge';
import { logBackend, startInference } from './compose/inference';
import { startOutcomes } from './compose/outcomes';
import { startServing } from './compose/serving';
import { registerServices } from './compose/services';
import type { Config } from './config';
import { createTokenVerifier } from './authz/jwt';
import { connectDatabase, databasePools } from './db/database';
import { PolicyStore } from './domain/policies';
import { EvaluationSetService } from './domain/quality/evaluation-set.service';
import type { PredictionLog } from './domain/prediction-log/writer';
import type { PredictionLogRetention } from './domain/prediction-log/retention';
import { EvaluationRunner } from './domain/quality/evaluation-runner';
import { EventRelay } from './events/events';
import { AuditTrail } from './domain/audit/audit.service';
import { secretFile } from './secrets';
import { buildGraphSchema } from './graphql/schema';
import { createAuthenticator } from './http/authenticate';
import type { ModelServer } from './inference/model-server';
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
  /**
   * Drains and stops: answers every request already received (batches included) for at most
   * `drainMs` (default: most of the shutdown deadline), closes the subscriptions, then the workers,
   * flushes the prediction log and closes the database. Resolves false when connections had to be cut.
   */
  stop(drainMs?: number): Promise<boolean>;
}

/** The share of the shutdown deadline that answering requests may take; the rest is for the log and the database. */
const DRAIN_SHARE = 0.8;

/**
 * The composition root, in dependency order: policies and metrics → inference workers → database
 * and its notifications → serving (routing table, prediction log, drift) → services and schema →
 * HTTP. Each step is a builder in compose/. Telemetry is already running (see cli/main.ts).
 */
export async function startGateway(config: Config, logger: Logger): Promise<Gateway> {
  const policies = new PolicyStore(config.policiesDir, logger);
  const metrics = new Metrics();
  const inference = await startInference(config, logger, metrics);
  let sqlStatements = 0;
  const database = await connectDatabase(config, logger, () => {
    sqlStatements += 1;
  }).catch(async (error: unknown) => {
    await inference.pool.close();
    throw error;
  });
  logBackend(inference.pool, logger);
  try {
    const events = new EventRelay(database.url, logger);
    await events.start();
    const authenticator = createAuthenticator(database.orm, createTokenVerifier(config));
    events.onChange((change) => {
      if (change === 'apiKey' || change === 'reconnected') authenticator.forgetApiKeys();
    });
    const serving = await startServing(config, logger, {
      orm: database.orm,
      background: database.background,
      events,
      policies,
      inference,
      metrics,
    });
    // Evaluation runs, in the background, on the workers that serve.
    const evaluations = new EvaluationRunner(database.orm, inference.server, logger, {
      dataDir: config.dataDir,
      maxQueued: 16,
      ...config.evaluations,
    });
    const audit = new AuditTrail(config.auditKey ?? secretFile(config.dataDir, 'audit-key'));
    const outcomes = startOutcomes(config, logger, {
      orm: database.orm,
      background: database.background,
      events,
      policies,
      serving,
      metrics,
      audit,
      evaluations,
      server: inference.server,
    });
    // Read at scrape time, from the parts that keep their own counts.
    metrics.readFrom({
      predictionLog: () => ({ ...serving.log.stats, pending: serving.log.pending }),
      queuedInstances: () => inference.server.queuedInstances(),
      workers: () => inference.server.workerStats(),
      databasePools: () => databasePools(database),
      drift: () => serving.drift.psiSeries(),
      liveQuality: () => {
        const names = new Map([...serving.routing.all()].map((deployment) => [deployment.id, deployment.name]));
        return outcomes.watch.values().map(({ deploymentId, version, metric, value }) => ({
          labels: { deployment: names.get(deploymentId) ?? deploymentId, version: String(version) },
          metric,
          value,
        }));
      },
      quarantinedModels: () => inference.server.quarantines().length,
      workerReplacements: () => inference.pool.replacements,
    });
    const services = registerServices({ config, events, inference, serving, evaluations, metrics, audit, outcomes });
    const schema = await buildGraphSchema(events.pubSub, services);
    const edge = await startEdge(config, logger, {
      schema,
      orm: database.orm,
      authenticator,
      policies,
      events,
      inference,
      serving,
      metrics,
      evaluationSets: services.resolve(EvaluationSetService),
      outcomes: outcomes.outcomes,
    });
    policies.watch();
    void services
      .resolve(EvaluationSetService)
      .sweepAbandoned()
      .then(
        (removed) => removed > 0 && logger.info({ removed }, 'evaluation sets: removed files a stopped gateway left'),
        (error: unknown) => logger.warn({ err: error }, 'evaluation sets: could not sweep abandoned files'),
      );
    return {
      url: edge.url,
      orm: database.orm,
      sqlStatementCount: () => sqlStatements,
      models: inference.server,
      predictionLog: serving.log,
      predictionLogRetention: serving.retention,
      stop: async (drainMs = config.shutdownTimeoutMs * DRAIN_SHARE) => {
        const drained = await edge.stop(Date.now() + drainMs);
        policies.close();
        await events.close();
        await evaluations.close();
        outcomes.close();
        await inference.server.close();
        await serving.close();
        await database.close();
        return drained;
      },
    };
  } catch (error) {
    await inference.pool.close();
    await database.close();
    throw error;
  }
}
