import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { TensorDtype } from '../../src/graph/models/model.entity';
import { packInstances } from '../../src/serving/instances';
import { WorkerPool } from '../../src/serving/pool';
import { tinyClassifierFiles } from '../support/models';

const signature = {
  inputs: [{ name: 'features', dtype: TensorDtype.FLOAT32, shape: [2] }],
  outputs: [{ name: 'scores', dtype: TensorDtype.FLOAT32, shape: [2] }],
  classLabels: ['repaid', 'default'],
};

const nativeInstalled = ['@tensorflow/tfjs-node-gpu', '@tensorflow/tfjs-node'].some((name) => {
  try {
    return Boolean(require.resolve(name));
  } catch {
    return false;
  }
});

describe('inference worker pool', () => {
  const pool = new WorkerPool(2);
  before(async () => {
    await pool.load('tiny', await tinyClassifierFiles());
  });
  after(() => pool.close());

  it('runs on the best backend available here', async () => {
    assert.equal(await pool.backend(), nativeInstalled ? 'tensorflow' : 'wasm');
  });

  it('answers a batch with one row of softmax scores per instance, as the model computes them', async () => {
    const inputs = packInstances(signature, [{ features: [1, 2] }, { features: [0, 0] }, { features: [-3, 1] }], 64);
    const [scores] = await pool.predict('tiny', inputs);
    assert.deepEqual(scores!.shape, [3, 2]);
    // kernel [[0.5, -0.5], [-0.25, 0.25]], bias [0.1, -0.1]: logits for [0, 0] are [0.1, -0.1].
    const expected = 1 / (1 + Math.exp(-0.2));
    assert.ok(Math.abs(scores!.values[2]! - expected) < 1e-5, `${scores!.values[2]} ≈ ${expected}`);
    for (let row = 0; row < 3; row += 1) assert.ok(Math.abs(scores!.values[row * 2]! + scores!.values[row * 2 + 1]! - 1) < 1e-5);
  });

  it('leaks no tensor, on success or failure', async () => {
    const baseline = await pool.tensorCounts();
    const good = packInstances(signature, [{ features: [1, 2] }], 64);
    for (let i = 0; i < 20; i += 1) await pool.predict('tiny', good);
    await assert.rejects(pool.predict('tiny', [{ ...good[0]!, shape: [1, 3], values: new Float32Array(3) }]));
    await assert.rejects(pool.predict('missing', good), /not loaded/);
    assert.deepEqual(await pool.tensorCounts(), baseline);
  });

  it('says plainly when a forced backend is not installed', { skip: nativeInstalled && 'tfjs-node is installed here' }, async () => {
    const forced = new WorkerPool(1, 'tensorflow');
    await assert.rejects(forced.backend(), /neither @tensorflow\/tfjs-node-gpu nor @tensorflow\/tfjs-node is installed/);
    await forced.close();
  });
});
