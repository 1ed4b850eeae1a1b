import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import {
  ApproveModelVersionDocument,
  ArchiveModelVersionDocument,
  CancelEvaluationDocument,
  EvaluateModelVersionDocument,
  AuditEventsDocument,
  AuditCheckpointDocument,
  AuditIntegrityDocument,
  DeprecateModelVersionDocument,
  RejectModelVersionDocument,
  SubmitModelVersionForReviewDocument,
  CreateApiKeyDocument,
  CreateDatasetDocument,
  CreateDeploymentDocument,
  CreateExperimentDocument,
  CreateModelDocument,
  CreateTeamDocument,
  DatasetDocument,
  DatasetsDocument,
  DatasetVersionPiiDocument,
  DeploymentSummaryDocument,
  DeploymentsDocument,
  ExperimentsDocument,
  FinishRunDocument,
  LogRunMetricsDocument,
  ModelDocument,
  ModelsDocument,
  ModelVersionLineageDocument,
  ModelVersionsDocument,
  ModelVersionPredictionInstancesDocument,
  ExplainPredictionDocument,
  PredictDocument,
  RecordOutcomesDocument,
  NodeDocument,
  RegisterDatasetVersionDocument,
  RegisterModelVersionDocument,
  RetireDeploymentDocument,
  RevokeApiKeyDocument,
  RunParamsDocument,
  ReleaseModelQuarantineDocument,
  RunsDocument,
  StartRunDocument,
  TeamApiKeyIdsDocument,
  TeamsDocument,
  UpdateDeploymentExplanationsDocument,
  UpdateDeploymentRoutesDocument,
} from '../../src/client/generated/graphql';
import { buildGraphSchema } from '../../src/graphql/schema';
import type { GraphQLClient } from '../support/client';
import { classifierVersion, creditDatasetVersion, deploy, finishedRun } from '../support/fixtures';
import { startTestGateway, type TestGateway } from '../support/gateway';
import { buildWorld, type Role, type Target, type World } from '../support/world';

/*
 * Every role against every operation, on a node of its own team, of another team, and on a
 * RESTRICTED dataset of another team. Read it against policies/roles.yaml. "allow" means the
 * caller got the node (or made the change); "deny" means an error (UNAUTHENTICATED, FORBIDDEN
 * or NOT_FOUND) or a list without the node. "-" means the target does not apply.
 */
