import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { TensorDtype } from '../../src/domain/models/model.entity';
import { WorkerPool } from '../../src/inference/pool';
import { linearModelFiles, tinyClassifierFiles, tinyRegressorFiles } from '../support/models';
import { ExplanationMethod } from '../../src/inference/explainers/methods';

const batch = (rows: number[][]) => ({
  name: 'features',
  dtype: TensorDtype.FLOAT32,
  shape: [rows.length, rows[0]!.length],
  values: new Float32Array(rows.flat()),
});

describe('attributions in the workers', () => {
  const pool = new WorkerPool(1);
  before(async () => {
    await pool.load('linear', await linearModelFiles());
    await pool.load('tiny', await tinyClassifierFiles());
    await pool.load('regressor', await tinyRegressorFiles());
  });
  after(() => pool.close());

  it('gives w_i·(x_i − baseline_i) on a linear model, for integrated gradients', async () => {
    const x = [2, 1, -1];
    const baseline = [0.5, 0.5, 0.5];
    const result = await pool.explain(
      'linear',
      {
        method: ExplanationMethod.INTEGRATED_GRADIENTS,
        input: batch([x]),
        baseline: new Float32Array(baseline),
        steps: 16,
      },
      Infinity,
    );
    const target = result.targets[0]!;
    const w = [
      [1, -2],
      [0.5, 3],
      [-1, 0.25],
    ].map((row) => row[target]!);
    x.forEach((xi, i) =>
      assert.ok(
        Math.abs(result.attributions[i]! - w[i]! * (xi - baseline[i]!)) < 1e-3,
        `feature ${i}: ${result.attributions[i]} vs ${w[i]! * (xi - baseline[i]!)}`,
      ),
    );
  });

  it('gives w_i·x_i on a linear model, for gradient × input', async () => {
    const x = [2, 1, -1];
    const result = await pool.explain(
      'linear',
      { method: ExplanationMethod.GRADIENT_X_INPUT, input: batch([x]), baseline: new Float32Array(3), steps: 1 },
      Infinity,
    );
    const w = [
      [1, -2],
      [0.5, 3],
      [-1, 0.25],
    ].map((row) => row[result.targets[0]!]!);
    x.forEach((xi, i) => assert.ok(Math.abs(result.attributions[i]! - w[i]! * xi) < 1e-4));
  });

  it('explains a single-output regressor exactly, by every tabular method: w·(x − baseline)', async () => {
    // value = 2·income − age + 0.5
    const x = [
      [3, 1],
      [-1, 4],
    ];
    const baseline = new Float32Array([1, 2]);
    const expected = x.map(([income, age]) => [2 * (income! - 1), -1 * (age! - 2)]);
    for (const request of [
      { method: ExplanationMethod.INTEGRATED_GRADIENTS as const, steps: 8 },
      { method: ExplanationMethod.KERNEL_SHAP as const, samples: 16, seed: 3 },
    ]) {
      const result = await pool.explain('regressor', { ...request, input: batch(x), baseline }, Infinity);
      assert.deepEqual(result.targets, [0, 0], 'the one output');
      expected
        .flat()
        .forEach((value, i) =>
          assert.ok(
            Math.abs(result.attributions[i]! - value) < 1e-3,
            `${request.method} ${i}: ${result.attributions[i]} vs ${value}`,
          ),
        );
      x.forEach(([income, age], row) =>
        assert.ok(Math.abs(result.outputAtInput[row]! - (2 * income! - age! + 0.5)) < 1e-5),
      );
    }
    const gradientTimesInput = await pool.explain(
      'regressor',
      { method: ExplanationMethod.GRADIENT_X_INPUT, input: batch(x), baseline, steps: 1 },
      Infinity,
    );
    assert.deepEqual([...gradientTimesInput.attributions], [6, -1, -2, -4]);
  });

  it('keeps the completeness gap of integrated gradients under 1% with 64 steps on a nonlinear model', async () => {
    const rows = [
      [3, -1],
      [-2, 4],
      [0.5, 0.5],
    ];
    const result = await pool.explain(
      'tiny',
      { method: ExplanationMethod.INTEGRATED_GRADIENTS, input: batch(rows), baseline: new Float32Array(2), steps: 64 },
      Infinity,
    );
    rows.forEach((_, i) => {
      const sum = result.attributions[i * 2]! + result.attributions[i * 2 + 1]!;
      const difference = result.outputAtInput[i]! - result.outputAtBaseline[i]!;
      assert.ok(
        Math.abs(sum - difference) < 0.01 * Math.abs(difference),
        `instance ${i}: Σ ${sum} vs Δf ${difference}`,
      );
    });
  });

  it('leaks no tensor', async () => {
    const baseline = await pool.tensorCounts();
    await pool.explain(
      'tiny',
      {
        method: ExplanationMethod.INTEGRATED_GRADIENTS,
        input: batch([[1, 2]]),
        baseline: new Float32Array(2),
        steps: 32,
      },
      Infinity,
    );
    await assert.rejects(
      pool.explain(
        'tiny',
        {
          method: ExplanationMethod.INTEGRATED_GRADIENTS,
          input: batch([[1, 2, 3]]),
          baseline: new Float32Array(3),
          steps: 8,
        },
        Infinity,
      ),
    );
    assert.deepEqual(await pool.tensorCounts(), baseline);
  });

  it('splits many instances into shares and answers exactly as one batch would, for every method', async () => {
    // 1,000 instances of integrated gradients at 256 steps: 258 evaluations each, so 334 shares of 3.
    const rows = Array.from({ length: 1000 }, (_, i) => [(i % 7) - 3, (i % 5) - 2]);
    const shared = await pool.explain(
      'tiny',
      { method: ExplanationMethod.INTEGRATED_GRADIENTS, input: batch(rows), baseline: new Float32Array(2), steps: 256 },
      Infinity,
    );
    const alone = await pool.explain(
      'tiny',
      {
        method: ExplanationMethod.INTEGRATED_GRADIENTS,
        input: batch(rows.slice(0, 35)),
        baseline: new Float32Array(2),
        steps: 256,
      },
      Infinity,
    );
    assert.equal(shared.targets.length, 1000);
    for (let i = 0; i < 35; i += 1) {
      assert.equal(shared.targets[i], alone.targets[i]);
      assert.ok(Math.abs(shared.attributions[i * 2]! - alone.attributions[i * 2]!) < 1e-6, `instance ${i}`);
    }
    // KernelSHAP with every coalition of 2 features, and a second share that repeats the first.
    const kernel = await pool.explain(
      'tiny',
      {
        method: ExplanationMethod.KERNEL_SHAP,
        input: batch([...rows.slice(0, 4), ...rows.slice(0, 4)]),
        baseline: new Float32Array(2),
        samples: 2,
        seed: 1,
      },
      Infinity,
    );
    assert.deepEqual([...kernel.attributions.subarray(0, 8)], [...kernel.attributions.subarray(8, 16)]);
  });

  it('answers a prediction that arrives while a long explanation runs before the explanation ends', async () => {
    const rows = Array.from({ length: 4000 }, (_, i) => [(i % 7) - 3, (i % 5) - 2]);
    const order: string[] = [];
    const explanation = pool
      .explain(
        'tiny',
        {
          method: ExplanationMethod.INTEGRATED_GRADIENTS,
          input: batch(rows),
          baseline: new Float32Array(2),
          steps: 256,
        },
        Infinity,
      )
      .then(() => order.push('explanation'));
    // The explanation's first share is posted to the worker within this turn of the event loop.
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal(pool.workerStats()[0]!.pendingCalls, 1, 'the explanation is in the worker');
    await pool.predict('tiny', [batch([[1, 2]])]).then(() => order.push('prediction'));
    await explanation;
    assert.deepEqual(order, ['prediction', 'explanation'], 'the prediction went between two shares');
  });

  it('refuses with UNAVAILABLE the rest of an explanation past its deadline', async () => {
    const rows = Array.from({ length: 4000 }, () => [1, 2]);
    const late = pool.explain(
      'tiny',
      { method: ExplanationMethod.INTEGRATED_GRADIENTS, input: batch(rows), baseline: new Float32Array(2), steps: 256 },
      performance.now() + 5,
    );
    await assert.rejects(
      late,
      (error: Error & { extensions?: { code?: string } }) =>
        error.extensions?.code === 'UNAVAILABLE' && /did not finish in time/.test(error.message),
    );
  });
});
