/**
 * What an explanation costs: the median latency of a predict on the tabular demo model with
 * integrated gradients (32 steps) selected, divided by that of a plain predict, measured one
 * request at a time in one run.
 *
 *   npm run build && node dist/load-tests/explanation-cost.js [requests per kind, default 200]
 *
 * Uses DATABASE_URL when set, else an embedded PostgreSQL. Traffic stays on 127.0.0.1.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { startEmbeddedPostgres } from '../src/db/embedded';
import { trainCreditModel } from '../src/demo/train';
import { loadBackend } from '../src/serving/backend';
import { createLogger } from '../src/telemetry/logger';
import { CreateDeploymentDocument, PredictDocument, PredictExplainedDocument, RegisterModelVersionDocument } from '../test/generated/graphql';
import { approveVersion, classifierVersion, createChain } from '../test/support/fixtures';
import { startTestGateway } from '../test/support/gateway';
import { uploadModel } from '../test/support/models';
import { freePort } from '../test/support/ports';

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function main(): Promise<void> {
  const requests = Number(process.argv[2] ?? 200);
  let stopDatabase: (() => Promise<void>) | undefined;
  let clusterDir: string | undefined;
  if (!process.env.DATABASE_URL) {
    clusterDir = fs.mkdtempSync(path.join(os.tmpdir(), 'modelgate-bench-pg-'));
    fs.chmodSync(clusterDir, 0o755);
    const embedded = await startEmbeddedPostgres(path.join(clusterDir, 'cluster'), await freePort(), createLogger('warn'));
    process.env.DATABASE_URL = embedded.url;
    stopDatabase = embedded.stop;
  }
  const gw = await startTestGateway();
  try {
    const chain = await createChain(gw.client, 'bench');
    const credit = await trainCreditModel((await loadBackend('cpu')).tf);
    const artifact = await uploadModel(gw.gateway.url, `Bearer ${await gw.token({ user: 'bench', roles: ['admin'] })}`, credit.files);
    const { registerModelVersion } = await gw.client.data(RegisterModelVersionDocument, {
      input: {
        ...classifierVersion(chain.model.id, chain.run.id),
        artifact,
        signature: { inputs: ['income', 'age', 'debt_ratio'].map((name) => ({ name, dtype: 'FLOAT32' as const, shape: [] })), outputs: [{ name: 'scores', dtype: 'FLOAT32', shape: [2] }], classLabels: ['repays', 'defaults'] },
      },
    });
    await approveVersion(gw, registerModelVersion.id);
    await gw.client.data(CreateDeploymentDocument, { input: { teamId: chain.team.id, name: 'credit', environment: 'STAGING', routes: [{ modelVersionId: registerModelVersion.id, weight: 100 }], batching: { maxBatchSize: 1, maxQueueDelayMs: 0 } } });
    const instance = () => [{ income: Math.random(), age: 0.4, debt_ratio: Math.random() }];
    const time = async (call: () => Promise<unknown>) => {
      const start = performance.now();
      await call();
      return performance.now() - start;
    };
    const plain: number[] = [];
    const explained: number[] = [];
    for (let i = 0; i < 20; i += 1) await gw.client.data(PredictExplainedDocument, { deployment: 'credit', instances: instance(), steps: 32 }); // warm up
    for (let i = 0; i < requests; i += 1) {
      plain.push(await time(() => gw.client.data(PredictDocument, { deployment: 'credit', instances: instance() })));
      explained.push(await time(() => gw.client.data(PredictExplainedDocument, { deployment: 'credit', instances: instance(), steps: 32 })));
    }
    console.log(`inference backend: ${await gw.gateway.models.backend()}, ${requests} requests of each kind, one at a time`);
    console.log(`median latency: plain predict ${median(plain).toFixed(2)} ms, with integrated gradients (32 steps) ${median(explained).toFixed(2)} ms`);
    console.log(`ratio explained / plain: ${(median(explained) / median(plain)).toFixed(2)}`);
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
