import assert from 'node:assert/strict';
import fs from 'node:fs';
import { after, before, describe, it } from 'node:test';
import {
  DeploymentDriftDocument,
  DeploymentEventsDocument,
  PredictDocument,
  type DeploymentEventsSubscription,
  type RegisterDatasetVersionInput,
} from '../../src/client/generated/graphql';
import { eventually } from '../support/eventually';
import { createChain, creditDatasetVersion, deploy } from '../support/fixtures';
import { ADMIN, startTestGateway, type TestGateway } from '../support/gateway';
import { Scrape } from '../support/prometheus';
import { collect, deploymentProbe, subscriber } from '../support/subscriptions';
import { policyFolder } from '../support/policies';

/** Training data whose income spreads evenly over [0, 2) (two histogram bins); age has no statistics. */
const trainingData = (datasetId: string): RegisterDatasetVersionInput => ({
  ...creditDatasetVersion(datasetId),
  statistics: [{ feature: 'income', histogram: { binEdges: [0, 1, 2], counts: [500, 500] } }],
});

/** Evenly spread points of [0, 1): a low-discrepancy sequence, so that a sample looks like its distribution without luck. */
const spread = (i: number, step: number) => (i * step) % 1;
const GOLDEN = 0.6180339887;
const SQRT2 = 0.4142135623;

/** `count` instances: income over [0, 2) shifted by `shift`, age over [0, 4). */
const instances = (from: number, count: number, shift: number) =>
  Array.from({ length: count }, (_, k) => ({
    income: shift + 2 * spread(from + k, GOLDEN),
    age: 4 * spread(from + k, SQRT2),
  }));

