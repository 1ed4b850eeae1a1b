/**
 * Evaluation runs against their ceiling, and what they cost the hot path, in one run on this machine:
 *   e1  the credit model evaluated by modelgate on a large set (1,000,000 rows by default, CSV), rows/s
 *       from the mutation to SUCCEEDED (its model load and the measures included);
 *   e2  TF.js predicting as many rows at the same batch size, in a process of its own;
 *   e3  the benchmark CNN (28×28×1) evaluated on 5,000 images (JSON Lines); e4 its TF.js loop;
 *   t1  `{ __typename }` from 4 clients, idle; t2 the same while the credit model is evaluated on
 *       the large set twice more, one run after the other: p50 and p99.
 *
 *   npm run load:evaluation [rows of the large set, default 1000000] [seconds of t1/t2, default 5]
 *
 * One inference worker, so the evaluation and its reference each have one thread to compute on.
 * Load comes from autocannon in a process of its own (drive.ts). Uses DATABASE_URL when set, else an
 * embedded PostgreSQL.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import {
  CreateDatasetDocument,
  CreateModelDocument,
  EvaluateModelVersionDocument,
  EvaluationDocument,
  RegisterDatasetVersionDocument,
  type EvaluationFieldsFragment,
  type RegisterDatasetVersionInput,
} from '../src/client/generated/graphql';
import type { RowsContentType } from '../src/client/graphql-client';
import { creditSignature, trainCreditModel } from '../src/demo/train';
import { loadBackend } from '../src/inference/backend';
import { random } from '../src/random';
import { createChain } from '../test/support/fixtures';
import type { TestGateway } from '../test/support/gateway';
import { cnnFiles, cnnSignature } from './cnn';
import type { LoadSpec } from './drive';
import { registerFiles, runLoadTest, runScript } from './harness';
import type { Measured } from './measure';

const largeRows = Number(process.argv[2] ?? 1_000_000);
const seconds = Number(process.argv[3] ?? 5);
const BATCH = 512;

runLoadTest({ MODELGATE_WORKERS: '1', MODELGATE_EVALUATION_BATCH_SIZE: String(BATCH) }, async (gw) => {
  const { tf } = await loadBackend('cpu');
  const chain = await createChain(gw.client, 'eval-bench');
  const credit = await registerFiles(
    gw,
    chain.model.id,
    chain.run.id,
    (await trainCreditModel(tf)).files,
    creditSignature,
  );
  const { createModel } = await gw.client.data(CreateModelDocument, {
    input: { teamId: chain.team.id, name: 'eval-bench-cnn', taskType: 'IMAGE_CLASSIFICATION' },
  });
  const cnn = await registerFiles(gw, createModel.id, chain.run.id, await cnnFiles(tf), cnnSignature, [
    { name: 'accuracy', value: 0.95 },
  ]);
  const backend = await gw.gateway.models.backend();
  const admin = `Bearer ${await gw.token({ user: 'bench', roles: ['admin'] })}`;

  /** A dataset version of `features` holding `body` as its rows. */
  const rowsOf = async (
    name: string,
    features: RegisterDatasetVersionInput['features'],
    body: string,
    rows: number,
    type: RowsContentType,
  ) => {
    const { createDataset } = await gw.client.data(CreateDatasetDocument, {
      input: { teamId: chain.team.id, name, sensitivity: 'INTERNAL' },
    });
    const { registerDatasetVersion } = await gw.client.data(RegisterDatasetVersionDocument, {
      input: {
        datasetId: createDataset.id,
        location: `bench://${name}`,
        sha256: createHash('sha256').update(body).digest('hex'),
        rowCount: rows,
        features,
      },
    });
    await gw.client.uploadRows(registerDatasetVersion.id, body, type);
    return registerDatasetVersion.id;
  };
  const creditFeatures: RegisterDatasetVersionInput['features'] = [
    ...creditSignature.inputs.map((input) => ({
      name: input.name,
      dtype: 'FLOAT32' as const,
      role: 'FEATURE' as const,
    })),
    { name: 'outcome', dtype: 'STRING', role: 'LABEL' },
    { name: 'gender', dtype: 'STRING', role: 'SENSITIVE' },
  ];
  const creditCsv = (rows: number) => {
    const next = random(rows);
    const lines = ['income,age,debt_ratio,outcome,gender'];
    for (let i = 0; i < rows; i += 1)
      lines.push(
        `${next().toFixed(3)},${next().toFixed(3)},${next().toFixed(3)},${next() < 0.3 ? 'defaults' : 'repays'},${next() < 0.5 ? 'f' : 'm'}`,
      );
    return lines.join('\n');
  };

  /** Evaluates, and answers rows/s from the mutation to SUCCEEDED (polled every 25 ms). */
  const evaluate = async (modelVersionId: string, datasetVersionId: string) => {
    const started = performance.now();
    const { evaluateModelVersion } = await gw.client.data(EvaluateModelVersionDocument, {
      input: { modelVersionId, datasetVersionId },
    });
    const evaluation = await waitFor(gw, evaluateModelVersion.id);
    return { evaluation, rowsPerSecond: evaluation.rows / ((performance.now() - started) / 1000) };
  };
  const raw = (sha256: string, rows: number, shape: number[]) =>
    runScript<{ backend: string; rowsPerSecond: number }>('raw-rows', [
      path.join(gw.config.dataDir, 'artifacts', sha256),
      String(BATCH),
      String(rows),
      JSON.stringify(shape),
      backend,
    ]);

  const lines: string[][] = [['row', 'what', 'rows', 'rows/s', 'p50 ms', 'p99 ms', 'ratio', 'vs']];
  const largeSet = await rowsOf('eval-bench-large', creditFeatures, creditCsv(largeRows), largeRows, 'text/csv');
  const e1 = await evaluate(credit.id, largeSet);
  // The model itself takes the three named features as one row of three.
  const e2 = await raw(credit.artifact.sha256, largeRows, [creditSignature.inputs.length]);
  if (e2.backend !== backend) throw new Error(`the TF.js loop runs on ${e2.backend}, the gateway on ${backend}`);
  lines.push([
    'e1',
    'credit model, modelgate evaluation',
    String(largeRows),
    fixed(e1.rowsPerSecond, 0),
    '',
    '',
    ratio(e1.rowsPerSecond, e2.rowsPerSecond),
    'e2',
  ]);
  lines.push([
    'e2',
    `credit model, TF.js loop (batch ${BATCH}, ${backend})`,
    String(largeRows),
    fixed(e2.rowsPerSecond, 0),
    '',
    '',
    '',
    '',
  ]);

  const images = 5_000;
  const next = random(5);
  const imageLines = Array.from({ length: images }, () =>
    JSON.stringify({
      pixels: Array.from({ length: 28 }, () => Array.from({ length: 28 }, () => [Math.round(next() * 1000) / 1000])),
      shape: cnnSignature.classLabels[Math.floor(next() * 3)],
    }),
  );
  const cnnSet = await rowsOf(
    'eval-bench-images',
    [
      { name: 'pixels', dtype: 'FLOAT32', role: 'FEATURE' },
      { name: 'shape', dtype: 'STRING', role: 'LABEL' },
    ],
    imageLines.join('\n'),
    images,
    'application/x-ndjson',
  );
  const e3 = await evaluate(cnn.id, cnnSet);
  const e4 = await raw(cnn.artifact.sha256, images, cnnSignature.inputs[0]!.shape);
  lines.push([
    'e3',
    'bench CNN, modelgate evaluation',
    String(images),
    fixed(e3.rowsPerSecond, 0),
    '',
    '',
    ratio(e3.rowsPerSecond, e4.rowsPerSecond),
    'e4',
  ]);
  lines.push([
    'e4',
    `bench CNN, TF.js loop (batch ${BATCH}, ${backend})`,
    String(images),
    fixed(e4.rowsPerSecond, 0),
    '',
    '',
    '',
    '',
  ]);

  const typename: LoadSpec = {
    url: gw.gateway.url,
    connections: 4,
    seconds,
    headers: { authorization: admin },
    body: JSON.stringify({ query: '{ __typename }' }),
    expect: '"__typename"',
  };
  const idle = await runScript<Measured>('drive', [], JSON.stringify(typename));
  // Two runs of the large set, one after the other (one runs at a time): the load lasts while they do.
  const input = { modelVersionId: credit.id, datasetVersionId: largeSet };
  const { evaluateModelVersion: large } = await gw.client.data(EvaluateModelVersionDocument, { input });
  const { evaluateModelVersion: after } = await gw.client.data(EvaluateModelVersionDocument, { input });
  const during = await runScript<Measured>('drive', [], JSON.stringify(typename));
  const { node } = await gw.client.data(EvaluationDocument, { id: after.id });
  const stillRunning = (node as EvaluationFieldsFragment).status !== 'SUCCEEDED';
  await waitFor(gw, large.id);
  const finishedLarge = await waitFor(gw, after.id);
  lines.push(['t1', '{ __typename }, 4 clients, idle', '', '', fixed(idle.p50, 2), fixed(idle.p99, 2), '', '']);
  lines.push([
    't2',
    `{ __typename }, 4 clients, during a ${largeRows}-row evaluation${stillRunning ? '' : ' (it ended first)'}`,
    '',
    '',
    fixed(during.p50, 2),
    fixed(during.p99, 2),
    ratio(during.p99, idle.p99),
    't1 p99',
  ]);
  const widths = lines[0]!.map((_, column) => Math.max(...lines.map((line) => line[column]!.length)));
  for (const line of lines)
    console.log(
      line
        .map((cell, column) => (column === 1 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!)))
        .join('  '),
    );
  console.log(
    `backend ${backend}; the ${largeRows}-row evaluation: ${finishedLarge.status}, accuracy ${finishedLarge.classification?.accuracy}`,
  );
  if (idle.errors + during.errors + idle.non2xx + during.non2xx > 0)
    throw new Error('some { __typename } requests failed');
});

const fixed = (value: number, digits: number) => (Number.isFinite(value) ? value.toFixed(digits) : '–');
const ratio = (value: number, reference: number) => `${fixed(value / reference, 2)}×`;

/** Polls an evaluation every 25 ms until it ends; throws unless it SUCCEEDED. */
async function waitFor(gw: TestGateway, id: string): Promise<EvaluationFieldsFragment> {
  for (;;) {
    const { node } = await gw.client.data(EvaluationDocument, { id });
    const evaluation = node as EvaluationFieldsFragment;
    if (evaluation.status === 'SUCCEEDED') return evaluation;
    if (evaluation.status !== 'QUEUED' && evaluation.status !== 'RUNNING')
      throw new Error(`evaluation ${evaluation.status}: ${evaluation.error}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
