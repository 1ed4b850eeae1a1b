/**
 * The GPU check: the gateway's own inference workers (WorkerPool) and dynamic batcher, on webgpu and
 * on wasm side by side, with the load-test models (the small CNN and a ~1.4 GFLOP/instance one):
 * rows/s per batch size through one worker, 64 concurrent callers through the batcher (webgpu: its
 * one worker that owns the GPU; wasm: one worker per core), integrated gradients (32 steps on 8 heavy
 * images), the largest difference from the cpu backend, and leaked tensors.
 *
 *   node dist/load-tests/gpu/check.js [--out DIR] [--backends webgpu,wasm] [--seconds 3] [--budget-s 300] …
 *
 * Flags below; run.sh runs it on a GPU machine (see README.md here). A backend that cannot start
 * (no GPU adapter) is reported with its reason and the rest still runs; the exit code is 2 when
 * webgpu was asked for and did not start, 1 on any other failure. Results go to OUT/gpu-check.json
 * (rewritten after every measurement, so a run cut short keeps what it had) and OUT/gpu-check.txt.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import type { TensorDtype } from '../../src/domain/models/model.entity';
import { random } from '../../src/random';
import {
  backendDefaults,
  backendNames,
  describeAdapter,
  loadBackend,
  type BackendName,
} from '../../src/inference/backend';
import { DynamicBatcher } from '../../src/inference/batcher';
import type { InputBatch } from '../../src/inference/instances';
import { WorkerPool } from '../../src/inference/pool';
import { cnnFiles, cnnSignature, HEAVY_CNN_GFLOP, heavyCnnFiles, heavyCnnSignature } from '../cnn';
import { ExplanationMethod } from '../../src/inference/explainers/methods';

const { values: flags } = parseArgs({
  options: {
    out: { type: 'string', default: process.env.OUT ?? 'gpu-check-out' },
    backends: { type: 'string', default: 'webgpu,wasm' },
    /** Small-CNN batch sizes, one worker. */
    batches: { type: 'string', default: '1,32,256,1024' },
    /** Heavy-CNN batch sizes, one worker; larger ones are skipped once a call takes longer than --seconds. */
    'heavy-batches': { type: 'string', default: '1,8,32,64,256' },
    /** Longest each rows/s measurement runs. */
    seconds: { type: 'string', default: '3' },
    clients: { type: 'string', default: '64' },
    /** Length of each concurrent-callers measurement. */
    'concurrent-seconds': { type: 'string', default: '10' },
    /** Workers of the wasm (and cpu) pools under concurrent callers; webgpu takes the gateway's default (one). */
    'wasm-workers': { type: 'string', default: String(os.availableParallelism()) },
    'ig-images': { type: 'string', default: '8' },
    'ig-steps': { type: 'string', default: '32' },
    /** Heavy images explained on wasm, scaled up to --ig-images: all 8 would take minutes and gigabytes there. */
    'ig-images-wasm': { type: 'string', default: '1' },
    /** Heavy instances the cpu backend computes as the reference (pure JS: about 2 s each). */
    'reference-heavy': { type: 'string', default: '2' },
    /** Soft deadline for the whole check: measurements that would start past it are skipped. */
    'budget-s': { type: 'string', default: '300' },
  },
  strict: true,
});

/** A flag as a positive integer (or list of them), refused with its name otherwise. */
function count(name: keyof typeof flags): number {
  const value = Number(flags[name]);
  if (!Number.isInteger(value) || value < 1)
    throw new Error(`--${name} must be a positive integer, got "${flags[name]}"`);
  return value;
}
function counts(name: keyof typeof flags): number[] {
  return String(flags[name])
    .split(',')
    .map((part) => {
      const value = Number(part);
      if (!Number.isInteger(value) || value < 1)
        throw new Error(`--${name} must list positive integers, got "${flags[name]}"`);
      return value;
    });
}
const backends = String(flags.backends).split(',') as BackendName[];
for (const name of backends)
  if (!backendNames.includes(name)) throw new Error(`--backends: "${name}" is none of ${backendNames.join(', ')}`);
const capMs = 1000 * count('seconds');
const deadline = performance.now() + 1000 * count('budget-s');
const out = path.resolve(String(flags.out));
fs.mkdirSync(out, { recursive: true });

