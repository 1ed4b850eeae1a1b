import path from 'node:path';
import type { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import type { Config } from '../config';
import type { Logger } from '../telemetry/logger';
import { startEmbeddedPostgres } from './embedded';
import { migrate, openDatabase } from './orm';

export interface Database {
  orm: MikroORM;
  /** The connection string in use (the embedded one when DATABASE_URL is unset). */
  url: string;
  /**
   * A few connections through the plain pg driver for work off the request path (the routing
   * table, the prediction log): bulk statements the ORM would only slow down.
   */
  background: pg.Pool;
  close(): Promise<void>;
}

/**
 * Opens the configured database (DATABASE_URL, or the embedded one under the data folder)
 * and brings its schema up to date.
 */
export async function connectDatabase(config: Config, logger: Logger, onQuery?: (sql: string) => void): Promise<Database> {
  let url = config.databaseUrl;
  let stopEmbedded: (() => Promise<void>) | undefined;
  if (url) {
    const { hostname, port, pathname } = new URL(url);
    logger.info({ database: 'external' }, `database: PostgreSQL at ${hostname}:${port || 5432}${pathname} (DATABASE_URL)`);
  } else {
    const clusterDir = path.join(config.dataDir, 'postgres');
    const embedded = await startEmbeddedPostgres(clusterDir, config.embeddedPostgresPort, logger);
    url = embedded.url;
    stopEmbedded = embedded.stop;
    logger.info({ database: 'embedded' }, `database: embedded PostgreSQL in ${clusterDir} on port ${config.embeddedPostgresPort}`);
  }
  let orm: MikroORM | undefined;
  try {
    orm = await openDatabase({ url, poolMax: config.dbPoolMax, onQuery, logger });
    const applied = await migrate(orm);
    if (applied.length > 0) logger.info({ migrations: applied }, `applied ${applied.length} migration(s)`);
    const opened = orm;
    const background = new pg.Pool({ connectionString: url, max: 2, connectionTimeoutMillis: 2000 });
    // A connection that drops while idle is replaced on the next use; it must not crash the process.
    background.on('error', (error) => logger.warn({ err: error }, 'a background database connection dropped'));
    return {
      orm,
      url,
      background,
      close: async () => {
        await background.end();
        await opened.close();
        await stopEmbedded?.();
      },
    };
  } catch (error) {
    await orm?.close();
    await stopEmbedded?.();
    throw error;
  }
}
