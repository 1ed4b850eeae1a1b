import {
  calibrationBinOf,
  classificationFromCounts,
  countClassified,
  countGroupRows,
  emptyClassificationCounts,
  fairnessFromCounts,
  GROUP_COUNTS,
  logLossOf,
  probabilityOf,
  type EvaluationMeasures,
  type RegressionMeasures,
} from '../quality/measures';
import { argmax } from '../../inference/shapes';
import { ANSWERED } from '../prediction-log/answered';

/**
 * Live quality's aggregates: what each labelled instance adds, under a key, to its deployment's,
 * version's and hour's tally (a count and sums), so a window of any size is read as a few hundred
 * rows, never as the predictions themselves. The keys:
 *
 *   answered                 instances answered (the prediction log's writer counts them)
 *   c:<actual>:<predicted>   classifiers: labelled instances per cell of the confusion matrix; sum: log loss
 *   e:<bin>                  calibration bin of the top probability; sums: that probability, right answers
 *   s:<class>:<0|1>          a class's score of instances not of it (0) or of it (1); sums: a histogram of AUC_BINS
 *   g:<actual>:<predicted>:["<feature>","<group>"]   the confusion matrix per sensitive group
 *   r                        regressors; sums: error, squared error, absolute error, truth, squared truth
 */
export interface Tally {
  n: number;
  sums: number[];
}

/** Score bins of the live ROC AUC: scores are read as probabilities in [0, 1]; ties within a bin count half. */
export const AUC_BINS = 1000;
/** Classifiers with more classes than this have no live ROC AUC: their histograms would outweigh the rest. */
export const MAX_AUC_CLASSES = 32;

/** Tallies being added up: one request's outcomes, or a window read back. */
export class Tallies {
  readonly byKey = new Map<string, Tally>();

  add(key: string, n: number, sums: number[] = []): void {
    const tally = this.byKey.get(key);
    if (!tally) {
      this.byKey.set(key, { n, sums: [...sums] });
      return;
    }
    tally.n += n;
    for (let i = 0; i < sums.length; i += 1) tally.sums[i] = (tally.sums[i] ?? 0) + sums[i]!;
  }

  /** Adds one score to a histogram key without building a whole histogram for it. */
  addToBin(key: string, bin: number, sign: number): void {
    let tally = this.byKey.get(key);
    if (!tally) {
      tally = { n: 0, sums: new Array<number>(AUC_BINS).fill(0) };
      this.byKey.set(key, tally);
    }
    tally.n += sign;
    tally.sums[bin]! += sign;
  }
}

/** One labelled instance of a classifier; `sign` -1 takes back what an earlier outcome added (a correction). */
export function tallyClassified(
  tallies: Tallies,
  scores: readonly number[],
  actual: number,
  groups: Record<string, string> | null,
  sign: 1 | -1,
): void {
  const classes = scores.length;
  const predicted = argmax(scores, 0, classes);
  tallies.add(`c:${actual}:${predicted}`, sign, [sign * logLossOf(probabilityOf(scores, 0, classes, actual))]);
  const confidence = probabilityOf(scores, 0, classes, predicted);
  tallies.add(`e:${calibrationBinOf(confidence)}`, sign, [sign * confidence, predicted === actual ? sign : 0]);
  if (classes <= MAX_AUC_CLASSES)
    for (const c of classes === 2 ? [1] : scores.keys())
      tallies.addToBin(`s:${c}:${actual === c ? 1 : 0}`, aucBinOf(scores[c]!), sign);
  for (const feature in groups)
    tallies.add(`g:${actual}:${predicted}:${JSON.stringify([feature, groups[feature]])}`, sign);
}

/** One labelled instance of a single-output regressor. */
export function tallyRegressed(tallies: Tallies, predicted: number, actual: number, sign: 1 | -1): void {
  const error = predicted - actual;
  tallies.add('r', sign, [
    sign * error,
    sign * error * error,
    sign * Math.abs(error),
    sign * actual,
    sign * actual * actual,
  ]);
}

/** The sensitive feature and group a `g:` key counts. */
export const groupOfKey = (key: string): [string, string] =>
  JSON.parse(key.slice(key.indexOf(':', key.indexOf(':', 2) + 1) + 1)) as [string, string];

/** Groups of one sensitive feature tallied per deployment and version: the rest count as OTHER_GROUP. */
export const MAX_GROUPS = 50;
export const OTHER_GROUP = '(other)';

/**
 * Keeps the groups tallied per deployment, version and feature within MAX_GROUPS, so that a caller
 * naming a new group with every instance cannot grow the tallies (and every read of them) without
 * end: the first groups seen keep their names, later ones count as OTHER_GROUP.
 */
export class GroupBound {
  private readonly known = new Map<string, Set<string>>();
  private readonly loaded = new Set<string>();

  /** Whether the groups already tallied for a deployment's version have been read in (`learn`). */
  has(version: string): boolean {
    return this.loaded.has(version);
  }

  /** Reads in the `g:` tally keys already stored for a deployment's version. */
  learn(version: string, keys: string[]): void {
    this.loaded.add(version);
    for (const key of keys) {
      const [feature, group] = groupOfKey(key);
      this.namesOf(version, feature).add(group);
    }
  }