const MATRIX = `
operation              | target     | anonymous | viewer | data-scientist | reviewer | deployer | service | admin
teams                  | own        | deny      | allow  | allow          | allow    | allow    | deny    | allow
teams                  | other      | deny      | allow  | allow          | allow    | allow    | deny    | allow
datasets               | own        | deny      | allow  | allow          | allow    | allow    | deny    | allow
datasets               | other      | deny      | allow  | allow          | allow    | allow    | deny    | allow
datasets               | restricted | deny      | deny   | deny           | allow    | deny     | deny    | allow
dataset                | own        | deny      | allow  | allow          | allow    | allow    | deny    | allow
dataset                | other      | deny      | allow  | allow          | allow    | allow    | deny    | allow
dataset                | restricted | deny      | deny   | deny           | allow    | deny     | deny    | allow
node:DatasetVersion    | own        | deny      | allow  | allow          | allow    | allow    | deny    | allow
node:DatasetVersion    | other      | deny      | allow  | allow          | allow    | allow    | deny    | allow
node:DatasetVersion    | restricted | deny      | deny   | deny           | allow    | deny     | deny    | allow
DatasetVersion.piiFields | own      | deny      | deny   | allow          | allow    | deny     | deny    | allow
DatasetVersion.piiFields | other    | deny      | deny   | deny           | allow    | deny     | deny    | allow
DatasetVersion.piiFields | restricted | deny    | deny   | deny           | allow    | deny     | deny    | allow
experiments            | own        | deny      | allow  | allow          | allow    | allow    | deny    | allow
experiments            | other      | deny      | deny   | deny           | allow    | deny     | deny    | allow
runs                   | own        | deny      | allow  | allow          | allow    | allow    | deny    | allow
runs                   | other      | deny      | deny   | deny           | allow    | deny     | deny    | allow
Run.params             | own        | deny      | deny   | allow          | allow    | deny     | deny    | allow
Run.params             | other      | deny      | deny   | deny           | allow    | deny     | deny    | allow
models                 | own        | deny      | allow  | allow          | allow    | allow    | deny    | allow
models                 | other      | deny      | deny   | deny           | allow    | deny     | deny    | allow
model                  | own        | deny      | allow  | allow          | allow    | allow    | deny    | allow
model                  | other      | deny      | deny   | deny           | allow    | deny     | deny    | allow
modelVersion           | own        | deny      | allow  | allow          | allow    | allow    | deny    | allow
modelVersion           | other      | deny      | deny   | deny           | allow    | deny     | deny    | allow
modelVersions          | own        | deny      | allow  | allow          | allow    | allow    | deny    | allow
modelVersions          | other      | deny      | deny   | deny           | allow    | deny     | deny    | allow
deployments            | own        | deny      | allow  | allow          | allow    | allow    | allow   | allow
deployments            | other      | deny      | deny   | deny           | allow    | deny     | deny    | allow
deployment             | own        | deny      | allow  | allow          | allow    | allow    | allow   | allow
deployment             | other      | deny      | deny   | deny           | allow    | deny     | deny    | allow
createTeam             | -          | deny      | deny   | deny           | deny     | deny     | deny    | allow
createDataset          | own        | deny      | deny   | allow          | deny     | deny     | deny    | allow
createDataset          | other      | deny      | deny   | deny           | deny     | deny     | deny    | allow
registerDatasetVersion | own        | deny      | deny   | allow          | deny     | deny     | deny    | allow
registerDatasetVersion | other      | deny      | deny   | deny           | deny     | deny     | deny    | allow
registerDatasetVersion | restricted | deny      | deny   | deny           | deny     | deny     | deny    | allow
createExperiment       | own        | deny      | deny   | allow          | deny     | deny     | deny    | allow
createExperiment       | other      | deny      | deny   | deny           | deny     | deny     | deny    | allow
startRun               | own        | deny      | deny   | allow          | deny     | deny     | deny    | allow
startRun               | other      | deny      | deny   | deny           | deny     | deny     | deny    | allow
logRunMetrics          | own        | deny      | deny   | allow          | deny     | deny     | deny    | allow
logRunMetrics          | other      | deny      | deny   | deny           | deny     | deny     | deny    | allow
finishRun              | own        | deny      | deny   | allow          | deny     | deny     | deny    | allow
finishRun              | other      | deny      | deny   | deny           | deny     | deny     | deny    | allow
createModel            | own        | deny      | deny   | allow          | deny     | deny     | deny    | allow
createModel            | other      | deny      | deny   | deny           | deny     | deny     | deny    | allow
registerModelVersion   | own        | deny      | deny   | allow          | deny     | deny     | deny    | allow
registerModelVersion   | other      | deny      | deny   | deny           | deny     | deny     | deny    | allow
createDeployment       | own        | deny      | deny   | deny           | deny     | allow    | deny    | allow
createDeployment       | other      | deny      | deny   | deny           | deny     | deny     | deny    | allow
updateDeploymentRoutes | own        | deny      | deny   | deny           | deny     | allow    | deny    | allow
updateDeploymentRoutes | other      | deny      | deny   | deny           | deny     | deny     | deny    | allow
updateDeploymentExplanations | own  | deny      | deny   | deny           | deny     | allow    | deny    | allow
updateDeploymentExplanations | other | deny     | deny   | deny           | deny     | deny     | deny    | allow
retireDeployment       | own        | deny      | deny   | deny           | deny     | allow    | deny    | allow
retireDeployment       | other      | deny      | deny   | deny           | deny     | deny     | deny    | allow
createApiKey           | own        | deny      | deny   | deny           | deny     | allow    | deny    | allow
createApiKey           | other      | deny      | deny   | deny           | deny     | deny     | deny    | allow
revokeApiKey           | own        | deny      | deny   | deny           | deny     | allow    | deny    | allow
revokeApiKey           | other      | deny      | deny   | deny           | deny     | deny     | deny    | allow
Team.apiKeys           | own        | deny      | deny   | deny           | deny     | allow    | deny    | allow
Team.apiKeys           | other      | deny      | deny   | deny           | deny     | deny     | deny    | allow
evaluateModelVersion   | own        | deny      | deny   | allow          | allow    | deny     | deny    | allow
evaluateModelVersion   | other      | deny      | deny   | deny           | allow    | deny     | deny    | allow
cancelEvaluation       | own        | deny      | deny   | allow          | allow    | deny     | deny    | allow
cancelEvaluation       | other      | deny      | deny   | deny           | allow    | deny     | deny    | allow
releaseModelQuarantine | own        | deny      | deny   | deny           | deny     | deny     | deny    | allow
releaseModelQuarantine | other      | deny      | deny   | deny           | deny     | deny     | deny    | allow
submitModelVersionForReview | own   | deny      | deny   | allow          | deny     | deny     | deny    | allow
submitModelVersionForReview | other | deny      | deny   | deny           | deny     | deny     | deny    | allow
approveModelVersion    | own        | deny      | deny   | deny           | allow    | deny     | deny    | allow
approveModelVersion    | other      | deny      | deny   | deny           | allow    | deny     | deny    | allow
rejectModelVersion     | own        | deny      | deny   | deny           | allow    | deny     | deny    | allow
rejectModelVersion     | other      | deny      | deny   | deny           | allow    | deny     | deny    | allow
deprecateModelVersion  | own        | deny      | deny   | allow          | deny     | deny     | deny    | allow
deprecateModelVersion  | other      | deny      | deny   | deny           | deny     | deny     | deny    | allow
archiveModelVersion    | own        | deny      | deny   | allow          | deny     | deny     | deny    | allow
archiveModelVersion    | other      | deny      | deny   | deny           | deny     | deny     | deny    | allow
auditEvents            | own        | deny      | deny   | deny           | allow    | deny     | deny    | allow
auditEvents            | other      | deny      | deny   | deny           | allow    | deny     | deny    | allow
auditIntegrity         | -          | deny      | deny   | deny           | allow    | deny     | deny    | allow
auditCheckpoint        | -          | deny      | deny   | deny           | allow    | deny     | deny    | allow
predict                | own        | deny      | deny   | allow          | deny     | allow    | allow   | allow
predict                | other      | deny      | deny   | deny           | deny     | deny     | deny    | allow
recordOutcomes         | own        | deny      | deny   | allow          | deny     | allow    | allow   | allow
recordOutcomes         | other      | deny      | deny   | deny           | deny     | deny     | deny    | allow
ModelVersion.predictions | own      | deny      | deny   | allow          | allow    | deny     | deny    | allow
ModelVersion.predictions | other    | deny      | deny   | deny           | allow    | deny     | deny    | allow
PredictionLogEntry.instances | own  | deny      | deny   | deny           | allow    | deny     | deny    | allow
PredictionLogEntry.instances | other | deny     | deny   | deny           | allow    | deny     | deny    | allow
explainPrediction      | own        | deny      | deny   | deny           | allow    | deny     | deny    | allow
explainPrediction      | other      | deny      | deny   | deny           | allow    | deny     | deny    | allow
`;

