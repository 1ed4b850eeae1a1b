/**
 * Ground truth at volume, in one run on this machine:
 *   o1  outcomes reported in bulk (POST /deployments/{name}/outcomes, 100,000 a body), outcomes/s
 *       joined with the log and counted into the tallies, with nothing else running;
 *   p1  GraphQL predict (one instance, 8 connections) alone: requests/s, p50, p99;
 *   p2  the same while the other half of the outcomes is reported (o2 its outcomes/s);
 *   q1  Deployment.quality over the window that holds every labelled instance, 4 connections: p50, p99;
 *   a1  GraphQL predict with attribution drift off; a2 on at the shipped sample rate (policies/quality.yaml).
 *
 *   npm run load:outcomes [answered and labelled instances, default 1000000] [seconds of p1/p2/q1, default 5]
 *
 * Predictions are made first (1,000 instances a request) by the reporting client service's key.
 * Load comes from autocannon and the reporter from processes of their own. Uses DATABASE_URL when
 * set, else an embedded PostgreSQL.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { print } from 'graphql';
import { CreateApiKeyDocument, DeploymentQualityDocument, PredictDocument } from '../src/client/generated/graphql';
import { GraphQLClient } from '../src/client/graphql-client';
import { random } from '../src/random';
import type { LoadSpec } from './drive';
import { policyFolder, shippedPolicy } from '../test/support/policies';
import { deployCreditModel, logSettled, runLoadTest, runScript } from './harness';
import type { Measured } from './measure';

const instances = Number(process.argv[2] ?? 1_000_000);
const seconds = Number(process.argv[3] ?? 5);
const PER_REQUEST = 1_000;
const PER_BODY = 50_000;
const deployment = 'bench-outcomes';

const policies = policyFolder();
const shippedQuality = shippedPolicy('quality.yaml');
/** Rewrites quality.yaml in the gateway's policy folder and waits for the reload (debounced 100 ms). */
const setQuality = async (yaml: string) => {
  fs.writeFileSync(path.join(policies, 'quality.yaml'), yaml);
  await new Promise((resolve) => setTimeout(resolve, 1000));
};

