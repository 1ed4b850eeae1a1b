/**
 * What an explanation costs: the median latency of a predict on the tabular demo model with
 * integrated gradients (32 steps) selected, divided by that of a plain predict, measured one
 * request at a time in one run.
 *
 *   npm run build && node dist/load-tests/explanation-cost.js [requests per kind, default 200]
 *
 * Uses DATABASE_URL when set, else an embedded PostgreSQL. Traffic stays on 127.0.0.1.
 */
import { performance } from 'node:perf_hooks';
import { PredictDocument, PredictExplainedDocument } from '../src/client/generated/graphql';
import { deployCreditModel, runLoadTest } from './harness';

const requests = Number(process.argv[2] ?? 200);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

runLoadTest({}, async (gw) => {
  await deployCreditModel(gw, [{ name: 'credit', maxBatchSize: 1, maxQueueDelayMs: 0 }]);
  const instance = () => [{ income: Math.random(), age: 0.4, debt_ratio: Math.random() }];
  const time = async (call: () => Promise<unknown>) => {
    const start = performance.now();
    await call();
    return performance.now() - start;
  };
  const plain: number[] = [];
  const explained: number[] = [];
  for (let i = 0; i < 20; i += 1)
    await gw.client.data(PredictExplainedDocument, { deployment: 'credit', instances: instance(), steps: 32 }); // warm up
  for (let i = 0; i < requests; i += 1) {
    plain.push(await time(() => gw.client.data(PredictDocument, { deployment: 'credit', instances: instance() })));
    explained.push(
      await time(() =>
        gw.client.data(PredictExplainedDocument, { deployment: 'credit', instances: instance(), steps: 32 }),
      ),
    );
  }
  console.log(
    `inference backend: ${await gw.gateway.models.backend()}, ${requests} requests of each kind, one at a time`,
  );
  console.log(
    `median latency: plain predict ${median(plain).toFixed(2)} ms, with integrated gradients (32 steps) ${median(explained).toFixed(2)} ms`,
  );
  console.log(`ratio explained / plain: ${(median(explained) / median(plain)).toFixed(2)}`);
});
