import { randomBytes } from 'node:crypto';
import { provisionDatabase, withClient } from '../../src/db/roles';

/** The server every test database lives on: DATABASE_URL, set by CI or by test/run.ts. */
export function serverUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url)
    throw new Error('DATABASE_URL is not set; run the tests with `npm test`, which starts an embedded PostgreSQL.');
  return url;
}

export interface TestDatabase {
  /** The runtime role's connection string: it owns nothing. */
  url: string;
  /** The superuser's, for tests that reach under the gateway as a superuser could. */
  superuserUrl: string;
  /** What a gateway started on it needs: DATABASE_URL (runtime) and MODELGATE_MIGRATION_URL (owner). */
  env: { DATABASE_URL: string; MODELGATE_MIGRATION_URL: string };
  drop(): Promise<void>;
}

/**
 * A fresh, empty database for one test file, so files never see each other's rows, with an owner
 * and a runtime role of its own, as a production database has (see docs/governance.md, "Database roles").
 */
export async function createTestDatabase(server = serverUrl()): Promise<TestDatabase> {
  const name = `modelgate_test_${randomBytes(6).toString('hex')}`;
  const login = (role: string) => ({ name: `${name}_${role}`, password: randomBytes(16).toString('hex') });
  const owner = login('owner');
  const runtime = login('app');
  const { ownerUrl, runtimeUrl } = await provisionDatabase(server, name, owner, runtime);
  const superuserUrl = new URL(server);
  superuserUrl.pathname = `/${name}`;
  return {
    url: runtimeUrl,
    superuserUrl: superuserUrl.toString(),
    env: { DATABASE_URL: runtimeUrl, MODELGATE_MIGRATION_URL: ownerUrl },
    drop: () =>
      withClient(server, async (client) => {
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        for (const role of [owner, runtime]) await client.query(`DROP ROLE IF EXISTS ${role.name}`);
      }),
  };
}