const DENIALS = new Set(['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND']);

interface Cell {
  client: GraphQLClient;
  world: World;
  target: Target;
  gw: TestGateway;
  /** Unique per cell, for names of things a cell creates. */
  tag: string;
}

/** True when the request succeeded (and `saw` holds), false when it was denied; fails on any other error. */
async function allowed<T, V>(
  client: GraphQLClient,
  document: TypedDocumentNode<T, V>,
  variables: V,
  saw: (data: T) => boolean = () => true,
) {
  const response = await client.request(document, variables);
  const error = response.errors?.[0];
  if (error) {
    assert.ok(DENIALS.has(String(error.extensions?.code)), `unexpected error: ${JSON.stringify(error)}`);
    return false;
  }
  return saw(response.data!);
}

/** Past the access checks: an answer, or `past`, a refusal only a caller let through can meet. */
async function reached<T, V>(client: GraphQLClient, document: TypedDocumentNode<T, V>, variables: V, past: string) {
  const response = await client.request(document, variables);
  const code = response.errors?.[0]?.extensions?.code;
  if (code === undefined || code === past) return true;
  assert.ok(DENIALS.has(String(code)), `unexpected answer: ${JSON.stringify(response)}`);
  return false;
}

const evaluations = new Map<string, Promise<string>>();
/** An evaluation of the target team's version, on rows uploaded to a new version of its dataset; made once per team. */
function evaluationOf(c: Cell): Promise<string> {
  const team = teamOf(c);
  let evaluation = evaluations.get(team.team.id);
  if (!evaluation) {
    evaluation = (async () => {
      const rows = 'income,age,outcome\n1,2,repaid\n3,4,default';
      const { registerDatasetVersion } = await c.gw.client.data(RegisterDatasetVersionDocument, {
        input: {
          datasetId: team.dataset.id,
          location: 's3://evaluation/matrix.csv',
          sha256: createHash('sha256').update(rows).digest('hex'),
          rowCount: 2,
          features: [
            { name: 'income', dtype: 'FLOAT32', role: 'FEATURE' },
            { name: 'age', dtype: 'FLOAT32', role: 'FEATURE' },
            { name: 'outcome', dtype: 'STRING', role: 'LABEL' },
          ],
        },
      });
      await c.gw.client.uploadRows(registerDatasetVersion.id, rows, 'text/csv');
      const { evaluateModelVersion } = await c.gw.client.data(EvaluateModelVersionDocument, {
        input: { modelVersionId: team.modelVersion.id, datasetVersionId: registerDatasetVersion.id },
      });
      return evaluateModelVersion.id;
    })();
    evaluations.set(team.team.id, evaluation);
  }
  return evaluation;
}

