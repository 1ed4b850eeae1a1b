/**
 * Where a prediction's time goes: modelgate against references measured in the same run on this
 * machine, printed as one table (req/s, rows/s, p50, p99, ratio to each row's reference):
 *   a. a CNN (28×28×1 → 3 classes, see cnn.ts), 1 image a request, 64 clients: modelgate; a plain node:http server running
 *      the same model files on the same backend; a bare Apollo Server answering a constant.
 *      Then modelgate with the image as one flat list, and through the v2 inference protocol.
 *   b. the CNN, 32 images a request, 8 clients: modelgate (nested, flat, v2); the plain server; TF.js in a loop.
 *   c. the credit model, 1 instance a request, 64 clients: modelgate (against its own `{ __typename }`).
 *   d. `{ __typename }` with a bearer token on modelgate; `{ hello }` on bare Apollo.
 *   e. `{ __typename }` from 4 clients, idle and while row a's CNN load runs.
 *   f. the CNN with dynamic batching on (64 instances, 2 ms) and off (maximum batch 1).
 *   g. `{ __typename }` from 4 clients while one client asks for occlusion maps of 100 images.
 *
 *   npm run load:serving [seconds per row, default 10]
 *
 * autocannon generates the load from a process of its own (drive.ts); the plain server, bare
 * Apollo and the TF.js loop run in processes of their own too. Uses DATABASE_URL when set, else an
 * embedded PostgreSQL. Traffic stays on 127.0.0.1. Fails, after printing, if any request failed.
 */
import type { ChildProcess } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { print } from 'graphql';
import { PredictDocument } from '../src/client/generated/graphql';
import { cnnSignature, IMAGE } from './cnn';
import type { LoadSpec } from './drive';
import { deployBenchCnn, deployCreditModel, logSettled, runLoadTest, runScript, spawnScript } from './harness';
import type { Measured } from './measure';

const seconds = Number(process.argv[2] ?? 10);

const servers = new Set<ChildProcess>();

/** Starts a server script; answers the first line it prints (its port and backend). Stop it with stopServers. */
async function startServer(name: string, args: string[] = []) {
  const child = spawnScript(name, args, 'ignore');
  servers.add(child);
  const line = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).once('line', resolve);
    child.once('exit', (code) => reject(new Error(`${name} exited with ${code} before listening`)));
  });
  const { port, backend } = JSON.parse(line) as { port: number; backend?: string };
  return { url: `http://127.0.0.1:${port}`, backend };
}

const stopServers = () => servers.forEach((child) => child.kill());

interface Row {
  id: string;
  what: string;
  clients: number;
  rowsPerRequest: number;
  measured: Measured;
  /** The row this one is compared with, on rows/s or on p50 latency. */
  reference?: { id: string; by: 'rows/s' | 'p50' };
}

const rowsPerSecond = (row: Row) => row.measured.requestsPerSecond * row.rowsPerRequest;

/** A number to `digits` places; a dash where a row measured none (no request finished: JSON carries NaN as null). */
const fixed = (value: number | null, digits: number) =>
  value === null || !Number.isFinite(value) ? '–' : value.toFixed(digits);

function printTable(rows: Row[]): void {
  const byId = new Map(rows.map((row) => [row.id, row]));
  const ratio = (row: Row) => {
    if (!row.reference) return ['', ''];
    const reference = byId.get(row.reference.id)!;
    const value =
      row.reference.by === 'p50'
        ? row.measured.p50 / reference.measured.p50
        : rowsPerSecond(row) / rowsPerSecond(reference);
    return [`${fixed(value, 2)}×`, `${row.reference.id} ${row.reference.by}`];
  };
  const cells = [
    ['row', 'what', 'clients', 'rows/req', 'req/s', 'rows/s', 'p50 ms', 'p99 ms', 'errors', 'non-2xx', 'ratio', 'vs'],
    ...rows.map((row) => [
      row.id,
      row.what,
      row.clients ? String(row.clients) : '–',
      String(row.rowsPerRequest),
      fixed(row.measured.requestsPerSecond, 0),
      fixed(rowsPerSecond(row), 0),
      fixed(row.measured.p50, 2),
      fixed(row.measured.p99, 2),
      String(row.measured.errors),
      String(row.measured.non2xx),
      ...ratio(row),
    ]),
  ];
  const widths = cells[0]!.map((_, column) => Math.max(...cells.map((line) => line[column]!.length)));
  for (const line of cells)
    console.log(
      line
        .map((cell, column) => (column === 1 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!)))
        .join('  '),
    );
}

