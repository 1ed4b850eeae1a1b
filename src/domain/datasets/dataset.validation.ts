import { badInput } from '../../errors';
import { check, checkFinite, checkName, checkText, checkUnique } from '../validation';
import {
  AnonymizationStatus,
  FeatureDtype,
  FeatureRole,
  type FeatureSpec,
  type FeatureStatistics,
} from './dataset.entity';
import type { RegisterDatasetVersionInput } from './dataset.inputs';

const MAX_FEATURES = 10_000;
const sha256Pattern = /^[0-9a-f]{64}$/;
const uriPattern = /^[a-z][a-z0-9+.-]*:\S+$/i;

/** Checks a dataset version before anything is written; returns its normalised parts. */
export function checkDatasetVersion(input: RegisterDatasetVersionInput) {
  const field = 'input';
  const location = input.location.trim();
  check(
    uriPattern.test(location) && location.length <= 2048,
    `${field}.location`,
    'must be a URI such as s3://bucket/path, at most 2048 characters.',
  );
  const sha256 = input.sha256.trim().toLowerCase();
  check(sha256Pattern.test(sha256), `${field}.sha256`, 'must be 64 hexadecimal digits.');
  check(input.rowCount >= 0, `${field}.rowCount`, `must be zero or more, got ${input.rowCount}.`);
  const features = checkFeatureSchema(`${field}.features`, input.features);
  checkStatistics(`${field}.statistics`, input.statistics, features);
  return {
    location,
    sha256,
    features,
    anonymization: checkAnonymization(`${field}.anonymization`, features, input.anonymization),
  };
}

export function checkFeatureSchema(field: string, features: FeatureSpec[]): FeatureSpec[] {
  check(features.length > 0, field, 'must list at least one feature.');
  check(features.length <= MAX_FEATURES, field, `must list at most ${MAX_FEATURES} features.`);
  const normalised = features.map((feature, index) => ({
    ...feature,
    name: checkName(`${field}[${index}].name`, feature.name),
    description: checkText(`${field}[${index}].description`, feature.description),
  }));
  checkUnique(field, normalised, (feature) => feature.name);
  const labels = normalised.filter((feature) => feature.role === FeatureRole.LABEL);
  check(
    labels.length <= 1,
    field,
    `has ${labels.length} LABEL features (${labels.map((l) => l.name).join(', ')}); at most one is allowed.`,
  );
  return normalised;
}

function checkStatistics(field: string, statistics: FeatureStatistics[], features: FeatureSpec[]): void {
  const byName = new Map(features.map((feature) => [feature.name, feature]));
  checkUnique(field, statistics, (stats) => stats.feature);
  statistics.forEach((stats, index) => {
    const at = `${field}[${index}]`;
    const feature = byName.get(stats.feature);
    if (!feature) throw badInput(`${at}.feature`, `"${stats.feature}" is not a feature of this version.`);
    const numeric =
      stats.mean != null ||
      stats.std != null ||
      stats.min != null ||
      stats.max != null ||
      stats.quantiles ||
      stats.histogram;
    check(
      !numeric || feature.dtype !== FeatureDtype.STRING,
      at,
      `feature "${stats.feature}" is a STRING; numeric statistics do not apply.`,
    );
    for (const key of ['mean', 'std', 'min', 'max'] as const) {
      const value = stats[key];
      if (value != null) checkFinite(`${at}.${key}`, value);
    }
    if (stats.std != null) check(stats.std >= 0, `${at}.std`, `must be zero or more, got ${stats.std}.`);
    if (stats.min != null && stats.max != null)
      check(stats.min <= stats.max, `${at}.min`, `is greater than max (${stats.min} > ${stats.max}).`);
    stats.quantiles?.forEach((quantile, q) => {
      checkFinite(`${at}.quantiles[${q}].value`, quantile.value);
      check(
        quantile.q >= 0 && quantile.q <= 1,
        `${at}.quantiles[${q}].q`,
        `must be between 0 and 1, got ${quantile.q}.`,
      );
    });
    if (stats.histogram) {
      const { binEdges, counts } = stats.histogram;
      check(
        binEdges.length === counts.length + 1,
        `${at}.histogram`,
        `needs one more bin edge than counts (got ${binEdges.length} edges, ${counts.length} counts).`,
      );
      binEdges.forEach((edge, e) => {
        checkFinite(`${at}.histogram.binEdges[${e}]`, edge);
        if (e > 0)
          check(edge > binEdges[e - 1]!, `${at}.histogram.binEdges[${e}]`, 'bin edges must be strictly ascending.');
      });
      counts.forEach((count, c) =>
        check(count >= 0, `${at}.histogram.counts[${c}]`, `must be zero or more, got ${count}.`),
      );
    }
  });
}

function checkAnonymization(
  field: string,
  features: FeatureSpec[],
  given: AnonymizationStatus | undefined,
): AnonymizationStatus {
  const pii = features.filter((feature) => feature.pii).map((feature) => feature.name);
  if (pii.length === 0) {
    check(
      given == null || given === AnonymizationStatus.NOT_APPLICABLE,
      field,
      'must be NOT_APPLICABLE (or left out): no feature is marked pii.',
    );
    return AnonymizationStatus.NOT_APPLICABLE;
  }
  check(
    given != null && given !== AnonymizationStatus.NOT_APPLICABLE,
    field,
    `must say how the personal data in ${pii.join(', ')} was treated: NONE, PSEUDONYMIZED or ANONYMIZED.`,
  );
  return given;
}
