import { randomUUID } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from '../telemetry/logger';
import { PredictionLogEntry } from './prediction-log.entity';

type NewEntry = Omit<PredictionLogEntry, 'id' | 'createdAt'> & { id: string; createdAt: Date };

/**
 * Records predictions off the request path: entries wait in a bounded buffer and are written in
 * batches. When the database falls behind and the buffer is full, new entries are dropped and
 * counted (reported in /readyz), never silently lost and never allowed to slow predictions.
 */
export class PredictionLog {
  private buffer: NewEntry[] = [];
  private flushing?: Promise<void>;
  private readonly timer: NodeJS.Timeout;
  readonly stats = { written: 0, dropped: 0, failedWrites: 0 };

  constructor(
    private readonly orm: MikroORM,
    private readonly logger: Logger,
    private readonly capacity: number,
    private readonly batchSize = 500,
    flushEveryMs = 200,
  ) {
    this.timer = setInterval(() => void this.flush(), flushEveryMs);
    this.timer.unref();
  }

  record(entry: Omit<NewEntry, 'id' | 'createdAt'>): void {
    if (this.buffer.length >= this.capacity) {
      this.stats.dropped += 1;
      return;
    }
    // insertMany writes rows as given: the key and time are set here, not by the entity's defaults.
    this.buffer.push({ ...entry, id: randomUUID(), createdAt: new Date() });
    if (this.buffer.length >= this.batchSize) void this.flush();
  }

  /** Writes what waits; one write at a time. */
  flush(): Promise<void> {
    this.flushing ??= this.write().finally(() => (this.flushing = undefined));
    return this.flushing;
  }

  private async write(): Promise<void> {
    while (this.buffer.length > 0) {
      const batch = this.buffer.splice(0, this.batchSize);
      try {
        await this.orm.em.fork().insertMany(PredictionLogEntry, batch);
        this.stats.written += batch.length;
      } catch (error) {
        this.stats.failedWrites += batch.length;
        this.logger.error({ err: error, entries: batch.length }, 'prediction log write failed; entries counted as failed');
      }
    }
  }

  async close(): Promise<void> {
    clearInterval(this.timer);
    await this.flush();
  }
}
