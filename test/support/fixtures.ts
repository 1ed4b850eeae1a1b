import { barsSignature, trainBarsModel } from '../../src/demo/train';
import { loadBackend } from '../../src/inference/backend';
import { GraphQLClient } from './client';
import { uploadModel } from './models';
import type { TestGateway } from './gateway';
import {
  CreateApiKeyDocument,
  CreateDatasetDocument,
  CreateDeploymentDocument,
  CreateExperimentDocument,
  CreateModelDocument,
  CreateTeamDocument,
  ApproveModelVersionDocument,
  ModelVersionGovernanceDocument,
  SubmitModelVersionForReviewDocument,
  RegisterDatasetVersionDocument,
  RegisterModelVersionDocument,
  StartRunDocument,
  FinishRunDocument,
  type RegisterDatasetVersionInput,
  type StartRunInput,
  type ArtifactInput,
  type RegisterModelVersionInput,
  type Sensitivity,
} from '../../src/client/generated/graphql';

/** A valid dataset version of a credit data set with a sensitive attribute. */
export function creditDatasetVersion(datasetId: string): RegisterDatasetVersionInput {
  return {
    datasetId,
    location: 's3://datasets/credit/v1.parquet',
    sha256: 'a'.repeat(64),
    rowCount: 10_000,
    features: [
      { name: 'income', dtype: 'FLOAT32', role: 'FEATURE' },
      { name: 'age', dtype: 'INT32', role: 'FEATURE' },
      { name: 'gender', dtype: 'STRING', role: 'SENSITIVE' },
      { name: 'default', dtype: 'BOOL', role: 'LABEL' },
    ],
    statistics: [
      {
        feature: 'income',
        mean: 52000,
        std: 12000,
        quantiles: [
          { q: 0.5, value: 50000 },
          { q: 0.9, value: 70000 },
        ],
        histogram: { binEdges: [0, 50000, 100000], counts: [5000, 5000] },
      },
    ],
  };
}

let testArtifact: ArtifactInput | undefined;

/** Every test gateway uploads the same small real model (test/support/models.ts) on start. */
export function useTestArtifact(artifact: ArtifactInput): void {
  testArtifact = artifact;
}

function uploadedArtifact(): ArtifactInput {
  if (!testArtifact) throw new Error('Start a test gateway first: it uploads the model versions refer to.');
  return testArtifact;
}

/** A valid version of a two-input binary classifier. */
export function classifierVersion(modelId: string, runId?: string): RegisterModelVersionInput {
  return {
    modelId,
    runId,
    artifact: uploadedArtifact(),
    signature: {
      inputs: [
        { name: 'income', dtype: 'FLOAT32', shape: [] },
        { name: 'age', dtype: 'FLOAT32', shape: [] },
      ],
      outputs: [{ name: 'probabilities', dtype: 'FLOAT32', shape: [2] }],
      classLabels: ['repaid', 'default'],
    },
    metrics: [
      { name: 'auc', value: 0.91 },
      { name: 'accuracy', value: 0.87 },
    ],
    fairnessMetrics: [{ metric: 'demographic_parity_difference', sensitiveFeature: 'gender', value: 0.04 }],
    modelCard: { intendedUse: 'Credit risk triage', limitations: 'Not for applicants under 18' },
  };
}

/** A run started and finished by `client`: a model version may name only a FINISHED run as the one that trained it. */
export async function finishedRun(client: GraphQLClient, input: StartRunInput) {
  const { startRun } = await client.data(StartRunDocument, { input });
  const { finishRun } = await client.data(FinishRunDocument, { input: { runId: startRun.id } });
  return { ...startRun, ...finishRun };
}

