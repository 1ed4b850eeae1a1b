import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import {
  AuditEventsDocument,
  CreateDatasetDocument,
  CreateModelDocument,
  DeploymentAttributionDriftDocument,
  EvaluateModelVersionDocument,
  EvaluationDocument,
  PredictDocument,
  RegisterDatasetVersionDocument,
  RegisterModelVersionDocument,
  type DeploymentAttributionDriftQuery,
  type EvaluationFieldsFragment,
} from '../../src/client/generated/graphql';
import { random } from '../../src/random';
import { classifierVersion, createChain, deploy, serviceClient } from '../support/fixtures';
import { eventually } from '../support/eventually';
import { startTestGateway, type TestGateway } from '../support/gateway';
import { uploadModel, weightedSumFiles } from '../support/models';
import { policyFolder } from '../support/policies';

/** Every answered instance explained, judged at once on few. */
const qualityPolicy = `
enabled: true
windowHours: 24
minLabelled: 50
checkEverySeconds: 0.2
checks: []
attributionDrift: { enabled: true, sampleRate: 1, minExplained: 40, ndcgAlert: 0.9, referenceRows: 64 }
`;

type Drift = NonNullable<DeploymentAttributionDriftQuery['deployment']>['attributionDrift'][number];

/** nDCG by its definition: live order, reference gains, over the reference's own order. */
function referenceNdcg(live: number[], reference: number[]): number {
  const dcg = (order: number[]) =>
    order.reduce((sum, feature, rank) => sum + reference[feature]! / Math.log2(rank + 2), 0);
  const byLive = [0, 1, 2].sort((a, b) => live[b]! - live[a]!);
  const ideal = [0, 1, 2].sort((a, b) => reference[b]! - reference[a]!);
  return dcg(byLive) / dcg(ideal);
}

describe('feature-attribution drift', () => {
  let gw: TestGateway;
  const features = ['a', 'b', 'c'];
  const evaluated: [number, number, number] = [3, 1, 0.2];
  const next = random(31);
  const rows = Array.from({ length: 64 }, () => [next() * 2 - 1, next() * 2 - 1, next() * 2 - 1]);

  const drift = async (name: string): Promise<Drift | undefined> =>
    (await gw.client.data(DeploymentAttributionDriftDocument, { name })).deployment?.attributionDrift[0];

  before(async () => {
    gw = await startTestGateway({ MODELGATE_POLICIES_DIR: policyFolder({ 'quality.yaml': qualityPolicy }) });
    const chain = await createChain(gw.client, 'attribution');
    const teamId = chain.team.id;
    const admin = `Bearer ${await gw.token({ user: 'ops', roles: ['admin'] })}`;
    const { createModel } = await gw.client.data(CreateModelDocument, {
      input: { teamId, name: 'weighted-sum', taskType: 'REGRESSION' },
    });
    const register = async (weights: [number, number, number]) =>
      (
        await gw.client.data(RegisterModelVersionDocument, {
          input: {
            ...classifierVersion(createModel.id, chain.run.id),
            artifact: await uploadModel(gw.gateway.url, admin, await weightedSumFiles(weights)),
            signature: {
              inputs: features.map((name) => ({ name, dtype: 'FLOAT32' as const, shape: [] })),
              outputs: [{ name: 'value', dtype: 'FLOAT32', shape: [1] }],
              classLabels: [],
            },
            metrics: [{ name: 'rmse', value: 0.1 }],
            fairnessMetrics: [],
          },
        })
      ).registerModelVersion;
    // v1 is evaluated: its rows, explained, are the reference of every later version of the model.
    const v1 = await register(evaluated);
    const body = ['a,b,c,y', ...rows.map((r) => [...r, r[0]! * 3 + r[1]! + r[2]! * 0.2].join(','))].join('\n');
    const { createDataset } = await gw.client.data(CreateDatasetDocument, {
      input: { teamId, name: 'weighted-rows', sensitivity: 'INTERNAL' },
    });
    const { registerDatasetVersion } = await gw.client.data(RegisterDatasetVersionDocument, {
      input: {
        datasetId: createDataset.id,
        location: 'bench://weighted-rows',
        sha256: createHash('sha256').update(body).digest('hex'),
        rowCount: rows.length,
        features: [
          ...features.map((name) => ({ name, dtype: 'FLOAT32' as const, role: 'FEATURE' as const })),
          { name: 'y', dtype: 'FLOAT32', role: 'LABEL' },
        ],
      },
    });
    await gw.client.uploadRows(registerDatasetVersion.id, body, 'text/csv');
    const { evaluateModelVersion } = await gw.client.data(EvaluateModelVersionDocument, {
      input: { modelVersionId: v1.id, datasetVersionId: registerDatasetVersion.id },
    });
    await eventually(
      async () =>
        (await gw.client.data(EvaluationDocument, { id: evaluateModelVersion.id })).node as EvaluationFieldsFragment,
      (evaluation) => evaluation.status === 'SUCCEEDED',
      60_000,
    );
    // v2 weighs the features the other way round; v3 is retrained, close to v1, the same ranking.
    const swapped = await register([0.2, 1, 3]);
    const retrained = await register([2.8, 1.1, 0.25]);
    await deploy(gw, teamId, 'weights-swapped', swapped.id);
    await deploy(gw, teamId, 'weights-retrained', retrained.id);
    const service = await serviceClient(gw, teamId, 'weights-client', ['weights-swapped', 'weights-retrained']);
    const live = Array.from({ length: 60 }, () => ({ a: next() * 2 - 1, b: next() * 2 - 1, c: next() * 2 - 1 }));
    for (const deployment of ['weights-swapped', 'weights-retrained'])
      await service.data(PredictDocument, { deployment, instances: live });
  });
  after(() => gw.stop());

  it('alerts on a version whose ranking of features is swapped against the evaluated one', async () => {
    const found = await eventually(
      () => drift('weights-swapped'),
      (d) => d?.alerting === true,
      60_000,
    );
    assert.equal(found!.explained, 60);
    // Attributions of a weighted sum from a zero baseline are wᵢ·xᵢ: its importances are |wᵢ|·mean|xᵢ|.
    const importance = (name: string, of: 'live' | 'reference') =>
      found!.features.find((feature) => feature.feature === name)![of]!;
    const live = features.map((name) => importance(name, 'live'));
    const reference = features.map((name) => importance(name, 'reference'));
    const meanAbs = (column: number) => rows.reduce((sum, r) => sum + Math.abs(r[column]!), 0) / rows.length;
    evaluated.forEach((weight, i) =>
      assert.ok(Math.abs(reference[i]! - weight * meanAbs(i)) < 1e-5, `reference of ${features[i]}: ${reference[i]}`),
    );
    assert.ok(live[2]! > live[1]! && live[1]! > live[0]!, 'live, c weighs most');
    assert.ok(Math.abs(found!.ndcg! - referenceNdcg(live, reference)) < 1e-12);
    assert.ok(found!.ndcg! < 0.9);
    const { auditEvents } = await gw.client.data(AuditEventsDocument, {
      first: 5,
      filter: { actionIn: ['qualityAlert'] },
    });
    assert.deepEqual(
      auditEvents.nodes.map((event) => (event.after as { check: string; version: number }).check),
      ['attribution-drift'],
    );
  });

  it('does not alert on a retrained version that ranks the features as the evaluated one did', async () => {
    const found = await eventually(
      () => drift('weights-retrained'),
      (d) => d?.explained === 60 && d.ndcg !== null,
      60_000,
    );
    assert.equal(found!.ndcg, 1);
    assert.equal(found!.alerting, false);
  });
});
