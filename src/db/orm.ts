import { MikroORM, defineConfig, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { migrationsList } from '../../migrations';
import { entities } from '../domain/entities';
import type { Logger } from '../telemetry/logger';

export interface DatabaseOptions {
  url: string;
  poolMax: number;
  /** Called with every SQL statement; used to count statements per query. */
  onQuery?: (sql: string) => void;
  /** Where the query builder's own warnings go (it writes to the console otherwise). */
  logger?: Logger;
}

export function ormOptions(options: DatabaseOptions): Options {
  return defineConfig({
    clientUrl: options.url,
    entities,
    extensions: [Migrator],
    // The schema comes only from migrations, applied in order, each in its own transaction.
    migrations: {
      migrationsList,
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      silent: true,
      path: 'migrations',
    },
    // While the database is away, a request waits at most a second for a connection, then answers UNAVAILABLE.
    pool: { min: 0, max: options.poolMax, acquireTimeoutMillis: 1000 },
    driverOptions: {
      connection: { connectionTimeoutMillis: 1000 },
      ...(options.logger ? { log: knexLog(options.logger) } : {}),
    },
    forceUtcTimezone: true,
    onQuery: (sql) => {
      options.onQuery?.(sql);
      return sql;
    },
  });
}

function knexLog(logger: Logger) {
  const to = (level: 'warn' | 'error' | 'debug') => (message: unknown) =>
    logger[level]({ knex: String(message) }, 'database driver');
  return { warn: to('warn'), error: to('error'), deprecate: to('debug'), debug: to('debug') };
}

export function openDatabase(options: DatabaseOptions): Promise<MikroORM> {
  return MikroORM.init(ormOptions(options));
}

/** Applies every migration not yet applied; returns their names. */
export async function migrate(orm: MikroORM): Promise<string[]> {
  const applied = await orm.getMigrator().up();
  return applied.map((migration) => migration.name);
}

export async function pendingMigrations(orm: MikroORM): Promise<string[]> {
  return (await orm.getMigrator().getPendingMigrations()).map((migration) => migration.name);
}