/** Creates team → dataset → version → experiment → run (finished) → model → version, named after `tag`. */
export async function createChain(
  client: GraphQLClient,
  tag: string,
  sensitivity: Sensitivity = 'CONFIDENTIAL',
  datasetVersionOf = creditDatasetVersion,
) {
  const { createTeam: team } = await client.data(CreateTeamDocument, { input: { name: `team-${tag}` } });
  const { createDataset: dataset } = await client.data(CreateDatasetDocument, {
    input: { teamId: team.id, name: `credit-${tag}`, sensitivity },
  });
  const { registerDatasetVersion: datasetVersion } = await client.data(RegisterDatasetVersionDocument, {
    input: datasetVersionOf(dataset.id),
  });
  const { createExperiment: experiment } = await client.data(CreateExperimentDocument, {
    input: { teamId: team.id, name: `credit-exp-${tag}` },
  });
  const run = await finishedRun(client, {
    experimentId: experiment.id,
    name: `run-${tag}`,
    params: [{ key: 'lr', value: '0.01' }],
    datasetVersionIds: [datasetVersion.id],
  });
  const { createModel: model } = await client.data(CreateModelDocument, {
    input: { teamId: team.id, name: `credit-risk-${tag}`, taskType: 'CLASSIFICATION' },
  });
  const { registerModelVersion: modelVersion } = await client.data(RegisterModelVersionDocument, {
    input: classifierVersion(model.id, run.id),
  });
  return { team, dataset, datasetVersion, experiment, run, model, modelVersion };
}

/** Trains the demo's bars CNN and registers it, uploaded, as a version of an IMAGE_CLASSIFICATION model of `teamId`. */
export async function registerBarsVersion(gw: TestGateway, teamId: string, modelName: string, runId: string) {
  const bars = await trainBarsModel((await loadBackend('cpu')).tf);
  const artifact = await uploadModel(
    gw.gateway.url,
    `Bearer ${await gw.token({ user: 'ops', roles: ['admin'] })}`,
    bars.files,
  );
  const { createModel } = await gw.client.data(CreateModelDocument, {
    input: { teamId, name: modelName, taskType: 'IMAGE_CLASSIFICATION' },
  });
  const { registerModelVersion } = await gw.client.data(RegisterModelVersionDocument, {
    input: {
      ...classifierVersion(createModel.id, runId),
      artifact,
      metrics: [{ name: 'accuracy', value: bars.accuracy }],
      fairnessMetrics: [],
      signature: barsSignature,
    },
  });
  return registerModelVersion;
}

/** Takes a DRAFT or IN_REVIEW version to APPROVED (submitted by the admin, approved by two reviewers). */
export async function approveVersion(gw: TestGateway, modelVersionId: string): Promise<void> {
  const { modelVersion } = await gw.client.data(ModelVersionGovernanceDocument, { id: modelVersionId });
  if (modelVersion.lifecycleState === 'APPROVED') return;
  if (modelVersion.lifecycleState === 'DRAFT')
    await gw.client.data(SubmitModelVersionForReviewDocument, { id: modelVersionId });
  for (const reviewer of gw.reviewers)
    await reviewer.data(ApproveModelVersionDocument, { id: modelVersionId, comment: 'meets the gates' });
}

/** A STAGING deployment of one version, approved first if need be. */
export async function deploy(gw: TestGateway, teamId: string, name: string, modelVersionId: string) {
  await approveVersion(gw, modelVersionId);
  const { createDeployment } = await gw.client.data(CreateDeploymentDocument, {
    input: { teamId, name, environment: 'STAGING', routes: [{ modelVersionId, weight: 100 }] },
  });
  return createDeployment;
}

/** A client service: an API key of `teamId` for `deployments`, made by the admin, and a client that sends it. */
export async function serviceClient(
  gw: TestGateway,
  teamId: string,
  name: string,
  deployments: string[],
): Promise<GraphQLClient> {
  const { createApiKey } = await gw.client.data(CreateApiKeyDocument, {
    input: { teamId, name, deploymentNames: deployments },
  });
  return new GraphQLClient(gw.gateway.url, { 'x-api-key': createApiKey.secret });
}

/** A predict answer's outputs without their prediction ids, which differ on every answer: what two answers must agree on. */
export const answersOf = <T extends { predictionId?: string | null }>(outputs: T[]) =>
  outputs.map(({ predictionId: _id, ...answer }) => answer);
