import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  CreateDatasetDocument,
  CreateModelDocument,
  CreateTeamDocument,
  DatasetsDocument,
  DeploymentsDocument,
  ExperimentsDocument,
  FinishRunDocument,
  ModelsDocument,
  ModelVersionsTwoWaysDocument,
  RegisterModelVersionDocument,
  RetireDeploymentDocument,
  RunsDocument,
  StartRunDocument,
  TeamsDocument,
} from '../../src/client/generated/graphql';
import { classifierVersion, createChain, deploy } from '../support/fixtures';
import { startTestGateway, type TestGateway } from '../support/gateway';

describe('connections: pagination, filters and ordering', () => {
  let gw: TestGateway;
  let teamId: string;
  const modelNames: string[] = [];
  before(async () => {
    gw = await startTestGateway();
    const { createTeam } = await gw.client.data(CreateTeamDocument, { input: { name: 'paging' } });
    teamId = createTeam.id;
    // Created in an order unlike their names, so name order and creation order differ.
    for (const n of [7, 3, 9, 1, 5, 2, 8, 4, 6, 0]) {
      const name = `model-${n}`;
      await gw.client.data(CreateModelDocument, {
        input: { teamId, name, taskType: n % 2 ? 'REGRESSION' : 'CLASSIFICATION' },
      });
      modelNames.push(name);
    }
  });
  after(() => gw?.stop());

  it('pages forward with stable cursors until the end', async () => {
    const seen: string[] = [];
    let after: string | null | undefined;
    let pages = 0;
    for (;;) {
      const { models } = await gw.client.data(ModelsDocument, { first: 3, after, filter: { teamId } });
      assert.equal(models.totalCount, 10);
      assert.equal(models.pageInfo.hasPreviousPage, pages > 0);
      seen.push(...models.edges.map((e) => e.node.name));
      pages += 1;
      if (!models.pageInfo.hasNextPage) break;
      after = models.pageInfo.endCursor;
    }
    assert.equal(pages, 4);
    assert.deepEqual(seen, modelNames, 'creation order, each model once');
  });

  it('pages backward from the end', async () => {
    const seen: string[] = [];
    let before: string | null | undefined;
    for (;;) {
      const { models } = await gw.client.data(ModelsDocument, { last: 4, before, filter: { teamId } });
      seen.unshift(...models.edges.map((e) => e.node.name));
      if (!models.pageInfo.hasPreviousPage) break;
      before = models.pageInfo.startCursor;
    }
    assert.deepEqual(seen, modelNames);
  });

  it('keeps a cursor valid when rows are added before it', async () => {
    const { models: page1 } = await gw.client.data(ModelsDocument, {
      first: 2,
      filter: { teamId },
      orderBy: { field: 'NAME', direction: 'ASC' },
    });
    assert.deepEqual(
      page1.edges.map((e) => e.node.name),
      ['model-0', 'model-1'],
    );
    await gw.client.data(CreateModelDocument, { input: { teamId, name: 'model-00', taskType: 'REGRESSION' } });
    const { models: page2 } = await gw.client.data(ModelsDocument, {
      first: 2,
      after: page1.pageInfo.endCursor,
      filter: { teamId },
      orderBy: { field: 'NAME', direction: 'ASC' },
    });
    assert.deepEqual(
      page2.edges.map((e) => e.node.name),
      ['model-2', 'model-3'],
      'the next page starts after model-1',
    );
    modelNames.push('model-00');
  });

  it('orders by name in both directions', async () => {
    const { models } = await gw.client.data(ModelsDocument, {
      first: 3,
      filter: { teamId },
      orderBy: { field: 'NAME', direction: 'DESC' },
    });
    assert.deepEqual(
      models.edges.map((e) => e.node.name),
      ['model-9', 'model-8', 'model-7'],
    );
  });

  it('filters models by team, name and task type', async () => {
    const { models: byName } = await gw.client.data(ModelsDocument, { filter: { teamId, nameContains: 'L-0' } });
    assert.deepEqual(byName.edges.map((e) => e.node.name).sort(), ['model-0', 'model-00'], 'case-insensitive');
    const { models: byTask } = await gw.client.data(ModelsDocument, { filter: { teamId, taskTypeIn: ['REGRESSION'] } });
    assert.equal(byTask.totalCount, 6);
    assert.ok(byTask.edges.every((e) => e.node.taskType === 'REGRESSION'));
    const { models: wildcard } = await gw.client.data(ModelsDocument, { filter: { nameContains: '%' } });
    assert.equal(wildcard.totalCount, 0, 'LIKE wildcards match themselves');
  });

  it('filters teams, datasets, experiments, runs and deployments', async () => {
    const chain = await createChain(gw.client, 'filters');
    const { teams } = await gw.client.data(TeamsDocument, { filter: { nameContains: 'filters' } });
    assert.deepEqual(
      teams.edges.map((e) => e.node.name),
      ['team-filters'],
    );

    await gw.client.data(CreateDatasetDocument, {
      input: { teamId: chain.team.id, name: 'public-data', sensitivity: 'PUBLIC' },
    });
    const { datasets: restricted } = await gw.client.data(DatasetsDocument, {
      filter: { teamId: chain.team.id, sensitivityIn: ['CONFIDENTIAL', 'RESTRICTED'] },
    });
    assert.deepEqual(
      restricted.nodes.map((d) => d.name),
      ['credit-filters'],
    );
    const { datasets: byName } = await gw.client.data(DatasetsDocument, { filter: { nameContains: 'public' } });
    assert.deepEqual(
      byName.nodes.map((d) => d.name),
      ['public-data'],
    );

    const { experiments } = await gw.client.data(ExperimentsDocument, { filter: { teamId: chain.team.id } });
    assert.deepEqual(
      experiments.nodes.map((e) => [e.name, e.runs.length]),
      [['credit-exp-filters', 1]],
    );
    const { experiments: none } = await gw.client.data(ExperimentsDocument, {
      filter: { teamId, nameContains: 'credit' },
    });
    assert.equal(none.totalCount, 0);

    const { startRun: doomed } = await gw.client.data(StartRunDocument, {
      input: { experimentId: chain.experiment.id, name: 'doomed' },
    });
    await gw.client.data(FinishRunDocument, { input: { runId: doomed.id, status: 'FAILED' } });
    const { runs: failed } = await gw.client.data(RunsDocument, {
      filter: { experimentId: chain.experiment.id, statusIn: ['FAILED'] },
    });
    assert.deepEqual(
      failed.nodes.map((r) => r.id),
      [doomed.id],
    );
    const { runs: running } = await gw.client.data(RunsDocument, { filter: { statusIn: ['RUNNING'] } });
    assert.equal(running.totalCount, 0);
    const { runs: owned } = await gw.client.data(RunsDocument, { filter: { owner: 'test-admin' } });
    assert.equal(owned.totalCount, 2);

    await deploy(gw, chain.team.id, 'filters-live', chain.modelVersion.id);
    await deploy(gw, chain.team.id, 'filters-old', chain.modelVersion.id);
    await gw.client.data(RetireDeploymentDocument, { name: 'filters-old' });
    const { deployments: active } = await gw.client.data(DeploymentsDocument, {
      filter: { teamId: chain.team.id, statusIn: ['ACTIVE'] },
    });
    assert.deepEqual(
      active.nodes.map((d) => d.name),
      ['filters-live'],
    );
    const { deployments: staging } = await gw.client.data(DeploymentsDocument, {
      filter: { environment: 'STAGING', nameContains: 'filters' },
    });
    assert.equal(staging.totalCount, 2);
    const { deployments: production } = await gw.client.data(DeploymentsDocument, {
      filter: { environment: 'PRODUCTION' },
    });
    assert.equal(production.totalCount, 0);
  });

  it('refuses page sizes out of range, both directions at once, and foreign cursors', async () => {
    const tooBig = await gw.client.error(ModelsDocument, { first: 101 });
    assert.equal(tooBig.extensions?.code, 'BAD_USER_INPUT');
    assert.match(tooBig.message, /^first: must be between 0 and 100/);
    const negative = await gw.client.error(ModelsDocument, { last: -1 });
    assert.match(negative.message, /^last:/);
    const both = await gw.client.error(ModelsDocument, { first: 1, last: 1 });
    assert.equal(both.extensions?.code, 'BAD_USER_INPUT');
    const garbage = await gw.client.error(ModelsDocument, { after: 'not-a-cursor' });
    assert.equal(garbage.extensions?.code, 'BAD_USER_INPUT');
    assert.match(garbage.message, /^after: /);
    const { models: byName } = await gw.client.data(ModelsDocument, {
      first: 1,
      filter: { teamId },
      orderBy: { field: 'NAME', direction: 'ASC' },
    });
    const otherOrder = await gw.client.error(ModelsDocument, {
      first: 1,
      after: byName.pageInfo.endCursor,
      filter: { teamId },
      orderBy: { field: 'CREATED_AT', direction: 'ASC' },
    });
    assert.equal(otherOrder.extensions?.code, 'BAD_USER_INPUT', 'a cursor of the name order, used in the time order');
    const forged = Buffer.from(JSON.stringify([{}, 1])).toString('base64url');
    assert.equal((await gw.client.error(ModelsDocument, { after: forged })).extensions?.code, 'BAD_USER_INPUT');
    const badTeam = await gw.client.error(ModelsDocument, { filter: { teamId: 'nope' } });
    assert.match(badTeam.message, /^filter\.teamId: "nope" is not a Team id/);
  });

  it("orders a model's versions as each field asks, even the same versions twice in one query", async () => {
    const { createTeam } = await gw.client.data(CreateTeamDocument, { input: { name: 'two-ways' } });
    const { createModel } = await gw.client.data(CreateModelDocument, {
      input: { teamId: createTeam.id, name: 'two-ways', taskType: 'CLASSIFICATION' },
    });
    for (let v = 1; v <= 3; v += 1)
      await gw.client.data(RegisterModelVersionDocument, { input: classifierVersion(createModel.id) });
    const { model } = await gw.client.data(ModelVersionsTwoWaysDocument, {
      id: createModel.id,
      one: { field: 'VERSION', direction: 'ASC' },
      other: { field: 'CREATED_AT', direction: 'DESC' },
    });
    assert.deepEqual(
      [model.one.map((v) => v.version), model.other.map((v) => v.version)],
      [
        [1, 2, 3],
        [3, 2, 1],
      ],
    );
  });
});
