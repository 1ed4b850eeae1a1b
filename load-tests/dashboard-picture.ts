/**
 * A picture of the Grafana dashboard (src/telemetry/grafana-dashboard.json) with real numbers in
 * it, for the README: starts a gateway, drives a modest mixed load at it from processes of their
 * own (autocannon, drive.ts) while scraping GET /metrics once a second, then evaluates every
 * panel's queries over the scrapes (promql.ts) and draws the panels where the JSON lays them out
 * (dashboard-svg.ts). It is not a Grafana screenshot: no Grafana or Prometheus takes part.
 *
 *   npm run load:dashboard [seconds of load, default 20]
 *
 * The load: plain predictions on two deployments of the demo credit model (one with dynamic
 * batching, 8 instances a request), integrated-gradients and KernelSHAP explanations, and
 * predictions missing a feature (BAD_USER_INPUT, on purpose). Writes
 * load-tests/results/dashboard.svg. Uses DATABASE_URL when set, else an embedded PostgreSQL.
 * Traffic stays on 127.0.0.1.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { print } from 'graphql';
import { PredictDocument, PredictExplainedDocument } from '../src/client/generated/graphql';
import { renderDashboard, type Dashboard } from './dashboard-svg';
import type { LoadSpec } from './drive';
import { deployCreditModel, runLoadTest, runScript } from './harness';
import type { Measured } from './measure';
import { samplesOf, type Scrape } from './promql';

const seconds = Number(process.argv[2] ?? 20);
/** What $__rate_interval stands for in the picture: a few scrapes, as Grafana picks 4 scrape intervals. */
const RATE_WINDOW_SECONDS = 5;
/** Scrapes before the load starts and after it ends, so the picture shows both edges. */
const IDLE_SECONDS = 3;
const root = path.resolve(__dirname, '../..');
const output = path.join(root, 'load-tests/results/dashboard.svg');

runLoadTest({ MODELGATE_WORKERS: String(Math.max(1, os.availableParallelism() - 1)) }, async (gw) => {
  await deployCreditModel(gw, [{ name: 'credit' }, { name: 'credit-batched', maxBatchSize: 64, maxQueueDelayMs: 2 }]);
  const dashboard = JSON.parse(
    fs.readFileSync(path.join(root, 'src/telemetry/grafana-dashboard.json'), 'utf8'),
  ) as Dashboard;

  const headers = { authorization: `Bearer ${await gw.token({ user: 'bench', roles: ['admin'] })}` };
  const body = (document: Parameters<typeof print>[0], variables: object) =>
    JSON.stringify({ query: print(document), variables });
  const instance = (i: number) => ({
    income: (i * 0.37) % 1,
    age: 0.2 + ((i * 0.11) % 0.6),
    debt_ratio: (i * 0.23) % 1,
  });
  const loads: { what: string; spec: LoadSpec }[] = [
    {
      what: 'predict, credit, 1 instance',
      spec: {
        url: gw.gateway.url,
        headers,
        connections: 4,
        seconds,
        body: body(PredictDocument, { deployment: 'credit', instances: [instance(1)] }),
        expect: '"outputs"',
      },
    },
    {
      what: 'predict, credit-batched, 8 instances',
      spec: {
        url: gw.gateway.url,
        headers,
        connections: 4,
        seconds,
        body: body(PredictDocument, {
          deployment: 'credit-batched',
          instances: Array.from({ length: 8 }, (_, i) => instance(i)),
        }),
        expect: '"outputs"',
      },
    },
    {
      what: 'integrated gradients (32 steps), credit',
      spec: {
        url: gw.gateway.url,
        headers,
        connections: 1,
        seconds,
        body: body(PredictExplainedDocument, {
          deployment: 'credit',
          instances: [instance(2)],
          method: 'INTEGRATED_GRADIENTS',
          steps: 32,
        }),
        expect: '"attributions"',
      },
    },
    {
      what: 'KernelSHAP (64 samples), credit-batched',
      spec: {
        url: gw.gateway.url,
        headers,
        connections: 1,
        seconds,
        body: body(PredictExplainedDocument, {
          deployment: 'credit-batched',
          instances: [instance(3)],
          method: 'KERNEL_SHAP',
          samples: 64,
        }),
        expect: '"attributions"',
      },
    },
    {
      what: 'predict missing a feature (fails on purpose)',
      spec: {
        url: gw.gateway.url,
        headers,
        connections: 1,
        seconds,
        body: body(PredictDocument, { deployment: 'credit', instances: [{ income: 0.5, age: 0.4 }] }),
        expect: '"outputs"',
      },
    },
  ];

  const metricsUrl = gw.gateway.url.replace(/\/graphql$/, '/metrics');
  const scrapes: Scrape[] = [];
  let scraping = true;
  const scraper = (async () => {
    while (scraping) {
      const started = Date.now();
      const response = await fetch(metricsUrl);
      if (!response.ok) throw new Error(`GET /metrics answered ${response.status}`);
      scrapes.push({ t: started / 1000, series: samplesOf(await response.text()) });
      await sleep(Math.max(0, 1000 - (Date.now() - started)));
    }
  })();
  await sleep(IDLE_SECONDS * 1000);
  const started = new Date();
  const measured = await Promise.all(loads.map(({ spec }) => runScript<Measured>('drive', [], JSON.stringify(spec))));
  await sleep(IDLE_SECONDS * 1000);
  scraping = false;
  await scraper;

  const cpus = os.cpus();
  const caption = [
    `Rendered by load-tests/dashboard-picture.ts, not a Grafana screenshot: the queries of src/telemetry/grafana-dashboard.json evaluated by load-tests/promql.ts over ${scrapes.length} scrapes of GET /metrics, one a second,`,
    `around ${seconds + 1} s of load (${started.toISOString().slice(0, 16).replace('T', ' ')} UTC, ${cpus.length} × ${cpus[0]?.model.trim() ?? 'CPU'}, ${gw.config.serving.workers} worker thread(s)); $deployment = All, $__rate_interval = ${RATE_WINDOW_SECONDS} s, rate() without extrapolation.`,
    `Load from autocannon in processes of its own: ${loads.map(({ what, spec }) => `${what} (${spec.connections} client${spec.connections > 1 ? 's' : ''})`).join('; ')}.`,
  ];
  fs.mkdirSync(path.dirname(output), { recursive: true });
  fs.writeFileSync(output, renderDashboard(dashboard, scrapes, RATE_WINDOW_SECONDS, caption));

  console.log(`${scrapes.length} scrapes; wrote ${path.relative(root, output)}`);
  for (const [index, { what }] of loads.entries()) {
    const m = measured[index]!;
    console.log(
      `${what.padEnd(46)} ${m.requestsPerSecond.toFixed(0).padStart(6)} req/s  p50 ${m.p50.toFixed(2)} ms  p99 ${m.p99.toFixed(2)} ms  failed ${m.errors + m.non2xx}`,
    );
  }
});
