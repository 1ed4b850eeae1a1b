import { container, type DependencyContainer } from 'tsyringe';
import type { Config } from '../config';
import { ApiKeyService } from '../domain/api-keys/api-key.service';
import { AuditTrail } from '../domain/audit/audit.service';
import { DatasetService } from '../domain/datasets/dataset.service';
import { DeploymentService } from '../domain/deployments/deployment.service';
import { DriftMonitor } from '../domain/drift/monitor';
import { ExperimentService } from '../domain/experiments/experiment.service';
import { TrainingDataCache } from '../domain/experiments/training-data';
import { ExplanationService } from '../domain/explanations/explain.service';
import { GovernanceService } from '../domain/governance/governance.service';
import { ModelService } from '../domain/models/model.service';
import { PredictionLogService } from '../domain/prediction-log/prediction-log.service';
import { EvaluationSetService } from '../domain/quality/evaluation-set.service';
import { ResponseSizeLimit } from '../domain/response-size';
import { PredictionService } from '../domain/serving/predict.service';
import { TeamService } from '../domain/teams/team.service';
import { WorkRates } from '../domain/work-rates';
import { EvaluationRunner } from '../domain/quality/evaluation-runner';
import { EvaluationService } from '../domain/quality/evaluation.service';
import { EventRelay } from '../events/events';
import { ArtifactStore } from '../inference/artifact-store';
import { ModelServer } from '../inference/model-server';
import { Metrics } from '../telemetry/metrics';
import type { Inference } from './inference';
import type { Serving } from './serving';
import type { Outcomes } from './outcomes';
import { OutcomeService } from '../domain/outcomes/outcome.service';
import { LiveQualityService } from '../domain/outcomes/live-quality.service';

/** The domain services resolvers name in their constructors: each made once per gateway, on first use. */
const domainServices = [
  TeamService,
  DatasetService,
  ExperimentService,
  ModelService,
  GovernanceService,
  DeploymentService,
  ApiKeyService,
  PredictionLogService,
  ExplanationService,
  EvaluationService,
] as const;

/**
 * What resolvers reach through type-graphql's container: one child container per gateway (tests
 * run several in one process), holding the long-lived parts and one instance of each service.
 */
export function registerServices(parts: {
  config: Config;
  events: EventRelay;
  inference: Inference;
  serving: Serving;
  evaluations: EvaluationRunner;
  metrics: Metrics;
  audit: AuditTrail;
  outcomes: Outcomes;
}): DependencyContainer {
  const { config, events, inference, serving, evaluations, metrics, audit, outcomes } = parts;
  const services = container.createChildContainer();
  services.registerInstance(AuditTrail, audit);
  services.registerInstance(OutcomeService, outcomes.outcomes);
  services.registerInstance(LiveQualityService, outcomes.liveQuality);
  services.registerInstance(
    EvaluationSetService,
    new EvaluationSetService(audit, { dataDir: config.dataDir, maxRows: config.evaluationSets.maxRows }),
  );
  services.registerInstance(EventRelay, events);
  services.registerInstance(ArtifactStore, inference.artifacts);
  services.registerInstance(ModelServer, inference.server);
  services.registerInstance(TrainingDataCache, serving.trainingData);
  services.registerInstance(DriftMonitor, serving.drift);
  services.registerInstance(Metrics, metrics);
  services.registerInstance(PredictionService, serving.predictions);
  services.registerInstance(WorkRates, serving.workRates);
  services.registerInstance(ResponseSizeLimit, serving.responseSize);
  services.registerInstance(EvaluationRunner, evaluations);
  for (const service of domainServices) services.registerSingleton<object>(service);
  return services;
}
