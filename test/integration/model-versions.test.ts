import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  ApproveModelVersionDocument,
  CreateModelDocument,
  ModelVersionsDocument,
  RegisterModelVersionDocument,
  SubmitModelVersionForReviewDocument,
  type ModelVersionFilter,
} from '../../src/client/generated/graphql';
import type { GraphQLClient } from '../support/client';
import { classifierVersion, createChain, finishedRun } from '../support/fixtures';
import { startTestGateway, type TestGateway } from '../support/gateway';

describe('modelVersions: the list of every model version, and the review queue', () => {
  let gw: TestGateway;
  let alpha: Awaited<ReturnType<typeof createChain>>;
  let beta: Awaited<ReturnType<typeof createChain>>;
  let regressorId: string;
  /** alpha's versions: 1 DRAFT (the chain's), 2 IN_REVIEW, 3 IN_REVIEW registered by ada, 4 IN_REVIEW trained by otto. */
  const inReview: Record<'plain' | 'byAda' | 'trainedByOtto', string> = { plain: '', byAda: '', trainedByOtto: '' };

  async function register(client: GraphQLClient, modelId: string, runId?: string, submit = true): Promise<string> {
    const { registerModelVersion } = await client.data(RegisterModelVersionDocument, {
      input: classifierVersion(modelId, runId),
    });
    if (submit) await client.data(SubmitModelVersionForReviewDocument, { id: registerModelVersion.id });
    return registerModelVersion.id;
  }

  const ids = async (client: GraphQLClient, filter?: ModelVersionFilter) =>
    (await client.data(ModelVersionsDocument, { first: 100, filter })).modelVersions.nodes.map((node) => node.id);

  before(async () => {
    gw = await startTestGateway();
    alpha = await createChain(gw.client, 'alpha');
    beta = await createChain(gw.client, 'beta');
    inReview.plain = await register(gw.client, alpha.model.id, alpha.run.id);
    const ada = await gw.as({ user: 'ada', roles: ['admin'] });
    inReview.byAda = await register(ada, alpha.model.id, alpha.run.id);
    const otto = await gw.as({ user: 'otto', roles: ['admin'] });
    const ottosRun = await finishedRun(otto, {
      experimentId: alpha.experiment.id,
      datasetVersionIds: [alpha.datasetVersion.id],
    });
    inReview.trainedByOtto = await register(gw.client, alpha.model.id, ottosRun.id);
    const { createModel } = await gw.client.data(CreateModelDocument, {
      input: { teamId: alpha.team.id, name: 'alpha-regressor', taskType: 'REGRESSION' },
    });
    regressorId = await register(gw.client, createModel.id, undefined, false);
  });
  after(() => gw?.stop());

  it('filters by lifecycle state, model, team and task type', async () => {
    assert.deepEqual(
      new Set(await ids(gw.client, { lifecycleStateIn: ['IN_REVIEW'] })),
      new Set(Object.values(inReview)),
    );
    assert.deepEqual(await ids(gw.client, { modelId: beta.model.id }), [beta.modelVersion.id]);
    assert.equal((await ids(gw.client, { teamId: alpha.team.id })).length, 5);
    assert.deepEqual(await ids(gw.client, { taskTypeIn: ['REGRESSION'] }), [regressorId]);
    assert.deepEqual(await ids(gw.client, { teamId: beta.team.id, lifecycleStateIn: ['IN_REVIEW'] }), []);
  });

  it('orders by version number, either way, a page at a time', async () => {
    const filter = { modelId: alpha.model.id };
    const first = await gw.client.data(ModelVersionsDocument, {
      first: 2,
      filter,
      orderBy: { field: 'VERSION', direction: 'DESC' },
    });
    assert.deepEqual(
      first.modelVersions.nodes.map((node) => node.version),
      [4, 3],
    );
    assert.equal(first.modelVersions.totalCount, 4);
    const next = await gw.client.data(ModelVersionsDocument, {
      first: 2,
      after: first.modelVersions.pageInfo.endCursor,
      filter,
      orderBy: { field: 'VERSION', direction: 'DESC' },
    });
    assert.deepEqual(
      next.modelVersions.nodes.map((node) => node.version),
      [2, 1],
    );
    assert.equal(next.modelVersions.pageInfo.hasNextPage, false);
  });

  it('awaitingMyReview lists what a reviewer may still decide, never their own work', async () => {
    const [rita, rolf] = gw.reviewers;
    assert.deepEqual(new Set(await ids(rita, { awaitingMyReview: true })), new Set(Object.values(inReview)));
    await rita.data(ApproveModelVersionDocument, { id: inReview.plain, comment: 'metrics hold' });
    assert.equal(
      (await ids(rita, { awaitingMyReview: true })).includes(inReview.plain),
      false,
      'decided once, gone from her queue',
    );
    assert.equal(
      (await ids(rolf, { awaitingMyReview: true })).includes(inReview.plain),
      true,
      'still in the second reviewer’s queue',
    );

    const ada = await gw.as({ user: 'ada', roles: ['admin'] });
    assert.deepEqual(
      new Set(await ids(ada, { awaitingMyReview: true })),
      new Set([inReview.plain, inReview.trainedByOtto]),
      'the author never reviews her version',
    );
    const otto = await gw.as({ user: 'otto', roles: ['admin'] });
    assert.deepEqual(
      new Set(await ids(otto, { awaitingMyReview: true })),
      new Set([inReview.plain, inReview.byAda]),
      'who ran the training never reviews it',
    );
  });

  it('follows the access rules: a viewer lists only its team’s versions and has nothing to review', async () => {
    const vera = await gw.as({ user: 'vera', roles: ['viewer'], teams: ['team-beta'] });
    const page = await vera.data(ModelVersionsDocument, { first: 100 });
    assert.deepEqual(
      page.modelVersions.nodes.map((node) => node.id),
      [beta.modelVersion.id],
    );
    assert.equal(page.modelVersions.totalCount, 1);
    assert.deepEqual(await ids(vera, { awaitingMyReview: true }), []);
    assert.deepEqual(
      await ids(vera, { modelId: alpha.model.id }),
      [],
      'a filter naming another team’s model widens nothing',
    );
    assert.equal((await gw.anonymous.error(ModelVersionsDocument, { first: 1 })).extensions?.code, 'UNAUTHENTICATED');
  });

  it('refuses ids of the wrong type, naming the filter field', async () => {
    const error = await gw.client.error(ModelVersionsDocument, { filter: { modelId: alpha.team.id } });
    assert.equal(error.extensions?.code, 'BAD_USER_INPUT');
    assert.equal(error.extensions?.field, 'filter.modelId');
  });
});
