import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  GroupBound,
  MAX_GROUPS,
  measureTallies,
  OTHER_GROUP,
  Tallies,
  tallyClassified,
  tallyRegressed,
} from '../../src/domain/outcomes/tally';
import { random } from '../../src/random';
import { argmaxOf, classificationReference, close, ratesByGroup } from '../support/quality-reference';

/** `rows` softmax score rows of `classes` classes, and a truth per row that agrees with the top score 70% of the time. */
function scoredRows(rows: number, classes: number, seed: number) {
  const next = random(seed);
  const scores: number[][] = [];
  const truth: number[] = [];
  for (let row = 0; row < rows; row += 1) {
    const logits = Array.from({ length: classes }, () => next() * 4);
    const sum = logits.reduce((total, logit) => total + Math.exp(logit), 0);
    const probabilities = logits.map((logit) => Math.exp(logit) / sum);
    scores.push(probabilities);
    truth.push(next() < 0.7 ? argmaxOf(probabilities, 0, classes) : Math.floor(next() * classes));
  }
  return { scores, truth };
}

describe('live quality tallies', () => {
  it('measure a three-class classifier as the reference does, its AUC within a bin', () => {
    const { scores, truth } = scoredRows(3000, 3, 1);
    const tallies = new Tallies();
    scores.forEach((row, i) => tallyClassified(tallies, row, truth[i]!, null, 1));
    const measured = measureTallies(tallies, ['a', 'b', 'c']).classification!;
    const reference = classificationReference(scores.flat(), truth, 3);
    close(measured.accuracy, reference.accuracy, 'accuracy');
    close(measured.logLoss, reference.logLoss, 'log loss');
    close(measured.expectedCalibrationError, reference.ece, 'ECE');
    measured.perClass.forEach((c, i) => close(c.f1, reference.perClass[i]!.f1, `F1 of ${c.label}`));
    assert.ok(Math.abs(measured.rocAuc! - reference.rocAuc!) <= 0.001, `${measured.rocAuc} vs ${reference.rocAuc}`);
  });

  it('take back what a corrected outcome added: the same as tallying the right one at first', () => {
    const { scores, truth } = scoredRows(400, 2, 2);
    const groups = truth.map((_, i) => ({ gender: i % 3 === 0 ? 'f' : 'm' }));
    const direct = new Tallies();
    const corrected = new Tallies();
    scores.forEach((row, i) => {
      tallyClassified(direct, row, truth[i]!, groups[i]!, 1);
      // Every fourth is first reported wrong, then corrected.
      if (i % 4 === 0) {
        tallyClassified(corrected, row, 1 - truth[i]!, groups[i]!, 1);
        tallyClassified(corrected, row, 1 - truth[i]!, groups[i]!, -1);
      }
      tallyClassified(corrected, row, truth[i]!, groups[i]!, 1);
    });
    const [a, b] = [measureTallies(direct, ['no', 'yes'], 1), measureTallies(corrected, ['no', 'yes'], 1)];
    close(b.classification!.accuracy, a.classification!.accuracy, 'accuracy');
    close(b.classification!.logLoss, a.classification!.logLoss, 'log loss');
    assert.equal(b.classification!.rocAuc, a.classification!.rocAuc);
    assert.deepEqual(b.fairness, a.fairness);
    // And the fairness is the reference's.
    const predicted = scores.map((row) => argmaxOf(row, 0, 2));
    const expected = ratesByGroup(
      predicted,
      truth,
      groups.map((g) => g.gender),
      1,
    );
    a.fairness[0]!.groups.forEach((group, i) => {
      close(group.selectionRate, expected[i]!.selection, `selection of ${group.group}`);
      close(group.truePositiveRate, expected[i]!.tpr, `TPR of ${group.group}`);
      close(group.falsePositiveRate, expected[i]!.fpr, `FPR of ${group.group}`);
    });
  });

  it('measure a regressor from sums as the two-pass reference does', () => {
    const next = random(3);
    const truth = Array.from({ length: 500 }, () => 100 + next() * 10);
    const predicted = truth.map((y) => y + (next() - 0.5));
    const tallies = new Tallies();
    predicted.forEach((value, i) => tallyRegressed(tallies, value, truth[i]!, 1));
    const { regression, labelled } = measureTallies(tallies, []);
    assert.equal(labelled, 500);
    const mean = truth.reduce((a, b) => a + b, 0) / 500;
    const squared = predicted.reduce((sum, value, i) => sum + (value - truth[i]!) ** 2, 0);
    const total = truth.reduce((sum, y) => sum + (y - mean) ** 2, 0);
    close(regression!.rmse, Math.sqrt(squared / 500), 'RMSE');
    close(regression!.mae, predicted.reduce((sum, value, i) => sum + Math.abs(value - truth[i]!), 0) / 500, 'MAE');
    // Values far from zero (Σy² − (Σy)²/n cancels most of its digits) still agree to 1e-9.
    close(regression!.r2, 1 - squared / total, 'R²');
  });

  it('keep the groups of a feature within the bound, those tallied before included', () => {
    const bound = new GroupBound();
    const tallies = new Tallies();
    // Two groups already stored for the version, from an earlier report.
    tallyClassified(tallies, [0.3, 0.7], 1, { gender: 'f' }, 1);
    tallyClassified(tallies, [0.3, 0.7], 1, { gender: 'm' }, 1);
    bound.learn(
      'd/v',
      [...tallies.byKey.keys()].filter((key) => key.startsWith('g:')),
    );
    const named = Array.from({ length: MAX_GROUPS + 10 }, (_, i) => bound.bound('d/v', { gender: `g${i}` })!.gender);
    assert.deepEqual(
      named.slice(0, MAX_GROUPS - 2),
      Array.from({ length: MAX_GROUPS - 2 }, (_, i) => `g${i}`),
    );
    assert.ok(named.slice(MAX_GROUPS - 2).every((group) => group === OTHER_GROUP));
    assert.deepEqual(bound.bound('d/v', { gender: 'f' }), { gender: 'f' }, 'a known group keeps its name');
    assert.deepEqual(bound.bound('d/other', { gender: 'g99' }), { gender: 'g99' }, 'each version has its own bound');
    assert.equal(bound.bound('d/v', null), null);
  });
});
