import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { print } from 'graphql';
import pg from 'pg';
import { PredictDocument } from '../../src/client/generated/graphql';
import { startEmbeddedPostgres, type EmbeddedServer } from '../../src/db/embedded';
import { replayPredictionLogSpill } from '../../src/domain/prediction-log/replay';
import { createLogger } from '../../src/telemetry/logger';
import { GraphQLClient } from '../support/client';
import { createTestDatabase } from '../support/database';
import { eventually } from '../support/eventually';
import { createChain, deploy } from '../support/fixtures';
import { ADMIN, startGatewayOn } from '../support/gateway';
import { graphqlLoad } from '../support/load';
import { freePort } from '../support/ports';
import { startGatewayProcess, type GatewayProcess } from '../support/process';
import { Scrape } from '../support/prometheus';

const tempDir = (prefix: string) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  fs.chmodSync(dir, 0o755); // The embedded PostgreSQL runs as its own user when we are root.
  return dir;
};

/** The environment of `modelgate serve` on the embedded database of `dataDir`, as a new user has it. */
function embeddedEnv(dataDir: string, pgPort: number, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const { DATABASE_URL: _external, MODELGATE_JWT_SECRET: _secret, ...inherited } = process.env;
  return {
    ...inherited,
    MODELGATE_DATA_DIR: dataDir,
    MODELGATE_EMBEDDED_PG_PORT: String(pgPort),
    MODELGATE_WORKERS: '1',
    LOG_LEVEL: 'info',
    ...extra,
  };
}

