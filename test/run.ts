/**
 * The test command: uses DATABASE_URL when set (CI), else starts an embedded PostgreSQL for
 * the run, then runs every compiled test file with node's test runner. `run.js unit` runs only
 * test/unit, which needs no database server set up: seconds, not minutes (the prediction log's
 * COPY test uses DATABASE_URL when set, else starts an embedded PostgreSQL of its own).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ensureDatabaseServer } from './support/scratch-postgres';

function testFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return testFiles(file);
    return entry.name.endsWith('.test.js') ? [file] : [];
  });
}

/** Runs test files with node's test runner: a test that hangs fails after 5 minutes, the whole run after 30. */
function runFiles(files: string[]): number {
  const result = spawnSync(process.execPath, ['--test', '--test-concurrency=2', '--test-timeout=300000', ...files], {
    stdio: 'inherit',
    env: process.env,
    timeout: 30 * 60_000,
    killSignal: 'SIGKILL',
  });
  if (result.error) console.error(`tests: ${result.error.message}`);
  return result.status ?? 1;
}

async function main(): Promise<number> {
  if (process.argv[2] === 'unit') return runFiles(testFiles(path.join(__dirname, 'unit')).sort());
  if (!process.env.DATABASE_URL) console.log('tests: no DATABASE_URL, using an embedded PostgreSQL');
  const stop = await ensureDatabaseServer();
  try {
    return runFiles(testFiles(path.join(__dirname)).sort());
  } finally {
    await stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
