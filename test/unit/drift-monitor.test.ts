import 'reflect-metadata';
import assert from 'node:assert/strict';
import { describe, it, type TestContext } from 'node:test';
import { DriftMonitor, type DriftDeps } from '../../src/domain/drift/monitor';
import type { DriftPolicy } from '../../src/domain/drift/policy';
import type { VersionDrift } from '../../src/domain/drift/window';
import type { TrainingData } from '../../src/domain/experiments/training-data';
import { LifecycleState, TensorDtype } from '../../src/domain/models/model.entity';
import type { ServedDeployment, ServedVersion } from '../../src/domain/serving/routing-table';
import type { InputBatch, OutputBatch } from '../../src/inference/instances';

const MINUTE = 60_000;
/** A minute boundary: minute m of the test is T0 + m·MINUTE. */
const T0 = Date.UTC(2030, 0, 1);

/**
 * Two scalar inputs and one single-valued output. The training data describes x by a histogram
 * (edges 0 | 10 | 20 | 30, counts 25, 50, 25 → bins below 10, [10,20), 20 and above with shares
 * 0.25, 0.5, 0.25) and z by its median 0 (bins below 0 and 0 and above, 0.5 each). The output has
 * no statistics: its reference is the first `earlyTrafficReference` values.
 */
const version: ServedVersion = {
  id: '7a1c3e5f-0000-4000-8000-000000000001',
  version: 3,
  state: LifecycleState.APPROVED,
  signature: {
    inputs: [
      { name: 'x', dtype: TensorDtype.FLOAT32, shape: [] },
      { name: 'z', dtype: TensorDtype.FLOAT32, shape: [] },
    ],
    outputs: [{ name: 'y', dtype: TensorDtype.FLOAT32, shape: [1] }],
    classLabels: [],
  },
  artifact: { sha256: 'ab'.repeat(32) },
  run: { id: '7a1c3e5f-0000-4000-8000-000000000002' },
  personal: false,
  sensitiveFeatures: new Set(),
};
const X_EXPECTED = [0.25, 0.5, 0.25];
const Z_EXPECTED = [0.5, 0.5];

const datasetVersion = {
  id: '7a1c3e5f-0000-4000-8000-000000000003',
  dataset: { id: '7a1c3e5f-0000-4000-8000-000000000004', sensitivity: 'INTERNAL', team: { id: 't' } },
};
const training: TrainingData = {
  personal: false,
  sensitiveFeatures: new Set(),
  statistics: new Map([
    ['x', { feature: 'x', histogram: { binEdges: [0, 10, 20, 30], counts: [25, 50, 25] } }],
    ['z', { feature: 'z', quantiles: [{ q: 0.5, value: 0 }] }],
  ]),
  statisticsFrom: new Map([
    ['x', datasetVersion],
    ['z', datasetVersion],
  ]),
  sensitive: new Map(),
};

const deployment = { id: '7a1c3e5f-0000-4000-8000-00000000000d', name: 'churn' } as unknown as ServedDeployment;

const basePolicy: DriftPolicy = {
  enabled: true,
  windowMinutes: 10,
  minInstances: 4,
  psi: { warn: 0.1, alert: 0.25 },
  checkEverySeconds: 3600,
  earlyTrafficReference: 10,
  minCountToShow: 1,
  minCountPerBin: 1,
};

/** One request: an instance per pair of x and z values; the model answered 0 for each. */
function request(x: number[], z: number[] = x.map(() => 1)): [InputBatch[], OutputBatch] {
  assert.equal(x.length, z.length);
  return [
    [
      { name: 'x', dtype: TensorDtype.FLOAT32, shape: [x.length], values: Float32Array.from(x) },
      { name: 'z', dtype: TensorDtype.FLOAT32, shape: [z.length], values: Float32Array.from(z) },
    ],
    { name: 'y', shape: [x.length, 1], values: new Float32Array(x.length) },
  ];
}

/** The PSI by its definition, Σ (a − e)·ln(a/e) with both shares floored at 1e-4: the reference the monitor is checked against. */
function referencePsi(expected: number[], counts: number[]): number {
  const total = counts.reduce((a, b) => a + b, 0);
  let sum = 0;
  expected.forEach((share, bin) => {
    const e = Math.max(share, 1e-4);
    const a = Math.max(counts[bin]! / total, 1e-4);
    sum += (a - e) * Math.log(a / e);
  });
  return sum;
}

