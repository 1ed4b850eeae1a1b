import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { loadConfig } from '../../src/config';
import { backendDefaults, backendNames } from '../../src/inference/backend';
import { WorkerPool } from '../../src/inference/pool';
import { cli } from '../support/process';

// CI machines have no GPU adapter: Dawn finds none (no Vulkan loader, or no GPU driver, or only a software one).
const noWebGpu =
  /(no GPU adapter: (the Vulkan loader libvulkan\.so\.1 is not installed|Vulkan found no GPU driver|only a fallback)|the optional packages webgpu and @tensorflow\/tfjs-backend-webgpu do not load|WebGPU failed to start)/;

describe('inference backend selection without a GPU', () => {
  const pool = new WorkerPool();
  after(() => pool.close());

  it('passes over every better backend, saying why, and webgpu for want of a GPU adapter', async () => {
    const { name, adapter, passedOver } = await pool.backendInfo();
    assert.notEqual(name, 'webgpu', 'this test expects a machine without a GPU adapter');
    assert.equal(adapter, undefined);
    assert.deepEqual(
      passedOver.map((reason) => reason.split(':')[0]),
      backendNames.slice(0, backendNames.indexOf(name)),
    );
    const webgpu = passedOver.find((reason) => reason.startsWith('webgpu:'));
    if (name === 'wasm') assert.match(webgpu!, new RegExp(`^webgpu: ${noWebGpu.source}`));
  });

  it('starts as many workers as the backend calls for when none are configured', async () => {
    const { name } = await pool.backendInfo();
    assert.equal(pool.size, backendDefaults[name].workers(os.availableParallelism()));
    assert.equal(backendDefaults.webgpu.workers(os.availableParallelism()), 1, 'one worker owns the GPU');
  });

  it('refuses a forced webgpu with what the host lacks', async () => {
    const forced = new WorkerPool(undefined, { backend: 'webgpu' });
    try {
      await assert.rejects(forced.backend(), (error: Error) => {
        assert.match(error.message, new RegExp(`^MODELGATE_BACKEND=webgpu, but ${noWebGpu.source}`));
        if (/no GPU adapter/.test(error.message)) {
          for (const needed of ['graphics capability', 'libglvnd0', 'VK_DRIVER_FILES'])
            assert.ok(error.message.includes(needed), `names ${needed}: ${error.message}`);
        }
        return true;
      });
      assert.equal(forced.size, 1, 'no more workers start after the first failed');
    } finally {
      await forced.close();
    }
  });

  it('accepts every backend name in MODELGATE_BACKEND, and refuses others listing them', () => {
    for (const name of backendNames) assert.equal(loadConfig({ MODELGATE_BACKEND: name }).serving.backend, name);
    assert.throws(
      () => loadConfig({ MODELGATE_BACKEND: 'gpu' }),
      /MODELGATE_BACKEND: .*"tensorflow"\|"webgpu"\|"wasm"\|"cpu"/,
    );
  });

  it('stops `modelgate serve` with MODELGATE_BACKEND=webgpu, exit code 1 and the reason, before touching a database', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'modelgate-webgpu-'));
    try {
      const child = spawn(process.execPath, [cli, 'serve'], {
        env: {
          ...process.env,
          MODELGATE_BACKEND: 'webgpu',
          MODELGATE_DATA_DIR: dataDir,
          DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none',
          PORT: '0',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
      child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
      const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
      assert.equal(code, 1, output);
      assert.match(output, new RegExp(`modelgate: MODELGATE_BACKEND=webgpu, but ${noWebGpu.source}`));
      assert.doesNotMatch(output, /modelgate ready at/);
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
