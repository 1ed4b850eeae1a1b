import type pg from 'pg';
import type { Signature } from '../models/model.entity';
import { HOUR_MS } from '../prediction-log/answered';
import type { EvaluationMeasures } from '../quality/measures';
import type { QualityMetric } from './policy';
import { measureTallies, Tallies, type LiveMeasures } from './tally';

/** A version's live quality on one deployment: its measures over the window. */
export interface VersionQuality {
  versionId: string;
  version: number;
  /** The team of the version's model: the access rules read it. */
  teamId: string;
  /** The window: from the start of the hour `hours - 1` hours before the current one, to now. */
  since: Date;
  measures: LiveMeasures;
}

/** The start of a window of `hours`: whole hours of prediction time, the current one included. */
export const windowStart = (hours: number, now: number): Date =>
  new Date((Math.floor(now / HOUR_MS) - (hours - 1)) * HOUR_MS);

/**
 * Reads live quality from the tallies: a window is a few rows per version and hour, whatever the
 * number of predictions and outcomes in it.
 */
export class LiveQualityReader {
  constructor(private readonly pool: pg.Pool) {}

  /** Each version with tallies on the deployment in the window (or just `versionId`), the most recent version first. */
  async read(deploymentId: string, hours: number, now: number, versionId?: string): Promise<VersionQuality[]> {
    const since = windowStart(hours, now);
    const { rows } = await this.pool.query<{ version: string; key: string; n: number; sums: number[] }>(
      `select model_version_id::text as version, key, n::float8 as n, sums from quality_tally
        where deployment_id = $1 and hour >= $2 and ($3::uuid is null or model_version_id = $3)`,
      [deploymentId, since, versionId ?? null],
    );
    const byVersion = new Map<string, Tallies>();
    for (const row of rows) {
      let tallies = byVersion.get(row.version);
      if (!tallies) byVersion.set(row.version, (tallies = new Tallies()));
      tallies.add(row.key, row.n, row.sums);
    }
    if (byVersion.size === 0) return [];
    const { rows: versions } = await this.pool.query<{
      id: string;
      version: number;
      signature: Signature;
      team: string;
    }>(
      `select v.id::text as id, v.version, v.signature, m.team_id::text as team
         from model_version v join model m on m.id = v.model_id where v.id = any($1::uuid[])`,
      [[...byVersion.keys()]],
    );
    return versions
      .map((version) => {
        const classes = version.signature.classLabels;
        // Fairness is about the second class of a binary classifier, as evaluations take it by default.
        const positive = classes.length === 2 ? 1 : undefined;
        return {
          versionId: version.id,
          version: version.version,
          teamId: version.team,
          since,
          measures: measureTallies(byVersion.get(version.id)!, classes, positive),
        };
      })
      .sort((a, b) => b.version - a.version);
  }

  /** A version's number, its model's team (the access rules read it) and its run (its training data). */
  async versionOf(id: string): Promise<{ version: number; teamId: string; run?: { id: string } } | undefined> {
    const { rows } = await this.pool.query<{ version: number; team: string; run: string | null }>(
      `select v.version, m.team_id::text as team, v.run_id::text as run
         from model_version v join model m on m.id = v.model_id where v.id = $1`,
      [id],
    );
    const [row] = rows;
    return row && { version: row.version, teamId: row.team, run: row.run ? { id: row.run } : undefined };
  }

  /** The measures of a version's latest finished evaluation, if any: checks relative to it read them. */
  async latestEvaluation(versionId: string): Promise<EvaluationMeasures | undefined> {
    const { rows } = await this.pool.query<{ measures: EvaluationMeasures }>(
      `select measures from evaluation where model_version_id = $1 and status = 'SUCCEEDED' and measures is not null
        order by finished_at desc limit 1`,
      [versionId],
    );
    return rows[0]?.measures;
  }
}

/** A metric's value in measures, or null when they have none: fairness metrics give the worst sensitive feature. */
export function metricOf(measures: EvaluationMeasures, metric: QualityMetric): number | null {
  switch (metric) {
    case 'accuracy':
    case 'logLoss':
    case 'rocAuc':
    case 'expectedCalibrationError':
      return measures.classification?.[metric] ?? null;
    case 'rmse':
    case 'mae':
    case 'r2':
      return measures.regression?.[metric] ?? null;
    default: {
      const values = measures.fairness.map((feature) => feature[metric]).filter((value) => value !== null);
      if (values.length === 0) return null;
      // A ratio is worst at its smallest, a difference at its largest.
      return metric === 'demographicParityRatio' ? Math.min(...values) : Math.max(...values);
    }
  }
}
