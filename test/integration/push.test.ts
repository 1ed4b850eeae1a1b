import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  CreateModelDocument,
  CreateTeamDocument,
  ModelDocument,
  ModelVersionLineageDocument,
} from '../../src/client/generated/graphql';
import { classifierVersion } from '../support/fixtures';
import { startTestGateway, type TestGateway } from '../support/gateway';
import { tinyClassifierFiles } from '../support/models';
import { cli } from '../support/process';

describe('modelgate push', () => {
  let gw: TestGateway;
  let dir: string;
  let token: string;
  before(async () => {
    gw = await startTestGateway();
    const { createTeam } = await gw.client.data(CreateTeamDocument, { input: { name: 'pushers' } });
    await gw.client.data(CreateModelDocument, {
      input: { teamId: createTeam.id, name: 'pushed-model', taskType: 'CLASSIFICATION' },
    });
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'modelgate-push-'));
    for (const [name, content] of await tinyClassifierFiles()) fs.writeFileSync(path.join(dir, name), content);
    token = await gw.token({ user: 'pusher', roles: ['admin'] });
  });
  after(async () => {
    await gw.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  /** Runs the CLI without blocking: the gateway it talks to lives in this process. */
  const run = (...args: string[]) =>
    new Promise<{ status: number; stdout: string; stderr: string }>((resolve) => {
      execFile(
        process.execPath,
        [cli, 'push', dir, '--model', 'pushed-model', '--url', gw.gateway.url, ...args],
        (error, stdout, stderr) => resolve({ status: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
      );
    });

  it('refuses a folder that does not describe its version', async () => {
    const result = await run('--token', token);
    assert.equal(result.status, 1);
    assert.match(result.stderr, /has no modelgate\.json/);
  });

  it('uploads the folder and registers a DRAFT version that refers to it', async () => {
    const { signature, metrics, fairnessMetrics, modelCard } = classifierVersion('unused');
    fs.writeFileSync(
      path.join(dir, 'modelgate.json'),
      JSON.stringify({ signature, metrics, fairnessMetrics, modelCard, description: 'pushed from the CLI' }),
    );
    const result = await run('--token', token);
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /registered version 1 of pushed-model/);
    const { model } = await gw.client.data(ModelDocument, { name: 'pushed-model' });
    const { modelVersion } = await gw.client.data(ModelVersionLineageDocument, { id: model.versions[0]!.id });
    assert.equal(modelVersion.lifecycleState, 'DRAFT');
    assert.equal(modelVersion.createdBy, 'pusher');
    assert.equal(
      modelVersion.artifact.sha256,
      classifierVersion('unused').artifact.sha256,
      'the same files, the same digest',
    );
  });

  it('says why a push is refused', async () => {
    const result = await run('--token', 'not-a-token');
    assert.equal(result.status, 1);
    assert.match(result.stderr, /upload refused: The token is not a valid JWT/);
  });
});
