import type { MikroORM } from '@mikro-orm/postgresql';
import type pg from 'pg';
import type { Config } from '../config';
import { gatewayActor, type AuditTrail } from '../domain/audit/audit.service';
import { Deployment, DeploymentStatus } from '../domain/deployments/deployment.entity';
import { DatasetVersion } from '../domain/datasets/dataset.entity';
import { ModelVersion } from '../domain/models/model.entity';
import { AttributionDrift, importanceOf } from '../domain/outcomes/attribution-drift';
import { LiveQualityReader } from '../domain/outcomes/live-quality';
import { inputsOf } from '../domain/quality/evaluate';
import type { EvaluationRunner } from '../domain/quality/evaluation-runner';
import type { ServedDeployment, ServedVersion } from '../domain/serving/routing-table';
import type { ModelServer } from '../inference/model-server';
import { LiveQualityService } from '../domain/outcomes/live-quality.service';
import { OutcomeService } from '../domain/outcomes/outcome.service';
import { QualityWatch, type QualityAlert } from '../domain/outcomes/quality-watch';
import type { PolicyStore } from '../domain/policies';
import { topics, type EventRelay } from '../events/events';
import type { Logger } from '../telemetry/logger';
import type { Metrics } from '../telemetry/metrics';
import type { Serving } from './serving';

/** Ground truth and live quality: outcome reports, the quality read from them, and the watch that raises alerts. */
export interface Outcomes {
  outcomes: OutcomeService;
  liveQuality: LiveQualityService;
  watch: QualityWatch;
  attributions: AttributionDrift;
  close(): void;
}

export interface OutcomeNeeds {
  orm: MikroORM;
  background: pg.Pool;
  events: EventRelay;
  policies: PolicyStore;
  serving: Serving;
  metrics: Metrics;
  audit: AuditTrail;
  evaluations: EvaluationRunner;
  server: ModelServer;
}

export function startOutcomes(
  config: Config,
  logger: Logger,
  { orm, background, events, policies, serving, metrics, audit, evaluations, server }: OutcomeNeeds,
): Outcomes {
  const reader = new LiveQualityReader(background);
  const policy = () => policies.current.quality;
  /** A failed check: a log line, a metric, an event on deploymentEvents, and an entry in the audit trail. */
  const raise = async (alert: QualityAlert) => {
    const deployment = [...serving.routing.all()].find((served) => served.id === alert.deploymentId);
    const name = deployment?.name ?? alert.deploymentId;
    metrics.qualityAlerts.inc({ deployment: name, version: String(alert.version), check: alert.check });
    logger.warn({ deployment: name, ...alert }, `live quality alert: ${name} v${alert.version} fails ${alert.check}`);
    void events.pubSub.publish(topics.deployment(name), {
      kind: 'deployment',
      action: 'qualityAlert',
      actor: 'modelgate',
      at: new Date().toISOString(),
      deploymentId: alert.deploymentId,
      deploymentName: name,
      state: deployment?.status ?? DeploymentStatus.ACTIVE,
      quality: alert,
    });
    await orm.em
      .fork()
      .transactional((em) =>
        audit.record(
          gatewayActor('quality-watch'),
          em,
          'qualityAlert',
          em.getReference(Deployment, alert.deploymentId),
          null,
          alert,
        ),
      );
  };
  const onAlert = (alert: QualityAlert) =>
    void raise(alert).catch((error: unknown) =>
      logger.error({ err: error, alert }, 'live quality alert could not be written to the audit trail'),
    );
  const watch = new QualityWatch({ reader, policy, logger, onAlert });
  const { trainingData } = serving;
  /** The version's latest finished evaluation, else its model's: the first referenceRows rows of its set, explained. */
  const reference = async (deployment: ServedDeployment, version: ServedVersion) => {
    const { rows } = await background.query<{ id: string; version: string; dataset: string }>(
      `select e.id::text as id, e.model_version_id::text as version, e.dataset_version_id::text as dataset
         from evaluation e join model_version v on v.id = e.model_version_id
        where e.status = 'SUCCEEDED' and v.model_id = (select model_id from model_version where id = $1)
        order by (e.model_version_id = $1) desc, e.finished_at desc limit 1`,
      [version.id],
    );
    const [found] = rows;
    if (!found) return undefined;
    const em = orm.em.fork();
    const evaluated = await em.findOneOrFail(ModelVersion, found.version);
    const plan = await evaluations.plan(evaluated, await em.findOneOrFail(DatasetVersion, found.dataset));
    const count = Math.min(policy().attributionDrift.referenceRows, plan.truth.length);
    const explained = {
      id: evaluated.id,
      run: evaluated.run,
      signature: evaluated.signature,
      artifact: evaluated.artifact,
    };
    const importance = await importanceOf(
      { server, trainingData },
      explained,
      deployment.explanationDefaults,
      inputsOf(plan, 0, count),
    );
    return { ...importance, evaluationId: found.id, versionId: evaluated.id };
  };
  const attributions = new AttributionDrift({ server, trainingData, policy, reference, logger, onAlert });
  serving.predictions.addObserver(attributions);
  const limits = { perRequest: config.outcomes.perRequest, correctionsPerRequest: 10_000, atOnce: 2 };
  return {
    outcomes: new OutcomeService(serving.predictions, audit, limits, watch, () => serving.log.flush()),
    liveQuality: new LiveQualityService(reader, watch, policy, attributions, trainingData),
    watch,
    attributions,
    close: () => {
      watch.close();
      attributions.close();
    },
  };
}
