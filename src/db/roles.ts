import pg from 'pg';
import type { Logger } from '../telemetry/logger';

export interface Login {
  name: string;
  password: string;
}

/** A database with its two roles: the owner that migrations run as, and the runtime role the gateway runs as. */
export interface ProvisionedDatabase {
  ownerUrl: string;
  runtimeUrl: string;
}

function urlFor(serverUrl: string, database: string, login?: Login): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  if (login) {
    url.username = encodeURIComponent(login.name);
    url.password = encodeURIComponent(login.password);
  }
  return url.toString();
}

/** Runs `work` on one connection of its own to `url`, closed afterwards. */
export async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * As a superuser, makes `database` (or brings an existing one up to date) owned by `owner`, and a
 * `runtime` login that owns nothing and may only connect. Neither role is a superuser or may create
 * roles or databases. Objects an earlier version left to the superuser pass to the owner. Idempotent.
 */
export async function provisionDatabase(
  superuserUrl: string,
  database: string,
  owner: Login,
  runtime: Login,
): Promise<ProvisionedDatabase> {
  await withClient(urlFor(superuserUrl, 'postgres'), async (client) => {
    for (const login of [owner, runtime]) {
      const exists = await client.query('select 1 from pg_roles where rolname = $1', [login.name]);
      const attributes = `LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS PASSWORD ${client.escapeLiteral(login.password)}`;
      await client.query(
        `${exists.rowCount ? 'ALTER' : 'CREATE'} ROLE ${client.escapeIdentifier(login.name)} ${attributes}`,
      );
    }
    const exists = await client.query('select 1 from pg_database where datname = $1', [database]);
    if (!exists.rowCount)
      await client.query(
        `CREATE DATABASE ${client.escapeIdentifier(database)} OWNER ${client.escapeIdentifier(owner.name)}`,
      );
    else
      await client.query(
        `ALTER DATABASE ${client.escapeIdentifier(database)} OWNER TO ${client.escapeIdentifier(owner.name)}`,
      );
    await client.query(`REVOKE ALL ON DATABASE ${client.escapeIdentifier(database)} FROM PUBLIC`);
    await client.query(
      `GRANT CONNECT ON DATABASE ${client.escapeIdentifier(database)} TO ${client.escapeIdentifier(runtime.name)}`,
    );
  });
  await withClient(urlFor(superuserUrl, database), (client) =>
    client.query(`DO $$ DECLARE r record; BEGIN
      FOR r IN SELECT c.oid::regclass AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
               WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm') AND c.relowner <> ${client.escapeLiteral(owner.name)}::regrole LOOP
        EXECUTE format('ALTER TABLE %s OWNER TO %I', r.name, ${client.escapeLiteral(owner.name)});
      END LOOP;
      FOR r IN SELECT p.oid::regprocedure AS name FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
               WHERE n.nspname = 'public' AND p.proowner <> ${client.escapeLiteral(owner.name)}::regrole LOOP
        EXECUTE format('ALTER FUNCTION %s OWNER TO %I', r.name, ${client.escapeLiteral(owner.name)});
      END LOOP;
    END $$`),
  );
  return { ownerUrl: urlFor(superuserUrl, database, owner), runtimeUrl: urlFor(superuserUrl, database, runtime) };
}

/**
 * As the owner, after migrating: the runtime role may read and write the tables, but only append
 * to the audit trail and never touch the migrations' own table. Owning nothing, it cannot disable
 * the audit trigger or change a table.
 */
export async function grantRuntimeRole(ownerUrl: string, runtimeRole: string): Promise<void> {
  await withClient(ownerUrl, async (client) => {
    const role = client.escapeIdentifier(runtimeRole);
    await client.query(`GRANT USAGE ON SCHEMA public TO ${role}`);
    await client.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${role}`);
    await client.query(`GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO ${role}`);
    await client.query(`REVOKE UPDATE, DELETE, TRUNCATE ON audit_event FROM ${role}`);
    await client.query(`REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON mikro_orm_migrations FROM ${role}`);
  });
}

/**
 * Who the gateway runs as. A superuser (or a role that may bypass row security) could rewrite the
 * audit trail, so it is refused unless `allowSuperuser`; a role that owns tables is warned about.
 */
export async function checkRuntimeRole(pool: pg.Pool, allowSuperuser: boolean, logger: Logger): Promise<string> {
  const { rows } = await pool.query<{ name: string; superuser: boolean; owned: number }>(
    `select r.rolname as name, r.rolsuper as superuser,
       (select count(*)::int from pg_class c join pg_namespace n on n.oid = c.relnamespace where n.nspname = 'public' and c.relowner = r.oid) as owned
     from pg_roles r where r.rolname = current_user`,
  );
  const role = rows[0]!;
  if (role.superuser && !allowSuperuser) {
    throw new Error(
      `DATABASE_URL connects as "${role.name}", a superuser, who could rewrite the audit trail. Give the gateway a role that owns no table ` +
        `and run migrations as the owner with MODELGATE_MIGRATION_URL (see docs/governance.md, "Database roles"), or set MODELGATE_ALLOW_SUPERUSER=true.`,
    );
  }
  if (role.superuser)
    logger.warn(
      { role: role.name },
      'the gateway runs as a database superuser (MODELGATE_ALLOW_SUPERUSER): the audit trail rests on its key alone',
    );
  else if (role.owned > 0)
    logger.warn(
      { role: role.name, ownedTables: role.owned },
      'the gateway runs as the owner of its tables, which could disable the audit trigger; set MODELGATE_MIGRATION_URL to the owner and DATABASE_URL to a role that owns nothing',
    );
  return role.name;
}
