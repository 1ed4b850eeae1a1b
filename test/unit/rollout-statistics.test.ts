import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  fisherGreater,
  jensenShannon,
  mannWhitneyGreater,
  normalUpperTail,
} from '../../src/domain/rollouts/statistics';

/*
 * References: brute force where it is feasible, and SciPy 1.17 where it is not (the values below
 * were printed by scipy.stats.mannwhitneyu(..., alternative='greater'), fisher_exact(...,
 * alternative='greater'), scipy.spatial.distance.jensenshannon(p, q, base=2) ** 2 and
 * scipy.stats.norm.sf, on exactly these inputs).
 */
const near = (actual: number, expected: number, relative: number, what: string) =>
  assert.ok(Math.abs(actual - expected) <= relative * Math.abs(expected), `${what}: ${actual} ≠ ${expected}`);

describe('canary statistics', () => {
  it('Mann–Whitney, exact without ties: as counting every split of the values', () => {
    const candidate = [19, 22, 16, 29, 24];
    const stable = [20, 11, 17, 12];
    const { statistic, pValue } = mannWhitneyGreater(candidate, stable);
    assert.equal(statistic, 17);
    // Every way to pick 5 of the 9 values as the candidate's, and how many have U at least 17.
    const values = [...candidate, ...stable];
    let splits = 0;
    let asExtreme = 0;
    for (let mask = 0; mask < 1 << values.length; mask += 1) {
      if (mask.toString(2).split('1').length - 1 !== candidate.length) continue;
      const picked = values.filter((_, i) => mask & (1 << i));
      const rest = values.filter((_, i) => !(mask & (1 << i)));
      const u = picked.reduce((sum, a) => sum + rest.filter((b) => a > b).length, 0);
      splits += 1;
      if (u >= 17) asExtreme += 1;
    }
    near(pValue, asExtreme / splits, 1e-12, 'p by counting');
    near(pValue, 0.05555555555555555, 1e-12, 'p by SciPy');
  });

  it('Mann–Whitney with ties: the normal approximation, tie and continuity corrected, as SciPy gives it', () => {
    const small = mannWhitneyGreater([1, 2, 2, 3, 3, 3, 4, 5, 5, 6, 7, 7, 8], [1, 1, 2, 2, 2, 3, 3, 4, 4, 5]);
    assert.equal(small.statistic, 93);
    near(small.pValue, 0.04197120865571028, 1e-9, 'small');
    const candidate = Array.from({ length: 300 }, (_, i) => ((i * 37) % 101) / 10 + 1);
    const stable = Array.from({ length: 400 }, (_, i) => ((i * 53) % 97) / 10);
    const slower = mannWhitneyGreater(candidate, stable);
    assert.equal(slower.statistic, 73735.5);
    near(slower.pValue, 1.0635261472265814e-7, 1e-9, 'slower');
    near(mannWhitneyGreater(stable, candidate).pValue, 0.9999998938628273, 1e-12, 'faster');
  });

  it("Fisher's exact test, one-sided, small and large counts", () => {
    near(fisherGreater({ failures: 3, total: 4 }, { failures: 1, total: 4 }).pValue, 0.24285714285714283, 1e-12, 'tea');
    near(
      fisherGreater({ failures: 60, total: 1000 }, { failures: 35, total: 1000 }).pValue,
      0.0056382659499703515,
      1e-9,
      '6% against 3.5%',
    );
    near(
      fisherGreater({ failures: 520, total: 100_000 }, { failures: 450, total: 100_000 }).pValue,
      0.013155420071232615,
      1e-9,
      'a hundred thousand each',
    );
    assert.equal(fisherGreater({ failures: 0, total: 50 }, { failures: 0, total: 50 }).pValue, 1);
  });

  it('Jensen–Shannon divergence in bits, and the normal tail', () => {
    near(jensenShannon([10, 20, 70], [30, 30, 40]), 0.07489355896415409, 1e-12, 'JS');
    assert.equal(jensenShannon([5, 5], [50, 50]), 0);
    assert.equal(jensenShannon([1, 0], [0, 1]), 1);
    for (const [z, sf] of [
      [1.2345, 0.10850832336267019],
      [-0.5, 0.6914624612740131],
      [4.5, 3.3976731247300535e-6],
      [9, 1.1285884059538324e-19],
    ] as const)
      near(normalUpperTail(z), sf, 1e-12, `P(Z ≥ ${z})`);
  });
});
