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
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { startEmbeddedPostgres } from '../src/db/embedded';
import { createLogger } from '../src/telemetry/logger';
import { trainCreditModel } from '../src/demo/train';
import { loadBackend } from '../src/serving/backend';
import { CreateDeploymentDocument, PredictDocument, RegisterModelVersionDocument } from '../test/generated/graphql';
import { approveVersion, classifierVersion, createChain } from '../test/support/fixtures';
import { startTestGateway } from '../test/support/gateway';
import { uploadModel } from '../test/support/models';
import { freePort } from '../test/support/ports';

const CLIENTS = 64;

async function main(): Promise<void> {
  const seconds = Number(process.argv[2] ?? 10);
  let stopDatabase: (() => Promise<void>) | undefined;
  let clusterDir: string | undefined;
  if (!process.env.DATABASE_URL) {
    clusterDir = fs.mkdtempSync(path.join(os.tmpdir(), 'modelgate-bench-pg-'));
    fs.chmodSync(clusterDir, 0o755);
    const embedded = await startEmbeddedPostgres(path.join(clusterDir, 'cluster'), await freePort(), createLogger('warn'));
    process.env.DATABASE_URL = embedded.url;
    stopDatabase = embedded.stop;
  }
  const gw = await startTestGateway({ MODELGATE_WORKERS: String(Math.max(1, os.availableParallelism() - 1)) });
  try {
    const chain = await createChain(gw.client, 'bench');
    const { tf } = await loadBackend('cpu');
    const credit = await trainCreditModel(tf);
    const artifact = await uploadModel(gw.gateway.url, `Bearer ${await gw.token({ user: 'bench', roles: ['admin'] })}`, credit.files);
    const { registerModelVersion } = await gw.client.data(RegisterModelVersionDocument, {
      input: {
        ...classifierVersion(chain.model.id, chain.run.id),
        artifact,
        signature: { inputs: ['income', 'age', 'debt_ratio'].map((name) => ({ name, dtype: 'FLOAT32' as const, shape: [] })), outputs: [{ name: 'scores', dtype: 'FLOAT32', shape: [2] }], classLabels: ['repays', 'defaults'] },
      },
    });
    await approveVersion(gw, registerModelVersion.id);
    const routes = [{ modelVersionId: registerModelVersion.id, weight: 100 }];
    for (const [name, maxBatchSize] of [['batched', 64], ['unbatched', 1]] as const) {
      await gw.client.data(CreateDeploymentDocument, { input: { teamId: chain.team.id, name, environment: 'STAGING', routes, batching: { maxBatchSize, maxQueueDelayMs: 2 } } });
    }

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
  } finally {
    await gw.stop();
    await stopDatabase?.();
    if (clusterDir) fs.rmSync(clusterDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