const results = {
  started: new Date().toISOString(),
  host: {
    cpus: os.availableParallelism(),
    cpu: os.cpus()[0]?.model,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
  },
  flags,
  heavyGflopPerInstance: +HEAVY_CNN_GFLOP.toFixed(3),
  backends: {} as Record<string, Record<string, unknown>>,
};
const save = () => fs.writeFileSync(path.join(out, 'gpu-check.json'), JSON.stringify(results, null, 1));
fs.writeFileSync(path.join(out, 'gpu-check.txt'), '');
const say = (line: string) => {
  console.log(line);
  fs.appendFileSync(path.join(out, 'gpu-check.txt'), `${line}\n`);
};
const round = (value: number) => +value.toPrecision(4);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** The two models: their input shape, and how to build their files. */
const models = {
  small: { shape: cnnSignature.inputs[0]!.shape, files: cnnFiles },
  heavy: { shape: heavyCnnSignature.inputs[0]!.shape, files: heavyCnnFiles },
};
type ModelKey = keyof typeof models;

/** `rows` seeded rows of a model's input, the same on every backend. */
function inputs(model: ModelKey, rows: number, seed = 7): InputBatch[] {
  const shape = [rows, ...models[model].shape];
  const next = random(seed);
  const values = Float32Array.from({ length: shape.reduce((a, b) => a * b, 1) }, next);
  return [{ name: 'pixels', dtype: 'FLOAT32' as TensorDtype, shape, values }];
}

function maxAbsDiff(a: Float32Array, b: Float32Array): number {
  let max = 0;
  for (let i = 0; i < a.length; i += 1) max = Math.max(max, Math.abs(a[i]! - b[i]!));
  return max;
}

async function loadModels(pool: WorkerPool, files: Record<ModelKey, Map<string, Buffer>>): Promise<void> {
  for (const key of Object.keys(models) as ModelKey[]) await pool.load(key, files[key]);
}

/** Rows/s of one worker at one batch size: a warm-up call (it compiles the shapes' kernels), then the median call. */
async function rowsPerSecond(pool: WorkerPool, model: ModelKey, batch: number): Promise<Record<string, unknown>> {
  const batchInputs = inputs(model, batch, batch);
  const warmStart = performance.now();
  await pool.predict(model, batchInputs);
  const warmMs = performance.now() - warmStart;
  if (warmMs > capMs)
    return {
      batch,
      warmMs: round(warmMs),
      rowsPerSecond: round((batch * 1000) / warmMs),
      note: 'one (warm-up) call only: slower than --seconds',
    };
  const times: number[] = [];
  const start = performance.now();
  while (times.length < 50 && performance.now() - start < capMs) {
    const before = performance.now();
    await pool.predict(model, batchInputs);
    times.push(performance.now() - before);
  }
  const ms = median(times);
  return {
    batch,
    ms: round(ms),
    calls: times.length,
    warmMs: round(warmMs),
    rowsPerSecond: round((batch * 1000) / ms),
  };
}

/** `clients` callers, one instance each, back to back for `seconds`, through the gateway's dynamic batcher on `pool`. */
async function concurrentCallers(
  pool: WorkerPool,
  backend: BackendName,
  model: ModelKey,
  clients: number,
  seconds: number,
): Promise<Record<string, unknown>> {
  const batching = backendDefaults[backend].batching;
  const batcher = new DynamicBatcher((batch) => pool.predict(model, batch), batching, {
    concurrency: pool.size,
    maxQueuedInstances: 100_000,
    timeoutMs: 300_000,
  });
  const one = inputs(model, 1);
  await Promise.all(Array.from({ length: clients }, () => batcher.submit(one))); // warm-up: the batch shapes it forms
  const before = { ...batcher.stats };
  let answered = 0;
  const start = performance.now();
  const end = start + seconds * 1000;
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (performance.now() < end) {
        await batcher.submit(one);
        answered += 1;
      }
    }),
  );
  const elapsed = (performance.now() - start) / 1000;
  const batches = batcher.stats.batches - before.batches;
  return {
    clients,
    workers: pool.size,
    batching,
    seconds: round(elapsed),
    rowsPerSecond: round(answered / elapsed),
    meanBatch: round((batcher.stats.instances - before.instances) / Math.max(1, batches)),
  };
}

