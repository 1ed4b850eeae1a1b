/**
 * Does a trivial query stay fast while heavy predictions run? Inference runs in worker threads,
 * so the event loop should keep answering. Prints the median latency of `me` when the gateway is
 * idle and while 32 clients send 50-image batches to the demo CNN, and their ratio.
 *
 *   npm run build && node dist/load-tests/responsiveness.js [seconds of load, default 8]
 *
 * Uses DATABASE_URL when set, else an embedded PostgreSQL. Traffic stays on 127.0.0.1.
 */
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { IMAGE_SIZE } from '../src/demo/data';
import { CreateDeploymentDocument, MeDocument, PredictDocument } from '../test/generated/graphql';
import { approveVersion, createChain, registerBarsVersion } from '../test/support/fixtures';
import { runLoadTest } from './harness';

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const seconds = Number(process.argv[2] ?? 8);

runLoadTest({ MODELGATE_WORKERS: String(Math.max(1, os.availableParallelism() - 1)) }, async (gw) => {
  const chain = await createChain(gw.client, 'bench');
  const version = await registerBarsVersion(gw, chain.team.id, 'bars', chain.run.id);
  await approveVersion(gw, version.id);
  await gw.client.data(CreateDeploymentDocument, { input: { teamId: chain.team.id, name: 'bars', environment: 'STAGING', routes: [{ modelVersionId: version.id, weight: 100 }] } });
  const image = Array.from({ length: IMAGE_SIZE }, () => Array.from({ length: IMAGE_SIZE }, () => [Math.random()]));
  const instances = Array.from({ length: 50 }, () => ({ pixels: image }));
  await gw.client.data(PredictDocument, { deployment: 'bars', instances });

  const probe = async (count: number) => {
    const latencies: number[] = [];
    for (let i = 0; i < count; i += 1) {
      const start = performance.now();
      await gw.client.data(MeDocument, {});
      latencies.push(performance.now() - start);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return latencies;
  };
  const idle = median(await probe(50));
  const end = performance.now() + seconds * 1000;
  let predictions = 0;
  const load = Promise.all(
    Array.from({ length: 32 }, async () => {
      while (performance.now() < end) {
        await gw.client.data(PredictDocument, { deployment: 'bars', instances });
        predictions += instances.length;
      }
    }),
  );
  const busy = median(await probe(Math.floor((seconds * 1000) / 60)));
  await load;
  console.log(`inference backend: ${await gw.gateway.models.backend()}; load: 32 clients × 50-image batches, ${(predictions / seconds).toFixed(0)} images/s`);
  console.log(`median latency of { me }: idle ${idle.toFixed(1)} ms, under load ${busy.toFixed(1)} ms, ratio ${(busy / idle).toFixed(2)}`);
});