describe('drift of live traffic', { timeout: 120_000 }, () => {
  // Small numbers, so that a test sends hundreds of instances, not thousands.
  const policies = policyFolder({
    'drift.yaml':
      'enabled: true\nwindowMinutes: 5\nminInstances: 50\npsi: { warn: 0.1, alert: 0.25 }\ncheckEverySeconds: 0.2\nearlyTrafficReference: 100\nminCountToShow: 20\nminCountPerBin: 10\n',
  });
  let gw: TestGateway;
  before(async () => {
    gw = await startTestGateway({ MODELGATE_POLICIES_DIR: policies });
  });
  after(async () => {
    await gw?.stop();
    fs.rmSync(policies, { recursive: true, force: true });
  });

  /** Sends `all` in requests of 20 instances. */
  const send = async (deployment: string, all: ReturnType<typeof instances>) => {
    for (let i = 0; i < all.length; i += 20)
      await gw.client.data(PredictDocument, { deployment, instances: all.slice(i, i + 20) });
  };
  const driftOf = async (name: string) =>
    (await gw.client.data(DeploymentDriftDocument, { name, windowMinutes: 5 })).deployment.drift;

  /** A deployment of the tiny classifier trained on `trainingData`, its first request sent (which prepares its features, uncounted). */
  const deployed = async (name: string) => {
    const chain = await createChain(gw.client, name, 'CONFIDENTIAL', trainingData);
    await deploy(gw, chain.team.id, name, chain.modelVersion.id);
    await gw.client.data(PredictDocument, { deployment: name, instances: instances(0, 1, 0) });
    await eventually(
      () => driftOf(name),
      (drift) => drift.length === 1,
    );
  };

  it('reports the PSIs of traffic that looks like the training data, and no alert', async () => {
    await deployed('steady');
    // That the monitor raises nothing for these PSIs is its unit test's (drift-monitor.test.ts, on a
    // moved clock); here, the figures the gateway reports for live traffic.
    await send('steady', instances(1, 400, 0));
    const [drift] = await driftOf('steady');
    assert.equal(drift!.instances, 400);
    assert.equal(drift!.alerting, false);
    const income = drift!.inputs.find((f) => f.feature === 'income')!;
    assert.equal(income.reference, 'TRAINING_STATISTICS');
    assert.deepEqual(
      income.bins!.map((b) => [b.lower, b.upper, b.expected]),
      [
        [null, 1, 0.5],
        [1, null, 0.5],
      ],
      'the training histogram, its outer edges open',
    );
    assert.ok(income.psi! < 0.01, `income PSI ${income.psi}`);
    const age = drift!.inputs.find((f) => f.feature === 'age')!;
    assert.equal(age.reference, 'EARLY_TRAFFIC', 'no training statistics: the first 100 live values');
    assert.equal(age.instances, 300);
    assert.ok(age.psi! < 0.1, `age PSI ${age.psi}`);
    const [output] = drift!.outputs;
    assert.equal(output!.feature, 'output:probabilities');
    assert.ok(output!.psi! < 0.1, `output PSI ${output!.psi}`);
    assert.deepEqual(
      [...drift!.inputs, ...drift!.outputs].map((f) => f.status),
      ['STABLE', 'STABLE', 'STABLE'],
    );
  });

  it('raises one alert, ranks the drifted feature first and exports it when inputs move', async () => {
    await deployed('shifting');
    const events = subscriber(gw.gateway.url, `Bearer ${await gw.token(ADMIN)}`);
    const alerts = collect(events, DeploymentEventsDocument, { name: 'shifting' }, 1);
    await alerts.subscribed(deploymentProbe(gw, 'shifting'));
    let alert: DeploymentEventsSubscription['deploymentEvents'];
    try {
      await send('shifting', instances(1, 200, 0));
      // Income leaves the training range: every applicant now earns 3 to 5.
      await send('shifting', instances(201, 600, 3));
      [{ deploymentEvents: alert }] = (await alerts.done) as DeploymentEventsSubscription[] as [
        DeploymentEventsSubscription,
      ];
    } finally {
      await events.dispose();
    }
    assert.equal(alert.action, 'driftAlert');
    assert.equal(alert.actor, 'modelgate');
    assert.equal(alert.drift!.version, 1);
    // Raised as soon as one feature crossed the threshold: income, or the predicted classes it moves.
    const drifted = alert.drift!.features;
    assert.ok(
      drifted.length > 0 &&
        drifted.every((f) => ['income', 'output:probabilities'].includes(f.feature) && f.psi >= 0.25),
      JSON.stringify(drifted),
    );

    const [drift] = await driftOf('shifting');
    assert.equal(drift!.alerting, true);
    const [first] = drift!.inputs;
    assert.deepEqual([first!.feature, first!.status], ['income', 'DRIFTING'], 'the drifted feature ranks first');
    assert.ok(first!.psi! > 0.25);
    const above = first!.bins![1]!.observed;
    assert.ok(
      Math.abs(above - 700 / 800) < 0.01,
      `about 100 of 200 steady incomes and all 600 shifted ones at 1 or above: ${above}`,
    );
    assert.equal(drift!.inputs.find((f) => f.feature === 'age')!.status, 'STABLE');
    const [output] = drift!.outputs;
    assert.ok(output!.psi! > 0.25, `the predicted classes moved too: output PSI ${output!.psi}`);

    const scrape = await Scrape.of(gw.gateway.url.replace('/graphql', '/metrics'));
    assert.ok(scrape.value('modelgate_drift_psi', { deployment: 'shifting', version: '1', feature: 'income' })! > 0.25);
    assert.ok(scrape.value('modelgate_drift_psi', { deployment: 'steady', version: '1', feature: 'income' })! < 0.1);
    assert.equal(
      scrape.value('modelgate_drift_alerts_total', { deployment: 'shifting', version: '1' }),
      1,
      'one alert until the traffic settles',
    );
    assert.equal(scrape.value('modelgate_drift_alerts_total', { deployment: 'steady', version: '1' }), undefined);
  });

  it('refuses a window it does not keep', async () => {
    const response = await gw.client.request(DeploymentDriftDocument, { name: 'steady', windowMinutes: 61 });
    assert.equal(response.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
    assert.match(response.errors![0]!.message, /windowMinutes: must be 1 to 60/);
  });
});
