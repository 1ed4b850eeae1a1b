/**
 * What one tenant can do to another, measured from separate processes in one run (issue 22):
 *
 *   1. a light caller (one instance a request, one connection) alone, then beside a flooding
 *      caller sending 1,024-row v2 requests on 8 connections to the same deployment: the light
 *      caller's errors and its p99 against its idle p99;
 *   2. the same light caller on another deployment beside a data scientist asking for occlusion
 *      explanations (patch 1) of 16 images of the benchmark CNN: how much longer its p99 is, against
 *      the time one explanation share takes;
 *   3. asynchronous against synchronous prediction logging: the same load on two deployments of
 *      the same model, one of them logging synchronously (policies/prediction-log.yaml).
 *
 *   npm run build && node --max-semi-space-size=32 dist/load-tests/isolation.js [seconds per row, default 10]
 *
 * Uses DATABASE_URL when set, else an embedded PostgreSQL. Traffic stays on 127.0.0.1.
 */
import { print } from 'graphql';
import { CreateApiKeyDocument, PredictDocument, PredictExplainedDocument } from '../src/client/generated/graphql';
import type { LoadSpec } from './drive';
import { deployBenchCnn, deployCreditModel, logSettled, runLoadTest, runScript } from './harness';
import type { Measured } from './measure';
import { policyFolder } from '../test/support/policies';

const seconds = Number(process.argv[2] ?? 10);
const policies = policyFolder({
  'prediction-log.yaml': 'synchronous:\n  environments: []\n  deployments: [credit-sync]\n',
});

const drive = (spec: LoadSpec) => runScript<Measured>('drive', [], JSON.stringify(spec));
const row = (name: string, m: Measured) =>
  console.log(
    `${name.padEnd(44)} ${m.requestsPerSecond.toFixed(0).padStart(7)} req/s  p50 ${m.p50.toFixed(2).padStart(7)} ms  p99 ${m.p99
      .toFixed(2)
      .padStart(8)} ms  errors ${m.errors}  non-2xx ${m.non2xx}`,
  );

runLoadTest({ MODELGATE_POLICIES_DIR: policies }, async (gw) => {
  const chain = await deployCreditModel(gw, [{ name: 'credit' }, { name: 'credit-other' }, { name: 'credit-sync' }]);
  await deployBenchCnn(gw, chain, [{ name: 'cnn' }]);
  const key = async (name: string) =>
    (
      await gw.client.data(CreateApiKeyDocument, {
        input: { teamId: chain.team.id, name, deploymentNames: ['credit', 'credit-other', 'credit-sync', 'cnn'] },
      })
    ).createApiKey.secret;
  const [light, flooder] = [await key('light'), await key('flooder')];
  // Occlusion is for people (policies/explanations.yaml): a data scientist of the team asks for it.
  const scientist = await gw.token({ user: 'dora', roles: ['data-scientist'], teams: [chain.team.name] });
  const graphql = gw.gateway.url;
  const predictBody = (deployment: string) =>
    JSON.stringify({
      query: print(PredictDocument),
      variables: { deployment, instances: [{ income: 0.52, age: 0.41, debt_ratio: 0.3 }] },
    });
  const lightOn = (deployment: string): LoadSpec => ({
    url: graphql,
    connections: 1,
    seconds,
    headers: { 'x-api-key': light },
    body: predictBody(deployment),
    expect: '"predict"',
  });
  const rows = 1024;
  const flood: LoadSpec = {
    url: graphql.replace('/graphql', '/v2/models/credit/infer'),
    connections: 8,
    seconds,
    headers: { 'x-api-key': flooder },
    body: JSON.stringify({
      inputs: ['income', 'age', 'debt_ratio'].map((name) => ({
        name,
        shape: [rows],
        datatype: 'FP32',
        data: Array.from({ length: rows }, (_, i) => (i % 100) / 100),
      })),
    }),
    expect: '"outputs"',
  };
  const side = 28;
  const images = 16;
  const occlusion: LoadSpec = {
    url: graphql,
    connections: 1,
    seconds,
    headers: { authorization: `Bearer ${scientist}` },
    body: JSON.stringify({
      query: print(PredictExplainedDocument),
      variables: {
        deployment: 'cnn',
        method: 'OCCLUSION',
        patch: 1,
        instances: Array.from({ length: images }, () => ({ pixels: Array.from({ length: side * side }, () => 0.5) })),
      },
    }),
    expect: '"predict"',
  };

  console.log(
    `inference backend: ${await gw.gateway.models.backend()}, ${gw.gateway.models.workers} worker(s), ${seconds} s a row`,
  );
  const idle = await drive(lightOn('credit'));
  row('light caller alone', idle);
  const [beside, flooding] = await Promise.all([drive(lightOn('credit')), drive(flood)]);
  row('light caller beside the flood (same deployment)', beside);
  row('  the flood (1,024-row v2 requests, 8 conns)', flooding);
  console.log(`  light p99 beside the flood / alone: ${(beside.p99 / idle.p99).toFixed(2)}`);
  await logSettled(gw);

  const idleOther = await drive(lightOn('credit-other'));
  row('light caller alone (another deployment)', idleOther);
  const [besideExplain, explaining] = await Promise.all([drive(lightOn('credit-other')), drive(occlusion)]);
  row('light caller beside occlusion of 16 images', besideExplain);
  row('  the occlusion requests (1 conn)', explaining);
  // 785 evaluations an image (28×28 patches of 1, and the image itself): a share is one image (1,024 evaluations at most).
  const share = explaining.p50 / images;
  console.log(
    `  light p99 beside occlusion / alone: ${(besideExplain.p99 / idleOther.p99).toFixed(2)}; ` +
      `its p99 grew by ${(besideExplain.p99 - idleOther.p99).toFixed(1)} ms, one share (one image's 785 evaluations) takes about ${share.toFixed(1)} ms`,
  );
  await logSettled(gw);

  // Latency-bound (16 connections) and saturated, as the serving benchmark loads the hot path (64).
  for (const connections of [16, 64]) {
    const load = (deployment: string): LoadSpec => ({ ...lightOn(deployment), connections });
    const asynchronous = await drive(load('credit'));
    row(`asynchronous logging (${connections} conns)`, asynchronous);
    await logSettled(gw);
    const synchronous = await drive(load('credit-sync'));
    row(`synchronous logging (${connections} conns)`, synchronous);
    await logSettled(gw);
    console.log(
      `  synchronous / asynchronous throughput: ${(synchronous.requestsPerSecond / asynchronous.requestsPerSecond).toFixed(3)}`,
    );
  }
});
