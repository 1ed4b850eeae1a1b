/**
 * Predictions per second on one gateway serving the tabular demo model (the credit-risk
 * classifier modelgate trains on first start), with dynamic batching on (up to 64 instances,
 * 2 ms) and off (maximum batch 1), under 64 concurrent clients each sending one instance at a
 * time; prints both rates and their ratio, measured in one run on this machine.
 *
 *   npm run build && node dist/load-tests/predict-batching.js [seconds per phase, default 10]
 *
 * Uses DATABASE_URL when set, else an embedded PostgreSQL in a temporary folder. Traffic goes to
 * 127.0.0.1 only, and each phase stops by itself.
 */
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { PredictDocument } from '../test/generated/graphql';
import { deployCreditModel, runLoadTest } from './harness';

const CLIENTS = 64;
const seconds = Number(process.argv[2] ?? 10);

runLoadTest({ MODELGATE_WORKERS: String(Math.max(1, os.availableParallelism() - 1)) }, async (gw) => {
  await deployCreditModel(gw, [
    { name: 'batched', maxBatchSize: 64, maxQueueDelayMs: 2 },
    { name: 'unbatched', maxBatchSize: 1, maxQueueDelayMs: 2 },
  ]);

  const phase = async (deployment: string): Promise<number> => {
    await gw.client.data(PredictDocument, { deployment, instances: [{ income: 0.5, age: 0.4, debt_ratio: 0.3 }] }); // load and warm up first
    const end = performance.now() + seconds * 1000;
    let answered = 0;
    const client = async () => {
      while (performance.now() < end) {
        const response = await gw.client.request(PredictDocument, { deployment, instances: [{ income: Math.random(), age: 0.4, debt_ratio: Math.random() }] });
        if (response.errors) throw new Error(JSON.stringify(response.errors));
        answered += 1;
      }
    };
    const start = performance.now();
    await Promise.all(Array.from({ length: CLIENTS }, client));
    return answered / ((performance.now() - start) / 1000);
  };

  const before = gw.gateway.models.stats();
  const unbatched = await phase('unbatched');
  const batched = await phase('batched');
  const after = gw.gateway.models.stats();
  console.log(`inference backend: ${await gw.gateway.models.backend()}, ${CLIENTS} concurrent clients, ${seconds} s per phase`);
  console.log(`batching off (max batch 1): ${unbatched.toFixed(0)} predictions/s`);
  console.log(`batching on  (max batch 64): ${batched.toFixed(0)} predictions/s`);
  console.log(`ratio batched / unbatched: ${(batched / unbatched).toFixed(2)}`);
  console.log(`batches run: ${after.batches - before.batches} for ${after.instances - before.instances} instances`);
});