runLoadTest({ MODELGATE_WORKERS: '1', MODELGATE_POLICIES_DIR: policies }, async (gw) => {
  const chain = await deployCreditModel(gw, [{ name: deployment }]);
  const { createApiKey } = await gw.client.data(CreateApiKeyDocument, {
    input: { teamId: chain.team.id, name: 'bench-reporter', deploymentNames: [deployment] },
  });
  const service = new GraphQLClient(gw.gateway.url, { 'x-api-key': createApiKey.secret });
  const next = random(1);
  const lines: string[] = [];
  for (let done = 0; done < instances; done += PER_REQUEST) {
    const batch = Array.from({ length: Math.min(PER_REQUEST, instances - done) }, () => ({
      income: next(),
      age: next(),
      debt_ratio: next(),
    }));
    const { predict } = await service.data(PredictDocument, { deployment, instances: batch });
    for (const output of predict.outputs)
      lines.push(`{"predictionId":"${output.predictionId}","label":"${next() < 0.3 ? 'defaults' : 'repays'}"}`);
  }
  await logSettled(gw);
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'modelgate-outcomes-'));
  const files: string[] = [];
  for (let start = 0; start < lines.length; start += PER_BODY) {
    files.push(path.join(folder, `${files.length}.jsonl`));
    fs.writeFileSync(files.at(-1)!, lines.slice(start, start + PER_BODY).join('\n'));
  }
  const report = (part: string[]) =>
    runScript<{ outcomes: number; perSecond: number }>(
      'post-outcomes',
      [],
      JSON.stringify({
        url: gw.gateway.url.replace(/\/graphql$/, `/deployments/${deployment}/outcomes`),
        apiKey: createApiKey.secret,
        files: part,
      }),
    );
  const half = Math.ceil(files.length / 2);
  const o1 = await report(files.slice(0, half));

  const predictLoad: LoadSpec = {
    url: gw.gateway.url,
    connections: 8,
    seconds,
    headers: { 'x-api-key': createApiKey.secret },
    body: JSON.stringify({
      query: print(PredictDocument),
      variables: { deployment, instances: [{ income: 0.4, age: 0.3, debt_ratio: 0.5 }] },
    }),
    expect: '"predictionId"',
  };
  const p1 = await runScript<Measured>('drive', [], JSON.stringify(predictLoad));
  await logSettled(gw);
  // The reporter starts first; the predict load runs while it reports.
  const reporting = report(files.slice(half));
  const p2 = await runScript<Measured>('drive', [], JSON.stringify(predictLoad));
  const o2 = await reporting;
  await logSettled(gw);

  await setQuality(shippedQuality.replace(/attributionDrift: \{ enabled: true/, 'attributionDrift: { enabled: false'));
  const a1 = await runScript<Measured>('drive', [], JSON.stringify(predictLoad));
  await logSettled(gw);
  await setQuality(shippedQuality);
  const a2 = await runScript<Measured>('drive', [], JSON.stringify(predictLoad));

  const admin = `Bearer ${await gw.token({ user: 'bench', roles: ['admin'] })}`;
  const quality = await gw.client.data(DeploymentQualityDocument, { name: deployment, hours: 1 });
  const labelled = quality.deployment!.quality[0]!.labelled;
  const q1 = await runScript<Measured>(
    'drive',
    [],
    JSON.stringify({
      url: gw.gateway.url,
      connections: 4,
      seconds,
      headers: { authorization: admin },
      body: JSON.stringify({ query: print(DeploymentQualityDocument), variables: { name: deployment, hours: 24 } }),
      expect: '"labelled"',
    } satisfies LoadSpec),
  );
  fs.rmSync(folder, { recursive: true, force: true });
  fs.rmSync(policies, { recursive: true, force: true });

  const fixed = (value: number, digits = 2) => value.toFixed(digits);
  const rows = [
    ['row', 'what', 'count', 'per s', 'p50 ms', 'p99 ms', 'ratio'],
    [
      'o1',
      `outcomes in bulk, ${PER_BODY.toLocaleString('en')} a body, alone`,
      String(o1.outcomes),
      fixed(o1.perSecond, 0),
      '',
      '',
      '',
    ],
    [
      'p1',
      'GraphQL predict, 1 instance, 8 connections, alone',
      '',
      fixed(p1.requestsPerSecond, 0),
      fixed(p1.p50),
      fixed(p1.p99),
      '',
    ],
    [
      'p2',
      'the same while o2 reports',
      '',
      fixed(p2.requestsPerSecond, 0),
      fixed(p2.p50),
      fixed(p2.p99),
      `${fixed(p2.requestsPerSecond / p1.requestsPerSecond)}× p1`,
    ],
    ['o2', 'outcomes in bulk during p2', String(o2.outcomes), fixed(o2.perSecond, 0), '', '', ''],
    [
      'q1',
      `Deployment.quality, ${labelled.toLocaleString('en')} labelled, 4 connections`,
      '',
      fixed(q1.requestsPerSecond, 0),
      fixed(q1.p50),
      fixed(q1.p99),
      '',
    ],
    [
      'a1',
      'GraphQL predict, attribution drift off',
      '',
      fixed(a1.requestsPerSecond, 0),
      fixed(a1.p50),
      fixed(a1.p99),
      '',
    ],
    [
      'a2',
      'the same, attribution drift on (shipped sample rate)',
      '',
      fixed(a2.requestsPerSecond, 0),
      fixed(a2.p50),
      fixed(a2.p99),
      `${fixed(a2.requestsPerSecond / a1.requestsPerSecond)}× a1`,
    ],
  ];
  const failures = [p1, p2, q1, a1, a2].reduce((sum, m) => sum + m.errors + m.non2xx, 0);
  if (failures > 0) console.log(`${failures} requests failed`);
  console.log(rows.map((row) => `| ${row.join(' | ')} |`).join('\n'));
});
