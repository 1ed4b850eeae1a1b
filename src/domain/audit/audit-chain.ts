import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

/** The previous hash of the first event. */
export const GENESIS_HASH = '0'.repeat(64);

export interface AuditContent {
  sequence: number;
  actor: string;
  action: string;
  nodeType: string;
  nodeId: string;
  before?: unknown;
  after?: unknown;
  requestId: string;
  traceId?: string | null;
  createdAt: Date;
  previousHash: string;
}

/** JSON with object keys sorted, so a value hashes the same after a round trip through jsonb. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/** SHA-256 over the event's content, which includes the previous event's hash. */
export function hashAuditEvent(event: AuditContent): string {
  const { sequence, actor, action, nodeType, nodeId, before, after, requestId, traceId, createdAt, previousHash } =
    event;
  const content = {
    sequence,
    actor,
    action,
    nodeType,
    nodeId,
    before: before ?? null,
    after: after ?? null,
    requestId,
    traceId: traceId ?? null,
    createdAt,
    previousHash,
  };
  return createHash('sha256').update(canonicalJson(content)).digest('hex');
}

/**
 * The event's seal: an HMAC of its hash under a key kept outside the database. Whoever can rewrite
 * the table can recompute every hash, but not one seal.
 */
export function sealAuditEvent(key: string, hash: string): string {
  return createHmac('sha256', key).update(hash).digest('hex');
}

/** The signature of a checkpoint: an HMAC of what it states, under the audit key. */
export function signCheckpoint(key: string, checkpoint: { count: number; headHash: string; at: Date }): string {
  return createHmac('sha256', key)
    .update(`checkpoint\n${checkpoint.count}\n${checkpoint.headHash}\n${checkpoint.at.toISOString()}`)
    .digest('hex');
}

/** Two hex digests equal, compared in constant time (a seal or a signature must not leak by timing). */
export function sameDigest(a: string | null | undefined, b: string): boolean {
  return typeof a === 'string' && a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));
}