/** The pid postmaster.pid names: the cluster's postmaster. */
const postmasterPid = (dataDir: string) =>
  Number(fs.readFileSync(path.join(dataDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n', 1)[0]);

/** Is `pid` a running postgres (not a zombie, and not a pid given to another program since)? */
function isRunningPostgres(pid: number): boolean {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const state = stat.slice(stat.lastIndexOf(')') + 2).split(' ')[0];
    return state !== 'Z' && fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0')[0]!.endsWith('postgres');
  } catch {
    return false;
  }
}

const metric = async (gateway: GatewayProcess, state: string) =>
  (await Scrape.of(gateway.url.replace('/graphql', '/metrics'))).value('modelgate_prediction_log_entries', { state });

const readyz = async (gateway: GatewayProcess) => (await fetch(gateway.url.replace('/graphql', '/readyz'))).status;

describe('the embedded database supervised', { timeout: 300_000 }, () => {
  const dataDir = tempDir('modelgate-supervised-');
  let pgPort: number;
  let gateway: GatewayProcess | undefined;
  let apiKey: string;
  let orphan: number | undefined;
  after(async () => {
    if (gateway?.process.exitCode === null) await gateway.stop();
    if (orphan !== undefined && isRunningPostgres(orphan)) process.kill(orphan, 'SIGINT');
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  /** Rows of the prediction log that calls with an API key left: the demo's own calls are an admin's. */
  const loggedByKeys = async () => {
    const password = fs.readFileSync(path.join(dataDir, 'postgres-superuser-password'), 'utf8');
    const client = new pg.Client({
      connectionString: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${pgPort}/modelgate`,
    });
    await client.connect();
    try {
      const { rows } = await client.query<{ count: string }>(
        // The demo key's: the demo's own client service (which reports outcomes) has a key of its own.
        'select count(*) from prediction_log_entry where caller = $1',
        [`api-key:${apiKey.slice(0, 12)}`],
      );
      return Number(rows[0]!.count);
    } finally {
      await client.end();
    }
  };

  it('restarts a postmaster killed under load; /readyz is 200 again and every answered prediction is logged', async () => {
    pgPort = await freePort();
    gateway = await startGatewayProcess(embeddedEnv(dataDir, pgPort));
    const demo = await eventually(
      () => /demo ready: .* -H 'x-api-key: (mgk_[\w-]+)'/.exec(gateway!.log.join('')),
      (ready) => ready !== null,
      120_000,
    );
    assert.ok(demo, `the demo did not come up:\n${gateway.log.join('').slice(-3000)}`);
    apiKey = demo[1]!;
    const body = JSON.stringify({
      query: print(PredictDocument),
      variables: { deployment: 'credit-risk', instances: [{ income: 0.4, age: 0.3, debt_ratio: 0.5 }] },
    });
    const load = graphqlLoad(gateway.url, { 'x-api-key': apiKey }, body, 4);
    try {
      await eventually(
        () => load.answered,
        (answered) => answered >= 50,
        60_000,
      );
      const killed = postmasterPid(dataDir);
      process.kill(killed, 'SIGKILL');
      const restarted = await eventually(
        () => gateway!.log.join(''),
        (log) => /embedded PostgreSQL restarted/.test(log),
        60_000,
      );
      assert.match(restarted, /its postmaster was killed by SIGKILL; restarting it/, 'the log says why');
      assert.match(restarted, /restart attempt 1/);
      assert.notEqual(postmasterPid(dataDir), killed, 'a new postmaster runs the cluster');
      assert.equal(
        await eventually(
          () => readyz(gateway!),
          (status) => status === 200,
          30_000,
        ),
        200,
      );
      const answeredAtRestart = load.answered;
      await eventually(
        () => load.answered,
        (answered) => answered >= answeredAtRestart + 50,
        60_000,
      );
    } finally {
      await load.stop();
    }
    assert.deepEqual(load.failures, [], 'predictions kept being answered while the database was away');
    assert.ok((await metric(gateway, 'failedWrites'))! >= 1, 'the log found the database away at least once');
    assert.equal(
      await eventually(loggedByKeys, (rows) => rows === load.answered, 30_000),
      load.answered,
      'every answered prediction is in the log',
    );
    assert.equal(await metric(gateway, 'dropped'), 0);
  });

  it('after kill -9 of the gateway, stops the postmaster it left running and starts anew', async () => {
    assert.ok(gateway, 'the gateway of the test above runs');
    orphan = postmasterPid(dataDir);
    gateway.process.kill('SIGKILL');
    await gateway.exited;
    assert.ok(isRunningPostgres(orphan), 'the killed gateway left its postmaster running');

    gateway = await startGatewayProcess(embeddedEnv(dataDir, pgPort));
    const log = gateway.log.join('');
    assert.match(log, new RegExp(`a postmaster \\(pid ${orphan}\\) that a stopped gateway left running`));
    assert.match(log, new RegExp(`postmaster left running \\(pid ${orphan}\\) stopped on SIGINT`));
    assert.equal(isRunningPostgres(orphan), false, 'the orphaned postmaster is gone');
    assert.notEqual(postmasterPid(dataDir), orphan);
    assert.equal(await readyz(gateway), 200);
    const { predict } = await new GraphQLClient(gateway.url, { 'x-api-key': apiKey }).data(PredictDocument, {
      deployment: 'credit-risk',
      instances: [{ income: 0.9, age: 0.5, debt_ratio: 0.1 }],
    });
    assert.equal(predict.outputs.length, 1);
    assert.equal(await gateway.stop(), 0, `stopped cleanly:\n${gateway.log.join('').slice(-2000)}`);
    assert.equal(fs.existsSync(path.join(dataDir, 'postgres', 'postmaster.pid')), false, 'its postmaster stopped too');
  });

  it('says why it could not start, in PostgreSQL’s words', async () => {
    const broken = tempDir('modelgate-broken-');
    try {
      // A cluster folder copied without its configuration files.
      fs.mkdirSync(path.join(broken, 'postgres'), { mode: 0o700 });
      fs.writeFileSync(path.join(broken, 'postgres', 'PG_VERSION'), '18\n');
      const failed = startGatewayProcess(embeddedEnv(broken, await freePort()));
      await assert.rejects(failed, (error: Error) => {
        assert.match(error.message, /gateway exited with 1/);
        assert.match(
          error.message,
          /modelgate: the embedded PostgreSQL did not start: .*could not access the server configuration file/,
        );
        assert.doesNotMatch(error.message, /modelgate: undefined/);
        return true;
      });
    } finally {
      fs.rmSync(broken, { recursive: true, force: true });
    }
  });
});

describe('the prediction log spilled on shutdown and replayed at the next start', { timeout: 300_000 }, () => {
  const root = tempDir('modelgate-spill-');
  const clusterDir = path.join(root, 'cluster');
  const dataDir = path.join(root, 'data');
  const spillDir = path.join(dataDir, 'prediction-log-spill');
  const asideDir = path.join(root, 'aside');
  const superuserPassword = randomBytes(16).toString('hex');
  const logger = createLogger('warn');
  let pgPort: number;
  let server: EmbeddedServer | undefined;
  let gateway: GatewayProcess | undefined;
  after(async () => {
    if (gateway?.process.exitCode === null) await gateway.stop();
    await server?.stop();
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('writes what the database did not take to the data folder on SIGTERM, and into the table once, at the next start', async () => {
    fs.mkdirSync(dataDir);
    pgPort = await freePort();
    // A database server of the test's own, since the test stops it.
    server = await startEmbeddedPostgres(clusterDir, pgPort, logger, superuserPassword);
    const database = await createTestDatabase(server.url);
    const setup = await startGatewayOn(database, dataDir, { MODELGATE_DEMO: 'false' });
    const chain = await createChain(setup.client, 'spilled');
    await deploy(setup, chain.team.id, 'spilled', chain.modelVersion.id);
    const authorization = `Bearer ${await setup.token(ADMIN, '1h')}`;
    await setup.stop();

    const CAPACITY = 100;
    const env = {
      ...process.env,
      ...database.env,
      MODELGATE_DATA_DIR: dataDir,
      MODELGATE_JWT_SECRET: setup.config.jwt.secret,
      MODELGATE_DEMO: 'false',
      MODELGATE_WORKERS: '1',
      MODELGATE_PREDICTION_LOG_BUFFER: String(CAPACITY),
      LOG_LEVEL: 'info',
    };
    gateway = await startGatewayProcess(env);
    const client = new GraphQLClient(gateway.url, { authorization });
    const predict = () =>
      client.data(PredictDocument, {
        deployment: 'spilled',
        instances: [
          { income: 1, age: 2 },
          { income: 3, age: 4 },
        ],
      });
    let answered = 0;
    for (let i = 0; i < 10; i += 1, answered += 1) await predict();
    await eventually(
      () => metric(gateway!, 'written'),
      (written) => written === 10,
    );

    await server.stop();
    // The buffer fills, to its capacity and no further: the entries wait for a database that does not come back.
    for (let i = 0; i < CAPACITY; i += 1, answered += 1) await predict();
    assert.equal(await metric(gateway, 'pending'), CAPACITY);
    assert.equal(await metric(gateway, 'dropped'), 0);
    assert.equal(await gateway.stop(), 0, `stopped cleanly:\n${gateway.log.join('').slice(-2000)}`);
    const stopped = gateway.log.join('');
    assert.match(stopped, new RegExp(`spilled ${CAPACITY} entries the database did not take`));
    assert.doesNotMatch(stopped, /entries lost|closed with entries the database did not take/);
    const spilled = fs.readdirSync(spillDir);
    assert.ok(spilled.length > 0 && spilled.every((name) => name.endsWith('.bin')), spilled.join(', '));
    fs.mkdirSync(asideDir);
    for (const name of spilled) fs.copyFileSync(path.join(spillDir, name), path.join(asideDir, name));

    server = await startEmbeddedPostgres(clusterDir, pgPort, logger, superuserPassword);
    gateway = await startGatewayProcess(env);
    const pool = new pg.Pool({ connectionString: database.superuserUrl, max: 1 });
    try {
      const rows = async () =>
        Number((await pool.query<{ count: string }>('select count(*) from prediction_log_entry')).rows[0]!.count);
      assert.equal(
        await eventually(rows, (count) => count === answered),
        answered,
        'every answered prediction is in the log',
      );
      const replayed = new RegExp(`replayed ${CAPACITY} spilled entries from ${spilled.length} file`);
      assert.match(
        await eventually(
          () => gateway!.log.join(''),
          (log) => replayed.test(log),
        ),
        replayed,
      );
      assert.deepEqual(fs.readdirSync(spillDir), [], 'a replayed file is deleted');

      // Stopped between a file's COPY and its deletion: the next replay finds its rows there and adds none.
      for (const name of spilled) fs.copyFileSync(path.join(asideDir, name), path.join(spillDir, name));
      assert.deepEqual(await replayPredictionLogSpill(pool, spillDir, logger), {
        written: 0,
        present: CAPACITY,
        files: spilled.length,
      });
      assert.equal(await rows(), answered, 'nothing is written twice');
      assert.deepEqual(fs.readdirSync(spillDir), []);
    } finally {
      await pool.end();
    }
    assert.equal(await gateway.stop(), 0);
    await database.drop();
  });
});
