/**
 * The prediction hot path: predict reads deployments and credentials from memory, follows
 * changes made by any gateway sharing the database, and keeps answering (and keeps its log)
 * while the database is away.
 */
import assert from 'node:assert/strict';
import { createHmac, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { Client } from 'pg';
import pino from 'pino';
import { startEmbeddedPostgres, type EmbeddedServer } from '../../src/db/embedded';
import { withClient } from '../../src/db/roles';
import { createLogger } from '../../src/telemetry/logger';
import {
  CreateApiKeyDocument,
  CreateTeamDocument,
  DeprecateModelVersionDocument,
  MeDocument,
  ModelsDocument,
  PredictDocument,
  RegisterModelVersionDocument,
  RetireDeploymentDocument,
  RevokeApiKeyDocument,
  UpdateDeploymentRoutesDocument,
} from '../../src/client/generated/graphql';
import { GraphQLClient, type GraphQLResponse } from '../support/client';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { answersOf, approveVersion, classifierVersion, createChain, deploy, serviceClient } from '../support/fixtures';
import { startGatewayOn, startTestGateway, type TestGateway } from '../support/gateway';
import { eventually } from '../support/eventually';
import { freePort } from '../support/ports';
import { startGatewayBeside, type GatewayProcess } from '../support/process';

const codeOf = (response: GraphQLResponse<unknown>) => response.errors?.[0]?.extensions?.code;

describe('a prediction sends no SQL', { timeout: 120_000 }, () => {
  let gw: TestGateway;
  let service: GraphQLClient;
  before(async () => {
    gw = await startTestGateway();
    const chain = await createChain(gw.client, 'hot');
    await deploy(gw, chain.team.id, 'hot', chain.modelVersion.id);
    service = await serviceClient(gw, chain.team.id, 'hot-scorer', ['hot']);
  });
  after(() => gw?.stop());

  it('answers predictions with a bearer token and with an API key without a single ORM statement', async () => {
    const request = (i: number) => ({ deployment: 'hot', instances: [{ income: i, age: 1 }] });
    // Warm-up: loads the model and lets each credential be verified (and cached) once.
    await gw.client.data(PredictDocument, request(0));
    await service.data(PredictDocument, request(0));

    const before = gw.gateway.sqlStatementCount();
    for (let i = 0; i < 20; i += 1) {
      const [asPerson, asService] = await Promise.all([
        gw.client.data(PredictDocument, request(i)),
        service.data(PredictDocument, request(i)),
      ]);
      assert.equal(asPerson.predict.outputs.length, 1);
      assert.deepEqual(answersOf(asService.predict.outputs), answersOf(asPerson.predict.outputs));
    }
    assert.equal(gw.gateway.sqlStatementCount() - before, 0, 'SQL statements sent by 40 predictions');

    // Control: the counter does count, so the zero above means something.
    await gw.client.data(ModelsDocument, { first: 10 });
    assert.ok(gw.gateway.sqlStatementCount() > before, 'a models query sends SQL and is counted');
  });
  it('gives a cached token the team it names once that team is created', async () => {
    const early = await gw.as({ user: 'early', roles: ['viewer'], teams: ['created-later'] });
    assert.deepEqual((await early.data(MeDocument, {})).me.teams, [], 'no such team yet');
    await gw.client.data(CreateTeamDocument, { input: { name: 'created-later' } });
    assert.deepEqual(
      (await early.data(MeDocument, {})).me.teams.map((team) => team.name),
      ['created-later'],
      'the same token now belongs to it',
    );
  });

  it('stops answering from a version deprecated while a staging route still names it', async () => {
    const chain = await createChain(gw.client, 'sunset');
    await deploy(gw, chain.team.id, 'sunset', chain.modelVersion.id);
    await gw.client.data(PredictDocument, { deployment: 'sunset', instances: [{ income: 1, age: 1 }] });
    await gw.client.data(DeprecateModelVersionDocument, { id: chain.modelVersion.id });
    const refused = await gw.client.error(PredictDocument, {
      deployment: 'sunset',
      instances: [{ income: 1, age: 1 }],
    });
    assert.equal(refused.extensions?.code, 'UNAVAILABLE');
    assert.match(refused.message, /no route with traffic to a version its environment takes/);
  });
});

describe('two gateway processes on one database', { timeout: 180_000 }, () => {
  let a: TestGateway;
  let b: GatewayProcess | undefined;
  let onB: GraphQLClient;
  let chain: Awaited<ReturnType<typeof createChain>>;
  before(async () => {
    a = await startTestGateway();
    chain = await createChain(a.client, 'pair');
    // No periodic re-read within the test: only the database's change notices can tell B.
    b = await startGatewayBeside(a, { MODELGATE_ROUTING_REFRESH_MS: '3600000' });
    onB = new GraphQLClient(b.url, { authorization: `Bearer ${await a.token({ user: 'b-admin', roles: ['admin'] })}` });
  });
  after(async () => {
    await b?.stop();
    await a?.stop();
  });

  it('obeys on one gateway a route change made through the other', async () => {
    await deploy(a, chain.team.id, 'pair-routes', chain.modelVersion.id);
    const first = await eventually(
      () => onB.request(PredictDocument, { deployment: 'pair-routes', instances: [{ income: 1, age: 1 }] }),
      (r) => !r.errors,
    );
    assert.equal(first.errors, undefined, `B answers the new deployment: ${JSON.stringify(first.errors)}`);
    assert.equal(first.data!.predict.modelVersionId, chain.modelVersion.id);

    const { registerModelVersion: next } = await a.client.data(RegisterModelVersionDocument, {
      input: classifierVersion(chain.model.id, chain.run.id),
    });
    await approveVersion(a, next.id);
    await a.client.data(UpdateDeploymentRoutesDocument, {
      input: { name: 'pair-routes', routes: [{ modelVersionId: next.id, weight: 100 }] },
    });

    const moved = await eventually(
      () => onB.request(PredictDocument, { deployment: 'pair-routes', instances: [{ income: 1, age: 1 }] }),
      (r) => r.data?.predict.modelVersionId === next.id,
    );
    assert.equal(moved.errors, undefined, JSON.stringify(moved.errors));
    assert.equal(moved.data!.predict.modelVersionId, next.id, 'B answers with the version the new route names');
  });

  it('stops answering on one gateway a deployment retired through the other', async () => {
    await deploy(a, chain.team.id, 'pair-retire', chain.modelVersion.id);
    const live = await eventually(
      () => onB.request(PredictDocument, { deployment: 'pair-retire', instances: [{ income: 1, age: 1 }] }),
      (r) => !r.errors,
    );
    assert.equal(
      live.errors,
      undefined,
      `B answers the deployment before it is retired: ${JSON.stringify(live.errors)}`,
    );

    await a.client.data(RetireDeploymentDocument, { name: 'pair-retire' });

    const retired = await eventually(
      () => onB.request(PredictDocument, { deployment: 'pair-retire', instances: [{ income: 1, age: 1 }] }),
      (r) => codeOf(r) === 'UNAVAILABLE',
    );
    assert.equal(retired.data?.predict ?? null, null, 'B gives no prediction');
    assert.equal(codeOf(retired), 'UNAVAILABLE', JSON.stringify(retired.errors));
  });

  it('refuses on one gateway an API key revoked through the other, though it had cached the key', async () => {
    await deploy(a, chain.team.id, 'pair-key', chain.modelVersion.id);
    const { createApiKey } = await a.client.data(CreateApiKeyDocument, {
      input: { teamId: chain.team.id, name: 'pair-scorer', deploymentNames: ['pair-key'] },
    });
    const keyOnB = new GraphQLClient(b!.url, { 'x-api-key': createApiKey.secret });
    const predictOnB = () =>
      keyOnB.request(PredictDocument, { deployment: 'pair-key', instances: [{ income: 2, age: 1 }] });

    // B verifies the key made on A, and caches it.
    const accepted = await eventually(predictOnB, (r) => !r.errors);
    assert.equal(accepted.errors, undefined, `B accepts a key created on A: ${JSON.stringify(accepted.errors)}`);
    assert.equal((await predictOnB()).errors, undefined, 'and accepts it again');

    await a.client.data(RevokeApiKeyDocument, { id: createApiKey.apiKey.id });

    const refused = await eventually(predictOnB, (r) => codeOf(r) === 'UNAUTHENTICATED');
    assert.equal(codeOf(refused), 'UNAUTHENTICATED', `B refuses the revoked key: ${JSON.stringify(refused)}`);
    assert.match(refused.errors![0]!.message, /revoked/);
  });
});

describe('while the database is down', { timeout: 240_000 }, () => {
  let tempDir: string;
  let clusterDir: string;
  let pgPort: number;
  let postgres: EmbeddedServer | undefined;
  let database: TestDatabase | undefined;
  const pgPassword = randomBytes(16).toString('hex');
  let gw: TestGateway | undefined;
  let deploymentId: string;
  /** What the gateway logged at warn and above, since the database went down. */
  let warnings: { msg: string }[] = [];
  const logger = pino(
    { level: 'warn' },
    { write: (line: string) => void warnings.push(JSON.parse(line) as { msg: string }) },
  );

  /** Same inputs before and during the outage: the answers must match. */
  const inputs = [
    { income: 0, age: 0 },
    { income: 4, age: -2 },
    { income: -3, age: 5 },
    { income: 1.5, age: 2.5 },
    { income: 10, age: 10 },
  ];
  const answersBefore: unknown[] = [];
  const answersDuring: unknown[] = [];
  const predict = (instance: (typeof inputs)[number]) =>
    gw!.client.request(PredictDocument, { deployment: 'outage', instances: [instance] });
  /** The log's digest of one instance: an HMAC under the key the gateway generated in its data folder. */
  const digestOf = (instance: (typeof inputs)[number]) =>
    createHmac('sha256', fs.readFileSync(path.join(tempDir, 'data', 'digest-key'), 'utf8').trim())
      .update(Buffer.from(new Float32Array([instance.income, instance.age]).buffer))
      .digest('hex');

  const withDatabase = <T>(work: (client: Client) => Promise<T>) => withClient(database!.superuserUrl, work);
  const loggedDigests = () =>
    withDatabase(async (client) => {
      const { rows } = await client.query<{ instances_sha256: string }>(
        'select instances_sha256 from prediction_log_entry where deployment_id = $1',
        [deploymentId],
      );
      return rows.map((row) => row.instances_sha256);
    });

  before(async () => {
    tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'modelgate-outage-'));
    // As root the cluster belongs to the postgres user, which must reach into the folder.
    fs.chmodSync(tempDir, 0o755);
    clusterDir = path.join(tempDir, 'cluster');
    pgPort = await freePort();
    postgres = await startEmbeddedPostgres(clusterDir, pgPort, createLogger('warn'), pgPassword);
    // Re-read the routing table often, so that the outage is met by failed re-reads.
    database = await createTestDatabase(postgres.url);
    gw = await startGatewayOn(
      database,
      path.join(tempDir, 'data'),
      { MODELGATE_DEMO: 'false', MODELGATE_ROUTING_REFRESH_MS: '100' },
      logger,
    );
    const chain = await createChain(gw.client, 'outage');
    await deploy(gw, chain.team.id, 'outage', chain.modelVersion.id);
    deploymentId = await withDatabase(
      async (client) =>
        (await client.query<{ id: string }>(`select id from deployment where name = 'outage'`)).rows[0]!.id,
    );

    // Answers while all is well (the first loads the model), and their log entries written.
    for (const instance of inputs) {
      const response = await predict(instance);
      assert.equal(response.errors, undefined, JSON.stringify(response.errors));
      answersBefore.push({ ...response.data!.predict, outputs: answersOf(response.data!.predict.outputs) });
    }
    const log = gw.gateway.predictionLog;
    await eventually(
      async () => log.pending,
      (pending) => pending === 0,
    );
    assert.equal(log.pending, 0, 'the log took the entries made before the outage');
    assert.equal((await loggedDigests()).length, inputs.length);

    // Forget the warnings of the good times first: the outage's are said once, perhaps while stop() runs.
    warnings = [];
    await postgres.stop();
  });

  after(async () => {
    const steps = [
      () => gw?.stop(),
      () => postgres?.stop(),
      () => fs.rmSync(tempDir, { recursive: true, force: true }),
    ];
    for (const step of steps) {
      try {
        await step();
      } catch (error) {
        console.error('cleanup step failed:', error);
      }
    }
  });

  it('keeps answering predictions of a loaded deployment, with the same answers, though its routing table cannot be re-read', async () => {
    const reloadFailed = () => warnings.some((warning) => /could not reload the routing table/.test(warning.msg));
    await eventually(async () => reloadFailed(), Boolean);
    assert.ok(reloadFailed(), 'the gateway tried to re-read its routing table from the missing database, and said so');
    for (const instance of inputs) {
      const response = await predict(instance);
      assert.equal(
        response.errors,
        undefined,
        `a prediction failed with the database down: ${JSON.stringify(response.errors)}`,
      );
      answersDuring.push({ ...response.data!.predict, outputs: answersOf(response.data!.predict.outputs) });
    }
    assert.deepEqual(answersDuring, answersBefore);
  });

  it('answers a query that needs the database with UNAVAILABLE, and leaks nothing', async () => {
    // Twice: a pooled connection the server dropped, then no connection to be had.
    for (let attempt = 0; attempt < 2; attempt += 1) {
      const response = await gw!.client.request(ModelsDocument, { first: 10 });
      assert.equal(response.data?.models ?? null, null);
      assert.equal(response.errors?.length, 1, JSON.stringify(response.errors));
      const [error] = response.errors!;
      assert.equal(error!.extensions?.code, 'UNAVAILABLE', JSON.stringify(error));
      assert.deepEqual(Object.keys(error!.extensions!), ['code'], 'no stack trace or exception details');
      assert.doesNotMatch(
        error!.message,
        /select|insert|from "|prediction_log|ECONN|127\.0\.0\.1|localhost|:\d{4,5}|\/tmp|\/work|node_modules|knex|postgres:\/\//i,
      );
    }
  });

  it('keeps the predictions made meanwhile in its log buffer, dropping none', async () => {
    const log = gw!.gateway.predictionLog;
    const failedBefore = log.stats.failedWrites;
    // Let at least one write to the missing database be tried, and fail.
    await eventually(
      async () => log.stats.failedWrites,
      (failed) => failed > failedBefore,
    );
    assert.ok(log.stats.failedWrites > failedBefore, 'a write was tried while the database is down');
    assert.equal(log.pending, answersDuring.length, 'the entries of the predictions made during the outage wait');
    assert.equal(log.stats.dropped, 0);
  });

  it('answers graph queries again once the database is back, without a restart', async () => {
    postgres = await startEmbeddedPostgres(clusterDir, pgPort, createLogger('warn'), pgPassword);
    const response = await eventually(
      () => gw!.client.request(ModelsDocument, { first: 10 }),
      (r) => !r.errors,
      20_000,
    );
    assert.equal(response.errors, undefined, JSON.stringify(response.errors));
    assert.deepEqual(
      response.data!.models.edges.map((edge) => edge.node.name),
      ['credit-risk-outage'],
    );
  });

  it('writes the predictions made during the outage to the log once the database is back', async () => {
    assert.ok(postgres, 'the database was started again');
    const log = gw!.gateway.predictionLog;
    await eventually(
      async () => log.pending,
      (pending) => pending === 0,
      20_000,
    );
    assert.equal(log.pending, 0, 'the buffered entries were written');
    assert.equal(log.stats.dropped, 0);
    const digests = await loggedDigests();
    assert.equal(digests.length, 2 * inputs.length, 'one entry per prediction, before and during the outage');
    for (const instance of inputs) {
      assert.equal(
        digests.filter((digest) => digest === digestOf(instance)).length,
        2,
        `both predictions of ${JSON.stringify(instance)} are logged`,
      );
    }
  });
});
