import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  AuditEventsDocument,
  AuditIntegrityDocument,
  CreateDatasetDocument,
  CreateTeamDocument,
  DatasetVersionEvaluationRowsDocument,
  RegisterDatasetVersionDocument,
  type FeatureSpecInput,
} from '../../src/client/generated/graphql';
import { readEvaluationSet, evaluationSetPath } from '../../src/domain/quality/evaluation-set';
import { parseGlobalId } from '../../src/domain/relay/global-id';
import { startTestGateway, type TestGateway } from '../support/gateway';
import { categories, numbers } from '../support/columns';

const MAX_BYTES = 4096;

interface Answer {
  status: number;
  body: {
    datasetVersionId?: string;
    rows?: number;
    sha256?: string;
    errors?: { message: string; extensions: { code: string; row?: number; column?: string } }[];
  };
}

const sha256 = (bytes: string | Buffer) => createHash('sha256').update(bytes).digest('hex');

/** A version with a STRING label, a SENSITIVE column, a float, an integer and a flag. */
const LOANS: FeatureSpecInput[] = [
  { name: 'income', dtype: 'FLOAT32', role: 'FEATURE' },
  { name: 'age', dtype: 'INT32', role: 'FEATURE' },
  { name: 'owns_home', dtype: 'BOOL', role: 'FEATURE' },
  { name: 'gender', dtype: 'STRING', role: 'SENSITIVE' },
  { name: 'outcome', dtype: 'STRING', role: 'LABEL' },
];
const LOANS_CSV = [
  'outcome,income,age,owns_home,gender',
  'repaid,52000.5,34,true,f',
  'default,31000,51,0,m',
  'repaid,-0.25,19,FALSE,f',
  '"repaid, late",1e4,77,1,x',
].join('\r\n');

/** 2×2 images as nested arrays: a tensor column. */
const IMAGES: FeatureSpecInput[] = [
  { name: 'pixels', dtype: 'FLOAT32', role: 'FEATURE' },
  { name: 'label', dtype: 'STRING', role: 'LABEL' },
];
const IMAGES_JSONL = [
  {
    pixels: [
      [0, 0.5],
      [1, 0.25],
    ],
    label: 'bar',
  },
  {
    pixels: [
      [1, 1],
      [0, 0],
    ],
    label: 'none',
  },
  {
    pixels: [
      [0.125, 0],
      [0, 1],
    ],
    label: 'bar',
  },
]
  .map((row) => JSON.stringify(row))
  .join('\n');