const teamOf = (c: Cell) => (c.target === 'own' ? c.world.alpha : c.world.beta);
const datasetOf = (c: Cell) => (c.target === 'restricted' ? c.world.restricted.dataset : teamOf(c).dataset);
const datasetVersionOf = (c: Cell) =>
  c.target === 'restricted' ? c.world.restricted.version : teamOf(c).datasetVersion;

const probes: Record<string, (c: Cell) => Promise<boolean>> = {
  teams: (c) =>
    allowed(c.client, TeamsDocument, { first: 100 }, (d) => d.teams.edges.some((e) => e.node.id === teamOf(c).team.id)),
  datasets: (c) =>
    allowed(c.client, DatasetsDocument, { first: 100 }, (d) => d.datasets.nodes.some((n) => n.id === datasetOf(c).id)),
  dataset: (c) => allowed(c.client, DatasetDocument, { id: datasetOf(c).id }),
  'node:DatasetVersion': (c) => allowed(c.client, NodeDocument, { id: datasetVersionOf(c).id }),
  'DatasetVersion.piiFields': (c) => allowed(c.client, DatasetVersionPiiDocument, { id: datasetVersionOf(c).id }),
  experiments: (c) =>
    allowed(c.client, ExperimentsDocument, { first: 100 }, (d) =>
      d.experiments.nodes.some((n) => n.id === teamOf(c).experiment.id),
    ),
  runs: (c) =>
    allowed(c.client, RunsDocument, { first: 100 }, (d) => d.runs.nodes.some((n) => n.id === teamOf(c).run.id)),
  'Run.params': (c) => allowed(c.client, RunParamsDocument, { id: teamOf(c).run.id }),
  models: (c) =>
    allowed(c.client, ModelsDocument, { first: 100 }, (d) =>
      d.models.edges.some((e) => e.node.id === teamOf(c).model.id),
    ),
  model: (c) => allowed(c.client, ModelDocument, { name: teamOf(c).model.name }),
  modelVersion: (c) => allowed(c.client, ModelVersionLineageDocument, { id: teamOf(c).modelVersion.id }),
  modelVersions: (c) =>
    allowed(c.client, ModelVersionsDocument, { first: 100 }, (d) =>
      d.modelVersions.nodes.some((n) => n.id === teamOf(c).modelVersion.id),
    ),
  deployments: (c) =>
    allowed(c.client, DeploymentsDocument, { first: 100 }, (d) =>
      d.deployments.nodes.some((n) => n.name === teamOf(c).deployment.name),
    ),
  deployment: (c) => allowed(c.client, DeploymentSummaryDocument, { name: teamOf(c).deployment.name }),
  createTeam: (c) => allowed(c.client, CreateTeamDocument, { input: { name: `team-${c.tag}` } }),
  createDataset: (c) =>
    allowed(c.client, CreateDatasetDocument, { input: { teamId: teamOf(c).team.id, name: `data-${c.tag}` } }),
  registerDatasetVersion: (c) =>
    allowed(c.client, RegisterDatasetVersionDocument, { input: creditDatasetVersion(datasetOf(c).id) }),
  createExperiment: (c) =>
    allowed(c.client, CreateExperimentDocument, { input: { teamId: teamOf(c).team.id, name: `exp-${c.tag}` } }),
  startRun: (c) => allowed(c.client, StartRunDocument, { input: { experimentId: teamOf(c).experiment.id } }),
  logRunMetrics: async (c) => {
    const { startRun } = await c.gw.client.data(StartRunDocument, { input: { experimentId: teamOf(c).experiment.id } });
    return allowed(c.client, LogRunMetricsDocument, {
      input: { runId: startRun.id, metrics: [{ name: 'loss', value: 0.1 }] },
    });
  },
  finishRun: async (c) => {
    const { startRun } = await c.gw.client.data(StartRunDocument, { input: { experimentId: teamOf(c).experiment.id } });
    return allowed(c.client, FinishRunDocument, { input: { runId: startRun.id } });
  },
  createModel: (c) =>
    allowed(c.client, CreateModelDocument, {
      input: { teamId: teamOf(c).team.id, name: `model-${c.tag}`, taskType: 'REGRESSION' },
    }),
  registerModelVersion: (c) =>
    allowed(c.client, RegisterModelVersionDocument, { input: classifierVersion(teamOf(c).model.id) }),
  createDeployment: (c) =>
    allowed(c.client, CreateDeploymentDocument, {
      input: {
        teamId: teamOf(c).team.id,
        name: `dep-${c.tag}`,
        environment: 'STAGING',
        routes: [{ modelVersionId: teamOf(c).modelVersion.id, weight: 100 }],
      },
    }),
  updateDeploymentRoutes: (c) =>
    allowed(c.client, UpdateDeploymentRoutesDocument, {
      input: { name: teamOf(c).deployment.name, routes: [{ modelVersionId: teamOf(c).modelVersion.id, weight: 100 }] },
    }),
  updateDeploymentExplanations: (c) =>
    allowed(c.client, UpdateDeploymentExplanationsDocument, {
      input: { name: teamOf(c).deployment.name, explanationDefaults: { method: 'KERNEL_SHAP' } },
    }),
  retireDeployment: async (c) => {
    const deployment = await deploy(c.gw, teamOf(c).team.id, `retire-${c.tag}`, teamOf(c).modelVersion.id);
    return allowed(c.client, RetireDeploymentDocument, { name: deployment.name });
  },
  createApiKey: (c) =>
    allowed(c.client, CreateApiKeyDocument, {
      input: { teamId: teamOf(c).team.id, name: `key-${c.tag}`, deploymentNames: [teamOf(c).deployment.name] },
    }),
  submitModelVersionForReview: async (c) =>
    allowed(c.client, SubmitModelVersionForReviewDocument, { id: await freshVersion(c, 'DRAFT') }),
  approveModelVersion: async (c) =>
    allowed(c.client, ApproveModelVersionDocument, { id: await freshVersion(c, 'IN_REVIEW'), comment: 'looks right' }),
  rejectModelVersion: async (c) =>
    allowed(c.client, RejectModelVersionDocument, { id: await freshVersion(c, 'IN_REVIEW'), reason: 'not yet' }),
  deprecateModelVersion: async (c) =>
    allowed(c.client, DeprecateModelVersionDocument, { id: await freshVersion(c, 'APPROVED') }),
  archiveModelVersion: async (c) =>
    allowed(c.client, ArchiveModelVersionDocument, { id: await freshVersion(c, 'REJECTED') }),
  auditEvents: (c) =>
    allowed(
      c.client,
      AuditEventsDocument,
      { filter: { nodeId: teamOf(c).team.id } },
      (d) => d.auditEvents.nodes.length === 1,
    ),
  auditIntegrity: (c) => allowed(c.client, AuditIntegrityDocument, {}),
  auditCheckpoint: (c) => allowed(c.client, AuditCheckpointDocument, {}),
  'ModelVersion.predictions': (c) =>
    allowed(
      c.client,
      ModelVersionPredictionInstancesDocument,
      { id: teamOf(c).modelVersion.id },
      (d) => d.modelVersion.predictions.totalCount > 0,
    ),
  'PredictionLogEntry.instances': (c) =>
    allowed(c.client, ModelVersionPredictionInstancesDocument, { id: teamOf(c).modelVersion.id }, (d) =>
      d.modelVersion.predictions.nodes.some((n) => n.instances !== null),
    ),
  explainPrediction: async (c) => {
    const { modelVersion } = await c.gw.client.data(ModelVersionPredictionInstancesDocument, {
      id: teamOf(c).modelVersion.id,
    });
    return allowed(c.client, ExplainPredictionDocument, { id: modelVersion.predictions.nodes[0]!.id, instance: 0 });
  },
  predict: (c) =>
    allowed(c.client, PredictDocument, { deployment: teamOf(c).deployment.name, instances: [{ income: 1, age: 2 }] }),
  // An id that names no prediction: only a caller past the deployment's checks learns that.
  recordOutcomes: async (c) => {
    const { errors } = await c.client.request(RecordOutcomesDocument, {
      deployment: teamOf(c).deployment.name,
      outcomes: [{ predictionId: '00000000-0000-4000-8000-000000000000:0', label: 'repaid' }],
    });
    return /^No prediction of your team's/.test(errors?.[0]?.message ?? '');
  },
  // The world's dataset versions have no rows: FAILED_PRECONDITION says the caller got past the access checks.
  evaluateModelVersion: (c) =>
    reached(
      c.client,
      EvaluateModelVersionDocument,
      { input: { modelVersionId: teamOf(c).modelVersion.id, datasetVersionId: teamOf(c).datasetVersion.id } },
      'FAILED_PRECONDITION',
    ),
  // Cancelled by the first caller let through; FAILED_PRECONDITION (ended) for the others let through.
  cancelEvaluation: async (c) =>
    reached(c.client, CancelEvaluationDocument, { id: await evaluationOf(c) }, 'FAILED_PRECONDITION'),
  releaseModelQuarantine: async (c) => {
    const response = await c.client.request(ReleaseModelQuarantineDocument, { id: teamOf(c).modelVersion.id });
    const code = String(response.errors?.[0]?.extensions?.code);
    // No version of the world is quarantined: CONFLICT says the caller got past the access check.
    if (code === 'CONFLICT') return true;
    assert.ok(DENIALS.has(code), `unexpected answer: ${JSON.stringify(response)}`);
    return false;
  },
  'Team.apiKeys': async (c) => {
    const key = c.target === 'own' ? c.world.apiKey.apiKey.id : await otherTeamsKey(c);
    return allowed(
      c.client,
      TeamApiKeyIdsDocument,
      { id: teamOf(c).team.id },
      (d) => d.node?.__typename === 'Team' && d.node.apiKeys.nodes.some((n) => n.id === key),
    );
  },
  revokeApiKey: async (c) => {
    const { createApiKey } = await c.gw.client.data(CreateApiKeyDocument, {
      input: { teamId: teamOf(c).team.id, name: `key-${c.tag}`, deploymentNames: [teamOf(c).deployment.name] },
    });
    return allowed(c.client, RevokeApiKeyDocument, { id: createApiKey.apiKey.id });
  },
};