  /** `groups` with each group past the bound replaced by OTHER_GROUP. */
  bound(version: string, groups: Record<string, string> | null): Record<string, string> | null {
    if (!groups) return null;
    const bounded: Record<string, string> = {};
    for (const feature in groups) {
      const names = this.namesOf(version, feature);
      const group = groups[feature]!;
      if (!names.has(group) && names.size < MAX_GROUPS) names.add(group);
      bounded[feature] = names.has(group) ? group : OTHER_GROUP;
    }
    return bounded;
  }

  private namesOf(version: string, feature: string): Set<string> {
    const key = `${version}/${feature}`;
    let names = this.known.get(key);
    if (!names) this.known.set(key, (names = new Set()));
    return names;
  }
}

const aucBinOf = (score: number) => Math.min(AUC_BINS - 1, Math.max(0, Math.floor(score * AUC_BINS)));

/** What a window's tallies measure: as an evaluation would, from the labelled instances, plus how many were answered. */
export interface LiveMeasures extends EvaluationMeasures {
  answered: number;
  labelled: number;
}

/**
 * The measures of a window's tallies for a version with `classLabels` (none: a regressor); fairness
 * per sensitive feature for the class `positive` (a binary classifier's second class).
 */
export function measureTallies(tallies: Tallies, classLabels: readonly string[], positive?: number): LiveMeasures {
  const answered = tallies.byKey.get(ANSWERED)?.n ?? 0;
  if (classLabels.length === 0) {
    const regression = tallies.byKey.get('r');
    const labelled = regression?.n ?? 0;
    return { answered, labelled, regression: labelled > 0 ? regressionFromSums(regression!) : undefined, fairness: [] };
  }
  const classes = classLabels.length;
  const counts = emptyClassificationCounts(classes);
  const histograms = new Map<string, number[]>();
  const groups = new Map<string, Map<string, Float64Array>>();
  for (const [key, { n, sums }] of tallies.byKey) {
    const [kind, a, b] = key.split(':', 3);
    if (kind === 'c') {
      countClassified(counts, Number(a), Number(b), n);
      counts.logLoss += sums[0] ?? 0;
    } else if (kind === 'e') {
      counts.binCount[Number(a)]! += n;
      counts.binConfidence[Number(a)]! += sums[0] ?? 0;
      counts.binCorrect[Number(a)]! += sums[1] ?? 0;
    } else if (kind === 's') histograms.set(`${a}:${b}`, sums);
    else if (kind === 'g' && positive !== undefined) {
      const [feature, group] = groupOfKey(key);
      const byGroup = groups.get(feature) ?? new Map<string, Float64Array>();
      groups.set(feature, byGroup);
      const c = byGroup.get(group) ?? new Float64Array(GROUP_COUNTS);
      byGroup.set(group, c);
      countGroupRows(c, Number(a) === positive, Number(b) === positive, n);
    }
  }
  const classification =
    counts.rows > 0 ? classificationFromCounts(counts, classLabels, histogramAuc(histograms, classes)) : undefined;
  const fairness =
    positive === undefined || counts.rows === 0
      ? []
      : [...groups].map(([feature, byGroup]) => {
          const names = [...byGroup.keys()];
          const all = new Float64Array(names.length * GROUP_COUNTS);
          names.forEach((name, code) => all.set(byGroup.get(name)!, code * GROUP_COUNTS));
          return fairnessFromCounts(feature, classLabels[positive]!, names, all);
        });
  return { answered, labelled: counts.rows, classification, fairness };
}

function regressionFromSums({ n, sums }: Tally): RegressionMeasures {
  const [, squared = 0, absolute = 0, sumY = 0, sumY2 = 0] = sums;
  const total = sumY2 - (sumY * sumY) / n;
  return {
    rows: n,
    rmse: Math.sqrt(Math.max(0, squared) / n),
    mae: absolute / n,
    // A total this close to zero is rounding: every true value the same.
    r2: total > 1e-12 * Math.max(1, sumY2) ? 1 - squared / total : null,
  };
}

/** Binary: class 1's AUC from its histograms; more classes: the mean one-vs-rest AUC of the classes with both kinds. */
function histogramAuc(histograms: Map<string, number[]>, classes: number): number | null {
  if (classes > MAX_AUC_CLASSES) return null;
  const of = (c: number) => binnedAuc(histograms.get(`${c}:1`), histograms.get(`${c}:0`));
  if (classes === 2) return of(1);
  const aucs = Array.from({ length: classes }, (_, c) => of(c)).filter((auc): auc is number => auc !== null);
  return aucs.length > 0 ? aucs.reduce((a, b) => a + b, 0) / aucs.length : null;
}

/** The Mann–Whitney statistic over binned scores: a positive beats the negatives in lower bins, and half of those in its own. */
function binnedAuc(positives?: number[], negatives?: number[]): number | null {
  if (!positives || !negatives) return null;
  let below = 0;
  let ordered = 0;
  let p = 0;
  let n = 0;
  for (let bin = 0; bin < AUC_BINS; bin += 1) {
    const pos = positives[bin] ?? 0;
    const neg = negatives[bin] ?? 0;
    ordered += pos * (below + neg / 2);
    below += neg;
    p += pos;
    n += neg;
  }
  return p > 0 && n > 0 ? ordered / (p * n) : null;
}
