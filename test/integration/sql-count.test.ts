import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  CreateDatasetDocument,
  CreateExperimentDocument,
  CreateModelDocument,
  CreateTeamDocument,
  ModelsWithLineageDocument,
  ModelVersionPredictionsDocument,
  ModelVersionsWithPredictionsDocument,
  PredictDocument,
  RegisterDatasetVersionDocument,
  RegisterModelVersionDocument,
} from '../../src/client/generated/graphql';
import { classifierVersion, creditDatasetVersion, deploy, finishedRun } from '../support/fixtures';
import { startTestGateway, type TestGateway } from '../support/gateway';

const VERSIONS_PER_MODEL = 5;

describe('nested fields batch their loads', () => {
  let gw: TestGateway;
  let teamId: string;
  let experimentId: string;
  let datasetVersionIds: string[];
  let modelCount = 0;
  /** The first version of each model, deployed as m<n>-live. */
  const deployed: string[] = [];

  /** Adds `count` models of 5 versions, each version from its own run on two dataset versions. */
  async function addModels(count: number): Promise<void> {
    for (let m = 0; m < count; m += 1) {
      modelCount += 1;
      const { createModel } = await gw.client.data(CreateModelDocument, {
        input: { teamId, name: `m${modelCount}`, taskType: 'CLASSIFICATION' },
      });
      for (let v = 0; v < VERSIONS_PER_MODEL; v += 1) {
        const run = await finishedRun(gw.client, { experimentId, name: `m${modelCount}-r${v}`, datasetVersionIds });
        const { registerModelVersion } = await gw.client.data(RegisterModelVersionDocument, {
          input: classifierVersion(createModel.id, run.id),
        });
        if (v === 0) {
          await deploy(gw, teamId, `m${modelCount}-live`, registerModelVersion.id);
          deployed.push(registerModelVersion.id);
        }
      }
    }
  }

  async function statementsOf(first: number): Promise<{ statements: number; models: number; versions: number }> {
    const before = gw.gateway.sqlStatementCount();
    const { models } = await gw.client.data(ModelsWithLineageDocument, { first });
    const statements = gw.gateway.sqlStatementCount() - before;
    const versions = models.nodes.flatMap((model) => model.versions);
    assert.ok(
      versions.every(
        (version) => version.run && version.trainingDatasets.length === 2 && version.run.datasetVersions.length === 2,
      ),
    );
    return { statements, models: models.nodes.length, versions: versions.length };
  }

  before(async () => {
    gw = await startTestGateway();
    const { createTeam } = await gw.client.data(CreateTeamDocument, { input: { name: 'sql' } });
    teamId = createTeam.id;
    const { createDataset } = await gw.client.data(CreateDatasetDocument, { input: { teamId, name: 'credit' } });
    datasetVersionIds = [];
    for (let i = 0; i < 2; i += 1) {
      const { registerDatasetVersion } = await gw.client.data(RegisterDatasetVersionDocument, {
        input: creditDatasetVersion(createDataset.id),
      });
      datasetVersionIds.push(registerDatasetVersion.id);
    }
    const { createExperiment } = await gw.client.data(CreateExperimentDocument, { input: { teamId, name: 'credit' } });
    experimentId = createExperiment.id;
  });
  after(() => gw?.stop());

  it('runs the same number of statements for 20 models × 5 versions as for 40 × 5', async (t) => {
    await addModels(20);
    const small = await statementsOf(100);
    assert.deepEqual([small.models, small.versions], [20, 100]);
    await addModels(20);
    const large = await statementsOf(100);
    assert.deepEqual([large.models, large.versions], [40, 200]);
    t.diagnostic(`SQL statements: ${small.statements} for 20 models × 5 versions, ${large.statements} for 40 × 5`);
    assert.equal(
      large.statements,
      small.statements,
      `statements: ${small.statements} for 20 models, ${large.statements} for 40`,
    );
    assert.ok(small.statements <= 15, `one statement per level, got ${small.statements}`);
  });

  it("runs the same number of statements for the prediction logs of 100 versions as of 50, each version's own page", async (t) => {
    // Runs after the test above: 40 models × 5 versions, the first of each deployed. Two answers each.
    for (let m = 1; m <= modelCount; m += 1)
      for (let i = 0; i < 2; i += 1)
        await gw.client.data(PredictDocument, { deployment: `m${m}-live`, instances: [{ income: m, age: i }] });
    await gw.gateway.predictionLog.flush();
    const statementsOf = async (first: number) => {
      const before = gw.gateway.sqlStatementCount();
      const { modelVersions } = await gw.client.data(ModelVersionsWithPredictionsDocument, { first, predictions: 1 });
      const statements = gw.gateway.sqlStatementCount() - before;
      return { statements, versions: modelVersions.nodes };
    };
    const small = await statementsOf(50);
    const large = await statementsOf(100);
    t.diagnostic(`SQL statements: ${small.statements} for 50 versions' logs, ${large.statements} for 100`);
    assert.equal(large.versions.length, 100);
    assert.equal(
      large.statements,
      small.statements,
      `statements: ${small.statements} for 50, ${large.statements} for 100`,
    );

    const live = large.versions.filter((version) => deployed.includes(version.id));
    assert.equal(live.length, 20);
    for (const version of large.versions) {
      const { predictions } = version;
      if (!deployed.includes(version.id)) {
        assert.deepEqual([predictions.totalCount, predictions.nodes, predictions.pageInfo.hasNextPage], [0, [], false]);
        continue;
      }
      assert.equal(predictions.totalCount, 2);
      assert.deepEqual(
        predictions.nodes.map((entry) => entry.modelVersion.id),
        [version.id],
        'a page of its own answers',
      );
      assert.equal(predictions.pageInfo.hasNextPage, true);
    }
    // A batched page's cursor goes on where that version's page ended.
    const [first] = live;
    const { modelVersion } = await gw.client.data(ModelVersionPredictionsDocument, {
      id: first!.id,
      first: 10,
      after: first!.predictions.pageInfo.endCursor,
    });
    assert.equal(modelVersion.predictions.nodes.length, 1);
    assert.notEqual(modelVersion.predictions.nodes[0]!.id, first!.predictions.nodes[0]!.id);
    assert.equal(modelVersion.predictions.pageInfo.hasNextPage, false);
  });
});
