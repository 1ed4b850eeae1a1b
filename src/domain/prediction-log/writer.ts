import { randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import type pg from 'pg';
import { isDatabaseUnreachable } from '../../db/unreachable';
import { unavailable } from '../../errors';
import type { Logger } from '../../telemetry/logger';
import { binaryCopy, copyPayload, type CopyRow, type PredictionRecord } from './copy-encoder';
import { countAnswered } from './answered';

export type { PredictionRecord } from './copy-encoder';

type Row = CopyRow & {
  /** A synchronous entry's request, waiting for the COPY that commits it. */
  committed?: { resolve: () => void; reject: (error: Error) => void };
};

/** Packed inputs the buffer may hold, and one COPY may carry. */
const MAX_BUFFERED_BYTES = 256 * 1024 * 1024;
const MAX_COPY_BYTES = 32 * 1024 * 1024;

/** The rows one COPY writes: at most `count`, and about MAX_COPY_BYTES of inputs (at least one row). */
function nextBatch(buffer: Row[], count: number): Row[] {
  let bytes = 0;
  let end = 0;
  while (
    end < Math.min(count, buffer.length) &&
    (end === 0 || bytes + (buffer[end]!.inputs?.length ?? 0) <= MAX_COPY_BYTES)
  ) {
    bytes += buffer[end]!.inputs?.length ?? 0;
    end += 1;
  }
  return buffer.slice(0, end);
}

/** Spill files, all together, may hold at most this much: four full buffers. */
export const MAX_SPILL_BYTES = 4 * MAX_BUFFERED_BYTES;

/**
 * Records predictions off the request path: entries wait in a bounded buffer and are written in
 * bulk through the pg driver, one binary COPY per batch. While the database is unreachable the entries
 * stay buffered and the write is retried, backing off; only when the buffer is full are new entries dropped,
 * and counted (reported in /readyz), never silently lost and never allowed to slow predictions.
 * What the database has not taken when the log closes is spilled to `spillDir`, one file per batch
 * holding its COPY payload, for replayPredictionLogSpill() to write at the next start.
 */
export class PredictionLog {
  private buffer: Row[] = [];
  private bufferedBytes = 0;
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
    private readonly spillDir?: string,
  ) {
    this.timer = setInterval(() => void this.flush(), flushEveryMs);
    this.timer.unref();
  }

  /** How many entries wait to be written. */
  get pending(): number {
    return this.buffer.length;
  }

  record(entry: PredictionRecord): void {
    if (!this.hasRoomFor(entry)) {
      this.stats.dropped += 1;
      return;
    }
    this.push({ ...entry, createdAt: new Date() });
    if (this.buffer.length >= this.batchSize) void this.flush();
  }

  /**
   * Records an entry and resolves once the database has committed it: group commit, for
   * deployments that log synchronously. The entry joins the next COPY with whatever else waits, so
   * concurrent requests share one write. Refused with UNAVAILABLE, and not kept, when the buffer is
   * full or the database cannot take it: the caller then answers nothing it did not log.
   */
  recordCommitted(entry: PredictionRecord): Promise<void> {
    if (this.failures > 0 && Date.now() < this.retryAt) return Promise.reject(notLogged('cannot reach the database'));
    if (!this.hasRoomFor(entry)) return Promise.reject(notLogged('has too many entries waiting for the database'));
    return new Promise((resolve, reject) => {
      this.push({ ...entry, createdAt: new Date(), committed: { resolve, reject } });
      void this.flush();
    });
  }

  /** Bounded in entries and in bytes: large inputs must not pile up in memory while the database is away. */
  private hasRoomFor(entry: PredictionRecord): boolean {
    return this.buffer.length < this.capacity && this.bufferedBytes + (entry.inputs?.length ?? 0) <= MAX_BUFFERED_BYTES;
  }

  private push(row: Row): void {
    this.buffer.push(row);
    this.bufferedBytes += row.inputs?.length ?? 0;
  }

  /** Writes what waits; one write at a time. Stops when the database is away: the rest waits for the next try. */
  flush(): Promise<void> {
    this.flushing ??= this.write().finally(() => (this.flushing = undefined));
    return this.flushing;
  }

  private async write(): Promise<void> {
    if (this.failures > 0 && Date.now() < this.retryAt) return;
    while (this.buffer.length > 0) {
      const batch = nextBatch(this.buffer, this.batchSize);
      let written: Row[] | undefined;
      try {
        await copyPayload(this.pool, binaryCopy(batch));
        this.stats.written += batch.length;
        for (const row of batch) row.committed?.resolve();
        written = batch;
        if (this.failures > 0)
          this.logger.info(
            { waiting: this.buffer.length },
            'prediction log reaches the database again; writing what waited',
          );
        this.failures = 0;
      } catch (error) {
        if (isDatabaseUnreachable(error)) {
          this.stats.failedWrites += 1;
          this.failures += 1;
          this.retryAt = Date.now() + Math.min(5000, 100 * 2 ** this.failures);
          if (this.failures === 1)
            this.logger.warn(
              { err: error, waiting: this.buffer.length },
              'prediction log cannot reach the database; entries wait and the write is retried',
            );
          this.refuseSynchronous('cannot reach the database');
          return;
        }
        // The database refused the rows themselves: retrying would block every entry behind them.
        this.stats.rejected += batch.length;
        this.logger.error(
          { err: error, entries: batch.length },
          'the database refused prediction log entries; they are not kept',
        );
        for (const row of batch) row.committed?.reject(notLogged('was refused by the database'));
      }
      this.buffer.splice(0, batch.length);
      this.bufferedBytes -= batch.reduce((sum, row) => sum + (row.inputs?.length ?? 0), 0);
      // Counted once the rows have left the buffer (pending plus written stays what was recorded),
      // after the answers are released: a lost count only makes live quality's labelled share look larger.
      if (written)
        await countAnswered(this.pool, written).catch((error: unknown) =>
          this.logger.warn({ err: error }, 'prediction log: answered instances not counted for live quality'),
        );
    }
  }

  /** Synchronous entries leave the buffer, their requests refused: they wait for no retry. */
  private refuseSynchronous(why: string): void {
    const waiting = this.buffer.filter((row) => row.committed);
    if (waiting.length === 0) return;
    this.buffer = this.buffer.filter((row) => !row.committed);
    for (const row of waiting) {
      this.bufferedBytes -= row.inputs?.length ?? 0;
      row.committed!.reject(notLogged(why));
    }
  }

  /** Writes what waits, and spills to `spillDir` what the database does not take. */
  async close(): Promise<void> {
    clearInterval(this.timer);
    // A write under way finishes first; then one more try, however recent the last failure.
    await this.flushing;
    this.retryAt = 0;
    await this.flush();
    if (this.buffer.length === 0) return;
    // Synchronous requests still waiting are not answered; their entries are spilled with the rest.
    for (const row of this.buffer) row.committed?.reject(notLogged('is closing'));
    const entries = this.buffer.length;
    const { spilled, files } = this.spillDir ? await this.spill(this.spillDir) : { spilled: 0, files: 0 };
    if (spilled > 0)
      this.logger.warn(
        { spilled, files, dir: this.spillDir },
        `prediction log: spilled ${spilled} entries the database did not take to ${this.spillDir}; the next start writes them`,
      );
    if (spilled < entries)
      this.logger.error(
        { lost: entries - spilled, dir: this.spillDir },
        this.spillDir
          ? `prediction log: ${entries - spilled} entries lost: the spill folder holds its limit of ${MAX_SPILL_BYTES} bytes, or could not be written`
          : `prediction log: ${entries - spilled} entries lost: no spill folder`,
      );
    this.buffer = [];
    this.bufferedBytes = 0;
  }

  /**
   * Writes the buffer to `dir`, one file per batch (its binary COPY payload), each atomically: a
   * temporary file, flushed to disk, then renamed. Stops at MAX_SPILL_BYTES for the whole folder.
   */
  private async spill(dir: string): Promise<{ spilled: number; files: number }> {
    let spilled = 0;
    let files = 0;
    try {
      await fs.mkdir(dir, { recursive: true });
      let used = 0;
      for (const name of await fs.readdir(dir)) used += (await fs.stat(path.join(dir, name))).size;
      for (let start = 0; start < this.buffer.length;) {
        const batch = nextBatch(this.buffer.slice(start, start + this.batchSize), this.batchSize);
        const payload = binaryCopy(batch);
        if (used + payload.length > MAX_SPILL_BYTES) break;
        const file = path.join(dir, `${randomUUID()}.bin`);
        const handle = await fs.open(`${file}.tmp`, 'wx', 0o600);
        try {
          await handle.writeFile(payload);
          await handle.sync();
        } finally {
          await handle.close();
        }
        await fs.rename(`${file}.tmp`, file);
        used += payload.length;
        spilled += batch.length;
        files += 1;
        start += batch.length;
      }
      // The renames themselves reach the disk with the folder.
      const folder = await fs.open(dir, 'r');
      await folder.sync().finally(() => folder.close());
    } catch (error) {
      this.logger.error({ err: error, dir }, 'prediction log: the spill folder could not be written');
    }
    return { spilled, files };
  }
}

/** UNAVAILABLE for a synchronous prediction whose log entry could not be committed. */
const notLogged = (why: string) =>
  unavailable(
    `The prediction was not answered: this deployment logs every answer before it leaves, and the prediction log ${why}. Retry shortly.`,
  );