/** Integrated gradients on `images` heavy images through the workers' explanation path; the second (warm) run's time. */
async function integratedGradients(
  pool: WorkerPool,
  images: number,
  steps: number,
  runs: number,
): Promise<Record<string, unknown>> {
  const [input] = inputs('heavy', images, 99);
  const request = {
    method: ExplanationMethod.INTEGRATED_GRADIENTS as const,
    input: input!,
    baseline: new Float32Array(input!.values.length / images),
    steps,
  };
  const times: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const start = performance.now();
    const explained = await pool.explain('heavy', request, performance.now() + 600_000);
    times.push(performance.now() - start);
    if (explained.attributions.length !== input!.values.length)
      throw new Error(`IG gave ${explained.attributions.length} attributions for ${input!.values.length} inputs`);
    if (!explained.attributions.every(Number.isFinite)) throw new Error('IG gave attributions that are not finite');
  }
  return { images, steps, gradientRows: images * steps, ms: round(times.at(-1)!), firstMs: round(times[0]!) };
}

async function main(): Promise<number> {
  say(
    `modelgate GPU check, ${results.started}: ${results.host.cpus} × ${results.host.cpu}, ${results.host.memoryGiB} GiB, node ${process.version}`,
  );
  const { tf } = await loadBackend('cpu');
  const files = { small: await models.small.files(tf), heavy: await models.heavy.files(tf) };
  const workerOptions = { callTimeoutMs: 600_000 };

  // The reference: the same models and inputs on the pure-JS cpu backend, in a worker like the others.
  const referenceRows = { small: 64, heavy: count('reference-heavy') };
  const cpu = new WorkerPool(1, { ...workerOptions, backend: 'cpu' });
  const reference = {} as Record<ModelKey, Float32Array>;
  try {
    await loadModels(cpu, files);
    for (const key of Object.keys(models) as ModelKey[])
      reference[key] = (await cpu.predict(key, inputs(key, referenceRows[key])))[0]!.values;
  } finally {
    await cpu.close();
  }
  say(
    `cpu reference computed (small CNN ${referenceRows.small} rows, heavy CNN ${referenceRows.heavy} rows; heavy = ${HEAVY_CNN_GFLOP.toFixed(2)} GFLOP/instance)`,
  );

  let webgpuMissing = false;
  let failures = 0;
  for (const [index, backend] of backends.entries()) {
    // Each backend gets its share of what is left, the targets' measurements first.
    const backendDeadline = performance.now() + (deadline - performance.now()) / (backends.length - index);
    const left = () => (backendDeadline - performance.now()) / 1000;
    const r: Record<string, unknown> = {};
    results.backends[backend] = r;
    /** One measurement: recorded under `key`, or its failure, and the check goes on. */
    const measure = async (
      key: string,
      needsSeconds: number,
      run: () => Promise<Record<string, unknown>>,
      describe: (measured: Record<string, unknown>) => string,
    ) => {
      if (left() < needsSeconds) return void (r[key] = { skipped: 'check budget' });
      try {
        const measured = await run();
        r[key] = measured;
        say(describe(measured));
      } catch (error) {
        failures += 1;
        r[key] = { error: (error as Error).message };
        say(`${key}: FAILED: ${(error as Error).message}`);
      }
      save();
    };
    const single = new WorkerPool(1, { ...workerOptions, backend });
    // Concurrent callers: webgpu as the gateway runs it (one worker owns the GPU), wasm with a worker per core.
    let wide: WorkerPool | undefined;
    try {
      const info = await single.backendInfo().catch((error: Error) => {
        throw Object.assign(new Error(error.message), { unavailable: true });
      });
      r.adapter = info.adapter;
      say(`\n=== ${backend}${info.adapter ? ` on ${describeAdapter(info.adapter)}` : ''} ===`);
      await loadModels(single, files);
      r.tensorsAtStart = (await single.tensorCounts())[0];
      await measure(
        'maxAbsDiffVsCpu',
        0,
        async () => {
          const diffs: Record<string, number> = {};
          for (const key of Object.keys(models) as ModelKey[])
            diffs[key] = maxAbsDiff(
              (await single.predict(key, inputs(key, referenceRows[key])))[0]!.values,
              reference[key],
            );
          return diffs;
        },
        (diffs) => `max |difference| from cpu: small CNN ${diffs.small}, heavy CNN ${diffs.heavy}`,
      );

      wide = backend === 'webgpu' ? single : new WorkerPool(count('wasm-workers'), { ...workerOptions, backend });
      if (wide !== single) await loadModels(wide, files);
      const concurrent = (model: ModelKey) =>
        measure(
          `${model}Concurrent`,
          count('concurrent-seconds') + 15,
          () => concurrentCallers(wide!, backend, model, count('clients'), count('concurrent-seconds')),
          (m) =>
            `${model} CNN, ${m.clients} concurrent callers, ${m.workers} worker(s), batching ${JSON.stringify(m.batching)}: ${m.rowsPerSecond} rows/s (mean batch ${m.meanBatch})`,
        );
      await concurrent('heavy');

      const igImages =
        backend === 'webgpu' ? count('ig-images') : Math.min(count('ig-images'), count('ig-images-wasm'));
      await measure(
        'integratedGradients',
        30,
        async () => {
          const ig = await integratedGradients(single, igImages, count('ig-steps'), backend === 'webgpu' ? 2 : 1);
          // Rows cost alike: fewer images' time, scaled to the images asked for.
          return {
            ...ig,
            scaledTo: count('ig-images'),
            scaledMs: round(((ig.ms as number) * count('ig-images')) / igImages),
          };
        },
        (ig) =>
          `IG ${ig.steps} steps on ${ig.images} heavy image(s): ${ig.ms} ms${igImages < count('ig-images') ? `, scaled to ${ig.scaledTo} images: ${ig.scaledMs} ms` : ''}`,
      );

      for (const [model, sizes] of [
        ['heavy', counts('heavy-batches')],
        ['small', counts('batches')],
      ] as [ModelKey, number[]][]) {
        for (const batch of sizes) {
          const key = `${model}RowsPerSecond_b${batch}`;
          await measure(
            key,
            20,
            () => rowsPerSecond(single, model, batch),
            (m) => `${model} CNN, one worker, batch ${batch}: ${m.rowsPerSecond} rows/s${m.note ? ` (${m.note})` : ''}`,
          );
          if ((r[key] as { note?: string }).note) break; // larger batches would only take longer
        }
      }
      await concurrent('small');
      r.tensorsAtEnd = (await single.tensorCounts())[0];
      say(`tensors in the worker: ${r.tensorsAtStart} at start, ${r.tensorsAtEnd} at end`);
    } catch (error) {
      const unavailable = (error as { unavailable?: boolean }).unavailable === true;
      r[unavailable ? 'unavailable' : 'error'] = (error as Error).message;
      if (unavailable && backend === 'webgpu') webgpuMissing = true;
      else failures += 1;
      say(`\n=== ${backend}: ${unavailable ? 'no adapter / cannot start' : 'FAILED'}: ${(error as Error).message}`);
    } finally {
      if (wide && wide !== single) await wide.close();
      await single.close();
      save();
    }
  }
  summarise();
  save();
  if (webgpuMissing) return 2;
  return failures > 0 ? 1 : 0;
}