describe('evaluation sets: PUT /datasets/versions/{id}/rows', () => {
  let gw: TestGateway;
  let datasetId: string;
  let admin: string;

  before(async () => {
    gw = await startTestGateway({ MODELGATE_EVALUATION_SET_MAX_BYTES: String(MAX_BYTES) });
    admin = `Bearer ${await gw.token({ user: 'ada', roles: ['admin'] })}`;
    const { createTeam } = await gw.client.data(CreateTeamDocument, { input: { name: 'team-lenders' } });
    const { createDataset } = await gw.client.data(CreateDatasetDocument, {
      input: { teamId: createTeam.id, name: 'loans', sensitivity: 'CONFIDENTIAL' },
    });
    datasetId = createDataset.id;
  });
  after(() => gw?.stop());

  /** A new version of the loans dataset whose digest is that of `bytes`. */
  const versionOf = async (bytes: string | Buffer, rowCount: number, features: FeatureSpecInput[] = LOANS) => {
    const { registerDatasetVersion } = await gw.client.data(RegisterDatasetVersionDocument, {
      input: {
        datasetId,
        location: 's3://datasets/loans/eval.csv',
        sha256: sha256(bytes),
        rowCount,
        features,
        statistics: [],
      },
    });
    return registerDatasetVersion.id;
  };

  const put = async (
    id: string,
    body: string | Buffer,
    contentType = 'text/csv',
    authorization: string | null = admin,
  ) => {
    const response = await fetch(gw.gateway.url.replace('/graphql', `/datasets/versions/${id}/rows`), {
      method: 'PUT',
      headers: { 'content-type': contentType, ...(authorization && { authorization }) },
      body,
    });
    return { status: response.status, body: (await response.json()) as Answer['body'] };
  };

  const evaluationRows = async (id: string) =>
    (await gw.client.data(DatasetVersionEvaluationRowsDocument, { id })).node as { evaluationRows?: number | null };

  const setFile = (id: string) => evaluationSetPath(gw.config.dataDir, parseGlobalId(id)!.id);

  /** Nothing of the upload was kept: no set, no temporary file, no row count on the version. */
  const nothingStored = async (id: string) => {
    assert.equal(fs.existsSync(setFile(id)), false, 'no evaluation set file');
    const incoming = path.join(gw.config.dataDir, 'evaluation-sets', 'incoming');
    assert.deepEqual(fs.existsSync(incoming) ? fs.readdirSync(incoming) : [], [], 'no temporary file left');
    assert.equal((await evaluationRows(id)).evaluationRows, null);
  };

  const refusal = (answer: Answer, status: number, code: string, message: RegExp) => {
    assert.equal(answer.status, status, JSON.stringify(answer.body));
    assert.equal(answer.body.errors?.[0]?.extensions.code, code);
    assert.match(answer.body.errors?.[0]?.message ?? '', message);
    return answer.body.errors![0]!;
  };

  it('stores CSV rows column by column, records them on the version, and takes the same bytes again', async () => {
    const id = await versionOf(LOANS_CSV, 4);
    assert.equal((await evaluationRows(id)).evaluationRows, null);

    const first = await put(id, LOANS_CSV);
    assert.equal(first.status, 201, JSON.stringify(first.body));
    assert.deepEqual(first.body, { datasetVersionId: id, rows: 4, sha256: sha256(LOANS_CSV) });
    assert.equal((await evaluationRows(id)).evaluationRows, 4);

    const set = await readEvaluationSet(setFile(id));
    assert.equal(set.rows, 4);
    assert.equal(set.sha256, sha256(LOANS_CSV));
    assert.deepEqual([...set.columns.keys()], ['income', 'age', 'owns_home', 'gender', 'outcome']);
    assert.deepEqual(numbers(set.columns.get('income')), [52000.5, 31000, -0.25, 10000]);
    assert.deepEqual(numbers(set.columns.get('age')), [34, 51, 19, 77]);
    assert.deepEqual(numbers(set.columns.get('owns_home')), [1, 0, 0, 1]);
    assert.deepEqual(categories(set.columns.get('gender')), ['f', 'm', 'f', 'x']);
    assert.deepEqual(categories(set.columns.get('outcome')), ['repaid', 'default', 'repaid', 'repaid, late']);

    // The same bytes again: what is held, answered 200, recorded once.
    const again = await put(id, LOANS_CSV);
    assert.equal(again.status, 200, JSON.stringify(again.body));
    assert.deepEqual(again.body, first.body);
    const { auditEvents } = await gw.client.data(AuditEventsDocument, {
      filter: { nodeId: id, actionIn: ['uploadEvaluationRows'] },
    });
    assert.equal(auditEvents.totalCount, 1);
    assert.equal(auditEvents.nodes[0]!.actor, 'ada');
    assert.equal((auditEvents.nodes[0]!.before as { evaluationRows: unknown }).evaluationRows, null);
    assert.equal((auditEvents.nodes[0]!.after as { evaluationRows: unknown }).evaluationRows, 4);
    assert.equal((await gw.client.data(AuditIntegrityDocument, {})).auditIntegrity.valid, true);
  });

  it('records concurrent uploads of the same rows once: one 201, the other 200', async () => {
    const id = await versionOf(LOANS_CSV, 4);
    const answers = await Promise.all([put(id, LOANS_CSV), put(id, LOANS_CSV)]);
    assert.deepEqual(answers.map((answer) => answer.status).sort(), [200, 201], JSON.stringify(answers));
    assert.deepEqual(answers[0]!.body, answers[1]!.body);
    const { auditEvents } = await gw.client.data(AuditEventsDocument, {
      filter: { nodeId: id, actionIn: ['uploadEvaluationRows'] },
    });
    assert.equal(auditEvents.totalCount, 1);
    assert.equal((await readEvaluationSet(setFile(id))).rows, 4);
  });

  it('stores JSON Lines rows, a FLOAT32 feature of nested arrays as a tensor column', async () => {
    const id = await versionOf(IMAGES_JSONL, 3, IMAGES);
    const answer = await put(id, IMAGES_JSONL, 'application/x-ndjson');
    assert.equal(answer.status, 201, JSON.stringify(answer.body));
    assert.equal(answer.body.rows, 3);
    const set = await readEvaluationSet(setFile(id));
    const pixels = set.columns.get('pixels');
    assert.equal(pixels?.kind, 'tensor');
    assert.equal(pixels.elements, 4);
    assert.deepEqual([...pixels.values], [0, 0.5, 1, 0.25, 1, 1, 0, 0, 0.125, 0, 0, 1]);
    assert.deepEqual(categories(set.columns.get('label')), ['bar', 'none', 'bar']);
    assert.equal((await evaluationRows(id)).evaluationRows, 3);

    // application/jsonl names the same format.
    const loans = [0, 1, 2, 3]
      .map((index) =>
        JSON.stringify({
          income: index,
          age: 30 + index,
          owns_home: index % 2 === 0,
          gender: 'f',
          outcome: `c${index}`,
        }),
      )
      .join('\n');
    const other = await versionOf(loans, 4);
    assert.equal((await put(other, loans, 'application/jsonl; charset=utf-8')).status, 201);
  });

  it("refuses bytes whose digest is not the version's with 409, and keeps nothing", async () => {
    const id = await versionOf(LOANS_CSV, 4);
    const changed = LOANS_CSV.replace('52000.5', '52000.6');
    const error = refusal(
      await put(id, changed),
      409,
      'CONFLICT',
      /SHA-256 is [0-9a-f]{64}, but version \d+ of dataset "loans" declares/,
    );
    assert.equal((error.extensions as { actual?: string }).actual, sha256(changed));
    await nothingStored(id);
  });

  it('refuses rows that do not fit the version, each with its reason, and keeps nothing', async () => {
    const header = 'outcome,income,age,owns_home,gender';
    const cases: { name: string; body: string; rows?: number; message: RegExp; row?: number; column?: string }[] = [
      {
        name: 'malformed CSV',
        body: `${header}\nrepaid,1,2,true,f\nrepaid,"1,2,true,f\n`,
        message: /Row 2 .*not valid CSV: a quoted field is never closed/,
        row: 2,
      },
      {
        name: 'a missing label column',
        body: 'income,age,owns_home,gender\n1,2,true,f\n',
        rows: 1,
        message: /lacks the column "outcome"/,
        column: 'outcome',
      },
      {
        name: 'an unknown column',
        body: `${header},zip\nrepaid,1,2,true,f,9\n`,
        rows: 1,
        message: /column "zip", which is not a feature/,
        column: 'zip',
      },
      {
        name: 'NaN',
        body: `${header}\nrepaid,1,2,true,f\nrepaid,NaN,2,true,f\n`,
        message: /Row 2, column "income": "NaN" is not a finite number/,
        row: 2,
        column: 'income',
      },
      {
        name: 'Infinity',
        body: `${header}\nrepaid,Infinity,2,true,f\n`,
        rows: 1,
        message: /Row 1, column "income": "Infinity" is not a finite number/,
        row: 1,
        column: 'income',
      },
      {
        name: 'a non-integer INT32',
        body: `${header}\nrepaid,1,2,true,f\nrepaid,1,2.5,true,f\n`,
        message: /Row 2, column "age": "2.5" is not an integer \(INT32\)/,
        row: 2,
        column: 'age',
      },
      {
        name: 'fewer rows than declared',
        body: `${header}\nrepaid,1,2,true,f\nrepaid,1,3,true,f\n`,
        rows: 3,
        message: /holds 2 rows, but the dataset version declares 3/,
      },
      {
        name: 'more rows than declared',
        body: `${header}\nrepaid,1,2,true,f\nrepaid,1,3,true,f\n`,
        rows: 1,
        message: /more rows than the 1 .*row 2 is one too many/,
        row: 2,
      },
    ];
    for (const { name, body, rows = 2, message, row, column } of cases) {
      const id = await versionOf(body, rows);
      const error = refusal(await put(id, body), 400, 'BAD_USER_INPUT', message);
      assert.equal(error.extensions.row, row, name);
      assert.equal(error.extensions.column, column, name);
      await nothingStored(id);
    }
  });

  it('refuses a version without a LABEL feature or with too many rows, another content type and an empty body before reading the body', async () => {
    const unlabelled = await versionOf('x', 1, [{ name: 'income', dtype: 'FLOAT32', role: 'FEATURE' }]);
    refusal(await put(unlabelled, 'income\n1\n'), 400, 'BAD_USER_INPUT', /has no LABEL feature/);
    await nothingStored(unlabelled);
    const huge = await versionOf('y', 2_000_000);
    const limit = refusal(
      await put(huge, LOANS_CSV),
      400,
      'LIMIT_EXCEEDED',
      /declares 2000000 rows, more than the 1000000/,
    );
    assert.match(limit.message, /MODELGATE_EVALUATION_SET_MAX_ROWS/);
    await nothingStored(huge);
    const id = await versionOf(LOANS_CSV, 4);
    refusal(await put(id, LOANS_CSV, 'application/json'), 400, 'BAD_USER_INPUT', /text\/csv.*application\/x-ndjson/);
    refusal(await put(id, LOANS_CSV, 'text/csv; charset=latin1'), 400, 'BAD_USER_INPUT', /UTF-8/);
    refusal(await put(id, ''), 400, 'BAD_USER_INPUT', /Send the rows/);
    await nothingStored(id);
  });

  it(`refuses a body past MODELGATE_EVALUATION_SET_MAX_BYTES with 413, declared or streamed, and keeps nothing`, async () => {
    const header = 'outcome,income,age,owns_home,gender\n';
    const rows = Math.ceil(MAX_BYTES / 18) + 1;
    const large = header + 'repaid,1.5,2,true,f\n'.repeat(rows);
    assert.ok(large.length > MAX_BYTES);
    const id = await versionOf(large, rows);
    refusal(await put(id, large), 413, 'BAD_REQUEST', /too large; at most 4096 bytes/);
    await nothingStored(id);

    // Chunked, with no length to judge by: refused as it passes the limit.
    const chunks = [Buffer.from(header), ...Array.from({ length: rows }, () => Buffer.from('repaid,1.5,2,true,f\n'))];
    const response = await fetch(gw.gateway.url.replace('/graphql', `/datasets/versions/${id}/rows`), {
      method: 'PUT',
      headers: { 'content-type': 'text/csv', authorization: admin },
      body: new ReadableStream({
        pull(controller) {
          const chunk = chunks.shift();
          if (chunk) controller.enqueue(chunk);
          else controller.close();
        },
      }),
      duplex: 'half',
    } as RequestInit);
    assert.equal(response.status, 413);
    assert.match(((await response.json()) as Answer['body']).errors?.[0]?.message ?? '', /too large/);
    await nothingStored(id);
  });

  it('refuses the anonymous (401), hides versions from who may not read them (404) and refuses readers without create rights (403)', async () => {
    const id = await versionOf(LOANS_CSV, 4);
    refusal(await put(id, LOANS_CSV, 'text/csv', null), 401, 'UNAUTHENTICATED', /Sign in/);

    // Another team's people may not read a CONFIDENTIAL dataset: the version reads as none.
    await gw.client.data(CreateTeamDocument, { input: { name: 'team-others' } });
    const stranger = `Bearer ${await gw.token({ user: 'val', roles: ['viewer'], teams: ['team-others'] })}`;
    refusal(await put(id, LOANS_CSV, 'text/csv', stranger), 404, 'NOT_FOUND', /No dataset version with id/);
    const outsider = `Bearer ${await gw.token({ user: 'otto', roles: ['data-scientist'], teams: ['team-others'] })}`;
    refusal(
      await put(id, LOANS_CSV, 'text/csv', outsider),
      404,
      'NOT_FOUND',
      new RegExp(`No dataset version with id "${id}"`),
    );
    refusal(await put('bm90LWFuLWlk', LOANS_CSV, 'text/csv', outsider), 404, 'NOT_FOUND', /No dataset version/);

    // A viewer of the team reads the version but may not create versions of its dataset.
    const viewer = `Bearer ${await gw.token({ user: 'vera', roles: ['viewer'], teams: ['team-lenders'] })}`;
    refusal(
      await put(id, LOANS_CSV, 'text/csv', viewer),
      403,
      'FORBIDDEN',
      /do not allow you to create versions of dataset "loans"/,
    );
    await nothingStored(id);

    // A data scientist of the team may.
    const member = `Bearer ${await gw.token({ user: 'dana', roles: ['data-scientist'], teams: ['team-lenders'] })}`;
    assert.equal((await put(id, LOANS_CSV, 'text/csv', member)).status, 201);
  });

  it('asks a client that sends Expect: 100-continue for the body only once its headers pass', async () => {
    const send = (id: string, authorization?: string) =>
      new Promise<{ status: number; continued: boolean }>((resolve, reject) => {
        let continued = false;
        const req = http.request(gw.gateway.url.replace('/graphql', `/datasets/versions/${id}/rows`), {
          method: 'PUT',
          headers: {
            'content-type': 'text/csv',
            'content-length': String(Buffer.byteLength(LOANS_CSV)),
            expect: '100-continue',
            ...(authorization && { authorization }),
          },
        });
        req.on('continue', () => {
          continued = true;
          req.end(LOANS_CSV);
        });
        req.on('response', (res) => {
          res.resume();
          res.on('end', () => {
            resolve({ status: res.statusCode!, continued });
            req.destroy();
          });
        });
        req.on('error', reject);
        req.flushHeaders();
      });
    const id = await versionOf(LOANS_CSV, 4);
    assert.deepEqual(await send(id), { status: 401, continued: false });
    assert.deepEqual(await send(id, admin), { status: 201, continued: true });
  });
});
