import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { Client } from 'pg';
import { backendNames, type BackendName } from '../../src/inference/backend';
import {
  CreateTeamDocument,
  PredictDocument,
  PredictExplainedDocument,
  TeamsDocument,
} from '../../src/client/generated/graphql';
import { GraphQLClient } from '../support/client';
import { eventually } from '../support/eventually';
import { freePort } from '../support/ports';
import { cli, startGatewayProcess } from '../support/process';
import { Scrape } from '../support/prometheus';

function embeddedEnv(dataDir: string, pgPort: number): NodeJS.ProcessEnv {
  const { DATABASE_URL: _external, MODELGATE_JWT_SECRET: _secret, ...inherited } = process.env;
  return { ...inherited, MODELGATE_DATA_DIR: dataDir, MODELGATE_EMBEDDED_PG_PORT: String(pgPort) };
}

/** Runs the real start command with no DATABASE_URL, as a new user would. */
const serve = (dataDir: string, pgPort: number) => startGatewayProcess(embeddedEnv(dataDir, pgPort));

/** The embedded database's passwords are generated and private, and the gateway runs as a role that owns nothing. */
async function checkLeastPrivilege(dataDir: string, pgPort: number): Promise<void> {
  for (const role of ['superuser', 'owner', 'runtime']) {
    const file = path.join(dataDir, `postgres-${role}-password`);
    assert.equal(fs.statSync(file).mode & 0o777, 0o600, `${file} is readable by its owner alone`);
  }
  const fixed = new Client({ connectionString: `postgres://postgres:postgres@127.0.0.1:${pgPort}/modelgate` });
  await assert.rejects(fixed.connect(), /password authentication failed/, 'no fixed superuser password');
  await fixed.end().catch(() => undefined);
  const password = fs.readFileSync(path.join(dataDir, 'postgres-runtime-password'), 'utf8');
  const runtime = new Client({ connectionString: `postgres://modelgate:${password}@127.0.0.1:${pgPort}/modelgate` });
  await runtime.connect();
  try {
    const { rows } = await runtime.query<{ rolsuper: boolean }>(
      'select rolsuper from pg_roles where rolname = current_user',
    );
    assert.equal(rows[0]!.rolsuper, false);
    await assert.rejects(
      runtime.query('alter table audit_event disable trigger audit_event_append_only'),
      /must be owner/,
    );
    await assert.rejects(runtime.query(`update audit_event set actor = 'mallory'`), /permission denied/);
  } finally {
    await runtime.end();
  }
}