/** webgpu against wasm, where both ran: the issue's targets. */
function summarise(): void {
  const gpu = results.backends.webgpu;
  const wasm = results.backends.wasm;
  const rate = (r: Record<string, unknown> | undefined, key: string) =>
    (r?.[key] as { rowsPerSecond?: number } | undefined)?.rowsPerSecond;
  const ig = (r: Record<string, unknown> | undefined) =>
    (r?.integratedGradients as { scaledMs?: number } | undefined)?.scaledMs;
  const ratios = {
    heavyConcurrent:
      rate(gpu, 'heavyConcurrent') &&
      rate(wasm, 'heavyConcurrent') &&
      round(rate(gpu, 'heavyConcurrent')! / rate(wasm, 'heavyConcurrent')!),
    smallConcurrent:
      rate(gpu, 'smallConcurrent') &&
      rate(wasm, 'smallConcurrent') &&
      round(rate(gpu, 'smallConcurrent')! / rate(wasm, 'smallConcurrent')!),
    integratedGradients: ig(gpu) && ig(wasm) && round(ig(wasm)! / ig(gpu)!),
  };
  Object.assign(results, { webgpuOverWasm: ratios });
  say('\n=== webgpu over wasm ===');
  say(`heavy CNN, ${flags.clients} callers (target ≥ 20): ${ratios.heavyConcurrent ?? 'n/a'}`);
  say(
    `IG ${flags['ig-steps']} steps on ${flags['ig-images']} heavy images, wasm time / webgpu time (target ≥ 50): ${ratios.integratedGradients ?? 'n/a'}`,
  );
  say(`small CNN, ${flags.clients} callers (no target): ${ratios.smallConcurrent ?? 'n/a'}`);
}

main().then(
  (code) => {
    say(`wrote ${path.join(out, 'gpu-check.json')}`);
    process.exit(code);
  },
  (error: unknown) => {
    say(`gpu check failed: ${(error as Error).stack ?? String(error)}`);
    save();
    process.exit(1);
  },
);
