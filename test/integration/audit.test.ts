import assert from 'node:assert/strict';
import { after, afterEach, before, beforeEach, describe, it } from 'node:test';
import { Client } from 'pg';
import {
  AuditCheckpointDocument,
  AuditEventsDocument,
  AuditIntegrityDocument,
  CreateTeamDocument,
  LogRunMetricsDocument,
  StartRunDocument,
} from '../../src/client/generated/graphql';
import { hashAuditEvent } from '../../src/domain/audit/audit-chain';
import { AuditEvent } from '../../src/domain/audit/audit-event.entity';
import { GraphQLClient } from '../support/client';
import { createChain, deploy } from '../support/fixtures';
import { startTestGateway, type TestGateway } from '../support/gateway';

describe('the audit trail', () => {
  let gw: TestGateway;
  let chain: Awaited<ReturnType<typeof createChain>>;
  let sql: Client;
  before(async () => {
    gw = await startTestGateway();
    chain = await createChain(gw.client, 'audit');
    await deploy(gw, chain.team.id, 'audit-live', chain.modelVersion.id);
    sql = new Client({ connectionString: gw.databaseUrl });
    await sql.connect();
  });
  after(async () => {
    await sql?.end();
    await gw?.stop();
  });

  it('records every change with its actor, request and the node before and after (trace ids: telemetry.test)', async () => {
    const { auditEvents } = await gw.client.data(AuditEventsDocument, { first: 100 });
    assert.deepEqual(
      auditEvents.nodes.map((e) => e.action),
      [
        'createTeam',
        'createDataset',
        'registerDatasetVersion',
        'createExperiment',
        'startRun',
        'finishRun',
        'createModel',
        'registerModelVersion',
        'submitModelVersionForReview',
        'approveModelVersion',
        'approveModelVersion',
        'createDeployment',
      ],
    );
    assert.deepEqual(
      auditEvents.nodes.map((e) => e.sequence),
      [...Array(12).keys()].map((i) => i + 1),
    );
    const approvals = auditEvents.nodes.filter((e) => e.action === 'approveModelVersion');
    assert.deepEqual(
      approvals.map((e) => e.actor),
      ['rita', 'rolf'],
    );
    assert.equal((approvals[1]!.before as { lifecycleState: string }).lifecycleState, 'IN_REVIEW');
    assert.equal((approvals[1]!.after as { lifecycleState: string }).lifecycleState, 'APPROVED');

    const tagged = new GraphQLClient(gw.gateway.url, {
      authorization: `Bearer ${await gw.token({ user: 'tagger', roles: ['admin'] })}`,
      'x-request-id': 'req-42',
    });
    const { startRun } = await gw.client.data(StartRunDocument, { input: { experimentId: chain.experiment.id } });
    await tagged.data(LogRunMetricsDocument, {
      input: { runId: startRun.id, metrics: [{ name: 'loss', value: 0.3 }] },
    });
    const { auditEvents: latest } = await gw.client.data(AuditEventsDocument, { first: 1, direction: 'DESC' });
    const event = latest.nodes[0]!;
    assert.deepEqual(
      [event.action, event.actor, event.requestId, event.nodeId],
      ['logRunMetrics', 'tagger', 'req-42', startRun.id],
    );
    assert.deepEqual((event.before as { metrics: unknown[] }).metrics, []);
    assert.deepEqual((event.after as { metrics: unknown[] }).metrics, [{ name: 'loss', value: 0.3 }]);
  });

  it('pages and filters events by node, actor and action', async () => {
    const { auditEvents: byNode } = await gw.client.data(AuditEventsDocument, {
      filter: { nodeId: chain.modelVersion.id },
    });
    assert.deepEqual(
      byNode.nodes.map((e) => e.action),
      ['registerModelVersion', 'submitModelVersionForReview', 'approveModelVersion', 'approveModelVersion'],
    );
    const { auditEvents: byActor } = await gw.client.data(AuditEventsDocument, { filter: { actor: 'rolf' } });
    assert.equal(byActor.totalCount, 1);
    const { auditEvents: byAction } = await gw.client.data(AuditEventsDocument, {
      filter: { actionIn: ['createTeam', 'createModel'] },
    });
    assert.deepEqual(
      byAction.nodes.map((e) => e.action),
      ['createTeam', 'createModel'],
    );
    const { auditEvents: page } = await gw.client.data(AuditEventsDocument, { first: 5 });
    const { auditEvents: next } = await gw.client.data(AuditEventsDocument, {
      first: 5,
      after: page.pageInfo.endCursor,
    });
    assert.deepEqual(
      next.nodes.map((e) => e.sequence),
      [6, 7, 8, 9, 10],
    );
  });

  it('refuses UPDATE and DELETE on audit rows', async () => {
    await assert.rejects(
      sql.query(`UPDATE audit_event SET actor = 'nobody' WHERE sequence = 1`),
      /audit_event is append-only: UPDATE refused/,
    );
    await assert.rejects(sql.query(`DELETE FROM audit_event WHERE sequence = 1`), /append-only: DELETE refused/);
    await assert.rejects(sql.query(`TRUNCATE audit_event`), /append-only: TRUNCATE refused/);
  });

  it('reports the first broken link when a superuser rewrites a row behind the trigger', async () => {
    const { auditIntegrity: intact } = await gw.client.data(AuditIntegrityDocument, {});
    assert.equal(intact.valid, true);
    assert.equal(intact.checkedEvents, 14);

    await sql.query('ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only');
    await sql.query(`UPDATE audit_event SET actor = 'mallory' WHERE sequence = 9`);
    await sql.query('ALTER TABLE audit_event ENABLE TRIGGER audit_event_append_only');

    const { auditIntegrity: broken } = await gw.client.data(AuditIntegrityDocument, {});
    assert.equal(broken.valid, false);
    assert.equal(broken.firstBrokenEvent?.sequence, 9);
    assert.equal(broken.checkedEvents, 8);
    assert.match(broken.reason!, /does not match its hash/);
    const { createTeam } = await gw.client.data(CreateTeamDocument, { input: { name: 'after-tamper' } });
    assert.ok(createTeam.id, 'the gateway keeps appending; the break stays reported');
    const { auditIntegrity: still } = await gw.client.data(AuditIntegrityDocument, {});
    assert.equal(still.firstBrokenEvent?.sequence, 9);
  });
});

