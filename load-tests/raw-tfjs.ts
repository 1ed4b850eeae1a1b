/**
 * The ceiling of the benchmark CNN on this machine: model.predict in a loop on a prepacked batch, no
 * HTTP, no parsing. Run as its own process: `node raw-tfjs.js <model folder> <batch> <seconds> [backend]`;
 * prints a Measured (per batch) and the backend as JSON.
 */
import { performance } from 'node:perf_hooks';
import type * as tfjs from '@tensorflow/tfjs';
import type { BackendName } from '../src/inference/backend';
import { cnnSignature, IMAGE, loadModelFolder } from './cnn';
import { summarise } from './measure';

async function main(): Promise<void> {
  const [dir, batch, seconds, backendName] = process.argv.slice(2) as [string, string, string, BackendName | undefined];
  const { backend, tf, model } = await loadModelFolder(dir, backendName);
  const pixels = IMAGE.flat(2);
  const values = Float32Array.from({ length: Number(batch) * pixels.length }, (_, i) => pixels[i % pixels.length]!);
  const shape = [Number(batch), ...cnnSignature.inputs[0]!.shape];
  // Read back with await data(), as the gateway's workers do: dataSync() throws on webgpu in Node.
  const step = async () => {
    const scores = tf.tidy(() => model.predict(tf.tensor(values, shape)) as tfjs.Tensor);
    await scores.data();
    scores.dispose();
  };
  for (let end = performance.now() + 1000; performance.now() < end;) await step(); // warm up, as autocannon does
  const latencies: number[] = [];
  const start = performance.now();
  while (performance.now() - start < Number(seconds) * 1000) {
    const before = performance.now();
    await step();
    latencies.push(performance.now() - before);
  }
  process.stdout.write(JSON.stringify({ backend, ...summarise(latencies, (performance.now() - start) / 1000) }));
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
