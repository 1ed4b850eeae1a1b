import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { GraphQLError } from 'graphql';
import type { Identity } from '../../src/authz/identity';
import { loadConfig } from '../../src/config';
import { connectDatabase, type Database } from '../../src/db/database';
import { withClient } from '../../src/db/roles';
import { accessFor } from '../../src/domain/access';
import { AuditTrail } from '../../src/domain/audit/audit.service';
import { CallContext } from '../../src/domain/context';
import { byCreation } from '../../src/domain/filters';
import { PolicyStore } from '../../src/domain/policies';
import { TeamService } from '../../src/domain/teams/team.service';
import { createLogger } from '../../src/telemetry/logger';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { shippedPolicies } from '../support/policies';

const logger = createLogger('silent');
const person = (subject: string, roles: string[]): Identity => ({
  subject,
  kind: 'user',
  roles,
  teamIds: [],
  deploymentNames: [],
});

/**
 * A domain service needs its request context and the services its constructor names, nothing more:
 * no HTTP server, no schema, no inference workers. Here the team service and the audit trail run on
 * a real database, migrated and reached through the runtime role as the gateway does.
 */
describe('domain services without a gateway', () => {
  let testDatabase: TestDatabase;
  let database: Database;
  let dataDir: string;
  const policies = new PolicyStore(shippedPolicies, logger);
  const contextOf = (identity: Identity, requestId: string) =>
    new CallContext(accessFor(identity, policies.current), database.orm, logger, requestId);

  before(async () => {
    testDatabase = await createTestDatabase();
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'modelgate-services-'));
    database = await connectDatabase(loadConfig({ ...testDatabase.env, MODELGATE_DATA_DIR: dataDir }), logger);
  });

  after(async () => {
    await database?.close();
    await testDatabase?.drop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('creates a team under an admin, lists it, and seals its audit event with the trail it was given', async () => {
    const trail = new AuditTrail('k'.repeat(32));
    const teams = new TeamService(trail);
    const created = await teams.createTeam(contextOf(person('alice', ['admin']), 'request-1'), {
      name: 'alpha',
      description: 'made without a gateway',
    });
    assert.equal(created.name, 'alpha');

    const listed = await teams.listTeams(contextOf(person('bob', ['viewer']), 'request-2'), {}, undefined, byCreation);
    assert.deepEqual(
      listed.nodes.map((team) => team.name),
      ['alpha'],
    );

    assert.deepEqual(await trail.verify(database.orm.em.fork()), { valid: true, checkedEvents: 1 });
    // Another key cannot vouch for the event: the seal is the trail's own.
    const stranger = await new AuditTrail('x'.repeat(32)).verify(database.orm.em.fork());
    assert.equal(stranger.valid, false);
    assert.match(stranger.reason!, /seal does not match/);
  });

  it("refuses what the caller's roles do not allow, and writes nothing", async () => {
    const trail = new AuditTrail('k'.repeat(32));
    const refusal = await new TeamService(trail)
      .createTeam(contextOf(person('carol', ['viewer']), 'request-3'), { name: 'beta' })
      .then(
        () => undefined,
        (error: unknown) => error,
      );
    assert.ok(refusal instanceof GraphQLError);
    assert.equal(refusal.extensions.code, 'FORBIDDEN');
    assert.deepEqual(await trail.verify(database.orm.em.fork()), { valid: true, checkedEvents: 1 });
  });

  it('survives a background connection that drops while checked out between two statements', async () => {
    // Checked out and idle, as the routing table's snapshot is between its statements: the pool does
    // not listen to it then, and an error nobody listens to would end the process.
    const client = await database.background.connect();
    const { rows } = await client.query<{ pid: number }>('select pg_backend_pid() as pid');
    await withClient(database.url, (admin) => admin.query('select pg_terminate_backend($1)', [rows[0]!.pid]));
    await assert.rejects(client.query('select 1'), 'the dropped connection answers no more');
    client.release(true);
    const { rows: after } = await database.background.query<{ one: number }>('select 1 as one');
    assert.equal(after[0]!.one, 1, 'the pool opens a new connection');
  });
});
