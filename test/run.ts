/**
 * The test command: uses DATABASE_URL when set (CI), else starts an embedded PostgreSQL for
 * the run, then runs every compiled test file with node's test runner.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startEmbeddedPostgres } from '../src/db/embedded';
import { createLogger } from '../src/telemetry/logger';
import { freePort } from './support/ports';

function testFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return testFiles(file);
    return entry.name.endsWith('.test.js') ? [file] : [];
  });
}

async function main(): Promise<number> {
  let stop: (() => Promise<void>) | undefined;
  let clusterDir: string | undefined;
  if (!process.env.DATABASE_URL) {
    clusterDir = fs.mkdtempSync(path.join(os.tmpdir(), 'modelgate-test-pg-'));
    fs.chmodSync(clusterDir, 0o755);
    const embedded = await startEmbeddedPostgres(path.join(clusterDir, 'cluster'), await freePort(), createLogger('warn'));
    process.env.DATABASE_URL = embedded.url;
    stop = embedded.stop;
    console.log('tests: no DATABASE_URL, using an embedded PostgreSQL');
  }
  try {
    const files = testFiles(path.join(__dirname)).sort();
    const result = spawnSync(process.execPath, ['--test', '--test-concurrency=2', ...files], { stdio: 'inherit', env: process.env });
    return result.status ?? 1;
  } finally {
    await stop?.();
    if (clusterDir) fs.rmSync(clusterDir, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