describe('the embedded default', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'modelgate-embedded-'));
  fs.chmodSync(dataDir, 0o755);
  after(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('starts an embedded PostgreSQL under the data folder and keeps data across restarts', async () => {
    const pgPort = await freePort();
    const first = await serve(dataDir, pgPort);
    // `modelgate token` signs with the secret generated under the data folder.
    const token = execFileSync(process.execPath, [cli, 'token', '--role', 'admin', '--user', 'alice'], {
      env: embeddedEnv(dataDir, pgPort),
    })
      .toString()
      .trim();
    const headers = { authorization: `Bearer ${token}` };
    try {
      assert.match(first.log.join(''), /token --role admin --user you/, 'the start-up log says how to get a token');
      assert.ok(fs.existsSync(path.join(dataDir, 'jwt-secret')));
      assert.match(first.log.join(''), /database: embedded PostgreSQL in .*modelgate-embedded-.*postgres/);
      assert.ok(fs.existsSync(path.join(dataDir, 'postgres', 'PG_VERSION')), 'the cluster lives under the data folder');
      await checkLeastPrivilege(dataDir, pgPort);
      const health = await fetch(first.url.replace('/graphql', '/healthz'));
      assert.deepEqual(await health.json(), { status: 'ok' });
      const anonymousReady = await fetch(first.url.replace('/graphql', '/readyz'));
      assert.deepEqual(
        [anonymousReady.status, await anonymousReady.json()],
        [200, { status: 'ready' }],
        'anonymous callers learn only whether it is ready',
      );
      const ready = await fetch(first.url.replace('/graphql', '/readyz'), { headers });
      assert.equal(ready.status, 200);
      const readiness = (await ready.json()) as {
        status: string;
        database: string;
        pendingMigrations: string[];
        inferenceBackend: BackendName;
        inferenceAdapter?: object;
        predictionLog: { dropped: number };
      };
      assert.deepEqual([readiness.status, readiness.database, readiness.pendingMigrations], ['ready', 'up', []]);
      assert.ok(backendNames.includes(readiness.inferenceBackend), readiness.inferenceBackend);
      assert.equal(
        readiness.inferenceAdapter !== undefined,
        readiness.inferenceBackend === 'webgpu',
        'the GPU adapter is named on webgpu, and only there',
      );
      // The start-up log names the backend, and why best-available passed over the better ones (its stdout may trail the answer).
      await eventually(
        () => first.log.join(''),
        (log) => /inference: \w+ backend/.test(log),
      );
      assert.match(first.log.join(''), new RegExp(`inference: ${readiness.inferenceBackend} backend`));
      if (readiness.inferenceBackend === 'wasm') assert.match(first.log.join(''), /inference: passed over webgpu: /);
      assert.equal(readiness.predictionLog.dropped, 0);
      await new GraphQLClient(first.url, headers).data(CreateTeamDocument, { input: { name: 'survivor' } });

      // The demo: two models trained, measured, reviewed and deployed; the log says how to call one, and how
      // to read what the gateway measured (the seed waits up to a minute for its evaluations before it says so).
      const demo = await eventually(
        () => /demo ready: .* -H 'x-api-key: (mgk_[\w-]+)'/.exec(first.log.join('')),
        (ready) => ready !== null,
        120_000,
      );
      assert.ok(demo, `the demo did not come up:\n${first.log.join('')}`);
      const log = first.log.join('');
      assert.match(log, /demo ready: .*ModelVersion\.evaluations.*token --role viewer --team demo/);
      assert.match(
        log,
        /demo: measured by the gateway on holdout rows: credit-risk accuracy 0\.\d{3}, ROC AUC 0\.\d{3}, demographic parity difference by gender 0\.\d{3}; bars accuracy [01]\.\d{3}/,
      );
      const client = new GraphQLClient(first.url, { 'x-api-key': demo[1]! });
      const { predict: credit } = await client.data(PredictDocument, {
        deployment: 'credit-risk',
        instances: [
          { income: 0.9, age: 0.5, debt_ratio: 0.1 },
          { income: 0.1, age: 0.2, debt_ratio: 0.9 },
        ],
      });
      assert.deepEqual(
        credit.outputs.map((o) => o.label),
        ['repays', 'defaults'],
        'the trained model tells a safe applicant from a risky one',
      );
      // Explained from the demo training data's means, which the deployment declares (a service key may not read the data itself):
      // everything about the risky applicant pushes towards default.
      const risky = { deployment: 'credit-risk', instances: [{ income: 0.1, age: 0.2, debt_ratio: 0.9 }] };
      const [why] = (await client.data(PredictExplainedDocument, risky)).predict.explanations;
      assert.equal(why!.baselineSource, 'CUSTOM');
      assert.deepEqual(
        why!.attributions.filter((a) => a.value! <= 0),
        [],
        'low income, youth and high debt all raise the risk',
      );
      const [asAdmin] = (await new GraphQLClient(first.url, headers).data(PredictExplainedDocument, risky)).predict
        .explanations;
      assert.deepEqual(why!.baseline, asAdmin!.baseline, 'the declared baseline is the training means an admin reads');
      assert.ok(
        Math.abs((asAdmin!.baseline as { debt_ratio: number }).debt_ratio - 0.35) < 0.05,
        'the mean debt ratio of the generated applicants',
      );
      const bar = (vertical: boolean) =>
        Array.from({ length: 8 }, (_, r) =>
          Array.from({ length: 8 }, (_, c) => [(vertical ? c : r) === 3 ? 0.9 : 0.1]),
        );
      const { predict: bars } = await client.data(PredictDocument, {
        deployment: 'bars',
        instances: [{ pixels: bar(false) }, { pixels: bar(true) }],
      });
      assert.deepEqual(
        bars.outputs.map((o) => o.label),
        ['horizontal', 'vertical'],
      );
    } finally {
      await first.stop();
    }

    const second = await serve(dataDir, pgPort);
    try {
      const { teams } = await new GraphQLClient(second.url, headers).data(TeamsDocument, {});
      assert.deepEqual(teams.edges.map((e) => e.node.name).sort(), ['demo', 'survivor']);
      // On each start the demo looks for a team named demo and trains only when there is none. Once that query is
      // answered (the second teams query, with the one above), it has found the first start's team and trains nothing.
      const teamsAnswered = async () =>
        (await Scrape.of(second.url.replace('/graphql', '/metrics'))).value('modelgate_graphql_operations_total', {
          operation: 'query:teams',
          code: 'OK',
        }) ?? 0;
      assert.equal(await eventually(teamsAnswered, (answered) => answered >= 2), 2, 'the demo looked for its team');
      assert.doesNotMatch(second.log.join(''), /demo: trained|demo setup failed/, 'the demo is set up once');
    } finally {
      await second.stop();
    }
  });
});
