import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { TensorDtype } from '../../src/domain/models/model.entity';
import { packInstances } from '../../src/inference/instances';
import { ModelFault, WorkerPool } from '../../src/inference/pool';
import { BOUND_MS, eventually } from '../support/eventually';
import { tinyClassifierFiles } from '../support/models';

const signature = {
  inputs: [{ name: 'features', dtype: TensorDtype.FLOAT32, shape: [2] }],
  outputs: [{ name: 'scores', dtype: TensorDtype.FLOAT32, shape: [2] }],
  classLabels: ['repaid', 'default'],
};

/**
 * Waits for a state that lasts only a moment, checked at every turn of the event loop (for at most
 * BOUND_MS, so that a test cannot hang); whether it came.
 */
async function momentWhen(condition: () => boolean): Promise<boolean> {
  const until = Date.now() + BOUND_MS;
  while (!condition()) {
    if (Date.now() > until) return false;
    await new Promise((resolve) => setImmediate(resolve));
  }
  return true;
}

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
    for (let row = 0; row < 3; row += 1)
      assert.ok(Math.abs(scores!.values[row * 2]! + scores!.values[row * 2 + 1]! - 1) < 1e-5);
  });

  it('leaks no tensor, on success or failure', async () => {
    const baseline = await pool.tensorCounts();
    const good = packInstances(signature, [{ features: [1, 2] }], 64);
    for (let i = 0; i < 20; i += 1) await pool.predict('tiny', good);
    await assert.rejects(pool.predict('tiny', [{ ...good[0]!, shape: [1, 3], values: new Float32Array(3) }]));
    await assert.rejects(pool.predict('missing', good), /not loaded/);
    assert.deepEqual(await pool.tensorCounts(), baseline);
  });

  it(
    'says plainly when a forced backend is not installed',
    { skip: nativeInstalled && 'tfjs-node is installed here' },
    async () => {
      const forced = new WorkerPool(1, { backend: 'tensorflow' });
      await assert.rejects(
        forced.backend(),
        /neither @tensorflow\/tfjs-node-gpu nor @tensorflow\/tfjs-node is installed/,
      );
      await forced.close();
    },
  );

  it('replaces a worker that stops under load: its calls fail with UNAVAILABLE, then its replacement answers with the same models', async () => {
    const supervised = new WorkerPool(1);
    try {
      await supervised.load('tiny', await tinyClassifierFiles());
      const rows = packInstances(
        signature,
        Array.from({ length: 1000 }, () => ({ features: [1, 2] })),
        1000,
      );
      const expected = (await supervised.predict('tiny', rows))[0]!.values.slice(0, 2);
      const load = Array.from({ length: 20 }, () =>
        supervised.predict('tiny', rows).then(
          () => 'answered',
          (error: Error & { extensions?: { code?: string } }) => error.extensions?.code,
        ),
      );
      await supervised.crash(0);
      const outcomes = await Promise.all(load);
      assert.ok(outcomes.includes('UNAVAILABLE'), `calls in flight fail with UNAVAILABLE: ${outcomes.join(', ')}`);
      assert.ok(outcomes.every((outcome) => outcome === 'answered' || outcome === 'UNAVAILABLE'));
      const answer = await eventually(
        () =>
          supervised.predict('tiny', rows).then(
            (outputs) => outputs[0]!.values.slice(0, 2),
            () => undefined,
          ),
        (answered) => answered !== undefined,
      );
      assert.deepEqual(answer && [...answer], [...expected], 'the replacement has the model and answers alike');
    } finally {
      await supervised.close();
    }
  });

  it("stops a worker whose call outlasts the call timeout, fails that call as the model's fatal fault, and replaces it", async () => {
    const impatient = new WorkerPool(1, { callTimeoutMs: 1 });
    try {
      await impatient.backend();
      // Loading takes longer than 1 ms: the worker is taken for stuck.
      await assert.rejects(
        impatient.load('tiny', await tinyClassifierFiles()),
        (error: Error) =>
          error instanceof ModelFault && error.fatal && /did not answer within 1 ms/.test(error.message),
      );
      assert.match(await impatient.backend(), /^(tensorflow|wasm|cpu)$/, 'a replacement started in its place');
      assert.equal(impatient.size, 1);
    } finally {
      await impatient.close();
    }
  });

  it('replaces in turn, after a pause, a replacement that stops while it loads its models', async () => {
    const pool2 = new WorkerPool(1);
    try {
      await pool2.load('tiny', await tinyClassifierFiles());
      const rows = packInstances(signature, [{ features: [1, 2] }], 1);
      await pool2.crash(0);
      // The replacement takes the slot a moment later, starts, and then has one call outstanding: the load of the model.
      assert.ok(await momentWhen(() => pool2.workerStats()[0]!.pendingCalls > 0), 'the replacement loads the model');
      await pool2.crash(0); // the replacement, while it loads
      const answered = await eventually(
        () =>
          pool2.predict('tiny', rows).then(
            () => true,
            () => false,
          ),
        (ok) => ok,
      );
      assert.ok(answered, 'a third worker took over with the model');
    } finally {
      await pool2.close();
    }
  });
});
