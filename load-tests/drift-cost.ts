/**
 * What drift monitoring and metrics scraping cost serving: one gateway, its drift switched on and
 * off through policies/drift.yaml (reloaded while it runs), rows in the order off, on, on, off so
 * that the machine's drift in speed falls on both. "On" also scrapes GET /metrics every second,
 * which computes every feature's PSI. Metrics are always recorded (prom-client counters and
 * histograms on the request path): they are in both columns.
 *
 *   npm run load:drift [seconds per row, default 8]
 *
 * Loads: the CNN (28×28×1 images: drift bins each image's mean) and the credit model (tabular:
 * three features binned against training statistics), 64 clients, one instance a request, driven
 * by autocannon from its own process. Uses DATABASE_URL when set, else an embedded PostgreSQL.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { print } from 'graphql';
import { DeploymentDriftDocument, PredictDocument } from '../src/client/generated/graphql';
import { IMAGE } from './cnn';
import type { LoadSpec } from './drive';
import { deployBenchCnn, deployCreditModel, logSettled, runLoadTest, runScript } from './harness';
import type { Measured } from './measure';
import { policyFolder, shippedPolicy } from '../test/support/policies';

const seconds = Number(process.argv[2] ?? 8);
const policies = policyFolder();
const driftPolicy = shippedPolicy('drift.yaml');

runLoadTest(
  { MODELGATE_WORKERS: String(Math.max(1, os.availableParallelism() - 1)), MODELGATE_POLICIES_DIR: policies },
  async (gw) => {
    const chain = await deployCreditModel(gw, [{ name: 'credit' }]);
    await deployBenchCnn(gw, chain, [{ name: 'cnn' }]);

    const headers = { authorization: `Bearer ${await gw.token({ user: 'bench', roles: ['admin'] })}` };
    const body = (deployment: string, instance: object) =>
      JSON.stringify({ query: print(PredictDocument), variables: { deployment, instances: [instance] } });
    const loads = {
      cnn: body('cnn', { pixels: IMAGE }),
      credit: body('credit', { income: 0.6, age: 0.4, debt_ratio: 0.3 }),
    };
    const metricsUrl = gw.gateway.url.replace('/graphql', '/metrics');

    /** Switches drift on or off and waits for the policy reload (the folder is watched; 100 ms debounce). */
    const setDrift = async (enabled: boolean) => {
      fs.writeFileSync(
        path.join(policies, 'drift.yaml'),
        driftPolicy.replace(/^enabled: \w+$/m, `enabled: ${enabled}`),
      );
      await sleep(1000);
    };
    const run = async (load: string, drift: boolean): Promise<Measured> => {
      await setDrift(drift);
      await logSettled(gw);
      const scraper = drift
        ? setInterval(() => void fetch(metricsUrl).then((response) => response.text()), 1000)
        : undefined;
      try {
        const spec: LoadSpec = {
          url: gw.gateway.url,
          headers,
          connections: 64,
          seconds,
          body: load,
          expect: '"outputs"',
        };
        return await runScript<Measured>('drive', [], JSON.stringify(spec));
      } finally {
        clearInterval(scraper);
      }
    };

    const cpus = os.cpus();
    console.log(
      `drift and metrics cost, ${new Date().toISOString()}; ${cpus.length} × ${cpus[0]?.model ?? 'unknown CPU'}, node ${process.version}`,
    );
    console.log(
      `inference backend ${await gw.gateway.models.backend()}, ${gw.config.serving.workers} worker thread(s); ${seconds} s a row, 64 clients, autocannon in its own process\n`,
    );
    console.log('load    drift+scrape   req/s    p50 ms   p99 ms  errors');
    const ratios: string[] = [];
    for (const [name, load] of Object.entries(loads)) {
      const measured: Record<'on' | 'off', Measured[]> = { on: [], off: [] };
      for (const drift of [false, true, true, false]) {
        const m = await run(load, drift);
        measured[drift ? 'on' : 'off'].push(m);
        const row = [
          name.padEnd(6),
          (drift ? 'on' : 'off').padStart(12),
          m.requestsPerSecond.toFixed(0).padStart(7),
          m.p50.toFixed(2).padStart(9),
          m.p99.toFixed(2).padStart(8),
          String(m.errors + m.non2xx).padStart(7),
        ];
        console.log(row.join(' '));
      }
      const total = (rows: Measured[]) => rows.reduce((sum, m) => sum + m.requestsPerSecond, 0);
      ratios.push(`${name}: on/off ${(total(measured.on) / total(measured.off)).toFixed(3)}×`);
    }
    console.log(`\nthroughput with drift and scraping on, against off (sum of both rows each): ${ratios.join(', ')}`);
    // Proof that the "on" rows counted: the instances the drift monitor saw in the last 15 minutes.
    for (const name of Object.keys(loads)) {
      const { deployment } = await gw.client.data(DeploymentDriftDocument, { name, windowMinutes: 15 });
      console.log(
        `${name}: the drift monitor counted ${deployment.drift.map((d) => d.instances).join(', ')} instances`,
      );
    }
    fs.rmSync(policies, { recursive: true, force: true });
  },
);
