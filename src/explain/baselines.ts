import { badInput } from '../errors';
import type { FeatureStatistics } from '../graph/datasets/dataset.entity';
import { BaselineSource } from './settings';

/** The point attributions are measured from: a value per input name (for an image, its fill value). */
export interface Baseline {
  source: BaselineSource;
  values: Record<string, unknown>;
}

const statisticOf: Partial<Record<BaselineSource, (statistics: FeatureStatistics) => number | undefined>> = {
  [BaselineSource.TRAINING_MEAN]: (statistics) => statistics.mean ?? undefined,
  [BaselineSource.TRAINING_MEDIAN]: (statistics) => statistics.quantiles?.find((quantile) => quantile.q === 0.5)?.value,
};

/**
 * Resolves the settled baseline source to values. A training statistic the data lacks is the
 * caller's error when they asked for it, and ZERO when it was only a default.
 */
export function resolveBaseline(source: BaselineSource, asked: boolean, names: string[], statistics: Map<string, FeatureStatistics>, custom: unknown): Baseline {
  if (source === BaselineSource.CUSTOM) {
    const values = typeof custom === 'number' && names.length === 1 ? { [names[0]!]: custom } : custom;
    if (values === null || typeof values !== 'object' || Array.isArray(values)) throw badInput('baseline', 'must be an object of feature values (a number, for an image model).');
    return { source, values: values as Record<string, unknown> };
  }
  const statistic = statisticOf[source];
  if (statistic) {
    const values = names.map((name) => statistics.get(name) && statistic(statistics.get(name)!));
    const missing = names.filter((_, i) => values[i] === undefined);
    if (missing.length === 0) return { source, values: Object.fromEntries(names.map((name, i) => [name, values[i]!])) };
    if (asked) throw badInput('baselineFrom', `the training data of this model version has no ${source === BaselineSource.TRAINING_MEAN ? 'mean' : 'median'} for ${missing.join(', ')}; pass baseline values instead.`);
  }
  return { source: BaselineSource.ZERO, values: Object.fromEntries(names.map((name) => [name, 0])) };
}
