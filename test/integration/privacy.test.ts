import assert from 'node:assert/strict';
import { createHash, createHmac } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  DeploymentDriftDocument,
  ModelVersionPredictionsDocument,
  PredictDocument,
  type DeploymentDriftQuery,
  type RegisterDatasetVersionInput,
} from '../../src/client/generated/graphql';
import type { GraphQLClient } from '../support/client';
import { eventually } from '../support/eventually';
import { createChain, creditDatasetVersion, deploy, serviceClient } from '../support/fixtures';
import { ADMIN, startTestGateway, type TestGateway } from '../support/gateway';
import { policyFolder, shippedPolicy } from '../support/policies';

/** Training data where `age` is personal data: the log keeps only a digest of what the model was asked. */
const personalAge = (datasetId: string): RegisterDatasetVersionInput => ({
  ...creditDatasetVersion(datasetId),
  features: [
    { name: 'income', dtype: 'FLOAT32', role: 'FEATURE' },
    { name: 'age', dtype: 'FLOAT32', role: 'FEATURE', pii: true },
  ],
  anonymization: 'PSEUDONYMIZED',
});

/** Training data whose income spreads evenly over four histogram bins of [0, 2); age has no statistics. */
const incomeHistogram = (datasetId: string): RegisterDatasetVersionInput => ({
  ...creditDatasetVersion(datasetId),
  statistics: [{ feature: 'income', histogram: { binEdges: [0, 0.5, 1, 1.5, 2], counts: [250, 250, 250, 250] } }],
});

/** The packed float32 inputs of one (income, age) instance, as the gateway packs them. */
const packed = (income: number, age: number) => Buffer.from(new Float32Array([income, age]).buffer);

/**
 * The attack of issue 23: every (income, age) on a grid of hundredths over [0, 1], hashed as the
 * gateway used to hash the inputs (plain SHA-256 of the packed float32s); the point whose hash is
 * `digest`, if any.
 */
function gridSearch(digest: string): [number, number] | undefined {
  for (let i = 0; i <= 100; i += 1)
    for (let j = 0; j <= 100; j += 1)
      if (
        createHash('sha256')
          .update(packed(i / 100, j / 100))
          .digest('hex') === digest
      )
        return [i / 100, j / 100];
  return undefined;
}

