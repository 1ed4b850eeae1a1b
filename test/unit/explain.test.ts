import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { TensorDtype } from '../../src/graph/models/model.entity';
import { WorkerPool } from '../../src/serving/pool';
import { linearModelFiles, tinyClassifierFiles } from '../support/models';

const batch = (rows: number[][]) => ({ name: 'features', dtype: TensorDtype.FLOAT32, shape: [rows.length, rows[0]!.length], values: new Float32Array(rows.flat()) });

describe('gradient attributions in the workers', () => {
  const pool = new WorkerPool(1);
  before(async () => {
    await pool.load('linear', await linearModelFiles());
    await pool.load('tiny', await tinyClassifierFiles());
  });
  after(() => pool.close());

  it('gives w_i·(x_i − baseline_i) on a linear model, for integrated gradients', async () => {
    const x = [2, 1, -1];
    const baseline = [0.5, 0.5, 0.5];
    const result = await pool.explain('linear', { method: 'INTEGRATED_GRADIENTS', input: batch([x]), baseline: new Float32Array(baseline), steps: 16 });
    const target = result.targets[0]!;
    const w = [[1, -2], [0.5, 3], [-1, 0.25]].map((row) => row[target]!);
    x.forEach((xi, i) => assert.ok(Math.abs(result.attributions[i]! - w[i]! * (xi - baseline[i]!)) < 1e-3, `feature ${i}: ${result.attributions[i]} vs ${w[i]! * (xi - baseline[i]!)}`));
  });

  it('gives w_i·x_i on a linear model, for gradient × input', async () => {
    const x = [2, 1, -1];
    const result = await pool.explain('linear', { method: 'GRADIENT_X_INPUT', input: batch([x]), baseline: new Float32Array(3), steps: 1 });
    const w = [[1, -2], [0.5, 3], [-1, 0.25]].map((row) => row[result.targets[0]!]!);
    x.forEach((xi, i) => assert.ok(Math.abs(result.attributions[i]! - w[i]! * xi) < 1e-4));
  });

  it('keeps the completeness gap of integrated gradients under 1% with 64 steps on a nonlinear model', async () => {
    const rows = [[3, -1], [-2, 4], [0.5, 0.5]];
    const result = await pool.explain('tiny', { method: 'INTEGRATED_GRADIENTS', input: batch(rows), baseline: new Float32Array(2), steps: 64 });
    rows.forEach((_, i) => {
      const sum = result.attributions[i * 2]! + result.attributions[i * 2 + 1]!;
      const difference = result.outputAtInput[i]! - result.outputAtBaseline[i]!;
      assert.ok(Math.abs(sum - difference) < 0.01 * Math.abs(difference), `instance ${i}: Σ ${sum} vs Δf ${difference}`);
    });
  });

  it('leaks no tensor', async () => {
    const baseline = await pool.tensorCounts();
    await pool.explain('tiny', { method: 'INTEGRATED_GRADIENTS', input: batch([[1, 2]]), baseline: new Float32Array(2), steps: 32 });
    await assert.rejects(pool.explain('tiny', { method: 'INTEGRATED_GRADIENTS', input: batch([[1, 2, 3]]), baseline: new Float32Array(3), steps: 8 }));
    assert.deepEqual(await pool.tensorCounts(), baseline);
  });
});