/** The counts of x's values in its bins (below 10, [10,20), 20 and above), tallied by hand-written comparisons. */
const xCounts = (values: number[]) => [
  values.filter((v) => v < 10).length,
  values.filter((v) => v >= 10 && v < 20).length,
  values.filter((v) => v >= 20).length,
];
const zCounts = (values: number[]) => [values.filter((v) => v < 0).length, values.filter((v) => v >= 0).length];

/** `actual` is `expected` within `tolerance` (1e-12 unless given: the same sums, maybe in another order). */
function close(actual: number | null | undefined, expected: number, what: string): void;
function close(actual: number | null | undefined, expected: number, tolerance: number, what: string): void;
function close(actual: number | null | undefined, expected: number, ...rest: [string] | [number, string]): void {
  const [tolerance, what] = rest.length === 1 ? [1e-12, rest[0]] : rest;
  assert.ok(actual != null && Math.abs(actual - expected) <= tolerance, `${what}: ${actual} ≠ ${expected}`);
}

/** Lets the training data's promise, and the monitor's `then` on it, settle: the queue of microtasks runs dry before an immediate. */
const settle = () => new Promise((resolve) => setImmediate(resolve));

/** A monitor on a clock the test moves, closed when the test ends; alerts are collected. */
function monitorFor(t: TestContext, policy: DriftPolicy = basePolicy) {
  const state = { now: T0, policy, trainingDataCalls: 0 };
  const alerts: Parameters<DriftDeps['onAlert']>[] = [];
  const monitor = new DriftMonitor({
    trainingData: {
      of: (served) => {
        assert.equal(served, version);
        state.trainingDataCalls += 1;
        return Promise.resolve(training);
      },
    },
    policy: () => state.policy,
    now: () => state.now,
    onAlert: (...args) => alerts.push(args),
  });
  t.after(() => monitor.close());
  const at = (minute: number, extraMs = 0) => (state.now = T0 + minute * MINUTE + extraMs);
  const observe = (x: number[], z?: number[]) => monitor.observe(deployment, version, ...request(x, z));
  /** The first request prepares the version's features and is not counted. */
  const prepare = async () => {
    observe([25, 25, 25, 25]);
    await settle();
  };
  const report = (windowMinutes: number): VersionDrift | undefined => {
    const reports = monitor.report(deployment.id, windowMinutes);
    assert.ok(reports.length <= 1);
    return reports[0];
  };
  const feature = (drift: VersionDrift | undefined, name: string) =>
    [...drift!.inputs, ...drift!.outputs].find((f) => f.feature === name)!;
  return { monitor, state, alerts, at, observe, prepare, report, feature };
}

