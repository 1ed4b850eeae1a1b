import type { MikroORM } from '@mikro-orm/postgresql';
import type pg from 'pg';
import type { Config } from '../config';
import { gatewayActor, type AuditTrail } from '../domain/audit/audit.service';
import { Deployment, DeploymentStatus } from '../domain/deployments/deployment.entity';
import { LiveQualityReader } from '../domain/outcomes/live-quality';
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
}

export interface OutcomeNeeds {
  orm: MikroORM;
  background: pg.Pool;
  events: EventRelay;
  policies: PolicyStore;
  serving: Serving;
  metrics: Metrics;
  audit: AuditTrail;
}

export function startOutcomes(
  config: Config,
  logger: Logger,
  { orm, background, events, policies, serving, metrics, audit }: OutcomeNeeds,
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
  const watch = new QualityWatch({
    reader,
    policy,
    logger,
    onAlert: (alert) =>
      void raise(alert).catch((error: unknown) =>
        logger.error({ err: error, alert }, 'live quality alert could not be written to the audit trail'),
      ),
  });
  const limits = { perRequest: config.outcomes.perRequest, correctionsPerRequest: 10_000, atOnce: 2 };
  return {
    outcomes: new OutcomeService(serving.predictions, audit, limits, watch, () => serving.log.flush()),
    liveQuality: new LiveQualityService(reader, watch, policy),
    watch,
  };
}
