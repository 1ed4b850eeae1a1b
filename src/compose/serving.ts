import path from 'node:path';
import type { MikroORM } from '@mikro-orm/postgresql';
import type pg from 'pg';
import type { Config } from '../config';
import { DeploymentStatus } from '../domain/deployments/deployment.entity';
import { DriftMonitor } from '../domain/drift/monitor';
import { TrainingDataCache } from '../domain/experiments/training-data';
import type { PolicyStore } from '../domain/policies';
import { replayPredictionLogSpill } from '../domain/prediction-log/replay';
import { PredictionLogRetention } from '../domain/prediction-log/retention';
import { PredictionLog } from '../domain/prediction-log/writer';
import { ResponseSizeLimit } from '../domain/response-size';
import { PredictionService } from '../domain/serving/predict.service';
import { RoutingTable } from '../domain/serving/routing-table';
import { WorkRates } from '../domain/work-rates';
import { topics, type EventRelay } from '../events/events';
import { startModelJanitor } from '../inference/model-janitor';
import { secretFile } from '../secrets';
import type { Logger } from '../telemetry/logger';
import type { Metrics } from '../telemetry/metrics';
import type { Inference } from './inference';

/** The predict path and what watches it: routing table, prediction log, drift, work rates. */
export interface Serving {
  routing: RoutingTable;
  trainingData: TrainingDataCache;
  log: PredictionLog;
  retention: PredictionLogRetention;
  drift: DriftMonitor;
  workRates: WorkRates;
  responseSize: ResponseSizeLimit;
  predictions: PredictionService;
  /** Stops the timers, then writes what the log still holds (spilled entries replayed first). */
  close(): Promise<void>;
}

export interface ServingNeeds {
  orm: MikroORM;
  /** The database pool of background work (the routing table, the log): not the requests'. */
  background: pg.Pool;
  events: EventRelay;
  policies: PolicyStore;
  inference: Inference;
  metrics: Metrics;
}

/** Reads the routing table and starts the prediction log, drift and the model janitor. */
export async function startServing(
  config: Config,
  logger: Logger,
  { orm, background, events, policies, inference, metrics }: ServingNeeds,
): Promise<Serving> {
  const { serving } = config;
  const trainingData = new TrainingDataCache(orm);
  const routing = new RoutingTable(background, trainingData, logger, serving.routingRefreshMs);
  await routing.reload();
  events.onChange((change) => {
    if (change !== 'apiKey') return routing.reload();
  });
  // Entries the last gateway spilled when it stopped (see PredictionLog.close) are written in the background.
  const spillDir = path.join(config.dataDir, 'prediction-log-spill');
  const log = new PredictionLog(background, logger, serving.logBuffer, undefined, undefined, spillDir);
  const replayed = replayPredictionLogSpill(background, spillDir, logger).catch((error: unknown) =>
    logger.error({ err: error }, 'prediction log: spilled entries could not be replayed'),
  );
  const retention = new PredictionLogRetention(background, logger, serving.logRetentionDays);
  const stopJanitor = startModelJanitor(
    () => routing.artifactsInUse(),
    inference.server,
    logger,
    Math.max(100, Math.min(10_000, serving.unloadIdleMs)),
    serving.unloadIdleMs,
  );
  const drift = new DriftMonitor({
    trainingData,
    policy: () => policies.current.drift,
    onAlert: (deployment, alert, features) => {
      metrics.driftAlerts.inc(alert.labels);
      logger.warn(
        { deployment: deployment.name, version: alert.version, features },
        `drift alert: ${deployment.name} v${alert.version}`,
      );
      void events.pubSub.publish(topics.deployment(deployment.name), {
        kind: 'deployment',
        action: 'driftAlert',
        actor: 'modelgate',
        at: new Date().toISOString(),
        deploymentId: deployment.id,
        deploymentName: deployment.name,
        state: routing.get(deployment.name)?.status ?? DeploymentStatus.ACTIVE,
        drift: { version: alert.version, features },
      });
    },
  });
  const workRates = new WorkRates();
  const responseSize = new ResponseSizeLimit(serving.maxResponseBytes);
  const predictions = new PredictionService({
    server: inference.server,
    routing,
    log,
    observers: [drift],
    metrics,
    workRates,
    maxInstances: serving.maxInstances,
    digestKey: config.digestKey ?? secretFile(config.dataDir, 'digest-key'),
    responseSize,
  });
  return {
    routing,
    trainingData,
    log,
    retention,
    drift,
    workRates,
    responseSize,
    predictions,
    close: async () => {
      stopJanitor();
      routing.close();
      drift.close();
      await replayed;
      await log.close();
      await retention.close();
    },
  };
}