describe('privacy of the prediction log digests, of drift aggregates and of /readyz', { timeout: 120_000 }, () => {
  // Early traffic forms a reference after 10 values, so that a test sends tens of instances.
  const policies = policyFolder({
    'drift.yaml': shippedPolicy('drift.yaml').replace(/^earlyTrafficReference: .*$/m, 'earlyTrafficReference: 10'),
  });
  let gw: TestGateway;
  before(async () => {
    gw = await startTestGateway({ MODELGATE_POLICIES_DIR: policies });
  });
  after(async () => {
    await gw?.stop();
    fs.rmSync(policies, { recursive: true, force: true });
  });

  describe('keyed digests', () => {
    let chain: Awaited<ReturnType<typeof createChain>>;
    let dana: GraphQLClient;
    const applicant = { income: 0.37, age: 0.52 };
    const digests = async (client: GraphQLClient) =>
      (await client.data(ModelVersionPredictionsDocument, { id: chain.modelVersion.id, first: 10 })).modelVersion
        .predictions.nodes;

    before(async () => {
      chain = await createChain(gw.client, 'digest', 'CONFIDENTIAL', personalAge);
      await deploy(gw, chain.team.id, 'credit-digest', chain.modelVersion.id);
      const scorer = await serviceClient(gw, chain.team.id, 'digest-scorer', ['credit-digest']);
      await scorer.data(PredictDocument, { deployment: 'credit-digest', instances: [applicant] });
      await scorer.data(PredictDocument, { deployment: 'credit-digest', instances: [applicant] });
      await scorer.data(PredictDocument, { deployment: 'credit-digest', instances: [{ income: 0.37, age: 0.53 }] });
      await gw.gateway.predictionLog.flush();
      dana = await gw.as({ user: 'dana', roles: ['data-scientist'], teams: [chain.team.name] });
    });

    it('cannot be inverted by searching a grid of inputs, as a plain SHA-256 could', async () => {
      const entries = await digests(dana);
      assert.equal(entries.length, 3);
      for (const entry of entries) {
        assert.equal(entry.instances, null);
        assert.equal(entry.instancesWithheld, 'NOT_PERMITTED', 'the data scientist is shown only the digest');
        assert.match(entry.instancesSha256, /^[0-9a-f]{64}$/);
        assert.equal(gridSearch(entry.instancesSha256), undefined, 'the search finds nothing');
      }
      assert.deepEqual(
        gridSearch(createHash('sha256').update(packed(applicant.income, applicant.age)).digest('hex')),
        [applicant.income, applicant.age],
        'control: the grid holds the applicant, and the same search inverts the unkeyed digest the gateway used to log',
      );
      // Only with the key, kept outside the database, does a digest match the inputs.
      const key = fs.readFileSync(path.join(gw.config.dataDir, 'digest-key'), 'utf8').trim();
      const keyed = createHmac('sha256', key).update(packed(applicant.income, applicant.age)).digest('hex');
      assert.equal(entries.filter((entry) => entry.instancesSha256 === keyed).length, 2, 'the applicant, asked twice');
    });

    it('still gives equal inputs equal digests, and different inputs different ones', async () => {
      const entries = await digests(gw.reviewers[0]);
      assert.ok(entries.every((entry) => entry.instancesWithheld === 'DIGEST_ONLY'));
      const counts = new Map<string, number>();
      for (const { instancesSha256 } of entries) counts.set(instancesSha256, (counts.get(instancesSha256) ?? 0) + 1);
      assert.deepEqual(
        [...counts.values()].sort(),
        [1, 2],
        'the same applicant twice, one digest; an age one hundredth apart, another',
      );
    });
  });

  describe('drift aggregates', () => {
    let chain: Awaited<ReturnType<typeof createChain>>;
    let viewer: GraphQLClient;
    let scientist: GraphQLClient;
    type Drift = DeploymentDriftQuery['deployment']['drift'][number];
    const driftAs = async (client: GraphQLClient): Promise<Drift> => {
      const { drift } = (await client.data(DeploymentDriftDocument, { name: 'credit-drift', windowMinutes: 15 }))
        .deployment;
      assert.equal(drift.length, 1);
      return drift[0]!;
    };
    const feature = (drift: Drift, name: string) =>
      [...drift.inputs, ...drift.outputs].find((f) => f.feature === name)!;
    /** Applicants with these incomes, ages spread over [0, 1). */
    const applicants = (incomes: number[]) => incomes.map((income, k) => ({ income, age: ((k * 0.618) % 1) + 0.01 }));

    before(async () => {
      chain = await createChain(gw.client, 'drift', 'CONFIDENTIAL', incomeHistogram);
      await deploy(gw, chain.team.id, 'credit-drift', chain.modelVersion.id);
      // The first request prepares the version's features, uncounted.
      await gw.client.data(PredictDocument, { deployment: 'credit-drift', instances: applicants([1]) });
      await eventually(
        () => gw.client.data(DeploymentDriftDocument, { name: 'credit-drift' }),
        (answer) => answer.deployment.drift.length === 1,
      );
      viewer = await gw.as({ user: 'vera', roles: ['viewer'], teams: [chain.team.name] });
      scientist = await gw.as({ user: 'dana', roles: ['data-scientist'], teams: [chain.team.name] });
    });

    it('withholds a window of one request from whoever may not read the logged instances', async () => {
      await gw.client.data(PredictDocument, { deployment: 'credit-drift', instances: applicants([0.3]) });
      for (const client of [viewer, scientist]) {
        const drift = await driftAs(client);
        assert.equal(drift.instances, 1);
        assert.equal(drift.withheld, 'TOO_FEW_INSTANCES', 'the answer says why');
        assert.equal(drift.minCountToShow, 20, 'and how many instances it takes');
        const income = feature(drift, 'income');
        assert.deepEqual(
          [income.psi, income.bins, income.withheld, income.binsWithheld, income.status],
          [null, null, 'TOO_FEW_INSTANCES', 'TOO_FEW_INSTANCES', 'STABLE'],
          'no PSI and no occupied bin that would tell where the request fell',
        );
        assert.ok([...drift.inputs, ...drift.outputs].every((f) => f.psi === null && f.bins === null));
      }

      for (const client of [gw.client, gw.reviewers[0]]) {
        const drift = await driftAs(client);
        assert.deepEqual([drift.instances, drift.withheld, drift.minCountToShow], [1, null, null]);
        const income = feature(drift, 'income');
        assert.equal(income.withheld, null);
        assert.ok(income.psi !== null);
        assert.deepEqual(
          income.bins!.map((bin) => bin.observed),
          [1, 0, 0, 0],
          'an admin or a reviewer of the log sees the window as it is',
        );
      }
    });

    it('shows a large enough window with sparse bins merged, and no bin bounded by live values', async () => {
      // With the request before: 15 incomes in [0, 0.5), 4 in [0.5, 1), none in [1, 1.5), 16 in [1.5, 2).
      const incomes = [...Array(14).fill(0.3), ...Array(4).fill(0.7), ...Array(16).fill(1.8)] as number[];
      await gw.client.data(PredictDocument, { deployment: 'credit-drift', instances: applicants(incomes) });

      const shown = await driftAs(viewer);
      assert.deepEqual([shown.instances, shown.withheld], [35, null]);
      const income = feature(shown, 'income');
      assert.ok(income.psi !== null);
      assert.deepEqual(
        income.bins!.map((bin) => [bin.lower, bin.upper, bin.referenceBins, bin.observed]),
        [
          [null, 0.5, 1, 15 / 35],
          [0.5, null, 3, 20 / 35],
        ],
        'the 4 incomes of [0.5, 1) and the empty bin are merged with their neighbour',
      );
      // The first 10 ages and classes formed their references (EARLY_TRAFFIC): 25 are counted.
      const age = feature(shown, 'age');
      assert.deepEqual([age.reference, age.instances, age.withheld], ['EARLY_TRAFFIC', 25, null]);
      assert.ok(age.psi !== null);
      assert.deepEqual([age.bins, age.binsWithheld], [null, 'LIVE_VALUES'], 'its bounds are deciles of live ages');
      for (const f of [...shown.inputs, ...shown.outputs])
        for (const bin of f.bins ?? [])
          assert.ok(bin.observed * f.instances >= 10 - 1e-9, `${f.feature}: every bin holds 10 instances or more`);

      const whole = await driftAs(gw.client);
      assert.deepEqual(
        feature(whole, 'income').bins!.map((bin) => bin.observed),
        [15 / 35, 4 / 35, 0, 16 / 35],
      );
      assert.equal(feature(whole, 'age').bins!.length > 1, true, 'the admin sees the ages’ bins');
    });
  });

  describe('/readyz', () => {
    const readyz = async (authorization?: string) => {
      const response = await fetch(gw.gateway.url.replace('/graphql', '/readyz'), {
        headers: authorization ? { authorization } : {},
      });
      return (await response.json()) as { status: string; predictionLog?: { written: number } };
    };

    it('gives its details, every team’s prediction log counters, to admins only', async () => {
      assert.deepEqual(await readyz(), { status: 'ready' });
      for (const person of [
        { user: 'vera', roles: ['viewer'] },
        { user: 'dana', roles: ['data-scientist'], teams: ['team-drift'] },
        { user: 'rita', roles: ['reviewer'] },
      ])
        assert.deepEqual(await readyz(`Bearer ${await gw.token(person)}`), { status: 'ready' }, person.roles[0]);

      const admin = await readyz(`Bearer ${await gw.token(ADMIN)}`);
      assert.equal(admin.status, 'ready');
      assert.equal(typeof admin.predictionLog?.written, 'number', 'an admin sees the counters');
    });
  });
});
