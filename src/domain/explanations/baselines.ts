import { badInput } from '../../errors';
import type { FeatureStatistics } from '../datasets/dataset.entity';
import type { TensorSpec } from '../models/model.entity';
import { BaselineSource } from '../explanation-settings';

/** The point attributions are measured from: a value per input (a list for a feature vector, the fill value for an image). */
export interface Baseline {
  source: BaselineSource;
  values: Record<string, unknown>;
}

type Lookup = (feature: string) => number | undefined;

/** The name of one element of a feature vector input, as a dataset column can be named: features.0, features.1, … */
export const vectorElement = (input: string, index: number) => `${input}.${index}`;

const statisticOf: Partial<Record<BaselineSource, (statistics: FeatureStatistics) => number | undefined>> = {
  [BaselineSource.TRAINING_MEAN]: (statistics) => statistics.mean ?? undefined,
  [BaselineSource.TRAINING_MEDIAN]: (statistics) => statistics.quantiles?.find((quantile) => quantile.q === 0.5)?.value,
};

/** One input's baseline: a feature vector element by element, anything else (a scalar, an image's fill) by its name. */
function valueFor(input: TensorSpec, pick: Lookup): number | number[] | undefined {
  if (input.shape.length !== 1) return pick(input.name);
  const values = Array.from({ length: input.shape[0]! }, (_, i) => pick(vectorElement(input.name, i)));
  return values.includes(undefined) ? undefined : (values as number[]);
}

/**
 * Resolves the settled baseline source to values. A training statistic the data lacks is the
 * caller's error when they asked for it, and ZERO when it was only a default.
 */
export function resolveBaseline(
  source: BaselineSource,
  asked: boolean,
  inputs: TensorSpec[],
  statistics: Map<string, FeatureStatistics>,
  custom: unknown,
): Baseline {
  if (source === BaselineSource.CUSTOM) {
    const values = typeof custom === 'number' && inputs.length === 1 ? { [inputs[0]!.name]: custom } : custom;
    if (values === null || typeof values !== 'object' || Array.isArray(values))
      throw badInput('baseline', 'must be an object of feature values (a number, for an image model).');
    return { source, values: values as Record<string, unknown> };
  }
  const statistic = statisticOf[source];
  if (statistic) {
    const missing: string[] = [];
    const pick = (feature: string) => {
      const value = statistics.has(feature) ? statistic(statistics.get(feature)!) : undefined;
      if (value === undefined) missing.push(feature);
      return value;
    };
    const values = inputs.map((input) => valueFor(input, pick));
    if (missing.length === 0)
      return { source, values: Object.fromEntries(inputs.map((input, i) => [input.name, values[i]])) };
    if (asked)
      throw badInput(
        'baselineFrom',
        `the training data of this model version has no ${source === BaselineSource.TRAINING_MEAN ? 'mean' : 'median'} for ${missing.join(', ')}; pass baseline values instead.`,
      );
  }
  return {
    source: BaselineSource.ZERO,
    values: Object.fromEntries(inputs.map((input) => [input.name, valueFor(input, () => 0)])),
  };
}
