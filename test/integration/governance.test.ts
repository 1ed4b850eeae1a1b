import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  CreateModelDocument,
  ApproveModelVersionDocument,
  ArchiveModelVersionDocument,
  CreateDeploymentDocument,
  CreateTeamDocument,
  DeploymentDocument,
  RetireDeploymentDocument,
  DeprecateModelVersionDocument,
  ModelVersionGovernanceDocument,
  RegisterDatasetVersionDocument,
  RegisterModelVersionDocument,
  RejectModelVersionDocument,
  SubmitModelVersionForReviewDocument,
  UpdateDeploymentRoutesDocument,
  type RegisterModelVersionInput,
} from '../../src/client/generated/graphql';
import type { GraphQLClient, GraphQLResponseError } from '../support/client';
import { approveVersion, classifierVersion, createChain, creditDatasetVersion, finishedRun } from '../support/fixtures';
import { startTestGateway, type TestGateway } from '../support/gateway';

interface GateResultShape {
  gate: string;
  passed: boolean;
  reason: string;
}

describe('governance: lifecycle, gates, approvals', () => {
  let gw: TestGateway;
  let chain: Awaited<ReturnType<typeof createChain>>;
  let rita: GraphQLClient;
  let rolf: GraphQLClient;

  /** A version of the chain's model, trained by the chain's run unless the input says otherwise. */
  async function version(change: Partial<RegisterModelVersionInput> = {}): Promise<string> {
    const { registerModelVersion } = await gw.client.data(RegisterModelVersionDocument, {
      input: { ...classifierVersion(chain.model.id, chain.run.id), ...change },
    });
    return registerModelVersion.id;
  }

  async function state(id: string) {
    return (await gw.client.data(ModelVersionGovernanceDocument, { id })).modelVersion;
  }

  function failedGates(error: GraphQLResponseError): GateResultShape[] {
    assert.equal(error.extensions?.code, 'CONFLICT');
    return (error.extensions?.gateResults as GateResultShape[]).filter((result) => !result.passed);
  }

  before(async () => {
    gw = await startTestGateway();
    chain = await createChain(gw.client, 'gov');
    [rita, rolf] = gw.reviewers;
  });
  after(() => gw?.stop());

  it('walks a version from DRAFT to ARCHIVED', async () => {
    const id = await version();
    const { submitModelVersionForReview: submitted } = await gw.client.data(SubmitModelVersionForReviewDocument, {
      id,
    });
    assert.equal(submitted.lifecycleState, 'IN_REVIEW');
    assert.deepEqual(
      submitted.gateResults.map((r) => [r.stage, r.gate, r.passed]),
      [
        ['REGISTER', 'loads', true],
        ['SUBMIT', 'modelCard', true],
        ['SUBMIT', 'lineage', true],
        ['SUBMIT', 'noRawPii', true],
      ],
    );
    const { approveModelVersion: once } = await rita.data(ApproveModelVersionDocument, { id, comment: 'AUC holds up' });
    assert.equal(once.lifecycleState, 'IN_REVIEW', 'one approval is short of the quorum of 2');
    const { approveModelVersion: twice } = await rolf.data(ApproveModelVersionDocument, { id, comment: 'fair enough' });
    assert.equal(twice.lifecycleState, 'APPROVED');
    assert.deepEqual(
      twice.reviews.map((r) => [r.reviewer, r.decision, r.comment]),
      [
        ['rita', 'APPROVE', 'AUC holds up'],
        ['rolf', 'APPROVE', 'fair enough'],
      ],
    );
    const approveGates = twice.gateResults.filter((r) => r.stage === 'APPROVE');
    assert.deepEqual(
      approveGates.map((r) => [r.gate, r.passed, r.observed, r.threshold]),
      [
        ['metric:auc', true, 0.91, 0.8],
        ['fairness:demographic_parity_difference', true, 0.04, 0.1],
      ],
    );
    const { deprecateModelVersion } = await gw.client.data(DeprecateModelVersionDocument, { id });
    assert.equal(deprecateModelVersion.lifecycleState, 'DEPRECATED');
    const { archiveModelVersion } = await gw.client.data(ArchiveModelVersionDocument, { id });
    assert.equal(archiveModelVersion.lifecycleState, 'ARCHIVED');
  });

  it('refuses entry to review for each failing submit gate, and keeps the results on the version', async () => {
    const noCard = await version({ modelCard: { intendedUse: 'triage' } });
    const [card] = failedGates(await gw.client.error(SubmitModelVersionForReviewDocument, { id: noCard }));
    assert.deepEqual([card!.gate, card!.reason], ['modelCard', 'The model card lacks limitations.']);
    const kept = await state(noCard);
    assert.equal(kept.lifecycleState, 'DRAFT');
    assert.deepEqual(
      kept.gateResults.filter((r) => !r.passed).map((r) => r.gate),
      ['modelCard'],
      'a reviewer can see why',
    );

    const noRun = await version({ runId: null });
    const [lineage] = failedGates(await gw.client.error(SubmitModelVersionForReviewDocument, { id: noRun }));
    assert.match(lineage!.reason, /names no run/);

    const { registerDatasetVersion: raw } = await gw.client.data(RegisterDatasetVersionDocument, {
      input: {
        ...creditDatasetVersion(chain.dataset.id),
        features: [{ name: 'email', dtype: 'STRING', pii: true }],
        statistics: [],
        anonymization: 'NONE',
      },
    });
    const onRaw = await finishedRun(gw.client, { experimentId: chain.experiment.id, datasetVersionIds: [raw.id] });
    const onRawPii = await version({ runId: onRaw.id });
    const [pii] = failedGates(await gw.client.error(SubmitModelVersionForReviewDocument, { id: onRawPii }));
    assert.deepEqual(
      [pii!.gate, pii!.reason],
      ['noRawPii', 'Trained on personal data that was not anonymised: credit-gov v2.'],
    );
  });

  it('stores metric names trimmed, so a version that reports " auc " meets the auc gate', async () => {
    const { registerModelVersion } = await gw.client.data(RegisterModelVersionDocument, {
      input: {
        ...classifierVersion(chain.model.id, chain.run.id),
        metrics: [{ name: ' auc ', value: 0.91 }],
        fairnessMetrics: [
          { metric: ' demographic_parity_difference ', sensitiveFeature: ' gender ', value: 0.04 },
          { metric: 'selection_rate', sensitiveFeature: 'gender', group: ' women ', value: 0.3 },
        ],
      },
    });
    assert.deepEqual(registerModelVersion.metrics, [{ name: 'auc', value: 0.91 }]);
    assert.deepEqual(
      registerModelVersion.fairnessMetrics.map((m) => [m.metric, m.sensitiveFeature, m.group]),
      [
        ['demographic_parity_difference', 'gender', null],
        ['selection_rate', 'gender', 'women'],
      ],
    );
    const id = registerModelVersion.id;
    await gw.client.data(SubmitModelVersionForReviewDocument, { id });
    await approveVersion(gw, id);
    const approved = await state(id);
    assert.equal(approved.lifecycleState, 'APPROVED');
    assert.deepEqual(
      approved.gateResults.filter((r) => r.stage === 'APPROVE').map((r) => [r.gate, r.passed, r.observed]),
      [
        ['metric:auc', true, 0.91],
        ['fairness:demographic_parity_difference', true, 0.04],
      ],
    );
  });

  it('refuses approval for each failing approve gate', async () => {
    const cases: [Partial<RegisterModelVersionInput>, string, RegExp][] = [
      [{ metrics: [{ name: 'auc', value: 0.7 }] }, 'metric:auc', /auc 0\.7 is below the minimum 0\.8/],
      [{ metrics: [{ name: 'accuracy', value: 0.9 }] }, 'metric:auc', /reports no auc/],
      [
        { fairnessMetrics: [{ metric: 'demographic_parity_difference', sensitiveFeature: 'gender', value: -0.25 }] },
        'fairness:demographic_parity_difference',
        /across gender is 0\.25, above the bound 0\.1/,
      ],
      [
        { fairnessMetrics: [] },
        'fairness:demographic_parity_difference',
        /No demographic_parity_difference reported for the sensitive feature\(s\) gender/,
      ],
    ];
    for (const [change, gate, reason] of cases) {
      const id = await version(change);
      await gw.client.data(SubmitModelVersionForReviewDocument, { id });
      const failed = failedGates(await rita.error(ApproveModelVersionDocument, { id, comment: 'checking' }));
      assert.deepEqual(
        failed.map((r) => r.gate),
        [gate],
      );
      assert.match(failed[0]!.reason, reason);
      const after = await state(id);
      assert.equal(after.lifecycleState, 'IN_REVIEW');
      assert.deepEqual(after.reviews, [], 'a refused approval is not counted');
    }
  });

  it('refuses approval of a regressor whose error is above the maximum, and approves one within it', async () => {
    const { createModel } = await gw.client.data(CreateModelDocument, {
      input: { teamId: chain.team.id, name: 'gov-regressor', taskType: 'REGRESSION' },
    });
    const regressor = (rmse: number) =>
      version({ modelId: createModel.id, metrics: [{ name: 'rmse', value: rmse }], fairnessMetrics: [] });
    const tooWrong = await regressor(1.5);
    await gw.client.data(SubmitModelVersionForReviewDocument, { id: tooWrong });
    const failed = failedGates(await rita.error(ApproveModelVersionDocument, { id: tooWrong, comment: 'checking' }));
    assert.deepEqual(
      failed.map((r) => r.gate),
      ['metric:rmse'],
    );
    assert.match(failed[0]!.reason, /rmse 1\.5 is above the maximum 1/);
    const fine = await regressor(0.5);
    await gw.client.data(SubmitModelVersionForReviewDocument, { id: fine });
    await approveVersion(gw, fine);
    assert.equal((await state(fine)).lifecycleState, 'APPROVED');
  });

  it('keeps separation of duties: neither the author nor the run owner approves', async () => {
    const author = await gw.as({ user: 'ada', roles: ['data-scientist', 'reviewer'], teams: ['team-gov'] });
    const adasRun = await finishedRun(author, {
      experimentId: chain.experiment.id,
      datasetVersionIds: [chain.datasetVersion.id],
    });
    const { registerModelVersion } = await author.data(RegisterModelVersionDocument, {
      input: classifierVersion(chain.model.id, adasRun.id),
    });
    await author.data(SubmitModelVersionForReviewDocument, { id: registerModelVersion.id });
    const self = await author.error(ApproveModelVersionDocument, {
      id: registerModelVersion.id,
      comment: 'mine is great',
    });
    assert.equal(self.extensions?.code, 'FORBIDDEN');
    assert.match(self.message, /separation of duties/);

    const runOwner = await gw.as({ user: 'otto', roles: ['data-scientist', 'reviewer'], teams: ['team-gov'] });
    const ottosRun = await finishedRun(runOwner, {
      experimentId: chain.experiment.id,
      datasetVersionIds: [chain.datasetVersion.id],
    });
    const id = await version({ runId: ottosRun.id });
    await gw.client.data(SubmitModelVersionForReviewDocument, { id });
    const owner = await runOwner.error(ApproveModelVersionDocument, { id, comment: 'my run was fine' });
    assert.equal(owner.extensions?.code, 'FORBIDDEN');
    assert.match(
      owner.message,
      /separation of duties/,
      'refused as the owner of the run, not the author (the admin registered it)',
    );
  });

  it('counts a reviewer once', async () => {
    const id = await version();
    await gw.client.data(SubmitModelVersionForReviewDocument, { id });
    await rita.data(ApproveModelVersionDocument, { id, comment: 'yes' });
    const again = await rita.error(ApproveModelVersionDocument, { id, comment: 'yes, really' });
    assert.equal(again.extensions?.code, 'CONFLICT');
    assert.match(again.message, /already reviewed .* a reviewer counts once/);
    assert.equal((await state(id)).lifecycleState, 'IN_REVIEW');
  });

  it('ends a review at the first rejection, for good', async () => {
    const id = await version();
    await gw.client.data(SubmitModelVersionForReviewDocument, { id });
    await rita.data(ApproveModelVersionDocument, { id, comment: 'yes' });
    const { rejectModelVersion } = await rolf.data(RejectModelVersionDocument, {
      id,
      reason: 'calibration drifts on the young',
    });
    assert.equal(rejectModelVersion.lifecycleState, 'REJECTED');
    const late = await rolf.error(ApproveModelVersionDocument, { id, comment: 'changed my mind' });
    assert.match(late.message, /is REJECTED, so it cannot become APPROVED; from REJECTED it can go to ARCHIVED/);
    const resubmit = await gw.client.error(SubmitModelVersionForReviewDocument, { id });
    assert.equal(resubmit.extensions?.code, 'CONFLICT');
  });

  it('refuses illegal transitions, naming the current state and the allowed ones', async () => {
    const id = await version();
    const cases: [Promise<GraphQLResponseError>, RegExp][] = [
      [
        rita.error(ApproveModelVersionDocument, { id, comment: 'early' }),
        /is DRAFT, so it cannot become APPROVED; from DRAFT it can go to IN_REVIEW/,
      ],
      [gw.client.error(DeprecateModelVersionDocument, { id }), /is DRAFT, so it cannot become DEPRECATED/],
      [gw.client.error(ArchiveModelVersionDocument, { id }), /is DRAFT, so it cannot become ARCHIVED/],
      [rita.error(RejectModelVersionDocument, { id, reason: 'no' }), /is DRAFT, so it cannot become REJECTED/],
    ];
    for (const [error, message] of cases) {
      const refused = await error;
      assert.equal(refused.extensions?.code, 'CONFLICT');
      assert.match(refused.message, message);
    }
    const empty = await rita.error(RejectModelVersionDocument, { id, reason: '   ' });
    assert.equal(empty.extensions?.code, 'BAD_USER_INPUT');
  });

  it('routes production traffic to approved versions only, and keeps serving versions from deprecation', async () => {
    const draft = await version();
    const teamId = chain.team.id;
    const refused = await gw.client.error(CreateDeploymentDocument, {
      input: { teamId, name: 'gov-prod', environment: 'PRODUCTION', routes: [{ modelVersionId: draft, weight: 100 }] },
    });
    assert.equal(refused.extensions?.code, 'CONFLICT');
    assert.match(refused.message, /is DRAFT; PRODUCTION route takes only APPROVED versions/);

    await gw.client.data(SubmitModelVersionForReviewDocument, { id: draft });
    await gw.client.data(CreateDeploymentDocument, {
      input: { teamId, name: 'gov-staging', environment: 'STAGING', routes: [{ modelVersionId: draft, weight: 100 }] },
    });
    const stillRefused = await gw.client.error(CreateDeploymentDocument, {
      input: { teamId, name: 'gov-prod', environment: 'PRODUCTION', routes: [{ modelVersionId: draft, weight: 100 }] },
    });
    assert.match(stillRefused.message, /is IN_REVIEW; PRODUCTION route takes only APPROVED/);

    await approveVersion(gw, draft);
    await gw.client.data(CreateDeploymentDocument, {
      input: { teamId, name: 'gov-prod', environment: 'PRODUCTION', routes: [{ modelVersionId: draft, weight: 100 }] },
    });
    const serving = await gw.client.error(DeprecateModelVersionDocument, { id: draft });
    assert.equal(serving.extensions?.code, 'CONFLICT');
    assert.match(serving.message, /still takes traffic in gov-prod \(100%\); move those routes/);

    const { deployment: asReviewer } = await rita.data(DeploymentDocument, { name: 'gov-prod' });
    assert.deepEqual(
      asReviewer.routes.map((r) => [r.modelVersion.id, r.weight]),
      [[draft, 100]],
      'routes are part of a readable deployment',
    );

    // Another team's production deployment of the same version: named to those who may see it only.
    const { createTeam: hidden } = await gw.client.data(CreateTeamDocument, { input: { name: 'team-hidden' } });
    await gw.client.data(CreateDeploymentDocument, {
      input: {
        teamId: hidden.id,
        name: 'hidden-prod',
        environment: 'PRODUCTION',
        routes: [{ modelVersionId: draft, weight: 100 }],
      },
    });
    const scientist = await gw.as({ user: 'sci', roles: ['data-scientist'], teams: ['team-gov'] });
    const partly = await scientist.error(DeprecateModelVersionDocument, { id: draft });
    assert.match(partly.message, /still takes traffic in gov-prod \(100%\), 1 deployment\(s\) you cannot see/);
    assert.doesNotMatch(partly.message, /hidden-prod/);
    await gw.client.data(RetireDeploymentDocument, { name: 'hidden-prod' });

    const successor = await version();
    await approveVersion(gw, successor);
    await gw.client.data(UpdateDeploymentRoutesDocument, {
      input: { name: 'gov-prod', routes: [{ modelVersionId: successor, weight: 100 }] },
    });
    const { deprecateModelVersion } = await gw.client.data(DeprecateModelVersionDocument, { id: draft });
    assert.equal(deprecateModelVersion.lifecycleState, 'DEPRECATED');
  });
});
