import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import * as tf from '@tensorflow/tfjs';
import { TensorDtype } from '../../src/domain/models/model.entity';
import { ExplanationMethod } from '../../src/inference/explainers/methods';
import type { InputBatch } from '../../src/inference/instances';
import { WorkerPool } from '../../src/inference/pool';
import { random } from '../../src/random';
import { cnnFiles } from '../../load-tests/cnn';
import { tinyClassifierFiles } from '../support/models';

const rand = random(22);
const batchOf = (shape: number[]): InputBatch => ({
  name: 'input',
  dtype: TensorDtype.FLOAT32,
  shape,
  values: Float32Array.from({ length: shape.reduce((a, b) => a * b, 1) }, () => rand()),
});

/**
 * The bench CNN needs (2·28·28 + 2·26·26·8) floats per instance at its first convolution: the input
 * twice, the convolution's output twice (model-cost.ts). A worker bounded to two instances' worth
 * runs every larger batch two rows at a time; the tiny classifier's gradients, one row at a time.
 */
const CNN_BYTES_PER_INSTANCE = (2 * 28 * 28 + 2 * 26 * 26 * 8) * 4;

describe('the activation bound of a worker call', () => {
  const bounded = new WorkerPool(1, { maxActivationBytes: 2 * CNN_BYTES_PER_INSTANCE + 1 });
  const unbounded = new WorkerPool(1);
  before(async () => {
    await tf.setBackend('cpu');
    const cnn = await cnnFiles(tf);
    const tiny = await tinyClassifierFiles();
    for (const pool of [bounded, unbounded]) {
      await pool.load('cnn', cnn);
      await pool.load('tiny', tiny);
    }
  });
  after(() => Promise.all([bounded.close(), unbounded.close()]));

  it('answers a batch far larger than the bound allows in one call, row for row as one call would', async () => {
    const images = batchOf([75, 28, 28, 1]);
    const [split] = await bounded.predict('cnn', [images]);
    const [whole] = await unbounded.predict('cnn', [images]);
    assert.deepEqual(split!.shape, [75, 3]);
    assert.deepEqual(split!.shape, whole!.shape);
    split!.values.forEach((value, i) => assert.ok(Math.abs(value - whole!.values[i]!) < 1e-6, `value ${i}`));
    // Each row is its own instance's answer, in order: the rows differ.
    assert.notDeepEqual(split!.values.subarray(0, 3), split!.values.subarray(3, 6));
  });

  it('explains within the bound as it would without it: occlusion scores its variants a few rows at a time', async () => {
    const images = batchOf([3, 28, 28, 1]);
    const request = { method: ExplanationMethod.OCCLUSION as const, input: images, fill: 0, patch: 7, heatmaps: false };
    const split = await bounded.explain('cnn', request, Infinity);
    const whole = await unbounded.explain('cnn', request, Infinity);
    assert.deepEqual(split.targets, whole.targets);
    assert.equal(split.attributions.length, 3 * 16);
    split.attributions.forEach((value, i) => assert.ok(Math.abs(value - whole.attributions[i]!) < 1e-6));
  });

  it('computes gradient attributions in parts within the bound, equal to one pass', async () => {
    const tight = new WorkerPool(1, { maxActivationBytes: 1 });
    try {
      await tight.load('tiny', await tinyClassifierFiles());
      const tensors = await tight.tensorCounts();
      const features = batchOf([6, 2]);
      const baseline = new Float32Array([0.5, -0.5]);
      for (const method of [ExplanationMethod.INTEGRATED_GRADIENTS, ExplanationMethod.GRADIENT_X_INPUT] as const) {
        const request = {
          method,
          input: features,
          baseline,
          steps: method === ExplanationMethod.GRADIENT_X_INPUT ? 1 : 8,
        };
        const split = await tight.explain('tiny', request, Infinity);
        const whole = await unbounded.explain('tiny', request, Infinity);
        assert.deepEqual(split.targets, whole.targets, method);
        assert.equal(split.attributions.length, 12);
        split.attributions.forEach((value, i) =>
          assert.ok(Math.abs(value - whole.attributions[i]!) < 1e-6, `${method} attribution ${i}`),
        );
        split.outputAtInput.forEach((value, i) => assert.ok(Math.abs(value - whole.outputAtInput[i]!) < 1e-6));
      }
      assert.deepEqual(await tight.tensorCounts(), tensors, 'no tensor left behind');
    } finally {
      await tight.close();
    }
  });
});