let betaKey: Promise<string> | undefined;
/** A key of the other team (the world's one key is the own team's), made once. */
function otherTeamsKey(c: Cell): Promise<string> {
  betaKey ??= c.gw.client
    .data(CreateApiKeyDocument, {
      input: { teamId: c.world.beta.team.id, name: 'beta-listed', deploymentNames: [c.world.beta.deployment.name] },
    })
    .then(({ createApiKey }) => createApiKey.apiKey.id);
  return betaKey;
}

/**
 * A version of the target team's model in `state`, trained and registered by another admin ("author") so
 * that separation of duties does not stand in the way of the admin and reviewers under test.
 */
async function freshVersion(c: Cell, state: 'DRAFT' | 'IN_REVIEW' | 'APPROVED' | 'REJECTED'): Promise<string> {
  const author = await c.gw.as({ user: 'author', roles: ['admin'] });
  const run = await finishedRun(author, {
    experimentId: teamOf(c).experiment.id,
    datasetVersionIds: [teamOf(c).datasetVersion.id],
  });
  const { registerModelVersion } = await author.data(RegisterModelVersionDocument, {
    input: classifierVersion(teamOf(c).model.id, run.id),
  });
  const id = registerModelVersion.id;
  if (state === 'DRAFT') return id;
  await author.data(SubmitModelVersionForReviewDocument, { id });
  if (state === 'REJECTED') await c.gw.reviewers[0].data(RejectModelVersionDocument, { id, reason: 'not yet' });
  if (state === 'APPROVED')
    for (const reviewer of c.gw.reviewers) await reviewer.data(ApproveModelVersionDocument, { id, comment: 'fine' });
  return id;
}

