import * as tf from '@tensorflow/tfjs';
import { modelFiles } from '../../src/demo/train';
import { tarOf } from '../../src/inference/artifact-store';
import { GraphQLClient } from '../../src/client/graphql-client';

export { tarOf };

/**
 * A real TF.js layers model, built by the project: two inputs (income, age) → softmax over two
 * classes, with fixed weights so its files (and digest) are the same on every run; another `bias`
 * makes another model.
 */
export async function tinyClassifierFiles(bias = 0.1): Promise<Map<string, Buffer>> {
  await tf.setBackend('cpu');
  const model = tf.sequential({
    name: 'tiny_classifier',
    layers: [
      tf.layers.dense({
        name: 'scores',
        units: 2,
        activation: 'softmax',
        inputShape: [2],
        kernelInitializer: 'zeros',
        biasInitializer: 'zeros',
      }),
    ],
  });
  model.setWeights([
    tf.tensor2d([
      [0.5, -0.5],
      [-0.25, 0.25],
    ]),
    tf.tensor1d([bias, -bias]),
  ]);
  const files = await modelFiles(tf, model);
  model.dispose();
  return files;
}

/** A linear model of one feature vector [3] with two outputs: w = [[1, -2], [0.5, 3], [-1, 0.25]], no bias. */
export async function linearModelFiles(): Promise<Map<string, Buffer>> {
  await tf.setBackend('cpu');
  const model = tf.sequential({
    name: 'linear',
    layers: [tf.layers.dense({ name: 'out', units: 2, inputShape: [3], useBias: false })],
  });
  model.setWeights([
    tf.tensor2d([
      [1, -2],
      [0.5, 3],
      [-1, 0.25],
    ]),
  ]);
  const files = await modelFiles(tf, model);
  model.dispose();
  return files;
}

/** A regressor of two named features (income, age) with one output: value = 2·income − age + 0.5. */
export async function tinyRegressorFiles(): Promise<Map<string, Buffer>> {
  await tf.setBackend('cpu');
  const model = tf.sequential({
    name: 'tiny_regressor',
    layers: [tf.layers.dense({ name: 'value', units: 1, inputShape: [2] })],
  });
  model.setWeights([tf.tensor2d([[2], [-1]]), tf.tensor1d([0.5])]);
  const files = await modelFiles(tf, model);
  model.dispose();
  return files;
}

/**
 * A model of two outputs from one input x of [2] (functional API, no biases): "sum" = [x₀ + x₁]
 * and "spread" = [x₀, x₁, 2·x₀ − x₁], in that order.
 */
export async function twoOutputsFiles(): Promise<Map<string, Buffer>> {
  await tf.setBackend('cpu');
  const x = tf.input({ name: 'x', shape: [2] });
  const sum = tf.layers.dense({ name: 'sum', units: 1, useBias: false });
  const spread = tf.layers.dense({ name: 'spread', units: 3, useBias: false });
  const model = tf.model({
    name: 'two_outputs',
    inputs: x,
    outputs: [sum.apply(x) as tf.SymbolicTensor, spread.apply(x) as tf.SymbolicTensor],
  });
  sum.setWeights([tf.tensor2d([[1], [1]])]);
  spread.setWeights([
    tf.tensor2d([
      [1, 0, 2],
      [0, 1, -1],
    ]),
  ]);
  const files = await modelFiles(tf, model);
  model.dispose();
  return files;
}

/**
 * A sequence model whose layers hold layers: TimeDistributed over a Dense ("step_dense") for each of
 * 3 steps of 2 features, then Bidirectional over a SimpleRNN ("rnn"), then Dense("scores", 2).
 */
export async function wrappedLayersFiles(): Promise<Map<string, Buffer>> {
  await tf.setBackend('cpu');
  const model = tf.sequential({
    name: 'wrapped_layers',
    layers: [
      tf.layers.timeDistributed({
        name: 'per_step',
        layer: tf.layers.dense({ name: 'step_dense', units: 2 }),
        inputShape: [3, 2],
      }),
      tf.layers.bidirectional({ name: 'both_ways', layer: tf.layers.simpleRNN({ name: 'rnn', units: 2 }) }),
      tf.layers.dense({ name: 'scores', units: 2, activation: 'softmax' }),
    ],
  });
  const files = await modelFiles(tf, model);
  model.dispose();
  return files;
}

/**
 * A TF.js graph model written by hand, as the converter writes one: probabilities = softmax(x · w)
 * for x of [?, 2], w = [[1, -1], [-1, 1]]. `op` replaces MatMul, to make a graph TF.js cannot run.
 */