describe('drift monitor', () => {
  it('only prepares on the first request of a version; later ones are counted', async (t) => {
    const m = monitorFor(t);
    m.observe([25, 25, 25, 25]);
    m.observe([25, 25], [1, 1]); // while its training data loads: dropped too
    assert.equal(m.state.trainingDataCalls, 1, 'the training data is asked for once');
    assert.equal(m.report(10), undefined, 'nothing tracked until the training data came');
    await settle();
    const drift = m.report(10)!;
    assert.equal(drift.instances, 0);
    assert.equal(drift.modelVersionId, version.id);
    assert.equal(drift.version, 3);
    assert.deepEqual(drift.labels, { deployment: 'churn', version: '3' });
    assert.equal(m.feature(drift, 'x').psi, null, 'no instance in the window yet');
    assert.equal(m.feature(drift, 'x').instances, 0);
    assert.equal(m.feature(drift, 'x').reference, 'TRAINING_STATISTICS');
    assert.deepEqual(m.feature(drift, 'x').referenceFrom, datasetVersion);
    assert.equal(m.feature(drift, 'output:y').reference, 'EARLY_TRAFFIC');
    assert.deepEqual(m.feature(drift, 'output:y').collecting, { have: 0, need: 10 });

    m.observe([5, 15]);
    assert.equal(m.report(10)!.instances, 2);
    assert.equal(m.state.trainingDataCalls, 1);
    assert.deepEqual(m.monitor.report('another-deployment', 10), [], 'reports are per deployment');
  });

  it('observes nothing while the policy is disabled', async (t) => {
    const m = monitorFor(t, { ...basePolicy, enabled: false });
    m.observe([25]);
    await settle();
    assert.equal(m.state.trainingDataCalls, 0);
    assert.equal(m.report(10), undefined);
  });

  it('reports counts per bin and a PSI equal to one computed from the values', async (t) => {
    const m = monitorFor(t);
    await m.prepare();
    // Minute 0: x 5, 10, 15, 25 (10 is on an edge: it counts in [10,20)); z −1, 0, 2, 3 (0 counts above the median).
    const x0 = [5, 10, 15, 25];
    const z0 = [-1, 0, 2, 3];
    m.observe(x0, z0);
    // Minute 3: x 20, 29.5 (20 on an edge: 20 and above); z 4, 5.
    m.at(3);
    const x3 = [20, 29.5];
    const z3 = [4, 5];
    m.observe(x3, z3);

    const drift = m.report(10)!;
    assert.equal(drift.instances, 6);
    const x = m.feature(drift, 'x');
    assert.deepEqual(xCounts([...x0, ...x3]), [1, 2, 3]);
    assert.equal(x.instances, 6);
    close(x.psi, referencePsi(X_EXPECTED, [1, 2, 3]), 'x psi');
    assert.deepEqual(x.bins, [
      { lower: null, upper: 10, expected: 0.25, count: 1, observed: 1 / 6, referenceBins: 1 },
      { lower: 10, upper: 20, expected: 0.5, count: 2, observed: 2 / 6, referenceBins: 1 },
      { lower: 20, upper: null, expected: 0.25, count: 3, observed: 3 / 6, referenceBins: 1 },
    ]);
    const z = m.feature(drift, 'z');
    assert.deepEqual(zCounts([...z0, ...z3]), [1, 5]);
    close(z.psi, referencePsi(Z_EXPECTED, [1, 5]), 'z psi');
    // The most drifted input first. By hand, x: a = 1/6, 1/3, 1/2 against .25, .5, .25:
    //   (1/6 − 1/4)·ln(2/3) + (1/3 − 1/2)·ln(2/3) + (1/2 − 1/4)·ln 2 = .0338 + .0676 + .1733 ≈ 0.2747;
    // z: a = 1/6, 5/6 against .5, .5: (1/6 − 1/2)·ln(1/3) + (5/6 − 1/2)·ln(5/3) = .3662 + .1703 ≈ 0.5365.
    close(x.psi, 0.2747, 1e-4, 'x psi by hand');
    close(z.psi, 0.5365, 1e-4, 'z psi by hand');
    assert.deepEqual(
      drift.inputs.map((f) => f.feature),
      ['z', 'x'],
    );

    // A window of 3 minutes at minute 3 holds minutes 1 to 3: the second request only.
    const recent = m.report(3)!;
    assert.equal(recent.instances, 2);
    assert.deepEqual(
      m.feature(recent, 'x').bins!.map((bin) => bin.count),
      [0, 0, 2],
    );
    close(m.feature(recent, 'x').psi, referencePsi(X_EXPECTED, [0, 0, 2]), 'x psi over 3 minutes');

    // The output (always 0): its first 10 values form its reference; six so far.
    assert.deepEqual(m.feature(drift, 'output:y').collecting, { have: 6, need: 10 });
    assert.equal(m.feature(drift, 'output:y').psi, null);
  });

  it('lets values older than the window leave it, and reuses a minute slot an hour on', async (t) => {
    const m = monitorFor(t);
    await m.prepare();
    m.observe([5, 5, 15]); // minute 0
    m.at(4);
    m.observe([25]); // minute 4
    m.at(9, 59_999);
    assert.equal(m.report(10)!.instances, 4, 'minute 9 and a bit: minutes 0 to 9 are in a window of 10');
    m.at(10);
    // Minute 10: the window of 10 minutes holds minutes 1 to 10; minute 0 has left.
    let drift = m.report(10)!;
    assert.equal(drift.instances, 1);
    assert.deepEqual(
      m.feature(drift, 'x').bins!.map((bin) => bin.count),
      [0, 0, 1],
    );
    close(m.feature(drift, 'x').psi, referencePsi(X_EXPECTED, [0, 0, 1]), 'x psi');
    m.at(14);
    drift = m.report(10)!;
    assert.equal(drift.instances, 0, 'minute 4 has left too');
    assert.equal(m.feature(drift, 'x').psi, null);
    assert.equal(m.feature(drift, 'x').instances, 0);

    // Minute 64 falls in minute 4's slot (of 60): that slot starts afresh, minute 4's counts gone.
    m.at(64);
    m.observe([15, 15]);
    drift = m.report(60)!;
    assert.equal(drift.instances, 2);
    assert.deepEqual(
      m.feature(drift, 'x').bins!.map((bin) => bin.count),
      [0, 2, 0],
    );
    close(m.feature(drift, 'x').psi, referencePsi(X_EXPECTED, [0, 2, 0]), 'x psi');
  });

  it('raises an alert once past psi.alert, and not again until the PSI settles below psi.warn', async (t) => {
    const m = monitorFor(t);
    await m.prepare();
    // z stays on its reference (one below and one above the median, alternately), x moves.
    const zFor = (n: number) => Array.from({ length: n }, (_, i) => (i % 2 === 0 ? -1 : 1));

    // Three instances, all 20 and above: PSI well past the alert, but fewer than minInstances (4).
    m.observe([25, 25, 25], [-1, 1, -1]);
    m.monitor.check();
    assert.equal(m.alerts.length, 0, 'too few instances to judge');

    m.observe([25], [1]);
    m.monitor.check();
    assert.equal(m.alerts.length, 1);
    const [deploymentTold, driftTold, drifted] = m.alerts[0]!;
    assert.deepEqual(deploymentTold, { id: deployment.id, name: 'churn' });
    assert.equal(driftTold.alerting, true);
    assert.equal(driftTold.instances, 4);
    // x: counts 0, 0, 4 → (1e-4 − .25)·ln(1e-4/.25) + (1e-4 − .5)·ln(1e-4/.5) + (1 − .25)·ln(1/.25) ≈ 7.25;
    // z: 2 and 2 → 0: not drifted.
    const xPsi = referencePsi(X_EXPECTED, [0, 0, 4]);
    assert.ok(xPsi > 7.2 && xPsi < 7.3, String(xPsi));
    assert.equal(drifted.length, 1);
    assert.equal(drifted[0]!.feature, 'x');
    close(drifted[0]!.psi, xPsi, 'x psi told');
    assert.equal(m.report(10)!.alerting, true);

    m.monitor.check();
    m.monitor.check();
    assert.equal(m.alerts.length, 1, 'not raised again while it lasts');

    // Minute 10: the drifted minute has left; x at 4, 8, 8 of 20 → shares .2, .4, .4:
    // .05·ln(.8)·−1 + .1·ln(.8)·−1 + .15·ln(1.6) = .0112 + .0223 + .0705 ≈ 0.104, between warn and alert.
    m.at(10);
    const between = [...new Array(4).fill(5), ...new Array(8).fill(15), ...new Array(8).fill(25)];
    m.observe(between, zFor(20));
    const betweenPsi = referencePsi(X_EXPECTED, xCounts(between));
    assert.ok(betweenPsi > 0.1 && betweenPsi < 0.25, String(betweenPsi));
    close(m.feature(m.report(10), 'x').psi, betweenPsi, 'x psi');
    m.monitor.check();
    assert.equal(m.alerts.length, 1, 'above the warning threshold: still the same alert');
    assert.equal(m.report(10)!.alerting, true, 'not settled above psi.warn');

    // Minute 20: x back on its reference (1, 2, 1 of 4): PSI 0 settles the alert.
    m.at(20);
    m.observe([5, 15, 15, 25], zFor(4));
    close(m.feature(m.report(10), 'x').psi, referencePsi(X_EXPECTED, [1, 2, 1]), 'x psi');
    m.monitor.check();
    assert.equal(m.report(10)!.alerting, false);
    assert.equal(m.alerts.length, 1);

    // Minute 30: drifted again → a second alert.
    m.at(30);
    m.observe([25, 25, 25, 25], zFor(4));
    m.monitor.check();
    assert.equal(m.alerts.length, 2);
    assert.deepEqual(
      m.alerts[1]![2].map((d) => d.feature),
      ['x'],
    );
  });

  it('tells every drifted feature, the most drifted first, and judges features over the policy window', async (t) => {
    const m = monitorFor(t, { ...basePolicy, windowMinutes: 5 });
    await m.prepare();
    // Minute 0: x and z drifted, enough to alert over a window of 10 minutes…
    m.observe([25, 25, 25, 25], [-1, -1, -1, -1]);
    assert.ok(m.feature(m.report(10), 'x').psi! > 0.25);
    // …but at minute 5 the policy's window of 5 minutes holds minutes 1 to 5 only: nothing to judge.
    m.at(5);
    m.monitor.check();
    assert.equal(m.alerts.length, 0);
    // Minute 5: x all 20 and above, z all below 0.
    m.observe([25, 25, 25, 25], [-1, -1, -1, -1]);
    m.monitor.check();
    assert.equal(m.alerts.length, 1);
    const xPsi = referencePsi(X_EXPECTED, [0, 0, 4]);
    // z: 4 of 4 below the median → (1 − .5)·ln 2 + (1e-4 − .5)·ln(1e-4/.5) ≈ 4.60 < x's ≈ 7.25.
    const zPsi = referencePsi(Z_EXPECTED, [4, 0]);
    assert.ok(xPsi > zPsi && zPsi > 0.25);
    const drifted = m.alerts[0]![2];
    assert.deepEqual(
      drifted.map((d) => d.feature),
      ['x', 'z'],
    );
    close(drifted[0]!.psi, xPsi, 'x');
    close(drifted[1]!.psi, zPsi, 'z');

    // The metrics read the same window.
    const series = m.monitor.psiSeries();
    const byFeature = new Map(series.map((s) => [s.feature, s]));
    close(byFeature.get('x')!.psi, xPsi, 'x in the metrics');
    close(byFeature.get('z')!.psi, zPsi, 'z in the metrics');
    assert.deepEqual(byFeature.get('x')!.labels, { deployment: 'churn', version: '3' });
    assert.ok(!byFeature.has('output:y'), 'the output is still collecting its reference (8 of 10)');
  });

  it('forgets a version that saw no traffic for longer than the window span (60 minutes)', async (t) => {
    const m = monitorFor(t);
    await m.prepare();
    m.at(1);
    m.observe([15, 15, 15, 15]);
    // Exactly 60 minutes since it was last seen: kept.
    m.at(61);
    m.monitor.check();
    assert.ok(m.report(60), 'kept at exactly the window span');
    // A millisecond more: forgotten.
    m.at(61, 1);
    m.monitor.check();
    assert.equal(m.report(60), undefined);
    assert.deepEqual(m.monitor.psiSeries(), []);

    // The next request prepares it again (and is not counted).
    m.observe([15]);
    await settle();
    assert.equal(m.state.trainingDataCalls, 2);
    assert.equal(m.report(60)!.instances, 0);
    m.observe([15]);
    assert.equal(m.report(60)!.instances, 1);
  });

  it('keeps a version with traffic, however long ago it was first seen', async (t) => {
    const m = monitorFor(t);
    await m.prepare();
    for (let minute = 0; minute <= 180; minute += 30) {
      m.at(minute);
      m.observe([15]);
      m.monitor.check();
    }
    assert.equal(m.report(60)!.instances, 2, 'minutes 150 and 180');
  });

  it('times each check by the interval the policy says when it schedules it, and stops at close()', async (t) => {
    // node:test's fake setTimeout: the monitor's timer runs when the test moves it, not on the wall clock.
    t.mock.timers.enable({ apis: ['setTimeout'] });
    const m = monitorFor(t, { ...basePolicy, checkEverySeconds: 10 });
    /** Tracked now, then quiet for 61 minutes on the monitor's clock: the next check forgets it. */
    let minute = 0;
    const trackedThenQuiet = async () => {
      m.at(minute);
      m.observe([15]);
      await settle();
      assert.ok(m.report(60), 'tracked');
      minute += 61;
      m.at(minute);
    };
    const tracked = () => m.report(60) !== undefined;

    await trackedThenQuiet();
    t.mock.timers.tick(9_999);
    assert.ok(tracked(), 'no check before 10 s');
    t.mock.timers.tick(1);
    assert.ok(!tracked(), 'checked at 10 s');

    // The policy now says 30 s; the check already scheduled (at 20 s) keeps its time, the next one takes 30 s.
    m.state.policy = { ...basePolicy, checkEverySeconds: 30 };
    await trackedThenQuiet();
    t.mock.timers.tick(9_999);
    assert.ok(tracked());
    t.mock.timers.tick(1);
    assert.ok(!tracked(), 'checked at 20 s');

    await trackedThenQuiet();
    t.mock.timers.tick(10_000);
    assert.ok(tracked(), 'no check at 30 s any more');
    t.mock.timers.tick(19_999);
    assert.ok(tracked(), 'nor before 50 s');
    t.mock.timers.tick(1);
    assert.ok(!tracked(), 'checked at 50 s, 30 s after the last');

    // Back to 2 s: the check at 80 s schedules the next at 82 s.
    m.state.policy = { ...basePolicy, checkEverySeconds: 2 };
    t.mock.timers.tick(30_000);
    await trackedThenQuiet();
    t.mock.timers.tick(1_999);
    assert.ok(tracked());
    t.mock.timers.tick(1);
    assert.ok(!tracked(), 'checked at 82 s');

    m.monitor.close();
    await trackedThenQuiet();
    t.mock.timers.tick(3_600_000);
    assert.ok(tracked(), 'no check after close()');
  });
});
