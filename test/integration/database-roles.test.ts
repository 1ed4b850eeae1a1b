import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { loadConfig } from '../../src/config';
import { withClient } from '../../src/db/roles';
import { startGateway } from '../../src/main';
import { createLogger } from '../../src/telemetry/logger';
import { CreateTeamDocument } from '../../src/client/generated/graphql';
import { serverUrl } from '../support/database';
import { startTestGateway, type TestGateway } from '../support/gateway';

describe('database roles', () => {
  let gw: TestGateway;
  before(async () => {
    gw = await startTestGateway({ MODELGATE_DEMO: 'false' });
    // One audited change, so the audit trail has a row to attack.
    await gw.client.data(CreateTeamDocument, { input: { name: 'audited' } });
  });
  after(() => gw?.stop());

  it('refuses to run as a superuser unless told to, and says what to do instead', async () => {
    const config = loadConfig({
      DATABASE_URL: serverUrl(),
      MODELGATE_DATA_DIR: gw.config.dataDir,
      PORT: '0',
      MODELGATE_DEMO: 'false',
    });
    await assert.rejects(startGateway(config, createLogger('silent')), (error: Error) => {
      assert.match(error.message, /superuser/);
      assert.match(error.message, /MODELGATE_MIGRATION_URL/);
      assert.match(error.message, /MODELGATE_ALLOW_SUPERUSER=true/);
      return true;
    });
  });

  it('runs as a role that may append to the audit trail but not rewrite it, nor disable its trigger', async () => {
    await withClient(gw.databaseEnv.DATABASE_URL, async (runtime) => {
      const { rows } = await runtime.query<{ rolsuper: boolean; owned: number }>(
        `select rolsuper, (select count(*)::int from pg_class where relowner = pg_roles.oid and relnamespace = 'public'::regnamespace) as owned from pg_roles where rolname = current_user`,
      );
      assert.deepEqual(rows[0], { rolsuper: false, owned: 0 }, 'not a superuser, owning no table');
      assert.equal(
        (await runtime.query('select count(*)::int as n from audit_event')).rows[0].n,
        1,
        'it reads the trail',
      );
      await assert.rejects(
        runtime.query(`update audit_event set actor = 'mallory'`),
        /permission denied for table audit_event/,
      );
      await assert.rejects(runtime.query('delete from audit_event'), /permission denied for table audit_event/);
      await assert.rejects(runtime.query('truncate audit_event'), /permission denied for table audit_event/);
      await assert.rejects(
        runtime.query('alter table audit_event disable trigger audit_event_append_only'),
        /must be owner of table audit_event/,
      );
      await assert.rejects(runtime.query(`delete from mikro_orm_migrations`), /permission denied/);
      await assert.rejects(runtime.query('create table planted (id int)'), /permission denied for schema public/);
    });
  });

  it('migrates as the owner, which owns every table', async () => {
    await withClient(gw.databaseEnv.MODELGATE_MIGRATION_URL, async (owner) => {
      const { rows } = await owner.query<{ tablename: string; owner: string }>(
        `select tablename, tableowner as owner from pg_tables where schemaname = 'public' and tableowner <> current_user`,
      );
      assert.deepEqual(rows, [], 'no table belongs to anyone else');
    });
  });
});