function parseMatrix(text: string) {
  const [header, ...rows] = text
    .trim()
    .split('\n')
    .map((line) => line.split('|').map((cell) => cell.trim()));
  const roles = header!.slice(2) as Role[];
  return rows.map(([operation, target, ...cells]) => ({
    operation: operation!,
    target: target!,
    expected: Object.fromEntries(roles.map((role, i) => [role, cells[i]])),
  }));
}

describe('authorization matrix', () => {
  let gw: TestGateway;
  let world: World;
  before(async () => {
    gw = await startTestGateway();
    world = await buildWorld(gw);
    // Something in each team's prediction log.
    for (const team of [world.alpha, world.beta])
      await gw.client.data(PredictDocument, { deployment: team.deployment.name, instances: [{ income: 1, age: 2 }] });
    await gw.gateway.predictionLog.flush();
  });
  after(() => gw?.stop());

  const rows = parseMatrix(MATRIX);

  it('covers every query and mutation of the schema', async () => {
    const schema = await buildGraphSchema();
    const operations = [
      ...Object.keys(schema.getQueryType()!.getFields()),
      ...Object.keys(schema.getMutationType()!.getFields()),
    ];
    const covered = new Set(rows.map((row) => row.operation.split(/[:.]/)[0]));
    const uncovered = operations.filter((op) => !covered.has(op) && !['node', 'me'].includes(op));
    assert.deepEqual(
      uncovered,
      [],
      'node and me are open to all and tested on their own; every other operation needs rows',
    );
  });

  for (const row of rows) {
    it(`${row.operation} on ${row.target}`, async () => {
      const probe = probes[row.operation];
      assert.ok(probe, `no probe for ${row.operation}`);
      const actual: Record<string, string> = {};
      for (const role of Object.keys(row.expected) as Role[]) {
        const target = (row.target === '-' ? 'own' : row.target) as Target;
        const tag = `${row.operation}-${row.target}-${role}`.replace(/[^a-zA-Z0-9-]/g, '-');
        actual[role] = (await probe({ client: world.people[role], world, target, gw, tag })) ? 'allow' : 'deny';
      }
      assert.deepEqual(actual, row.expected);
    });
  }
});
