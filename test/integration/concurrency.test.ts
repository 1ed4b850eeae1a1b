import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  ApproveModelVersionDocument,
  CreateDeploymentDocument,
  DeploymentDocument,
  DeprecateModelVersionDocument,
  UpdateDeploymentRoutesDocument,
  AuditEventsDocument,
  ModelVersionGovernanceDocument,
  RegisterModelVersionDocument,
  RejectModelVersionDocument,
  SubmitModelVersionForReviewDocument,
} from '../../src/client/generated/graphql';
import { classifierVersion, createChain } from '../support/fixtures';
import { startTestGateway, type TestGateway } from '../support/gateway';

const ROUNDS = 5;

describe('concurrent reviews', () => {
  let gw: TestGateway;
  let chain: Awaited<ReturnType<typeof createChain>>;
  before(async () => {
    gw = await startTestGateway();
    chain = await createChain(gw.client, 'race');
  });
  after(() => gw?.stop());

  async function versionInReview(): Promise<string> {
    const { registerModelVersion } = await gw.client.data(RegisterModelVersionDocument, {
      input: classifierVersion(chain.model.id, chain.run.id),
    });
    await gw.client.data(SubmitModelVersionForReviewDocument, { id: registerModelVersion.id });
    return registerModelVersion.id;
  }

  async function outcome(id: string) {
    const { modelVersion } = await gw.client.data(ModelVersionGovernanceDocument, { id });
    const { auditEvents } = await gw.client.data(AuditEventsDocument, {
      filter: { nodeId: id, actionIn: ['approveModelVersion', 'rejectModelVersion'] },
    });
    return {
      state: modelVersion.lifecycleState,
      reviews: modelVersion.reviews,
      audited: auditEvents.nodes.map((e) => `${e.action}:${e.actor}`),
    };
  }

  it('two reviewers approving at once reach APPROVED once, with one review and one audit event each', async () => {
    for (let round = 0; round < ROUNDS; round += 1) {
      const id = await versionInReview();
      const [rita, rolf] = gw.reviewers;
      const results = await Promise.all([
        rita.request(ApproveModelVersionDocument, { id, comment: 'yes' }),
        rolf.request(ApproveModelVersionDocument, { id, comment: 'yes' }),
      ]);
      assert.deepEqual(
        results.map((r) => r.errors),
        [undefined, undefined],
        'both approvals count',
      );
      const { state, reviews, audited } = await outcome(id);
      assert.equal(state, 'APPROVED');
      assert.deepEqual(reviews.map((r) => r.reviewer).sort(), ['rita', 'rolf']);
      assert.deepEqual(audited.sort(), ['approveModelVersion:rita', 'approveModelVersion:rolf']);
      assert.deepEqual(
        results.map((r) => r.data?.approveModelVersion.lifecycleState).sort(),
        ['APPROVED', 'IN_REVIEW'],
        'the second to commit saw the first',
      );
    }
  });

  it('a deprecation racing a new production route never leaves a deprecated version serving', async () => {
    const serving = await versionInReview();
    for (const reviewer of gw.reviewers)
      await reviewer.data(ApproveModelVersionDocument, { id: serving, comment: 'ok' });
    await gw.client.data(CreateDeploymentDocument, {
      input: {
        teamId: chain.team.id,
        name: 'race-prod',
        environment: 'PRODUCTION',
        routes: [{ modelVersionId: serving, weight: 100 }],
      },
    });
    for (let round = 0; round < ROUNDS; round += 1) {
      const id = await versionInReview();
      for (const reviewer of gw.reviewers) await reviewer.data(ApproveModelVersionDocument, { id, comment: 'ok' });
      const [deprecation, reroute] = await Promise.all([
        gw.client.request(DeprecateModelVersionDocument, { id }),
        gw.client.request(UpdateDeploymentRoutesDocument, {
          input: { name: 'race-prod', routes: [{ modelVersionId: id, weight: 100 }] },
        }),
      ]);
      const { deployment } = await gw.client.data(DeploymentDocument, { name: 'race-prod' });
      const routed = deployment.routes.some((route) => route.modelVersion.id === id);
      const { modelVersion } = await gw.client.data(ModelVersionGovernanceDocument, { id });
      assert.ok(
        !(routed && modelVersion.lifecycleState === 'DEPRECATED'),
        `round ${round}: a DEPRECATED version takes production traffic`,
      );
      assert.equal(deprecation.errors === undefined, modelVersion.lifecycleState === 'DEPRECATED');
      assert.equal(reroute.errors === undefined, routed);
      // Put the serving version back for the next round.
      await gw.client.data(UpdateDeploymentRoutesDocument, {
        input: { name: 'race-prod', routes: [{ modelVersionId: serving, weight: 100 }] },
      });
    }
  });

  it('an approval racing a rejection ends REJECTED, consistent with what each was told', async () => {
    for (let round = 0; round < ROUNDS; round += 1) {
      const id = await versionInReview();
      const [rita, rolf] = gw.reviewers;
      const [approval, rejection] = await Promise.all([
        rita.request(ApproveModelVersionDocument, { id, comment: 'yes' }),
        rolf.request(RejectModelVersionDocument, { id, reason: 'no' }),
      ]);
      assert.equal(
        rejection.errors,
        undefined,
        'a rejection always lands: an approval short of quorum leaves the version IN_REVIEW',
      );
      const { state, reviews, audited } = await outcome(id);
      assert.equal(state, 'REJECTED');
      if (approval.errors) {
        assert.equal(
          approval.errors[0]!.extensions?.code,
          'CONFLICT',
          'the approval came second and found it REJECTED',
        );
        assert.deepEqual(audited, ['rejectModelVersion:rolf']);
        assert.deepEqual(
          reviews.map((r) => r.decision),
          ['REJECT'],
        );
      } else {
        assert.deepEqual(audited, ['approveModelVersion:rita', 'rejectModelVersion:rolf']);
        assert.deepEqual(
          reviews.map((r) => r.decision),
          ['APPROVE', 'REJECT'],
        );
      }
    }
  });
});
