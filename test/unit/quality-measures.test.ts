import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  binaryAuc,
  classificationMeasures,
  fairnessMeasures,
  predictedClasses,
  regressionMeasures,
} from '../../src/domain/quality/measures';
import { random } from '../../src/random';
import {
  argmaxOf,
  assertClassificationMatches,
  classificationReference as reference,
  close,
} from '../support/quality-reference';

/** Rows of softmax-like scores over `classes`, and true classes that agree with the top score most of the time. */
function sample(rows: number, classes: number, seed: number) {
  const next = random(seed);
  const scores = new Float32Array(rows * classes);
  const truth = new Int32Array(rows);
  for (let row = 0; row < rows; row += 1) {
    let sum = 0;
    for (let c = 0; c < classes; c += 1) sum += scores[row * classes + c] = next() + 0.01;
    for (let c = 0; c < classes; c += 1) scores[row * classes + c]! /= sum;
    // Ties on purpose: scores rounded to a coarse grid now and then.
    if (next() < 0.2)
      for (let c = 0; c < classes; c += 1) scores[row * classes + c] = Math.round(scores[row * classes + c]! * 4) / 4;
    truth[row] = next() < 0.7 ? argmaxOf(scores, row, classes) : Math.floor(next() * classes);
  }
  return { scores, truth };
}

describe('quality measures', () => {
  it('computes the AUC of a known example, ties counted half', () => {
    // scikit-learn's roc_auc_score([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8]) is 0.75: 3 of the 4 pairs ordered.
    close(binaryAuc(Float64Array.from([0.1, 0.4, 0.35, 0.8]), Uint8Array.from([0, 0, 1, 1])), 0.75, 'auc');
    // One tie between a positive and a negative: (1 + 1 + 0.5 + 1) / 4.
    close(binaryAuc(Float64Array.from([0.1, 0.4, 0.4, 0.8]), Uint8Array.from([0, 0, 1, 1])), 0.875, 'auc with a tie');
    assert.equal(binaryAuc(Float64Array.from([0.2, 0.3]), Uint8Array.from([1, 1])), null, 'no negatives');
  });

  for (const classes of [2, 3, 5]) {
    it(`matches the reference for ${classes} classes`, () => {
      const { scores, truth } = sample(600, classes, 17 + classes);
      const labels = Array.from({ length: classes }, (_, c) => `class ${c}`);
      const measured = classificationMeasures(scores, truth, labels);
      assertClassificationMatches(measured, reference(scores, truth, classes));
      assert.equal(
        measured.perClass.reduce((sum, c) => sum + c.support, 0),
        600,
      );
    });
  }

  it('matches the reference for regression, and has no R² when every true value is the same', () => {
    const next = random(5);
    const truth = Float64Array.from({ length: 500 }, () => next() * 10 - 5);
    const predicted = Float32Array.from(truth, (value) => value + (next() - 0.5));
    const measured = regressionMeasures(predicted, truth);
    const errors = Array.from(truth, (value, i) => predicted[i]! - value);
    const mean = truth.reduce((a, b) => a + b, 0) / truth.length;
    close(measured.rmse, Math.sqrt(errors.reduce((s, e) => s + e * e, 0) / errors.length), 'RMSE');
    close(measured.mae, errors.reduce((s, e) => s + Math.abs(e), 0) / errors.length, 'MAE');
    close(
      measured.r2,
      1 - errors.reduce((s, e) => s + e * e, 0) / truth.reduce((s, y) => s + (y - mean) ** 2, 0),
      'R²',
    );
    assert.equal(regressionMeasures(Float32Array.from([1, 2]), Float64Array.from([3, 3])).r2, null);
  });

  it('matches the reference for rates by group and the differences across them', () => {
    const next = random(11);
    const rows = 900;
    const groupOf = Array.from({ length: rows }, () => ['a', 'b', 'c'][Math.floor(next() * 3)]!);
    const truth = Int32Array.from({ length: rows }, () => (next() < 0.4 ? 1 : 0));
    // Group c is selected less often: its predictions lean negative.
    const predicted = Int32Array.from(truth, (actual, row) =>
      next() < (groupOf[row] === 'c' ? 0.5 : 0.85) ? actual : next() < 0.3 ? 1 : 0,
    );
    // Codes in an order unlike the names', so that the groups must come out sorted by name.
    const names = ['c', 'a', 'b'];
    const codes = Int32Array.from(groupOf, (group) => names.indexOf(group));
    const measured = fairnessMeasures('group', predicted, truth, { names, codes }, 1, 'approved');
    const rates = ['a', 'b', 'c'].map((group) => {
      const rowsOf = [...truth.keys()].filter((row) => groupOf[row] === group);
      const positives = rowsOf.filter((row) => truth[row] === 1);
      const negatives = rowsOf.filter((row) => truth[row] === 0);
      return {
        group,
        selection: rowsOf.filter((row) => predicted[row] === 1).length / rowsOf.length,
        tpr: positives.filter((row) => predicted[row] === 1).length / positives.length,
        fpr: negatives.filter((row) => predicted[row] === 1).length / negatives.length,
      };
    });
    assert.deepEqual(
      measured.groups.map((g) => g.group),
      ['a', 'b', 'c'],
    );
    measured.groups.forEach((g, i) => {
      close(g.selectionRate, rates[i]!.selection, `selection rate of ${g.group}`);
      close(g.truePositiveRate, rates[i]!.tpr, `TPR of ${g.group}`);
      close(g.falsePositiveRate, rates[i]!.fpr, `FPR of ${g.group}`);
    });
    const spread = (values: number[]) => Math.max(...values) - Math.min(...values);
    close(measured.demographicParityDifference, spread(rates.map((r) => r.selection)), 'DP difference');
    close(
      measured.demographicParityRatio,
      Math.min(...rates.map((r) => r.selection)) / Math.max(...rates.map((r) => r.selection)),
      'DP ratio',
    );
    close(measured.equalOpportunityDifference, spread(rates.map((r) => r.tpr)), 'EO difference');
    close(
      measured.equalizedOddsDifference,
      Math.max(spread(rates.map((r) => r.tpr)), spread(rates.map((r) => r.fpr))),
      'equalized odds difference',
    );
  });

  it('picks the first of equal scores as the predicted class', () => {
    assert.deepEqual([...predictedClasses(Float32Array.from([0.5, 0.5, 0.2, 0.7]), 2)], [0, 1]);
  });
});
