import { Review } from './governance/review.entity';
import { ArtifactUpload } from './models/artifact-upload.entity';
import { PredictionLogEntry } from './prediction-log/prediction-log.entity';
import { ApiKey } from './api-keys/api-key.entity';
import { AuditEvent } from './audit/audit-event.entity';
import { Dataset, DatasetVersion } from './datasets/dataset.entity';
import { Deployment, DeploymentRoute } from './deployments/deployment.entity';
import { Experiment, Run, RunDatasetVersion } from './experiments/experiment.entity';
import { Model, ModelVersion } from './models/model.entity';
import { Evaluation } from './quality/evaluation.entity';
import { Team } from './teams/team.entity';

/** Node types by GraphQL type name: what node(id) can resolve. */
export const nodeTypes = {
  Team,
  Dataset,
  DatasetVersion,
  Experiment,
  Run,
  Model,
  ModelVersion,
  Deployment,
  ApiKey,
  Review,
  AuditEvent,
  PredictionLogEntry,
  Evaluation,
};

export const entities = [...Object.values(nodeTypes), RunDatasetVersion, DeploymentRoute, ArtifactUpload];