runLoadTest({ MODELGATE_WORKERS: String(Math.max(1, os.availableParallelism() - 1)) }, async (gw) => {
  const chain = await deployCreditModel(gw, [{ name: 'credit' }]);
  const cnn = await deployBenchCnn(gw, chain, [
    { name: 'cnn' },
    { name: 'cnn-batched', maxBatchSize: 64, maxQueueDelayMs: 2 },
    { name: 'cnn-unbatched', maxBatchSize: 1, maxQueueDelayMs: 2 },
  ]);
  const backend = await gw.gateway.models.backend();
  // The artifact store keeps each model as a plain folder, MODELGATE_DATA_DIR/artifacts/<sha256>
  // (see docs/serving.md): the reference servers load exactly the files the gateway serves.
  const modelFolder = path.join(gw.config.dataDir, 'artifacts', cnn.artifact.sha256);
  try {
    const [plain, apollo] = await Promise.all([
      startServer('plain-server', [modelFolder, backend]),
      startServer('bare-apollo'),
    ]);
    if (plain.backend !== backend)
      throw new Error(`the plain server runs on ${plain.backend}, the gateway on ${backend}`);
    const images = (count: number) => Array.from({ length: count }, () => ({ pixels: IMAGE }));
    const flatImages = (count: number) => Array.from({ length: count }, () => ({ pixels: IMAGE.flat(2) }));
    const v2Body = (count: number) =>
      JSON.stringify({
        inputs: [
          {
            name: 'pixels',
            shape: [count, ...cnnSignature.inputs[0]!.shape],
            datatype: 'FP32',
            data: Array.from({ length: count }, () => IMAGE.flat(2)).flat(),
          },
        ],
      });
    // The same model answers the same image alike on both: a check that the comparison is fair.
    const { predict } = await gw.client.data(PredictDocument, { deployment: 'cnn', instances: images(1) });
    const plainAnswer = (await (
      await fetch(plain.url, { method: 'POST', body: JSON.stringify({ instances: images(1) }) })
    ).json()) as { scores: number[][] };
    if (predict.outputs[0]!.scores!.some((score, i) => Math.abs(score - plainAnswer.scores[0]![i]!) > 1e-4)) {
      throw new Error(
        `modelgate answers ${JSON.stringify(predict.outputs[0]!.scores)}, the plain server ${JSON.stringify(plainAnswer.scores[0])}`,
      );
    }

    const bearer = { authorization: `Bearer ${await gw.token({ user: 'bench', roles: ['admin'] })}` };
    const graphql = (query: string, variables?: object) => JSON.stringify({ query, variables });
    const predictBody = (deployment: string, instances: object[]) =>
      graphql(print(PredictDocument), { deployment, instances });
    const typename = graphql('{ __typename }');
    const spec = (url: string, connections: number, body: string, expect: string, headers = {}): LoadSpec => ({
      url,
      headers,
      connections,
      seconds,
      body,
      expect,
    });
    const onGateway = (connections: number, body: string, expect: string) =>
      spec(gw.gateway.url, connections, body, expect, bearer);
    // The binary tensor data extension: a JSON header, its length in a header, then the raw float32 pixels.
    const onV2Binary = (connections: number, count: number) => {
      const pixels = Buffer.from(Float32Array.from(Array.from({ length: count }, () => IMAGE.flat(2)).flat()).buffer);
      const head = Buffer.from(
        JSON.stringify({
          inputs: [
            {
              name: 'pixels',
              shape: [count, ...cnnSignature.inputs[0]!.shape],
              datatype: 'FP32',
              parameters: { binary_data_size: pixels.length },
            },
          ],
        }),
      );
      const headers = {
        ...bearer,
        'content-type': 'application/octet-stream',
        'inference-header-content-length': String(head.length),
      };
      return {
        ...spec(
          gw.gateway.url.replace(/\/graphql$/, '/v2/models/cnn/infer'),
          connections,
          Buffer.concat([head, pixels]).toString('base64'),
          '"outputs"',
          headers,
        ),
        binary: true,
      };
    };
    const onV2 = (connections: number, count: number) =>
      spec(
        gw.gateway.url.replace(/\/graphql$/, '/v2/models/cnn/infer'),
        connections,
        v2Body(count),
        '"outputs"',
        bearer,
      );
    const onPlain = (connections: number, count: number) =>
      spec(plain.url, connections, JSON.stringify({ instances: images(count) }), '"scores"');
    const onApollo = (body: string, expect: string) => spec(`${apollo.url}/`, 64, body, expect);
    const load = async (loadSpec: LoadSpec) => {
      await logSettled(gw);
      return runScript<Measured>('drive', [], JSON.stringify(loadSpec));
    };
    const cnnLoad = onGateway(64, predictBody('cnn', images(1)), '"outputs"');

    const cpus = os.cpus();
    console.log(`modelgate serving benchmark, ${new Date().toISOString()}`);
    console.log(
      `${cpus.length} × ${cpus[0]?.model ?? 'unknown CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, node ${process.version}`,
    );
    console.log(
      `inference backend ${backend}, ${gw.gateway.models.workers} gateway worker thread(s); ${seconds} s a row after a 1 s warm-up; load by autocannon in its own process\n`,
    );
    const rows: Row[] = [];
    const a1 = {
      id: 'a1',
      what: 'CNN predict, modelgate',
      clients: 64,
      rowsPerRequest: 1,
      reference: { id: 'a2', by: 'rows/s' },
    } as const;
    rows.push({ ...a1, measured: await load(cnnLoad) });
    rows.push({
      id: 'a2',
      what: 'CNN, plain node:http + TF.js',
      clients: 64,
      rowsPerRequest: 1,
      measured: await load(onPlain(64, 1)),
    });
    rows.push({
      id: 'a3',
      what: 'predict, bare Apollo (constant)',
      clients: 64,
      rowsPerRequest: 1,
      reference: { id: 'a2', by: 'rows/s' },
      measured: await load(onApollo(predictBody('cnn', images(1)), '"outputs"')),
    });
    rows.push({
      id: 'a4',
      what: 'CNN predict, modelgate, flat image',
      clients: 64,
      rowsPerRequest: 1,
      reference: { id: 'a2', by: 'rows/s' },
      measured: await load(onGateway(64, predictBody('cnn', flatImages(1)), '"outputs"')),
    });
    rows.push({
      id: 'a5',
      what: 'CNN infer, modelgate v2 protocol',
      clients: 64,
      rowsPerRequest: 1,
      reference: { id: 'a2', by: 'rows/s' },
      measured: await load(onV2(64, 1)),
    });
    rows.push({
      id: 'a6',
      what: 'CNN infer, v2, binary tensor',
      clients: 64,
      rowsPerRequest: 1,
      reference: { id: 'a2', by: 'rows/s' },
      measured: await load(onV2Binary(64, 1)),
    });
    rows.push({
      id: 'b1',
      what: 'CNN predict, modelgate',
      clients: 8,
      rowsPerRequest: 32,
      reference: { id: 'b3', by: 'rows/s' },
      measured: await load(onGateway(8, predictBody('cnn', images(32)), '"outputs"')),
    });
    rows.push({
      id: 'b4',
      what: 'CNN predict, modelgate, flat images',
      clients: 8,
      rowsPerRequest: 32,
      reference: { id: 'b3', by: 'rows/s' },
      measured: await load(onGateway(8, predictBody('cnn', flatImages(32)), '"outputs"')),
    });
    rows.push({
      id: 'b5',
      what: 'CNN infer, modelgate v2 protocol',
      clients: 8,
      rowsPerRequest: 32,
      reference: { id: 'b3', by: 'rows/s' },
      measured: await load(onV2(8, 32)),
    });
    rows.push({
      id: 'b6',
      what: 'CNN infer, v2, binary tensors',
      clients: 8,
      rowsPerRequest: 32,
      reference: { id: 'b3', by: 'rows/s' },
      measured: await load(onV2Binary(8, 32)),
    });
    rows.push({
      id: 'b2',
      what: 'CNN, plain node:http + TF.js',
      clients: 8,
      rowsPerRequest: 32,
      reference: { id: 'b3', by: 'rows/s' },
      measured: await load(onPlain(8, 32)),
    });
    const raw = await runScript<Measured & { backend: string }>('raw-tfjs', [
      modelFolder,
      '32',
      String(seconds),
      backend,
    ]);
    if (raw.backend !== backend) throw new Error(`the TF.js loop runs on ${raw.backend}, the gateway on ${backend}`);
    rows.push({ id: 'b3', what: 'CNN, TF.js predict loop (no HTTP)', clients: 0, rowsPerRequest: 32, measured: raw });
    rows.push({
      id: 'c1',
      what: 'credit predict, modelgate',
      clients: 64,
      rowsPerRequest: 1,
      reference: { id: 'd1', by: 'rows/s' },
      measured: await load(
        onGateway(64, predictBody('credit', [{ income: 0.52, age: 0.41, debt_ratio: 0.35 }]), '"outputs"'),
      ),
    });
    rows.push({
      id: 'd1',
      what: '{ __typename } + bearer, modelgate',
      clients: 64,
      rowsPerRequest: 1,
      reference: { id: 'd2', by: 'rows/s' },
      measured: await load(onGateway(64, typename, '"__typename"')),
    });
    rows.push({
      id: 'd2',
      what: '{ hello }, bare Apollo',
      clients: 64,
      rowsPerRequest: 1,
      measured: await load(onApollo(graphql('{ hello }'), '"hello"')),
    });
    rows.push({
      id: 'e1',
      what: '{ __typename }, modelgate idle',
      clients: 4,
      rowsPerRequest: 1,
      measured: await load(onGateway(4, typename, '"__typename"')),
    });
    // The CNN load starts with the probe and outlasts it by a second, so the probe never runs alone.
    const [probe, busy] = await Promise.all([
      load(onGateway(4, typename, '"__typename"')),
      load({ ...cnnLoad, seconds: seconds + 1 }),
    ]);
    rows.push({
      id: 'e2',
      what: '{ __typename }, modelgate under a1 load',
      clients: 4,
      rowsPerRequest: 1,
      reference: { id: 'e1', by: 'p50' },
      measured: probe,
    });
    rows.push({
      ...a1,
      id: 'e3',
      what: 'the a1 load meanwhile',
      reference: { id: 'a1', by: 'rows/s' },
      measured: busy,
    });
    rows.push({
      id: 'f1',
      what: 'CNN predict, batching on (64, 2 ms)',
      clients: 64,
      rowsPerRequest: 1,
      reference: { id: 'f2', by: 'rows/s' },
      measured: await load(onGateway(64, predictBody('cnn-batched', images(1)), '"outputs"')),
    });
    rows.push({
      id: 'f2',
      what: 'CNN predict, batching off (max 1)',
      clients: 64,
      rowsPerRequest: 1,
      measured: await load(onGateway(64, predictBody('cnn-unbatched', images(1)), '"outputs"')),
    });
    // The heaviest kind of request a person may send: occlusion with 1-pixel patches of 100 images (78,600 evaluations).
    const occlusion =
      'query ($i: [JSON!]!) { predict(deployment: "cnn", instances: $i) { explanations(method: OCCLUSION, patch: 1) { target } } }';
    const explaining = onGateway(1, graphql(occlusion, { i: flatImages(100) }), '"explanations"');
    const [calm, heavy] = await Promise.all([
      load(onGateway(4, typename, '"__typename"')),
      load({ ...explaining, seconds: seconds + 1 }),
    ]);
    rows.push({
      id: 'g1',
      what: '{ __typename } during g2',
      clients: 4,
      rowsPerRequest: 1,
      reference: { id: 'e1', by: 'p50' },
      measured: calm,
    });
    rows.push({
      id: 'g2',
      what: 'occlusion (patch 1) of 100 images',
      clients: 1,
      rowsPerRequest: 100,
      measured: heavy,
    });

    printTable(rows);
    const failed = rows.filter((row) => row.measured.errors + row.measured.non2xx > 0);
    if (failed.length)
      throw new Error(
        `requests failed in rows ${failed.map((row) => row.id).join(', ')}: see the errors and non-2xx columns`,
      );
  } finally {
    stopServers();
  }
});
