/**
 * The benchmark's CNN: 28×28×1 → 3 classes (conv8-pool-conv16-pool-dense64), seeded weights, the
 * size of model the serving issue measured; a compute-heavy one for GPUs; and how the reference
 * servers load a model from its folder, on the gateway's backend.
 */
import fs from 'node:fs';
import path from 'node:path';
import type * as tfjs from '@tensorflow/tfjs';
import { modelFiles } from '../src/demo/train';
import { random } from '../src/random';
import { loadBackend, type BackendName } from '../src/inference/backend';

const SIDE = 28;

export const cnnSignature = {
  inputs: [{ name: 'pixels', dtype: 'FLOAT32' as const, shape: [SIDE, SIDE, 1] }],
  outputs: [{ name: 'scores', dtype: 'FLOAT32' as const, shape: [3] }],
  classLabels: ['circle', 'square', 'triangle'],
};

const rand = random(2024);
/** One fixed random image (seeded, the same on every run), as the `pixels` input takes it. */
export const IMAGE = Array.from({ length: SIDE }, () => Array.from({ length: SIDE }, () => [rand()]));

/** The CNN's model files; its weights come from seeded initialisers, so every run serves the same model. */
export async function cnnFiles(tf: typeof tfjs): Promise<Map<string, Buffer>> {
  const init = (seed: number) => tf.initializers.glorotUniform({ seed });
  const model = tf.sequential({
    name: 'bench_cnn',
    layers: [
      tf.layers.conv2d({
        inputShape: [SIDE, SIDE, 1],
        filters: 8,
        kernelSize: 3,
        activation: 'relu',
        kernelInitializer: init(1),
      }),
      tf.layers.maxPooling2d({ poolSize: 2 }),
      tf.layers.conv2d({ filters: 16, kernelSize: 3, activation: 'relu', kernelInitializer: init(2) }),
      tf.layers.maxPooling2d({ poolSize: 2 }),
      tf.layers.flatten(),
      tf.layers.dense({ units: 64, activation: 'relu', kernelInitializer: init(3) }),
      tf.layers.dense({ name: 'scores', units: 3, activation: 'softmax', kernelInitializer: init(4) }),
    ],
  });
  const files = await modelFiles(tf, model);
  model.dispose();
  return files;
}

const HEAVY_SIDE = 224;

export const heavyCnnSignature = {
  inputs: [{ name: 'pixels', dtype: 'FLOAT32' as const, shape: [HEAVY_SIDE, HEAVY_SIDE, 3] }],
  outputs: [{ name: 'scores', dtype: 'FLOAT32' as const, shape: [10] }],
  classLabels: Array.from({ length: 10 }, (_, i) => `class_${i}`),
};

/** Multiply-adds × 2 of one heavyCnnFiles instance: its four convolutions (the rest is noise). */
export const HEAVY_CNN_GFLOP =
  (2 * (112 * 112 * 32 * 27 + 112 * 112 * 64 * 288 + 56 * 56 * 128 * 576 + 28 * 28 * 256 * 1152)) / 1e9;

/**
 * A compute-heavy CNN, 224×224×3 → 10 classes, about 1.4 GFLOP per instance, seeded weights: the
 * kind of model a GPU is bought for (the shape of the GPU probe's heavy model).
 */
export async function heavyCnnFiles(tf: typeof tfjs): Promise<Map<string, Buffer>> {
  const init = (seed: number) => tf.initializers.glorotUniform({ seed });
  const model = tf.sequential({
    name: 'heavy_cnn',
    layers: [
      tf.layers.conv2d({
        inputShape: [HEAVY_SIDE, HEAVY_SIDE, 3],
        filters: 32,
        kernelSize: 3,
        strides: 2,
        padding: 'same',
        activation: 'relu',
        kernelInitializer: init(1),
      }),
      tf.layers.conv2d({ filters: 64, kernelSize: 3, padding: 'same', activation: 'relu', kernelInitializer: init(2) }),
      tf.layers.maxPooling2d({ poolSize: 2 }),
      tf.layers.conv2d({
        filters: 128,
        kernelSize: 3,
        padding: 'same',
        activation: 'relu',
        kernelInitializer: init(3),
      }),
      tf.layers.maxPooling2d({ poolSize: 2 }),
      tf.layers.conv2d({
        filters: 256,
        kernelSize: 3,
        padding: 'same',
        activation: 'relu',
        kernelInitializer: init(4),
      }),
      tf.layers.globalAveragePooling2d({}),
      tf.layers.dense({ name: 'scores', units: 10, activation: 'softmax', kernelInitializer: init(5) }),
    ],
  });
  const files = await modelFiles(tf, model);
  model.dispose();
  return files;
}

/** Loads a TF.js layers model folder (model.json and its weight shards) on `backend`, or the best one. */
export async function loadModelFolder(dir: string, backend?: BackendName) {
  const { name, tf } = await loadBackend(backend);
  const modelJson = JSON.parse(fs.readFileSync(path.join(dir, 'model.json'), 'utf8'));
  const groups = modelJson.weightsManifest as { paths: string[]; weights: tfjs.io.WeightsManifestEntry[] }[];
  const weights = Buffer.concat(
    groups.flatMap((group) => group.paths.map((file) => fs.readFileSync(path.join(dir, file)))),
  );
  const model = await tf.loadLayersModel(
    tf.io.fromMemory({
      modelTopology: modelJson.modelTopology,
      weightSpecs: groups.flatMap((group) => group.weights),
      weightData: new Uint8Array(weights).buffer,
    }),
  );
  return { backend: name, tf, model };
}
