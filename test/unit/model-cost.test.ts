import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as tf from '@tensorflow/tfjs';
import { modelFiles } from '../../src/demo/train';
import { backendDefaults, defaultMaxActivationMb } from '../../src/inference/backend';
import {
  costRefusal,
  graphModelCost,
  kernelFlops,
  layersModelCost,
  rowsPerCall,
  type ModelCost,
} from '../../src/inference/model-cost';
import { heavyCnnFiles } from '../../load-tests/cnn';
import { flopHeavyFiles, tinyGraphModelFiles, upsamplingStackFiles } from '../support/models';

/** The model as an inference worker loads it: from its files, with tf.loadLayersModel or tf.loadGraphModel. */
async function load(files: Map<string, Buffer>): Promise<tf.LayersModel | tf.GraphModel> {
  await tf.setBackend('cpu');
  const modelJson = JSON.parse(files.get('model.json')!.toString());
  const weights = Buffer.concat(
    modelJson.weightsManifest.flatMap((group: { paths: string[] }) => group.paths.map((name) => files.get(name)!)),
  );
  const handler = tf.io.fromMemory({
    modelTopology: modelJson.modelTopology,
    weightSpecs: modelJson.weightsManifest.flatMap((group: { weights: unknown[] }) => group.weights),
    weightData: weights.buffer.slice(weights.byteOffset, weights.byteOffset + weights.length),
  });
  return modelJson.format === 'graph-model' ? tf.loadGraphModel(handler) : tf.loadLayersModel(handler);
}

async function costOf(model: tf.LayersModel): Promise<ModelCost> {
  const loaded = (await load(await modelFiles(tf, model))) as tf.LayersModel;
  model.dispose();
  try {
    return layersModelCost(loaded);
  } finally {
    loaded.dispose();
  }
}

const FLOAT = 4;
const MiB = 2 ** 20;
/** The activation bound and the batch admission holds a model to on a backend, by default. */
const defaultsOf = (backend: keyof typeof backendDefaults, maxGflops = 20) => ({
  maxActivationBytes: defaultMaxActivationMb[backend] * MiB,
  maxFlopsPerInstance: maxGflops * 1e9,
  batch: backendDefaults[backend].batching.maxBatchSize,
});

