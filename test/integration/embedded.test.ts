import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { CreateTeamDocument, TeamsDocument } from '../generated/graphql';
import { GraphQLClient } from '../support/client';
import { freePort } from '../support/ports';
import { cli, startGatewayProcess } from '../support/process';

function embeddedEnv(dataDir: string, pgPort: number): NodeJS.ProcessEnv {
  const { DATABASE_URL: _external, MODELGATE_JWT_SECRET: _secret, ...inherited } = process.env;
  return { ...inherited, MODELGATE_DATA_DIR: dataDir, MODELGATE_EMBEDDED_PG_PORT: String(pgPort) };
}

/** Runs the real start command with no DATABASE_URL, as a new user would. */
const serve = (dataDir: string, pgPort: number) => startGatewayProcess(embeddedEnv(dataDir, pgPort));

describe('the embedded default', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'modelgate-embedded-'));
  fs.chmodSync(dataDir, 0o755);
  after(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('starts an embedded PostgreSQL under the data folder and keeps data across restarts', async () => {
    const pgPort = await freePort();
    const first = await serve(dataDir, pgPort);
    // `modelgate token` signs with the secret generated under the data folder.
    const token = execFileSync(process.execPath, [cli, 'token', '--role', 'admin', '--user', 'alice'], { env: embeddedEnv(dataDir, pgPort) }).toString().trim();
    const headers = { authorization: `Bearer ${token}` };
    try {
      assert.match(first.log.join(''), /token --role admin --user you/, 'the start-up log says how to get a token');
      assert.ok(fs.existsSync(path.join(dataDir, 'jwt-secret')));
      assert.match(first.log.join(''), /database: embedded PostgreSQL in .*modelgate-embedded-.*postgres/);
      assert.ok(fs.existsSync(path.join(dataDir, 'postgres', 'PG_VERSION')), 'the cluster lives under the data folder');
      const health = await fetch(first.url.replace('/graphql', '/healthz'));
      assert.deepEqual(await health.json(), { status: 'ok' });
      const ready = await fetch(first.url.replace('/graphql', '/readyz'));
      assert.equal(ready.status, 200);
      const readiness = (await ready.json()) as { status: string; database: string; pendingMigrations: string[]; inferenceBackend: string; predictionLog: { dropped: number } };
      assert.deepEqual([readiness.status, readiness.database, readiness.pendingMigrations], ['ready', 'up', []]);
      assert.match(readiness.inferenceBackend, /^(tensorflow|wasm|cpu)$/);
      assert.equal(readiness.predictionLog.dropped, 0);
      await new GraphQLClient(first.url, headers).data(CreateTeamDocument, { input: { name: 'survivor' } });
    } finally {
      await first.stop();
    }

    const second = await serve(dataDir, pgPort);
    try {
      const { teams } = await new GraphQLClient(second.url, headers).data(TeamsDocument, {});
      assert.deepEqual(teams.edges.map((e) => e.node.name), ['survivor']);
    } finally {
      await second.stop();
    }
  });
});
