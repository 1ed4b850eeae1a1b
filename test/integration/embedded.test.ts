import assert from 'node:assert/strict';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { CreateTeamDocument, TeamsDocument } from '../generated/graphql';
import { GraphQLClient } from '../support/client';
import { freePort } from '../support/ports';

const cli = path.resolve(__dirname, '../../src/cli/main.js');

interface Started {
  process: ChildProcess;
  url: string;
  log: string[];
}

function embeddedEnv(dataDir: string, pgPort: number): NodeJS.ProcessEnv {
  const { DATABASE_URL: _external, MODELGATE_JWT_SECRET: _secret, ...inherited } = process.env;
  return { ...inherited, PORT: '0', HOST: '127.0.0.1', MODELGATE_DATA_DIR: dataDir, MODELGATE_EMBEDDED_PG_PORT: String(pgPort) };
}

/** Runs the real start command with no DATABASE_URL, as a new user would, and waits for its URL. */
function serve(dataDir: string, pgPort: number): Promise<Started> {
  const env = embeddedEnv(dataDir, pgPort);
  const child = spawn(process.execPath, [cli, 'serve'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const log: string[] = [];
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`gateway did not start:\n${log.join('')}`)), 60_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      log.push(chunk.toString());
      const url = /modelgate ready at (http:\/\/\S+?)"/.exec(log.join(''))?.[1];
      if (url) {
        clearTimeout(timer);
        resolve({ process: child, url, log });
      }
    });
    child.stderr!.on('data', (chunk: Buffer) => log.push(chunk.toString()));
    child.once('exit', (code) => reject(new Error(`gateway exited with ${code}:\n${log.join('')}`)));
  });
}

function stop(started: Started): Promise<void> {
  return new Promise((resolve) => {
    started.process.removeAllListeners('exit');
    started.process.once('exit', () => resolve());
    started.process.kill('SIGTERM');
  });
}

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
      assert.deepEqual(await ready.json(), { status: 'ready', database: 'up', pendingMigrations: [] });
      await new GraphQLClient(first.url, headers).data(CreateTeamDocument, { input: { name: 'survivor' } });
    } finally {
      await stop(first);
    }

    const second = await serve(dataDir, pgPort);
    try {
      const { teams } = await new GraphQLClient(second.url, headers).data(TeamsDocument, {});
      assert.deepEqual(teams.edges.map((e) => e.node.name), ['survivor']);
    } finally {
      await stop(second);
    }
  });
});
