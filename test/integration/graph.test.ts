import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  DatasetLineageDocument,
  DeploymentDocument,
  FinishRunDocument,
  LogRunMetricsDocument,
  ModelDocument,
  ModelVersionLineageDocument,
  NodeDocument,
  RegisterDatasetVersionDocument,
  RegisterModelVersionDocument,
  RetireDeploymentDocument,
  StartRunDocument,
  UpdateDeploymentRoutesDocument,
  CreateDeploymentDocument,
} from '../../src/client/generated/graphql';
import { approveVersion, classifierVersion, createChain, creditDatasetVersion, deploy } from '../support/fixtures';
import { startTestGateway, type TestGateway } from '../support/gateway';

describe('the governed graph over HTTP', () => {
  let gw: TestGateway;
  let chain: Awaited<ReturnType<typeof createChain>>;
  before(async () => {
    gw = await startTestGateway();
    chain = await createChain(gw.client, 'graph');
  });
  after(() => gw?.stop());

  it('walks the whole chain from team to deployment', async () => {
    const { client } = gw;
    assert.equal(chain.datasetVersion.version, 1);
    assert.equal(chain.datasetVersion.dataset.name, 'credit-graph');
    assert.deepEqual(chain.run.datasetVersions, [{ id: chain.datasetVersion.id, version: 1 }]);
    assert.equal(chain.run.status, 'FINISHED', 'the version names it, so it had to be finished');
    assert.equal(chain.modelVersion.lifecycleState, 'DRAFT');
    assert.equal(chain.modelVersion.version, 1);

    // A second run of the experiment logs metrics as it goes, and finishes.
    const { startRun: tuning } = await client.data(StartRunDocument, {
      input: { experimentId: chain.experiment.id, name: 'tuning' },
    });
    assert.equal(tuning.status, 'RUNNING');
    const { logRunMetrics } = await client.data(LogRunMetricsDocument, {
      input: {
        runId: tuning.id,
        metrics: [
          { name: 'loss', value: 0.5 },
          { name: 'auc', value: 0.8 },
        ],
      },
    });
    assert.deepEqual(logRunMetrics.metrics, [
      { name: 'loss', value: 0.5 },
      { name: 'auc', value: 0.8 },
    ]);
    const { logRunMetrics: relogged } = await client.data(LogRunMetricsDocument, {
      input: { runId: tuning.id, metrics: [{ name: 'loss', value: 0.25 }] },
    });
    assert.deepEqual(
      relogged.metrics,
      [
        { name: 'loss', value: 0.25 },
        { name: 'auc', value: 0.8 },
      ],
      'a new value replaces the old one',
    );
    const { finishRun } = await client.data(FinishRunDocument, { input: { runId: tuning.id } });
    assert.equal(finishRun.status, 'FINISHED');
    assert.ok(finishRun.finishedAt);

    const deployment = await deploy(gw, chain.team.id, 'credit-graph', chain.modelVersion.id);
    assert.deepEqual(deployment.routes, [{ weight: 100, modelVersion: { id: chain.modelVersion.id, version: 1 } }]);
    assert.deepEqual(deployment.batching, { maxBatchSize: 32, maxQueueDelayMs: 5 });
    assert.equal(deployment.status, 'ACTIVE');
    const { deployment: fetched } = await client.data(DeploymentDocument, { name: 'credit-graph' });
    assert.deepEqual(fetched, deployment);
  });

  it('numbers versions one after another', async () => {
    const { registerDatasetVersion: v2 } = await gw.client.data(RegisterDatasetVersionDocument, {
      input: creditDatasetVersion(chain.dataset.id),
    });
    assert.equal(v2.version, 2);
    const { registerModelVersion: m2 } = await gw.client.data(RegisterModelVersionDocument, {
      input: classifierVersion(chain.model.id),
    });
    assert.equal(m2.version, 2);
    const { model } = await gw.client.data(ModelDocument, { name: chain.model.name });
    assert.deepEqual(
      model.versions.map((v) => v.version),
      [1, 2],
    );
  });

  it('finds a model by id and by name', async () => {
    const byId = await gw.client.data(ModelDocument, { id: chain.model.id });
    const byName = await gw.client.data(ModelDocument, { name: chain.model.name });
    assert.equal(byId.model.id, chain.model.id);
    assert.deepEqual(byName, byId);
  });

  it('traces a model version forward to its run and training data', async () => {
    const { modelVersion } = await gw.client.data(ModelVersionLineageDocument, { id: chain.modelVersion.id });
    assert.equal(modelVersion.run?.id, chain.run.id);
    assert.equal(modelVersion.run?.experiment.name, 'credit-exp-graph');
    assert.deepEqual(modelVersion.trainingDatasets, [
      { id: chain.datasetVersion.id, version: 1, dataset: { name: 'credit-graph' } },
    ]);
  });

  it('traces a dataset version back to the runs, model versions and deployments that depend on it', async () => {
    await deploy(gw, chain.team.id, 'credit-lineage', chain.modelVersion.id);
    const { dataset } = await gw.client.data(DatasetLineageDocument, { id: chain.dataset.id });
    const v1 = dataset.versions.find((v) => v.version === 1)!;
    assert.deepEqual(v1.runs, [{ id: chain.run.id, name: 'run-graph' }]);
    assert.deepEqual(v1.modelVersions, [{ id: chain.modelVersion.id, version: 1, model: { name: chain.model.name } }]);
    assert.ok(v1.deployments.some((d) => d.name === 'credit-lineage'));
    const v2 = dataset.versions.find((v) => v.version === 2);
    assert.deepEqual(
      v2 && [v2.runs, v2.modelVersions, v2.deployments],
      [[], [], []],
      'an unused version has no dependants',
    );
  });

  it('moves routes and retires a deployment', async () => {
    const { registerModelVersion: canary } = await gw.client.data(RegisterModelVersionDocument, {
      input: classifierVersion(chain.model.id, chain.run.id),
    });
    await approveVersion(gw, canary.id);
    await gw.client.data(CreateDeploymentDocument, {
      input: {
        teamId: chain.team.id,
        name: 'credit-routes',
        environment: 'STAGING',
        routes: [{ modelVersionId: chain.modelVersion.id, weight: 100 }],
      },
    });
    const { updateDeploymentRoutes } = await gw.client.data(UpdateDeploymentRoutesDocument, {
      input: {
        name: 'credit-routes',
        routes: [
          { modelVersionId: chain.modelVersion.id, weight: 90 },
          { modelVersionId: canary.id, weight: 10 },
        ],
      },
    });
    assert.deepEqual(
      updateDeploymentRoutes.routes.map((r) => [r.modelVersion.id, r.weight]),
      [
        [chain.modelVersion.id, 90],
        [canary.id, 10],
      ],
    );
    const { retireDeployment } = await gw.client.data(RetireDeploymentDocument, { name: 'credit-routes' });
    assert.equal(retireDeployment.status, 'RETIRED');
    const again = await gw.client.error(RetireDeploymentDocument, { name: 'credit-routes' });
    assert.equal(again.extensions?.code, 'CONFLICT');
  });

  it('resolves node(id) for every node type', async () => {
    const deployment = await deploy(gw, chain.team.id, 'credit-node', chain.modelVersion.id);
    const expected: [string, string][] = [
      [chain.team.id, 'Team'],
      [chain.dataset.id, 'Dataset'],
      [chain.datasetVersion.id, 'DatasetVersion'],
      [chain.experiment.id, 'Experiment'],
      [chain.run.id, 'Run'],
      [chain.model.id, 'Model'],
      [chain.modelVersion.id, 'ModelVersion'],
      [deployment.id, 'Deployment'],
    ];
    for (const [id, typename] of expected) {
      const { node } = await gw.client.data(NodeDocument, { id });
      assert.equal(node.__typename, typename);
      assert.equal(node.id, id);
    }
  });
});
