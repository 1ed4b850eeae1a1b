import type pg from 'pg';

/** The quality tally key under which the log counts answered instances (see outcomes/tally.ts). */
export const ANSWERED = 'answered';

export const HOUR_MS = 3_600_000;

/** The hour quality tallies count a time in: the start of its hour, as ISO text. */
export const tallyHour = (time: Date | string): string =>
  new Date(Math.floor(new Date(time).getTime() / HOUR_MS) * HOUR_MS).toISOString();

/**
 * Adds a written batch's answered instances (shadows' aside) to the quality tallies, per deployment,
 * version and hour: live quality reads what share of them is labelled without counting the log.
 */
export async function countAnswered(
  pool: pg.Pool,
  rows: { deploymentId: string; modelVersionId: string; shadow: boolean; instanceCount: number; createdAt: Date }[],
): Promise<void> {
  const counts = new Map<string, { deployment: string; version: string; hour: string; n: number }>();
  for (const row of rows) {
    if (row.shadow) continue;
    const hour = tallyHour(row.createdAt);
    const key = `${row.deploymentId}/${row.modelVersionId}/${hour}`;
    const count = counts.get(key);
    if (count) count.n += row.instanceCount;
    else counts.set(key, { deployment: row.deploymentId, version: row.modelVersionId, hour, n: row.instanceCount });
  }
  if (counts.size === 0) return;
  // In key order, so that concurrent writers lock the rows in one order.
  const sorted = [...counts].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, count]) => count);
  await pool.query(
    `insert into quality_tally (deployment_id, model_version_id, hour, key, n, sums)
     select t.deployment, t.version, t.hour, '${ANSWERED}', t.n, '{}' from jsonb_to_recordset($1::jsonb)
       as t(deployment uuid, version uuid, hour timestamptz, n bigint)
     on conflict (deployment_id, model_version_id, hour, key) do update set n = quality_tally.n + excluded.n`,
    [JSON.stringify(sorted)],
  );
}
