import type pg from 'pg';
import type { Logger } from '../../telemetry/logger';

const DAY_MS = 86_400_000;
/** Rows one DELETE drops: short statements, so that a large purge never holds its locks long. */
const PURGE_BATCH = 10_000;
/** The first purge waits this long after start, out of the way of start-up. */
const FIRST_PURGE_AFTER_MS = 30_000;

/**
 * Drops prediction log entries older than the retention period, and their outcomes, in bulk and off the request path:
 * shortly after start, then every `everyMs`, one batch of rows per statement until none is left.
 */
export class PredictionLogRetention {
  private readonly timers: NodeJS.Timeout[];
  private purging?: Promise<number>;

  constructor(
    private readonly pool: pg.Pool,
    private readonly logger: Logger,
    private readonly retentionDays: number,
    everyMs = 3_600_000,
  ) {
    const purgeQuietly = () =>
      void this.purge().catch((error: unknown) =>
        this.logger.warn({ err: error }, 'prediction log: could not drop expired entries; trying again later'),
      );
    this.timers = [setTimeout(purgeQuietly, FIRST_PURGE_AFTER_MS), setInterval(purgeQuietly, everyMs)];
    for (const timer of this.timers) timer.unref();
  }

  /** Deletes the entries past retention at `now`; answers how many went. One purge at a time. */
  purge(now = new Date()): Promise<number> {
    this.purging ??= this.deleteExpired(now).finally(() => (this.purging = undefined));
    return this.purging;
  }

  private async deleteExpired(now: Date): Promise<number> {
    const cutoff = new Date(now.getTime() - this.retentionDays * DAY_MS);
    const deleted = await this.deleteBatches(
      `delete from prediction_log_entry where id in (select id from prediction_log_entry where created_at < $1 limit ${PURGE_BATCH})`,
      cutoff,
    );
    // Outcomes go with their predictions; live quality's tallies (aggregates) stay.
    await this.deleteBatches(
      `delete from prediction_outcome where (entry_id, instance) in
         (select entry_id, instance from prediction_outcome where predicted_at < $1 limit ${PURGE_BATCH})`,
      cutoff,
    );
    if (deleted > 0)
      this.logger.info({ deleted, before: cutoff.toISOString() }, 'prediction log: dropped entries past retention');
    return deleted;
  }

  /** Runs a DELETE of at most PURGE_BATCH rows until it deletes fewer; answers how many went. */
  private async deleteBatches(statement: string, cutoff: Date): Promise<number> {
    let deleted = 0;
    for (;;) {
      const { rowCount } = await this.pool.query(statement, [cutoff]);
      deleted += rowCount ?? 0;
      if ((rowCount ?? 0) < PURGE_BATCH) return deleted;
    }
  }

  async close(): Promise<void> {
    for (const timer of this.timers) clearTimeout(timer);
    await this.purging?.catch(() => undefined);
  }
}
