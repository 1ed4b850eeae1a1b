/**
 * Quality measures by their textbook definitions, written plainly and apart from
 * src/domain/quality/measures.ts: what the gateway's numbers are checked against.
 */

import assert from 'node:assert/strict';

/** `actual` within 1e-9 of `expected`; null where the reference has nothing to measure. */
export function close(actual: number | null | undefined, expected: number | null, what: string): void {
  if (expected === null) return assert.equal(actual, null, what);
  assert.ok(typeof actual === 'number' && Math.abs(actual - expected) <= 1e-9, `${what}: ${actual} ≠ ${expected}`);
}

/** Classification measures as the gateway reports them. */
interface MeasuredClassification {
  accuracy: number;
  logLoss: number;
  rocAuc?: number | null;
  expectedCalibrationError: number;
  perClass: { label: string; precision: number; recall: number; f1: number }[];
}

/**
 * Every classification measure against the reference's, to 1e-9; the ROC AUC within `aucWithin`
 * when given (live quality reads it from scores binned in thousandths).
 */
export function assertClassificationMatches(
  measured: MeasuredClassification,
  expected: ReturnType<typeof classificationReference>,
  aucWithin?: number,
): void {
  close(measured.accuracy, expected.accuracy, 'accuracy');
  close(measured.logLoss, expected.logLoss, 'log loss');
  if (aucWithin === undefined) close(measured.rocAuc, expected.rocAuc, 'ROC AUC');
  else
    assert.ok(
      Math.abs(measured.rocAuc! - expected.rocAuc!) <= aucWithin,
      `ROC AUC ${measured.rocAuc} vs ${expected.rocAuc}`,
    );
  close(measured.expectedCalibrationError, expected.ece, 'ECE');
  measured.perClass.forEach((c, i) => {
    close(c.precision, expected.perClass[i]!.precision, `precision of ${c.label}`);
    close(c.recall, expected.perClass[i]!.recall, `recall of ${c.label}`);
    close(c.f1, expected.perClass[i]!.f1, `F1 of ${c.label}`);
  });
}

/** The index of the largest score of a row (the first of equals). */
export function argmaxOf(scores: ArrayLike<number>, row: number, classes: number): number {
  const values = Array.from({ length: classes }, (_, c) => scores[row * classes + c]!);
  return values.indexOf(Math.max(...values));
}

/** The reference: every classification measure by its textbook definition, from the raw values. */
export function classificationReference(scores: ArrayLike<number>, truth: ArrayLike<number>, classes: number) {
  const rows = truth.length;
  const predicted = Array.from({ length: rows }, (_, row) => argmaxOf(scores, row, classes));
  const confusion = Array.from({ length: classes }, () => new Array<number>(classes).fill(0));
  predicted.forEach((guess, row) => (confusion[truth[row]!]![guess]! += 1));
  const perClass = confusion.map((_, c) => {
    const tp = confusion[c]![c]!;
    const predictedC = confusion.reduce((sum, actualRow) => sum + actualRow[c]!, 0);
    const actualC = confusion[c]!.reduce((a, b) => a + b, 0);
    const precision = predictedC === 0 ? 0 : tp / predictedC;
    const recall = actualC === 0 ? 0 : tp / actualC;
    return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
  });
  const probability = (row: number, c: number) => {
    let sum = 0;
    for (let k = 0; k < classes; k += 1) sum += scores[row * classes + k]!;
    return scores[row * classes + c]! / sum;
  };
  // AUC by its definition: over every (positive, negative) pair, 1 when the positive scores higher, ½ on a tie.
  const pairwiseAuc = (c: number) => {
    let wins = 0;
    let pairs = 0;
    for (let i = 0; i < rows; i += 1) {
      if (truth[i] !== c) continue;
      for (let j = 0; j < rows; j += 1) {
        if (truth[j] === c) continue;
        const [p, n] = [scores[i * classes + c]!, scores[j * classes + c]!];
        wins += p > n ? 1 : p === n ? 0.5 : 0;
        pairs += 1;
      }
    }
    return pairs === 0 ? null : wins / pairs;
  };
  const aucs = Array.from({ length: classes }, (_, c) => pairwiseAuc(c));
  const present = aucs.filter((auc): auc is number => auc !== null);
  const buckets = Array.from({ length: 10 }, () => [] as { confidence: number; correct: boolean }[]);
  predicted.forEach((guess, row) => {
    const confidence = probability(row, guess);
    buckets[Math.min(9, Math.floor(confidence * 10))]!.push({ confidence, correct: guess === truth[row] });
  });
  const ece = buckets.reduce((sum, bucket) => {
    if (bucket.length === 0) return sum;
    const accuracy = bucket.filter((b) => b.correct).length / bucket.length;
    const confidence = bucket.reduce((s, b) => s + b.confidence, 0) / bucket.length;
    return sum + (bucket.length / rows) * Math.abs(accuracy - confidence);
  }, 0);
  return {
    accuracy: predicted.filter((guess, row) => guess === truth[row]).length / rows,
    logLoss:
      -Array.from(truth).reduce(
        (sum, actual, row) => sum + Math.log(Math.min(1 - 1e-15, Math.max(1e-15, probability(row, actual)))),
        0,
      ) / rows,
    rocAuc: classes === 2 ? aucs[1]! : present.length ? present.reduce((a, b) => a + b, 0) / present.length : null,
    ece,
    perClass,
  };
}

/** Selection, true- and false-positive rates per group, by filtering rows. */
export function ratesByGroup(
  predicted: ArrayLike<number>,
  truth: ArrayLike<number>,
  groupOf: string[],
  positive: number,
) {
  return [...new Set(groupOf)].sort().map((group) => {
    const rows = groupOf.flatMap((g, row) => (g === group ? [row] : []));
    const positives = rows.filter((row) => truth[row] === positive);
    const negatives = rows.filter((row) => truth[row] !== positive);
    const selected = (of: number[]) => of.filter((row) => predicted[row] === positive).length;
    return {
      group,
      rows: rows.length,
      selection: selected(rows) / rows.length,
      tpr: positives.length ? selected(positives) / positives.length : null,
      fpr: negatives.length ? selected(negatives) / negatives.length : null,
    };
  });
}
