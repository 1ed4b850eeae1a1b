/**
 * The ceiling of evaluating a model on this machine: model.predict over `rows` rows, `batch` at a
 * time, inputs prepacked, read back as the workers read them. Run as its own process:
 * `node raw-rows.js <model folder> <batch> <rows> <row shape as JSON> [backend]`; prints the
 * backend and rows/s as JSON.
 */
import { performance } from 'node:perf_hooks';
import type * as tfjs from '@tensorflow/tfjs';
import type { BackendName } from '../src/inference/backend';
import { loadModelFolder } from './cnn';

async function main(): Promise<void> {
  const [dir, batch, rows, shapeJson, backendName] = process.argv.slice(2) as [
    string,
    string,
    string,
    string,
    BackendName | undefined,
  ];
  const { backend, tf, model } = await loadModelFolder(dir, backendName);
  const shape = JSON.parse(shapeJson) as number[];
  const perRow = shape.reduce((a, b) => a * b, 1);
  const size = Number(batch);
  const values = Float32Array.from({ length: size * perRow }, (_, i) => (i % 97) / 97);
  const step = async (count: number) => {
    const scores = tf.tidy(
      () => model.predict(tf.tensor(values.subarray(0, count * perRow), [count, ...shape])) as tfjs.Tensor,
    );
    await scores.data();
    scores.dispose();
  };
  await step(size); // warm up: the first call compiles kernels
  const start = performance.now();
  for (let done = 0; done < Number(rows); done += size) await step(Math.min(size, Number(rows) - done));
  const seconds = (performance.now() - start) / 1000;
  process.stdout.write(JSON.stringify({ backend, rowsPerSecond: Number(rows) / seconds }));
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
