import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { isDatabaseUnreachable } from '../db/unreachable';
import type { Logger } from '../telemetry/logger';

/** One answered prediction request (or a shadow's copy of one), as `record` takes it. */
export interface PredictionRecord {
  deploymentId: string;
  modelVersionId: string;
  shadow: boolean;
  latencyMs: number;
  caller: string;
  requestId: string;
  traceId?: string;
  /** The packed input tensors (see PredictionLogEntry.inputs), or null to keep only their digest. */
  inputs: Buffer | null;
  instanceCount: number;
  instancesSha256: string;
  outputs: unknown;
}

type Row = PredictionRecord & { id: string; createdAt: Date };

/** One statement per flush: every column as an array, unnested into rows. */
const INSERT = `insert into prediction_log_entry
  (id, created_at, deployment_id, model_version_id, shadow, latency_ms, caller, request_id, trace_id, inputs, instance_count, instances_sha256, outputs)
  select * from unnest($1::uuid[], $2::timestamptz[], $3::uuid[], $4::uuid[], $5::bool[], $6::float8[], $7::text[], $8::text[], $9::text[], $10::bytea[], $11::int[], $12::text[], $13::jsonb[])`;

/**
 * Records predictions off the request path: entries wait in a bounded buffer and are written in
 * bulk through the pg driver, one INSERT per batch. While the database is unreachable the entries
 * stay buffered and the write is retried, backing off; only when the buffer is full are new entries dropped,
 * and counted (reported in /readyz), never silently lost and never allowed to slow predictions.
 */
export class PredictionLog {
  private buffer: Row[] = [];
  private flushing?: Promise<void>;
  private readonly timer: NodeJS.Timeout;
  /**
   * written: rows stored; dropped: refused with the buffer full; failedWrites: writes that found
   * the database away (their rows wait and are retried); rejected: rows the database refused.
   */
  readonly stats = { written: 0, dropped: 0, failedWrites: 0, rejected: 0 };
  /** Consecutive writes that found the database away, and when to try again (backing off up to 5 s). */
  private failures = 0;
  private retryAt = 0;

  constructor(
    private readonly pool: pg.Pool,
    private readonly logger: Logger,
    private readonly capacity: number,
    private readonly batchSize = 1000,
    flushEveryMs = 200,
  ) {
    this.timer = setInterval(() => void this.flush(), flushEveryMs);
    this.timer.unref();
  }

  /** How many entries wait to be written. */
  get pending(): number {
    return this.buffer.length;
  }

  record(entry: PredictionRecord): void {
    if (this.buffer.length >= this.capacity) {
      this.stats.dropped += 1;
      return;
    }
    this.buffer.push({ ...entry, id: randomUUID(), createdAt: new Date() });
    if (this.buffer.length >= this.batchSize) void this.flush();
  }

  /** Writes what waits; one write at a time. Stops when the database is away: the rest waits for the next try. */
  flush(): Promise<void> {
    this.flushing ??= this.write().finally(() => (this.flushing = undefined));
    return this.flushing;
  }

  private async write(): Promise<void> {
    if (this.failures > 0 && Date.now() < this.retryAt) return;
    while (this.buffer.length > 0) {
      const batch = this.buffer.slice(0, this.batchSize);
      try {
        await this.pool.query(INSERT, columns(batch));
        this.stats.written += batch.length;
        if (this.failures > 0) this.logger.info({ waiting: this.buffer.length }, 'prediction log reaches the database again; writing what waited');
        this.failures = 0;
      } catch (error) {
        if (isDatabaseUnreachable(error)) {
          this.stats.failedWrites += 1;
          this.failures += 1;
          this.retryAt = Date.now() + Math.min(5000, 100 * 2 ** this.failures);
          if (this.failures === 1) this.logger.warn({ err: error, waiting: this.buffer.length }, 'prediction log cannot reach the database; entries wait and the write is retried');
          return;
        }
        // The database refused the rows themselves: retrying would block every entry behind them.
        this.stats.rejected += batch.length;
        this.logger.error({ err: error, entries: batch.length }, 'the database refused prediction log entries; they are not kept');
      }
      this.buffer.splice(0, batch.length);
    }
  }

  async close(): Promise<void> {
    clearInterval(this.timer);
    this.retryAt = 0;
    await this.flush();
    if (this.buffer.length > 0) this.logger.error({ entries: this.buffer.length }, 'prediction log closed with entries the database did not take');
  }
}

function columns(rows: Row[]): unknown[] {
  const column = <T>(pick: (row: Row) => T) => rows.map(pick);
  return [
    column((r) => r.id),
    column((r) => r.createdAt),
    column((r) => r.deploymentId),
    column((r) => r.modelVersionId),
    column((r) => r.shadow),
    column((r) => r.latencyMs),
    column((r) => r.caller),
    column((r) => r.requestId),
    column((r) => r.traceId ?? null),
    column((r) => r.inputs),
    column((r) => r.instanceCount),
    column((r) => r.instancesSha256),
    column((r) => JSON.stringify(r.outputs)),
  ];
}