describe('model cost', () => {
  it('costs a dense net layer by layer: 2·in·out FLOPs per Dense, and its input with its widest output alive at once', async () => {
    const cost = await costOf(
      tf.sequential({
        layers: [
          tf.layers.dense({ name: 'hidden', inputShape: [4], units: 32, activation: 'relu' }),
          tf.layers.dense({ name: 'middle', units: 8, activation: 'tanh' }),
          tf.layers.dense({ name: 'scores', units: 3, activation: 'softmax' }),
        ],
      }),
    );
    assert.equal(cost.basis, 'layer graph');
    assert.equal(cost.flopsPerInstance, 2 * 4 * 32 + 2 * 32 * 8 + 2 * 8 * 3);
    // The input twice (the caller's, predict's slice), and the layer's output twice (it, and a temporary).
    const input = 2 * 4 * FLOAT;
    assert.deepEqual(
      cost.steps.map((step) => [step.name, step.kind, step.outputShape, step.liveBytes]),
      [
        ['hidden', 'Dense', [32], input + 2 * 32 * FLOAT],
        ['middle', 'Dense', [8], input + 32 * FLOAT + 2 * 8 * FLOAT],
        // hidden's output was freed once middle had run.
        ['scores', 'Dense', [3], input + 8 * FLOAT + 2 * 3 * FLOAT],
      ],
    );
    assert.equal(cost.activationBytesPerInstance, input + 2 * 32 * FLOAT);
    assert.equal(cost.gradientBytesPerInstance, 10 * (4 + 32 + 8 + 3) * FLOAT);
    assert.equal(cost.inputElementsPerInstance, 4);
  });

  it('costs a Conv2D net: 2 · outputs · window · input channels for the convolution, one per output element for pooling', async () => {
    const cost = await costOf(
      tf.sequential({
        layers: [
          tf.layers.conv2d({ name: 'conv', inputShape: [28, 28, 1], filters: 8, kernelSize: 3, activation: 'relu' }),
          tf.layers.maxPooling2d({ name: 'pool', poolSize: 2 }),
          tf.layers.flatten({ name: 'flatten' }),
          tf.layers.dense({ name: 'scores', units: 3, activation: 'softmax' }),
        ],
      }),
    );
    const conv = 26 * 26 * 8;
    const pooled = 13 * 13 * 8;
    assert.deepEqual(
      cost.steps.map((step) => [step.name, step.outputShape, step.flops]),
      [
        ['conv', [26, 26, 8], 2 * conv * 3 * 3 * 1],
        ['pool', [13, 13, 8], pooled],
        ['flatten', [pooled], pooled],
        ['scores', [3], 2 * pooled * 3],
      ],
    );
    assert.equal(cost.flopsPerInstance, 2 * conv * 9 + pooled + pooled + 2 * pooled * 3);
    assert.equal(cost.activationBytesPerInstance, (2 * 28 * 28 + 2 * conv) * FLOAT, 'at the convolution');
  });

  it('costs a stack of UpSampling2D by its shapes: each layer four times the last, the convolution on the largest', async () => {
    const side = 8 * 2 ** 3;
    const cost = layersModelCost((await load(await upsamplingStackFiles(3))) as tf.LayersModel);
    assert.deepEqual(
      cost.steps.map((step) => step.outputShape),
      [[16, 16, 1], [32, 32, 1], [side, side, 1], [side, side, 8], [8], [2]],
    );
    assert.equal(cost.flopsPerInstance, 16 * 16 + 32 * 32 + side * side + 2 * side * side * 8 * 9 + 8 + 2 * 8 * 2);
    // At the convolution: the input twice, the last upsampling's output, the convolution's twice.
    assert.equal(cost.activationBytesPerInstance, (2 * 8 * 8 + side * side + 2 * side * side * 8) * FLOAT);
    assert.equal(cost.steps.find((step) => step.liveBytes === cost.activationBytesPerInstance)?.name, 'conv');
  });

  it('keeps a skip connection alive until its last consumer has run, as TensorFlow.js does', async () => {
    const x = tf.input({ shape: [16], name: 'x' });
    const a = tf.layers.dense({ name: 'a', units: 32 }).apply(x) as tf.SymbolicTensor;
    const b = tf.layers.dense({ name: 'b', units: 32 }).apply(a) as tf.SymbolicTensor;
    const sum = tf.layers.add({ name: 'sum' }).apply([a, b]) as tf.SymbolicTensor;
    const out = tf.layers.dense({ name: 'out', units: 4 }).apply(sum) as tf.SymbolicTensor;
    const cost = await costOf(tf.model({ inputs: x, outputs: out }));
    const input = 2 * 16 * FLOAT;
    const width = 32 * FLOAT;
    assert.deepEqual(
      cost.steps.map((step) => [step.name, step.kind, step.liveBytes]),
      [
        ['a', 'Dense', input + 2 * width],
        // a is still wanted by sum: it stays beside b.
        ['b', 'Dense', input + width + 2 * width],
        ['sum', 'Add', input + 2 * width + 2 * width],
        ['out', 'Dense', input + width + 2 * 4 * FLOAT],
      ],
    );
    assert.equal(cost.activationBytesPerInstance, input + 4 * width, 'the peak is at the Add, with a and b both alive');
    assert.equal(cost.flopsPerInstance, 2 * 16 * 32 + 2 * 32 * 32 + 32 + 2 * 32 * 4);
  });

  it('costs a model that takes images of any size at the warm-up size (1 pixel), and bounds calls by the size they get', async () => {
    const cost = await costOf(
      tf.sequential({
        layers: [
          tf.layers.upSampling2d({ name: 'up', inputShape: [null, null, 1] as unknown as number[] }),
          tf.layers.conv2d({ name: 'conv', filters: 2, kernelSize: 3, padding: 'same' }),
          tf.layers.globalAveragePooling2d({ name: 'pool' }),
        ],
      }),
    );
    assert.deepEqual(
      cost.steps.map((step) => step.outputShape),
      [[2, 2, 1], [2, 2, 2], [2]],
      'the shapes TensorFlow.js computes from a 1×1 input',
    );
    assert.equal(cost.inputElementsPerInstance, 1);
    const perPixel = cost.activationBytesPerInstance;
    assert.equal(rowsPerCall(cost, 100 * perPixel, 'forward'), 100);
    assert.equal(rowsPerCall(cost, 100 * perPixel, 'forward', 10 * 10), 1, '10×10 images cost 100 times as much');
  });

  it('measures a graph model on one instance with tf.profile: FLOPs from its kernels, its peak of live tensors', async () => {
    const float = { type: 'DT_FLOAT' };
    const dims = (...sizes: number[]) => ({ dim: sizes.map((size) => ({ size: String(size) })) });
    const ints = (...values: number[]) => ({ list: { i: values.map(String) } });
    const modelJson = {
      format: 'graph-model',
      modelTopology: {
        node: [
          { name: 'x', op: 'Placeholder', attr: { dtype: float, shape: { shape: dims(-1, 8, 8, 1) } } },
          {
            name: 'filter',
            op: 'Const',
            attr: { dtype: float, value: { tensor: { dtype: 'DT_FLOAT', tensorShape: dims(3, 3, 1, 4) } } },
          },
          {
            name: 'conv',
            op: 'Conv2D',
            input: ['x', 'filter'],
            attr: {
              T: float,
              strides: ints(1, 1, 1, 1),
              dilations: ints(1, 1, 1, 1),
              padding: { s: Buffer.from('SAME').toString('base64') },
              data_format: { s: Buffer.from('NHWC').toString('base64') },
            },
          },
          { name: 'activation', op: 'Relu', input: ['conv'], attr: { T: float } },
        ],
        library: {},
        versions: { producer: 1 },
      },
      weightsManifest: [
        { paths: ['weights.bin'], weights: [{ name: 'filter', shape: [3, 3, 1, 4], dtype: 'float32' }] },
      ],
    };
    const model = (await load(
      new Map([
        ['model.json', Buffer.from(JSON.stringify(modelJson))],
        ['weights.bin', Buffer.from(new Float32Array(36).fill(0.5).buffer)],
      ]),
    )) as tf.GraphModel;
    const cost = await graphModelCost(tf, model);
    model.dispose();
    assert.equal(cost.basis, 'measured');
    const outputs = 8 * 8 * 4;
    assert.deepEqual(
      cost.steps.map((step) => [step.name, step.outputShape, step.flops]),
      [
        ['Conv2D', [8, 8, 4], 2 * outputs * 3 * 3 * 1],
        ['Relu', [8, 8, 4], outputs],
      ],
    );
    assert.equal(cost.flopsPerInstance, 2 * outputs * 9 + outputs);
    // The input, the convolution's output and the activation's, alive at once.
    assert.equal(cost.activationBytesPerInstance, (8 * 8 * 1 + outputs + outputs) * FLOAT);

    const tiny = (await load(tinyGraphModelFiles())) as tf.GraphModel;
    const tinyCost = await graphModelCost(tf, tiny);
    tiny.dispose();
    assert.equal(tinyCost.flopsPerInstance, 2 * 2 * 2 + 2, 'x·w for x of [1, 2], then a softmax of 2');
  });

  it("counts each kernel's FLOPs from its shapes: matrix products whichever way round, depthwise and transposed convolutions", () => {
    const flops = (name: string, inputShapes: number[][], outputShapes: number[][]) =>
      kernelFlops({ name, inputShapes, outputShapes });
    assert.equal(
      flops(
        'BatchMatMul',
        [
          [5, 3],
          [3, 7],
        ],
        [[5, 7]],
      ),
      2 * 5 * 7 * 3,
    );
    assert.equal(
      flops(
        '_FusedMatMul',
        [
          [3, 5],
          [3, 7],
        ],
        [[5, 7]],
      ),
      2 * 5 * 7 * 3,
      'a transposed',
    );
    assert.equal(
      flops(
        'BatchMatMul',
        [
          [4, 5, 3],
          [4, 3, 7],
        ],
        [[4, 5, 7]],
      ),
      2 * 4 * 5 * 7 * 3,
    );
    assert.equal(
      flops(
        'FusedConv2D',
        [
          [1, 8, 8, 3],
          [5, 5, 3, 16],
        ],
        [[1, 4, 4, 16]],
      ),
      2 * 4 * 4 * 16 * 5 * 5 * 3,
    );
    assert.equal(
      flops(
        'DepthwiseConv2dNative',
        [
          [1, 8, 8, 3],
          [3, 3, 3, 2],
        ],
        [[1, 8, 8, 6]],
      ),
      2 * 8 * 8 * 6 * 9,
    );
    // conv2dTranspose of x [1, 4, 4, 6] by a [3, 3, 2, 6] filter: each of x's elements onto 3·3·2 outputs.
    assert.equal(
      flops(
        'Conv2DBackpropInput',
        [
          [1, 4, 4, 6],
          [3, 3, 2, 6],
        ],
        [[1, 8, 8, 2]],
      ),
      2 * 4 * 4 * 6 * 3 * 3 * 2,
    );
    assert.equal(
      flops(
        'Add',
        [
          [1, 10],
          [1, 10],
        ],
        [[1, 10]],
      ),
      10,
    );
  });

  it('refuses the issue 22 upload for its activation memory at the default batch, naming the numbers, the layer and the setting', async () => {
    // Seven UpSampling2D: 1024×1024 images into an 8-filter convolution, 68 MiB an instance; 250 in the issue.
    const cost = layersModelCost((await load(await upsamplingStackFiles(7))) as tf.LayersModel);
    const perInstance = (2 * 8 * 8 + 1024 * 1024 + 2 * 1024 * 1024 * 8) * FLOAT;
    assert.equal(cost.activationBytesPerInstance, perInstance);
    assert.equal(costRefusal(cost, { ...defaultsOf('wasm'), batch: 1 }), undefined, 'one instance fits');
    const refusal = costRefusal(cost, defaultsOf('wasm'));
    assert.equal(
      refusal,
      'The model is too costly to serve: a batch of 32 instances (the most this backend batches by default) needs 2.1 GiB of activation memory (68.0 MiB per instance, ' +
        'at its peak in layer "conv" (Conv2D, output 1024×1024×8)), more than the 512 MiB one worker call may use ' +
        '(MODELGATE_MAX_ACTIVATION_MB). Make the model smaller where it peaks (fewer filters or upsampling steps, ' +
        'a smaller input), or raise the setting.',
    );
    assert.equal(rowsPerCall(cost, 512 * MiB, 'forward'), Math.floor((512 * MiB) / perInstance));

    const original = layersModelCost((await load(await upsamplingStackFiles(250))) as tf.LayersModel);
    assert.match(costRefusal(original, defaultsOf('wasm'))!, /activation memory .* GiB per instance/);
    assert.equal(rowsPerCall(original, 512 * MiB, 'forward'), 1, 'never less than one row');
  });

  it('refuses a model past the FLOPs per instance, naming them, and admits the heavy benchmark CNN on every backend', async () => {
    const heavy = layersModelCost((await load(await flopHeavyFiles())) as tf.LayersModel);
    const convolution = 2 * 128 * 128 * 16 * 51 * 51 * 16;
    assert.equal(heavy.flopsPerInstance, convolution + 16 + 2 * 16 * 2);
    assert.match(
      costRefusal(heavy, defaultsOf('wasm'))!,
      /^The model is too costly to serve: one instance needs 21\.8 GFLOP \(21\.8 GFLOP of them in layer "wide" \(Conv2D, output 128×128×16\)\), more than the 20 GFLOP per instance the gateway admits \(MODELGATE_MAX_GFLOPS_PER_INSTANCE\)/,
    );

    const cnn = layersModelCost((await load(await heavyCnnFiles(tf))) as tf.LayersModel);
    const convolutions = 2 * (112 * 112 * 32 * 27 + 112 * 112 * 64 * 288 + 56 * 56 * 128 * 576 + 28 * 28 * 256 * 1152);
    assert.ok(cnn.flopsPerInstance > convolutions && cnn.flopsPerInstance < convolutions * 1.001);
    for (const backend of ['wasm', 'cpu', 'tensorflow', 'webgpu'] as const)
      assert.equal(costRefusal(cnn, defaultsOf(backend)), undefined, backend);
  });
});
