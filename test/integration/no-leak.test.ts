import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  DatasetLineageDocument,
  DatasetsDocument,
  LogRunMetricsDocument,
  ModelDocument,
  ModelsDocument,
  ModelVersionLineageDocument,
  NodeDocument,
  RegisterModelVersionDocument,
  RunsDocument,
} from '../../src/client/generated/graphql';
import type { GraphQLClient } from '../support/client';
import { classifierVersion, finishedRun } from '../support/fixtures';
import { startTestGateway, type TestGateway } from '../support/gateway';
import { buildWorld, type World } from '../support/world';

/** A global id of `type` that names no row. */
const missing = (type: string) => Buffer.from(`${type}:00000000-0000-4000-8000-000000000000`).toString('base64url');

describe('a denied node is never revealed', () => {
  let gw: TestGateway;
  let world: World;
  let viewer: GraphQLClient;
  let leakyRun: { id: string };
  let leakyVersion: { id: string };
  before(async () => {
    gw = await startTestGateway();
    world = await buildWorld(gw);
    viewer = world.people.viewer;
    // An alpha run that trained on beta's RESTRICTED data, and a model version from it.
    leakyRun = await finishedRun(gw.client, {
      experimentId: world.alpha.experiment.id,
      name: 'mixed',
      datasetVersionIds: [world.alpha.datasetVersion.id, world.restricted.version.id],
    });
    ({ registerModelVersion: leakyVersion } = await gw.client.data(RegisterModelVersionDocument, {
      input: classifierVersion(world.alpha.model.id, leakyRun.id),
    }));
  });
  after(() => gw?.stop());

  it('answers a lookup of a hidden node exactly as one of a missing node', async () => {
    const hidden = await viewer.error(NodeDocument, { id: world.beta.modelVersion.id });
    const absent = await viewer.error(NodeDocument, { id: missing('ModelVersion') });
    assert.equal(hidden.extensions?.code, 'NOT_FOUND');
    assert.equal(
      hidden.message.replace(world.beta.modelVersion.id, 'ID'),
      absent.message.replace(missing('ModelVersion'), 'ID'),
    );
    const byName = await viewer.error(ModelDocument, { name: world.beta.model.name });
    const noName = await viewer.error(ModelDocument, { name: 'no-such-model' });
    assert.equal(byName.message.replace(world.beta.model.name, 'X'), noName.message.replace('no-such-model', 'X'));
    const restricted = await viewer.error(NodeDocument, { id: world.restricted.version.id });
    assert.equal(restricted.extensions?.code, 'NOT_FOUND');
  });

  it('leaves hidden nodes out of lists and their totalCount', async () => {
    const { models: asViewer } = await viewer.data(ModelsDocument, { first: 100 });
    const { models: asAdmin } = await gw.client.data(ModelsDocument, { first: 100 });
    assert.deepEqual(
      asViewer.edges.map((e) => e.node.name),
      [world.alpha.model.name],
    );
    assert.equal(asViewer.totalCount, 1);
    assert.equal(asAdmin.totalCount, 2);
    const { datasets } = await viewer.data(DatasetsDocument, { first: 100 });
    assert.ok(!datasets.nodes.some((d) => d.id === world.restricted.dataset.id));
    assert.equal(datasets.totalCount, datasets.nodes.length);
    const { runs } = await viewer.data(RunsDocument, {
      first: 100,
      filter: { experimentId: world.beta.experiment.id },
    });
    assert.equal(runs.totalCount, 0, 'a filter on a hidden parent finds nothing');
  });

  it('leaves hidden nodes out of nested fields and lineage', async () => {
    const { runs } = await viewer.data(RunsDocument, { first: 100 });
    const mixed = runs.nodes.find((run) => run.id === leakyRun.id)!;
    assert.deepEqual(
      mixed.datasetVersions.map((v) => v.id),
      [world.alpha.datasetVersion.id],
      'the RESTRICTED version is not listed',
    );
    const { modelVersion } = await viewer.data(ModelVersionLineageDocument, { id: leakyVersion.id });
    assert.deepEqual(
      modelVersion.trainingDatasets.map((v) => v.id),
      [world.alpha.datasetVersion.id],
    );
    const { dataset } = await world.people.reviewer.data(DatasetLineageDocument, { id: world.restricted.dataset.id });
    assert.deepEqual(
      dataset.versions[0]!.runs.map((r) => r.id),
      [leakyRun.id],
      'a reviewer sees the whole lineage',
    );
    const { dataset: betaData } = await viewer.data(DatasetLineageDocument, { id: world.beta.dataset.id });
    assert.deepEqual(betaData.versions[0]!.runs, [], "beta's INTERNAL data is readable, beta's runs are not");
    assert.deepEqual(betaData.versions[0]!.deployments, []);
  });

  it('says NOT_FOUND, not FORBIDDEN, when a change targets a node the caller cannot see', async () => {
    const hidden = await world.people['data-scientist'].error(LogRunMetricsDocument, {
      input: { runId: world.beta.run.id, metrics: [{ name: 'x', value: 1 }] },
    });
    assert.equal(hidden.extensions?.code, 'NOT_FOUND');
    const visible = await viewer.error(LogRunMetricsDocument, {
      input: { runId: world.alpha.run.id, metrics: [{ name: 'x', value: 1 }] },
    });
    assert.equal(visible.extensions?.code, 'FORBIDDEN');
    assert.match(visible.message, /Your roles \(viewer\) do not allow you to update/);
    assert.doesNotMatch(
      JSON.stringify([hidden, visible]),
      /team-beta|credit-beta/,
      'no name of a hidden node in any message',
    );
  });
});