describe('the audit chain against a superuser', () => {
  let gw: TestGateway;
  let sql: Client;
  /** Changes rows behind the append-only trigger, as a superuser can. */
  const behindTrigger = async (statement: string, values: unknown[] = []) => {
    await sql.query('ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only');
    await sql.query(statement, values);
    await sql.query('ALTER TABLE audit_event ENABLE TRIGGER audit_event_append_only');
  };
  const integrity = async () => (await gw.client.data(AuditIntegrityDocument, {})).auditIntegrity;
  beforeEach(async () => {
    gw = await startTestGateway();
    sql = new Client({ connectionString: gw.databaseUrl });
    await sql.connect();
    for (const name of ['one', 'two', 'three', 'four', 'five'])
      await gw.client.data(CreateTeamDocument, { input: { name } });
    assert.equal((await integrity()).valid, true);
  });
  afterEach(async () => {
    await sql?.end();
    await gw?.stop();
  });

  it('reports a rewritten link at the event whose link was rewritten, though its own hash was recomputed', async () => {
    const event = await gw.gateway.orm.em.fork().findOneOrFail(AuditEvent, { sequence: 3 });
    event.previousHash = 'f'.repeat(64);
    await behindTrigger('UPDATE audit_event SET previous_hash = $1, hash = $2 WHERE sequence = 3', [
      event.previousHash,
      hashAuditEvent(event),
    ]);
    const report = await integrity();
    assert.deepEqual([report.valid, report.firstBrokenEvent?.sequence, report.checkedEvents], [false, 3, 2]);
    assert.match(report.reason!, /does not point at the hash of event 2/);
  });

  it('reports a deleted event at the one after the gap', async () => {
    await behindTrigger('DELETE FROM audit_event WHERE sequence = 4');
    const report = await integrity();
    assert.deepEqual([report.valid, report.firstBrokenEvent?.sequence, report.checkedEvents], [false, 5, 3]);
    assert.match(report.reason!, /event 4 is missing/);
  });

  it('reports a rewrite whose later hashes and links were all recomputed, at the rewritten event: its seal does not match', async () => {
    const events = await gw.gateway.orm.em.fork().find(AuditEvent, {}, { orderBy: { sequence: 'asc' } });
    let previous = events[1]!.hash;
    for (const event of events.slice(2)) {
      if (event.sequence === 3) event.actor = 'mallory';
      event.previousHash = previous;
      event.hash = hashAuditEvent(event);
      previous = event.hash;
      await behindTrigger('UPDATE audit_event SET actor = $2, previous_hash = $3, hash = $4 WHERE sequence = $1', [
        event.sequence,
        event.actor,
        event.previousHash,
        event.hash,
      ]);
    }
    const report = await integrity();
    assert.deepEqual([report.valid, report.firstBrokenEvent?.sequence, report.checkedEvents], [false, 3, 2]);
    assert.match(
      report.reason!,
      /seal does not match its hash: the event was rewritten, hashes recomputed, by someone without the audit key/,
    );
  });

  it('reports an event whose seal was removed', async () => {
    await behindTrigger('UPDATE audit_event SET seal = NULL WHERE sequence = 2');
    const report = await integrity();
    assert.deepEqual([report.valid, report.firstBrokenEvent?.sequence], [false, 2]);
    assert.match(report.reason!, /carries no seal/);
  });

  it('takes and checks a checkpoint of a chain whose last sequence is past 2^31', async () => {
    // Sequences are bigints: counts of events must not stop at GraphQL's 32-bit Int.
    const far = 2 ** 31 + 5;
    await sql.query('CREATE TEMP TABLE far_event AS SELECT * FROM audit_event WHERE sequence = 5');
    await sql.query('UPDATE far_event SET id = gen_random_uuid(), sequence = $1', [far]);
    await sql.query('INSERT INTO audit_event SELECT * FROM far_event');
    const { auditCheckpoint } = await gw.client.data(AuditCheckpointDocument, {});
    assert.equal(auditCheckpoint.count, far);
    const { count, headHash, at, signature } = auditCheckpoint;
    const { auditIntegrity } = await gw.client.data(AuditIntegrityDocument, {
      checkpoint: { count, headHash, at, signature },
    });
    assert.deepEqual(
      [auditIntegrity.valid, auditIntegrity.checkedEvents, auditIntegrity.firstBrokenEvent?.sequence],
      [false, 5, far],
    );
    assert.match(auditIntegrity.reason!, /event 6 is missing; the next one is 2147483653/);
  });

  it('proves with a signed checkpoint that a cut-off tail is missing, which the chain alone cannot show', async () => {
    const { auditCheckpoint } = await gw.client.data(AuditCheckpointDocument, {});
    assert.equal(auditCheckpoint.count, 5);
    const checkpoint = {
      count: auditCheckpoint.count,
      headHash: auditCheckpoint.headHash,
      at: auditCheckpoint.at,
      signature: auditCheckpoint.signature,
    };
    assert.equal((await gw.client.data(AuditIntegrityDocument, { checkpoint })).auditIntegrity.valid, true);

    await behindTrigger('DELETE FROM audit_event WHERE sequence >= 4');
    assert.equal((await integrity()).valid, true, 'what is left adds up by itself');
    const { auditIntegrity: against } = await gw.client.data(AuditIntegrityDocument, { checkpoint });
    assert.equal(against.valid, false);
    assert.match(against.reason!, /the chain holds 3 events; the checkpoint of .* saw 5: later events were removed/);

    const forged = await gw.client.error(AuditIntegrityDocument, { checkpoint: { ...checkpoint, count: 3 } });
    assert.equal(forged.extensions?.code, 'BAD_USER_INPUT');
    assert.match(forged.message, /checkpoint\.signature: does not match/);
  });

  it('proves with a signed checkpoint that a cut-off tail was replaced by as many new events', async () => {
    const { auditCheckpoint } = await gw.client.data(AuditCheckpointDocument, {});
    const { count, headHash, at, signature } = auditCheckpoint;
    assert.equal(count, 5);
    const checkpoint = { count, headHash, at, signature };

    // The last two events go, and the gateway seals two new ones in their places: as many events
    // as the checkpoint saw, each linked and sealed, only the last is not the one it ended with.
    await behindTrigger('DELETE FROM audit_event WHERE sequence >= 4');
    for (const name of ['six', 'seven']) await gw.client.data(CreateTeamDocument, { input: { name } });
    assert.equal((await integrity()).valid, true, 'what is there adds up by itself');
    const { auditIntegrity: against } = await gw.client.data(AuditIntegrityDocument, { checkpoint });
    assert.deepEqual([against.valid, against.firstBrokenEvent?.sequence, against.checkedEvents], [false, 5, 4]);
    assert.match(against.reason!, /it is not the event the checkpoint of .* ended with/);
  });
});
