import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startEmbeddedPostgres } from '../../src/db/embedded';
import { createLogger } from '../../src/telemetry/logger';
import { freePort } from './ports';

/**
 * Makes sure DATABASE_URL names a server: the one already set (CI), else an embedded PostgreSQL
 * in a temporary folder, on a free port. Returns how to stop and remove it (a no-op when none started).
 */
export async function ensureDatabaseServer(): Promise<() => Promise<void>> {
  if (process.env.DATABASE_URL) return async () => undefined;
  const clusterDir = fs.mkdtempSync(path.join(os.tmpdir(), 'modelgate-scratch-pg-'));
  fs.chmodSync(clusterDir, 0o755);
  const embedded = await startEmbeddedPostgres(
    path.join(clusterDir, 'cluster'),
    await freePort(),
    createLogger('warn'),
    randomBytes(16).toString('hex'),
  );
  process.env.DATABASE_URL = embedded.url;
  return async () => {
    await embedded.stop();
    fs.rmSync(clusterDir, { recursive: true, force: true });
  };
}