export function tinyGraphModelFiles(op = 'MatMul'): Map<string, Buffer> {
  const float = { type: 'DT_FLOAT' };
  const dims = (...sizes: number[]) => ({ dim: sizes.map((size) => ({ size: String(size) })) });
  const modelJson = {
    format: 'graph-model',
    generatedBy: 'modelgate tests',
    convertedBy: 'hand',
    modelTopology: {
      node: [
        { name: 'x', op: 'Placeholder', attr: { dtype: float, shape: { shape: dims(-1, 2) } } },
        {
          name: 'w',
          op: 'Const',
          attr: { dtype: float, value: { tensor: { dtype: 'DT_FLOAT', tensorShape: dims(2, 2) } } },
        },
        {
          name: 'logits',
          op,
          input: ['x', 'w'],
          attr: { T: float, transpose_a: { b: false }, transpose_b: { b: false } },
        },
        { name: 'probabilities', op: 'Softmax', input: ['logits'], attr: { T: float } },
      ],
      library: {},
      versions: { producer: 1 },
    },
    weightsManifest: [{ paths: ['weights.bin'], weights: [{ name: 'w', shape: [2, 2], dtype: 'float32' }] }],
  };
  return new Map([
    ['model.json', Buffer.from(JSON.stringify(modelJson))],
    ['weights.bin', Buffer.from(new Float32Array([1, -1, -1, 1]).buffer)],
  ]);
}

/**
 * The upload of issue 22, with a stack of `stack` UpSampling2D layers (the original had 250): 8×8×1
 * images, each UpSampling2D doubling height and width, then Conv2D(8, 3×3, same),
 * GlobalAveragePooling2D and Dense(2). 98 weights, whatever the stack: its size is in its activations.
 */
export async function upsamplingStackFiles(stack: number): Promise<Map<string, Buffer>> {
  await tf.setBackend('cpu');
  const model = tf.sequential({
    name: 'upsampling_stack',
    layers: [
      ...Array.from({ length: stack }, (_, i) =>
        tf.layers.upSampling2d({ name: `up_${i}`, ...(i === 0 && { inputShape: [8, 8, 1] }) }),
      ),
      tf.layers.conv2d({ name: 'conv', filters: 8, kernelSize: 3, padding: 'same', kernelInitializer: 'ones' }),
      tf.layers.globalAveragePooling2d({ name: 'pool' }),
      tf.layers.dense({ name: 'scores', units: 2, kernelInitializer: 'ones' }),
    ],
  });
  const files = await modelFiles(tf, model);
  model.dispose();
  return files;
}

/**
 * Heavy in FLOPs, light in memory: one 51×51 convolution, 16 channels in and out, over a 128×128×16
 * input (same padding): 2 · 128·128·16 outputs · 51·51·16 multiply-adds each ≈ 21.8 GFLOP per
 * instance, with activations of 1 MiB.
 */
export async function flopHeavyFiles(): Promise<Map<string, Buffer>> {
  await tf.setBackend('cpu');
  const model = tf.sequential({
    name: 'wide_kernel',
    layers: [
      tf.layers.conv2d({
        name: 'wide',
        inputShape: [128, 128, 16],
        filters: 16,
        kernelSize: 51,
        padding: 'same',
        kernelInitializer: 'zeros',
      }),
      tf.layers.globalAveragePooling2d({ name: 'pool' }),
      tf.layers.dense({ name: 'scores', units: 2, activation: 'softmax' }),
    ],
  });
  const files = await modelFiles(tf, model);
  model.dispose();
  return files;
}

/** Uploads a model folder to a gateway's POST /artifacts; answers what registerModelVersion takes. */
export const uploadModel = (graphqlUrl: string, authorization: string, files: Map<string, Buffer>) =>
  new GraphQLClient(graphqlUrl, { authorization }).uploadArtifact(files);

/**
 * A classifier whose scores are exact in float32 for inputs on a grid of quarters: two inputs
 * (income, age) → scores [0.5·income + 0.25·age + 1, 0.25·income + 0.5·age + 1], no activation.
 * A test can compute its answers in plain arithmetic and check measures to the last bit.
 */
export async function linearScorerFiles(): Promise<Map<string, Buffer>> {
  await tf.setBackend('cpu');
  const model = tf.sequential({
    name: 'linear_scorer',
    layers: [tf.layers.dense({ name: 'scores', units: 2, inputShape: [2] })],
  });
  model.setWeights([
    tf.tensor2d([
      [0.5, 0.25],
      [0.25, 0.5],
    ]),
    tf.tensor1d([1, 1]),
  ]);
  const files = await modelFiles(tf, model);
  model.dispose();
  return files;
}

/** The scores linearScorerFiles' model gives, in plain arithmetic. */
export const linearScores = (income: number, age: number): [number, number] => [
  0.5 * income + 0.25 * age + 1,
  0.25 * income + 0.5 * age + 1,
];

/** A regressor of three named features (a, b, c): value = w₀·a + w₁·b + w₂·c, no bias. Its KernelSHAP attributions from a zero baseline are wᵢ·xᵢ. */
export async function weightedSumFiles(weights: [number, number, number]): Promise<Map<string, Buffer>> {
  await tf.setBackend('cpu');
  const model = tf.sequential({
    name: 'weighted_sum',
    layers: [tf.layers.dense({ name: 'value', units: 1, inputShape: [3], useBias: false })],
  });
  model.setWeights([tf.tensor2d(weights.map((w) => [w]))]);
  const files = await modelFiles(tf, model);
  model.dispose();
  return files;
}
