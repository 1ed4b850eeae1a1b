import { wrap, type EntityManager, type FilterQuery } from '@mikro-orm/postgresql';
import type { CallContext } from '../context';
import { activeTraceId } from '../../telemetry/spans';
import { paginate, SortDirection, type ConnectionArgs } from '../relay/connection';
import { toGlobalId } from '../relay/global-id';
import { AuditEvent } from './audit-event.entity';
import { badInput } from '../../errors';
import { GENESIS_HASH, hashAuditEvent, sameDigest, sealAuditEvent, signCheckpoint } from './audit-chain';
import type { AuditCheckpoint, AuditEventFilter } from './audit.inputs';

/** Any advisory-lock key of ours; it serialises appends so the chain has no forks. */
const AUDIT_CHAIN_LOCK = 7_310_001;

/** A node as plain JSON, as it will read back from jsonb; hidden properties (secrets) left out. */
export function snapshot(node: object): unknown {
  return JSON.parse(JSON.stringify(wrap(node).toObject()));
}

/** Who an audit event names: a request's caller, or the gateway itself (subject modelgate) for what it does of its own accord. */
export interface Actor {
  identity: { subject: string };
  requestId: string;
}

/** The gateway as the actor of what it records by itself (quality alerts). */
export const gatewayActor = (why: string): Actor => ({ identity: { subject: 'modelgate' }, requestId: why });

/** The audit trail: appends sealed events under the audit key (kept outside the database), and proves the chain. */
export class AuditTrail {
  constructor(private readonly key: string) {}

  /**
   * Appends an audit event in the caller's transaction, so the change and its record commit or
   * roll back together. `before` is the node's snapshot before the change (none for a creation);
   * `after` defaults to the node's snapshot now.
   */
  async record(
    ctx: Actor,
    em: EntityManager,
    action: string,
    node: { id: string },
    before?: unknown,
    after?: unknown,
  ): Promise<AuditEvent> {
    await em.flush();
    await em.execute('select pg_advisory_xact_lock(?)', [AUDIT_CHAIN_LOCK]);
    const [last] = await em.find(
      AuditEvent,
      {},
      { orderBy: { sequence: 'desc' }, fields: ['sequence', 'hash'], limit: 1 },
    );
    const nodeType = node.constructor.name;
    const event = em.create(AuditEvent, {
      sequence: (last?.sequence ?? 0) + 1,
      actor: ctx.identity.subject,
      action,
      nodeType,
      nodeId: toGlobalId(nodeType, node.id),
      before: before ?? null,
      after: after ?? snapshot(node),
      requestId: ctx.requestId,
      traceId: activeTraceId() ?? null,
      previousHash: last?.hash ?? GENESIS_HASH,
      hash: '',
    });
    event.hash = hashAuditEvent(event);
    event.seal = sealAuditEvent(this.key, event.hash);
    await em.flush();
    return event;
  }

  /**
   * Recomputes the chain from the first event, hashes, links and seals, and reports the first one
   * that does not add up. With a checkpoint, the chain must also still hold its events: as many, and
   * the same last one (a superuser who cut off the tail leaves a chain that adds up by itself).
   */
  async verify(em: EntityManager, checkpoint?: AuditCheckpoint): Promise<AuditIntegrityReport> {
    if (checkpoint && !sameDigest(checkpoint.signature, signCheckpoint(this.key, checkpoint))) {
      throw badInput(
        'checkpoint.signature',
        'does not match: the checkpoint was not taken by a gateway holding this audit key, or was changed since.',
      );
    }
    const BATCH = 1000;
    let previousHash = GENESIS_HASH;
    let expectedSequence = 1;
    for (;;) {
      const events = await em.find(
        AuditEvent,
        { sequence: { $gte: expectedSequence } },
        { orderBy: { sequence: 'asc' }, limit: BATCH },
      );
      for (const event of events) {
        const broken = (reason: string) => ({
          valid: false,
          checkedEvents: expectedSequence - 1,
          firstBrokenEvent: event,
          reason,
        });
        if (event.sequence !== expectedSequence)
          return broken(`event ${expectedSequence} is missing; the next one is ${event.sequence}.`);
        if (event.previousHash !== previousHash)
          return broken(`it does not point at the hash of event ${expectedSequence - 1}.`);
        if (hashAuditEvent(event) !== event.hash)
          return broken('its content does not match its hash: the row was changed after it was written.');
        if (!sameDigest(event.seal, sealAuditEvent(this.key, event.hash))) {
          return broken(
            event.seal
              ? 'its seal does not match its hash: the event was rewritten, hashes recomputed, by someone without the audit key.'
              : 'it carries no seal (it was written before the chain was keyed, or its seal was removed).',
          );
        }
        if (checkpoint && event.sequence === checkpoint.count && event.hash !== checkpoint.headHash) {
          return broken(`it is not the event the checkpoint of ${checkpoint.at.toISOString()} ended with.`);
        }
        previousHash = event.hash;
        expectedSequence += 1;
      }
      em.clear();
      if (events.length < BATCH) break;
    }
    const checked = expectedSequence - 1;
    if (checkpoint && checked < checkpoint.count) {
      return {
        valid: false,
        checkedEvents: checked,
        reason: `the chain holds ${checked} events; the checkpoint of ${checkpoint.at.toISOString()} saw ${checkpoint.count}: later events were removed.`,
      };
    }
    return { valid: true, checkedEvents: checked };
  }

  /** The chain as it stands, signed: store it elsewhere, and verify against it later. */
  async checkpoint(em: EntityManager): Promise<AuditCheckpoint> {
    const [last] = await em.find(
      AuditEvent,
      {},
      { orderBy: { sequence: 'desc' }, fields: ['sequence', 'hash'], limit: 1 },
    );
    const statement = { count: last?.sequence ?? 0, headHash: last?.hash ?? GENESIS_HASH, at: new Date() };
    return { ...statement, signature: signCheckpoint(this.key, statement) };
  }
}

export interface AuditIntegrityReport {
  valid: boolean;
  checkedEvents: number;
  firstBrokenEvent?: AuditEvent;
  reason?: string;
}

export function listAuditEvents(
  ctx: CallContext,
  args: ConnectionArgs,
  filter: AuditEventFilter | undefined,
  direction: SortDirection,
) {
  const where: FilterQuery<AuditEvent> = {};
  if (filter?.nodeId) where.nodeId = filter.nodeId;
  if (filter?.actor) where.actor = filter.actor;
  if (filter?.actionIn) where.action = { $in: filter.actionIn };
  if (filter?.since || filter?.until)
    where.createdAt = { ...(filter.since && { $gte: filter.since }), ...(filter.until && { $lt: filter.until }) };
  return paginate(ctx, AuditEvent, where, { field: 'sequence', direction }, args);
}
