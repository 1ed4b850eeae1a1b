import path from 'node:path';
import type { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import type { Config } from '../config';
import { secretFile } from '../secrets';
import type { Logger } from '../telemetry/logger';
import { startEmbeddedPostgres } from './embedded';
import { migrate, openDatabase } from './orm';
import { checkRuntimeRole, grantRuntimeRole, provisionDatabase, type ProvisionedDatabase } from './roles';

export interface Database {
  orm: MikroORM;
  /** The runtime role's connection string (the embedded one when DATABASE_URL is unset). */
  url: string;
  /**
   * A few connections through the plain pg driver for work off the request path (the routing
   * table, the prediction log): bulk statements the ORM would only slow down.
   */
  background: pg.Pool;
  close(): Promise<void>;
}

/**
 * Opens the configured database (DATABASE_URL, or the embedded one under the data folder), brings
 * its schema up to date as the owner, and runs as a role that owns nothing.
 */
export async function connectDatabase(
  config: Config,
  logger: Logger,
  onQuery?: (sql: string) => void,
): Promise<Database> {
  let urls: ProvisionedDatabase;
  let stopEmbedded: (() => Promise<void>) | undefined;
  if (config.databaseUrl) {
    urls = { runtimeUrl: config.databaseUrl, ownerUrl: config.migrationUrl ?? config.databaseUrl };
    const { hostname, port, pathname } = new URL(config.databaseUrl);
    logger.info(
      { database: 'external' },
      `database: PostgreSQL at ${hostname}:${port || 5432}${pathname} (DATABASE_URL)`,
    );
  } else {
    const clusterDir = path.join(config.dataDir, 'postgres');
    const password = (name: string) => secretFile(config.dataDir, `postgres-${name}-password`);
    const embedded = await startEmbeddedPostgres(
      clusterDir,
      config.embeddedPostgresPort,
      logger,
      password('superuser'),
    );
    stopEmbedded = embedded.stop;
    try {
      urls = await provisionDatabase(
        embedded.url,
        'modelgate',
        { name: 'modelgate_owner', password: password('owner') },
        { name: 'modelgate', password: password('runtime') },
      );
    } catch (error) {
      await stopEmbedded();
      throw error;
    }
    logger.info(
      { database: 'embedded' },
      `database: embedded PostgreSQL in ${clusterDir} on port ${config.embeddedPostgresPort}`,
    );
  }
  const background = new pg.Pool({ connectionString: urls.runtimeUrl, max: 2, connectionTimeoutMillis: 2000 });
  // A connection that drops must not crash the process. The pool listens to its idle ones; one
  // checked out between two statements (the routing table's snapshot, a COPY about to start) would
  // emit its error to nobody, so every connection gets a listener of its own. The statement that
  // needed it fails, and the pool replaces it.
  const dropped = (error: Error) => logger.warn({ err: error }, 'a background database connection dropped');
  background.on('error', dropped);
  background.on('connect', (client) => client.on('error', dropped));
  let orm: MikroORM | undefined;
  try {
    const runtimeRole = await checkRuntimeRole(background, config.allowSuperuser, logger);
    const applied =
      urls.ownerUrl === urls.runtimeUrl ? undefined : await migrateAsOwner(urls.ownerUrl, runtimeRole, logger);
    orm = await openDatabase({ url: urls.runtimeUrl, poolMax: config.dbPoolMax, onQuery, logger });
    const names = applied ?? (await migrate(orm));
    if (names.length > 0) logger.info({ migrations: names }, `applied ${names.length} migration(s)`);
    const opened = orm;
    return {
      orm,
      url: urls.runtimeUrl,
      background,
      close: async () => {
        await background.end();
        await opened.close();
        await stopEmbedded?.();
      },
    };
  } catch (error) {
    await background.end();
    await orm?.close();
    await stopEmbedded?.();
    throw error;
  }
}

/** Applies pending migrations as the owner, then grants the runtime role what it may do; the owner's connection closes. */
async function migrateAsOwner(ownerUrl: string, runtimeRole: string, logger: Logger): Promise<string[]> {
  const owner = await openDatabase({ url: ownerUrl, poolMax: 1, logger });
  try {
    const applied = await migrate(owner);
    await grantRuntimeRole(ownerUrl, runtimeRole);
    return applied;
  } finally {
    await owner.close();
  }
}

/** Connections of the ORM's pool (requests) and the background pool, for the metrics. */
export function databasePools(
  database: Database,
): Record<'orm' | 'background', { used: number; free: number; waiting: number }> {
  type Tarn = { numUsed(): number; numFree(): number; numPendingAcquires(): number };
  const tarn = (database.orm.em.getConnection().getKnex().client as { pool?: Tarn }).pool;
  const { background } = database;
  return {
    orm: { used: tarn?.numUsed() ?? 0, free: tarn?.numFree() ?? 0, waiting: tarn?.numPendingAcquires() ?? 0 },
    background: {
      used: background.totalCount - background.idleCount,
      free: background.idleCount,
      waiting: background.waitingCount,
    },
  };
}
