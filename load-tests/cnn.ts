/** The demo CNN as the reference servers load it: from its model folder, on the gateway's backend. */
import fs from 'node:fs';
import path from 'node:path';
import type * as tfjs from '@tensorflow/tfjs';
import { IMAGE_SIZE } from '../src/demo/data';
import { random } from '../src/random';
import { loadBackend, type BackendName } from '../src/serving/backend';

const rand = random(2024);
/** One fixed random image (seeded, the same on every run), as the `pixels` input takes it. */
export const IMAGE = Array.from({ length: IMAGE_SIZE }, () => Array.from({ length: IMAGE_SIZE }, () => [rand()]));

/** Loads a TF.js layers model folder (model.json and its weight shards) on `backend`, or the best one. */
export async function loadModelFolder(dir: string, backend?: BackendName) {
  const { name, tf } = await loadBackend(backend);
  const modelJson = JSON.parse(fs.readFileSync(path.join(dir, 'model.json'), 'utf8'));
  const groups = modelJson.weightsManifest as { paths: string[]; weights: tfjs.io.WeightsManifestEntry[] }[];
  const weights = Buffer.concat(groups.flatMap((group) => group.paths.map((file) => fs.readFileSync(path.join(dir, file)))));
  const model = await tf.loadLayersModel(
    tf.io.fromMemory({ modelTopology: modelJson.modelTopology, weightSpecs: groups.flatMap((group) => group.weights), weightData: new Uint8Array(weights).buffer }),
  );
  return { backend: name, tf, model };
}
