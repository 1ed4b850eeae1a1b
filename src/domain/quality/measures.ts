import { argmax } from '../../inference/shapes';

/**
 * The measures of a model's answers against what was true, as evaluation runs and live quality
 * compute them: plain maths over typed arrays, in float64, no I/O. Definitions follow
 * scikit-learn and fairlearn (a measure with nothing to measure is null, not 0).
 */

/** One class's precision, recall and F1 (one-vs-rest), and how many rows truly are of it. */
export interface ClassMeasures {
  label: string;
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

export interface ClassificationMeasures {
  rows: number;
  accuracy: number;
  /** Mean negative log of the true class's probability (scores normalised per row, clipped to [1e-15, 1 − 1e-15]). */
  logLoss: number;
  /** Binary: the positive class's ROC AUC; more classes: the mean of each present class's one-vs-rest AUC. Null when only one class is present. */
  rocAuc: number | null;
  /** Expected calibration error over 10 equal-width bins of the top score. */
  expectedCalibrationError: number;
  perClass: ClassMeasures[];
}

export interface RegressionMeasures {
  rows: number;
  rmse: number;
  mae: number;
  /** 1 − residual / total sum of squares; null when every true value is the same. */
  r2: number | null;
}

/** A group of a sensitive feature: its rows and rates, the positive class being the one fairness is about. */
export interface GroupRates {
  group: string;
  rows: number;
  /** Share of its rows predicted positive. */
  selectionRate: number;
  /** Share of its truly positive rows predicted positive; null without any. */
  truePositiveRate: number | null;
  /** Share of its truly negative rows predicted positive; null without any. */
  falsePositiveRate: number | null;
}

export interface FairnessMeasures {
  sensitiveFeature: string;
  positiveLabel: string;
  groups: GroupRates[];
  /** Largest minus smallest selection rate across groups. */
  demographicParityDifference: number;
  /** Smallest over largest selection rate; null when no group is ever selected. */
  demographicParityRatio: number | null;
  /** Largest minus smallest true-positive rate (groups with positives); null with fewer than two. */
  equalOpportunityDifference: number | null;
  /** The larger of the true- and false-positive rate differences (fairlearn's equalized odds difference). */
  equalizedOddsDifference: number | null;
}

const CLIP = 1e-15;
const CALIBRATION_BINS = 10;

/** The predicted class of each row of `scores` (rows × classes), the first of equal scores. */
export function predictedClasses(scores: ArrayLike<number>, classes: number): Int32Array {
  const predicted = new Int32Array(scores.length / classes);
  for (let row = 0; row < predicted.length; row += 1) predicted[row] = argmax(scores, row * classes, classes);
  return predicted;
}

/**
 * What classification measures are computed from: counts per class, the summed log loss and the
 * calibration bins. Evaluations count them row by row; live quality adds them up from its tallies.
 */
export interface ClassificationCounts {
  rows: number;
  correct: number;
  /** Summed negative log of the true class's (normalised, clipped) probability. */
  logLoss: number;
  /** Per class: rows predicted and truly of it, rows predicted it, rows truly of it. */
  truePositives: Float64Array;
  predictedCount: Float64Array;
  support: Float64Array;
  /** Per calibration bin of the top score: rows, their summed top score, how many were right. */
  binCount: Float64Array;
  binConfidence: Float64Array;
  binCorrect: Float64Array;
}

export const CALIBRATION_BINS_COUNT = CALIBRATION_BINS;

/** A row's probability of class `c`: its scores normalised to sum to 1 (uniform when they sum to 0 or less). */
export function probabilityOf(scores: ArrayLike<number>, at: number, classes: number, c: number): number {
  let sum = 0;
  for (let k = 0; k < classes; k += 1) sum += scores[at + k]!;
  return sum > 0 ? scores[at + c]! / sum : 1 / classes;
}

/** A probability's term of the log loss, clipped as scikit-learn clips it. */
export const logLossOf = (probability: number): number => -Math.log(Math.min(1 - CLIP, Math.max(CLIP, probability)));

/** The calibration bin of a top score. */
export const calibrationBinOf = (confidence: number): number =>
  Math.min(CALIBRATION_BINS - 1, Math.max(0, Math.floor(confidence * CALIBRATION_BINS)));

/** Empty counts for `classes` classes. */
export function emptyClassificationCounts(classes: number): ClassificationCounts {
  return {
    rows: 0,
    correct: 0,
    logLoss: 0,
    truePositives: new Float64Array(classes),
    predictedCount: new Float64Array(classes),
    support: new Float64Array(classes),
    binCount: new Float64Array(CALIBRATION_BINS),
    binConfidence: new Float64Array(CALIBRATION_BINS),
    binCorrect: new Float64Array(CALIBRATION_BINS),
  };
}

/** Adds `n` rows of class `actual` predicted as `predicted` to the per-class counts. */
export function countClassified(counts: ClassificationCounts, actual: number, predicted: number, n = 1): void {
  counts.rows += n;
  counts.support[actual]! += n;
  counts.predictedCount[predicted]! += n;
  if (actual === predicted) {
    counts.truePositives[actual]! += n;
    counts.correct += n;
  }
}

/** Classification measures of `scores` (rows × labels.length) against the true class index of each row. */
export function classificationMeasures(
  scores: ArrayLike<number>,
  truth: Int32Array,
  labels: readonly string[],
): ClassificationMeasures {
  const classes = labels.length;
  const predicted = predictedClasses(scores, classes);
  const counts = emptyClassificationCounts(classes);
  for (let row = 0; row < truth.length; row += 1) {
    const actual = truth[row]!;
    const guess = predicted[row]!;
    countClassified(counts, actual, guess);
    counts.logLoss += logLossOf(probabilityOf(scores, row * classes, classes, actual));
    const confidence = probabilityOf(scores, row * classes, classes, guess);
    const bin = calibrationBinOf(confidence);
    counts.binCount[bin]! += 1;
    counts.binConfidence[bin]! += confidence;
    if (guess === actual) counts.binCorrect[bin]! += 1;
  }
  return classificationFromCounts(counts, labels, rocAuc(scores, truth, classes));
}

/** The measures `counts` give, with the ROC AUC computed apart (it needs the scores' order). */
export function classificationFromCounts(
  counts: ClassificationCounts,
  labels: readonly string[],
  auc: number | null,
): ClassificationMeasures {
  const { rows, truePositives, predictedCount, support } = counts;
  let calibrationError = 0;
  for (let bin = 0; bin < CALIBRATION_BINS; bin += 1) {
    if (counts.binCount[bin] === 0) continue;
    calibrationError += Math.abs(counts.binCorrect[bin]! - counts.binConfidence[bin]!) / rows;
  }
  const perClass = labels.map((label, c) => {
    const precision = predictedCount[c]! > 0 ? truePositives[c]! / predictedCount[c]! : 0;
    const recall = support[c]! > 0 ? truePositives[c]! / support[c]! : 0;
    return {
      label,
      precision,
      recall,
      f1: precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0,
      support: support[c]!,
    };
  });
  return {
    rows,
    accuracy: rows > 0 ? counts.correct / rows : 0,
    logLoss: rows > 0 ? counts.logLoss / rows : 0,
    rocAuc: auc,
    expectedCalibrationError: calibrationError,
    perClass,
  };
}

/** Binary: the AUC of class 1's score; more classes: the mean one-vs-rest AUC of the classes present. */
function rocAuc(scores: ArrayLike<number>, truth: Int32Array, classes: number): number | null {
  const rows = truth.length;
  const of = (c: number) => {
    const score = new Float64Array(rows);
    const positive = new Uint8Array(rows);
    for (let row = 0; row < rows; row += 1) {
      score[row] = scores[row * classes + c]!;
      positive[row] = truth[row] === c ? 1 : 0;
    }
    return binaryAuc(score, positive);
  };
  if (classes === 2) return of(1);
  const aucs = Array.from({ length: classes }, (_, c) => of(c)).filter((auc): auc is number => auc !== null);
  return aucs.length > 0 ? aucs.reduce((a, b) => a + b, 0) / aucs.length : null;
}

/**
 * The probability that a random positive scores above a random negative, ties counting half (the
 * Mann–Whitney statistic); null without both kinds. Positives and negatives are sorted apart (native
 * typed-array sorts) and walked together, so a million rows take a fraction of a second.
 */
export function binaryAuc(score: Float64Array, positive: Uint8Array): number | null {
  let positives = 0;
  for (let i = 0; i < score.length; i += 1) positives += positive[i]!;
  const negatives = score.length - positives;
  if (positives === 0 || negatives === 0) return null;
  const pos = new Float64Array(positives);
  const neg = new Float64Array(negatives);
  for (let i = 0, p = 0, n = 0; i < score.length; i += 1) {
    if (positive[i]) pos[p++] = score[i]!;
    else neg[n++] = score[i]!;
  }
  pos.sort();
  neg.sort();
  // below: negatives scoring under the current positive; upTo: those at or under it.
  let below = 0;
  let upTo = 0;
  let ordered = 0;
  for (const value of pos) {
    while (below < negatives && neg[below]! < value) below += 1;
    if (upTo < below) upTo = below;
    while (upTo < negatives && neg[upTo]! <= value) upTo += 1;
    ordered += below + (upTo - below) / 2;
  }
  return ordered / (positives * negatives);
}

/** Regression measures of predicted against true values. */
export function regressionMeasures(predicted: ArrayLike<number>, truth: ArrayLike<number>): RegressionMeasures {
  const rows = truth.length;
  let squared = 0;
  let absolute = 0;
  let mean = 0;
  for (let row = 0; row < rows; row += 1) mean += truth[row]! / rows;
  let total = 0;
  for (let row = 0; row < rows; row += 1) {
    const error = predicted[row]! - truth[row]!;
    squared += error * error;
    absolute += Math.abs(error);
    total += (truth[row]! - mean) ** 2;
  }
  return {
    rows,
    rmse: rows > 0 ? Math.sqrt(squared / rows) : 0,
    mae: rows > 0 ? absolute / rows : 0,
    r2: total > 0 ? 1 - squared / total : null,
  };
}

/** Each row's group of a sensitive feature: a code per row, and the group each code names. */
export interface GroupCodes {
  names: readonly string[];
  codes: Int32Array;
}

/** Per group, six counts: rows, selected, positives, true positives, negatives, false positives. */
export const GROUP_COUNTS = 6;

/** Adds `n` rows to one group's counts (GROUP_COUNTS of them, from the start of `group`). */
export function countGroupRows(group: Float64Array, positive: boolean, selected: boolean, n = 1): void {
  const chosen = selected ? n : 0;
  group[0]! += n;
  group[1]! += chosen;
  group[positive ? 2 : 4]! += n;
  group[positive ? 3 : 5]! += chosen;
}

/** Rates per group of one sensitive feature, and the differences across groups, for the class `positive`. */
export function fairnessMeasures(
  sensitiveFeature: string,
  predicted: Int32Array,
  truth: Int32Array,
  { names, codes }: GroupCodes,
  positive: number,
  positiveLabel: string,
): FairnessMeasures {
  const counts = new Float64Array(names.length * GROUP_COUNTS);
  for (let row = 0; row < truth.length; row += 1)
    countGroupRows(counts.subarray(codes[row]! * GROUP_COUNTS), truth[row] === positive, predicted[row] === positive);
  return fairnessFromCounts(sensitiveFeature, positiveLabel, names, counts);
}

/** The rates and differences of a sensitive feature's groups from their counts (GROUP_COUNTS per group, in `names` order). */
export function fairnessFromCounts(
  sensitiveFeature: string,
  positiveLabel: string,
  names: readonly string[],
  counts: Float64Array,
): FairnessMeasures {
  const groups = names
    .map((group, code) => ({ group, c: counts.subarray(code * GROUP_COUNTS, (code + 1) * GROUP_COUNTS) }))
    .filter(({ c }) => c[0]! > 0)
    .sort((a, b) => (a.group < b.group ? -1 : a.group > b.group ? 1 : 0))
    .map(({ group, c }) => ({
      group,
      rows: c[0]!,
      selectionRate: c[1]! / c[0]!,
      truePositiveRate: c[2]! > 0 ? c[3]! / c[2]! : null,
      falsePositiveRate: c[4]! > 0 ? c[5]! / c[4]! : null,
    }));
  const spread = (values: (number | null)[]) => {
    const defined = values.filter((value): value is number => value !== null);
    return defined.length >= 2 ? Math.max(...defined) - Math.min(...defined) : null;
  };
  const selection = groups.map((group) => group.selectionRate);
  const most = Math.max(...selection);
  const tpr = spread(groups.map((group) => group.truePositiveRate));
  const fpr = spread(groups.map((group) => group.falsePositiveRate));
  return {
    sensitiveFeature,
    positiveLabel,
    groups,
    demographicParityDifference: groups.length > 0 ? most - Math.min(...selection) : 0,
    demographicParityRatio: most > 0 ? Math.min(...selection) / most : null,
    equalOpportunityDifference: tpr,
    equalizedOddsDifference: tpr === null && fpr === null ? null : Math.max(tpr ?? 0, fpr ?? 0),
  };
}

/** What an evaluation found: classification or regression measures, and fairness per sensitive feature. */
export interface EvaluationMeasures {
  classification?: ClassificationMeasures;
  regression?: RegressionMeasures;
  fairness: FairnessMeasures[];
}

/** A model's answers to every row, and what was true: what measureAnswers measures. */
export interface Answers {
  classLabels: string[];
  /** Rows × output values. */
  outputs: Float32Array;
  /** The true class index (classifiers) or value (regressors) of each row. */
  truth: Int32Array | Float64Array;
  groups: ({ feature: string } & GroupCodes)[];
  /** The class fairness is about, for classifiers. */
  positive?: { index: number; label: string };
}

/** The measures of a model's answers: regression for a regressor; classification, and fairness by group when a positive class is set. */
export function measureAnswers({ classLabels, outputs, truth, groups, positive }: Answers): EvaluationMeasures {
  if (truth instanceof Float64Array) return { regression: regressionMeasures(outputs, truth), fairness: [] };
  const predicted = predictedClasses(outputs, classLabels.length);
  return {
    classification: classificationMeasures(outputs, truth, classLabels),
    fairness: positive
      ? groups.map(({ feature, ...codes }) =>
          fairnessMeasures(feature, predicted, truth, codes, positive.index, positive.label),
        )
      : [],
  };
}
