import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  binOf,
  binsFromSample,
  binsFromStatistics,
  mergeSparseBins,
  psi,
  type Bins,
  type DriftBinCounts,
} from '../../src/domain/drift/psi';

/** Asserts two lists of numbers equal within `tolerance` each (shares made by subtraction carry rounding). */
function assertClose(actual: number[], expected: number[], tolerance = 1e-12, message?: string): void {
  assert.equal(actual.length, expected.length, `${message ?? ''} lengths: ${actual} vs ${expected}`);
  actual.forEach((value, i) =>
    assert.ok(Math.abs(value - expected[i]!) <= tolerance, `${message ?? ''} [${i}]: ${value} ≠ ${expected[i]}`),
  );
}

/** The bin of `value` by definition: how many edges are at or below it, counted one by one. */
const countAtOrBelow = (edges: number[], value: number) => edges.filter((edge) => edge <= value).length;

/**
 * The standard normal CDF through Abramowitz & Stegun 7.1.26 (erf within 1.5e-7): a reference
 * independent of the deciles the code under test holds as constants.
 */
function normalCdf(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  const erf = 1 - poly * Math.exp(-x * x);
  return 0.5 * (1 + (z < 0 ? -erf : erf));
}

describe('psi', () => {
  it('is zero when the observed shares are the expected ones', () => {
    // Shares 0.25, 0.5, 0.25 of 8 instances: counts 2, 4, 2; every term is (a − e)·ln(a/e) = 0.
    assert.equal(psi([0.25, 0.5, 0.25], [2, 4, 2], 8), 0);
  });

  it('sums (a − e)·ln(a/e) over the bins', () => {
    // Expected 0.5, 0.5; observed 80 and 20 of 100, so a = 0.8, 0.2:
    //   (0.8 − 0.5)·ln(0.8/0.5) + (0.2 − 0.5)·ln(0.2/0.5)
    // = 0.3·ln 1.6 + 0.3·ln 2.5 = 0.3·0.4700036 + 0.3·0.9162907 = 0.4158883
    assert.ok(Math.abs(psi([0.5, 0.5], [80, 20], 100) - 0.4158883) < 1e-7);
    // Three bins, expected 0.2, 0.3, 0.5; counts 3, 3, 4 of 10, so a = 0.3, 0.3, 0.4:
    //   0.1·ln(0.3/0.2) + 0 + (−0.1)·ln(0.4/0.5) = 0.1·0.4054651 + 0.1·0.2231436 = 0.0628609
    assert.ok(Math.abs(psi([0.2, 0.3, 0.5], [3, 3, 4], 10) - 0.0628609) < 1e-7);
  });

  it('floors an empty bin (observed or expected) at 1e-4, so the logarithm stays finite', () => {
    // All 100 instances in the first bin of two halves: a = 1, and 1e-4 instead of 0 for the second.
    //   (1 − 0.5)·ln(1/0.5) + (0.0001 − 0.5)·ln(0.0001/0.5)
    // = 0.5·0.6931472 + 0.4999·8.5171932 = 0.3465736 + 4.2577448 = 4.6043184
    const empty = psi([0.5, 0.5], [100, 0], 100);
    assert.ok(Number.isFinite(empty));
    assert.ok(Math.abs(empty - 4.6043184) < 1e-6, String(empty));
    // A bin the reference never saw: e = 1e-4 instead of 0. Counts 5, 5 of 10 against 1, 0:
    //   (0.5 − 1)·ln(0.5/1) + (0.5 − 0.0001)·ln(0.5/0.0001)
    // = 0.5·0.6931472 + 0.4999·8.5171932 = 4.6043184 (the same terms, mirrored)
    const unseen = psi([1, 0], [5, 5], 10);
    assert.ok(Math.abs(unseen - 4.6043184) < 1e-6, String(unseen));
  });
});

describe('binsFromStatistics', () => {
  it('takes a histogram: its inner edges, and each count over the total as the share', () => {
    // Edges 0 | 10 | 20 | 40 | 50, counts 1, 3, 4, 0 of 8: the outer edges 0 and 50 open up to ±∞.
    assert.deepEqual(binsFromStatistics({ histogram: { binEdges: [0, 10, 20, 40, 50], counts: [1, 3, 4, 0] } }), {
      edges: [10, 20, 40],
      expected: [1 / 8, 3 / 8, 4 / 8, 0],
    });
  });

  it('prefers the histogram to quantiles and to mean and deviation', () => {
    const bins = binsFromStatistics({
      mean: 0,
      std: 1,
      quantiles: [{ q: 0.5, value: 99 }],
      histogram: { binEdges: [0, 1, 2], counts: [1, 1] },
    });
    assert.deepEqual(bins, { edges: [1], expected: [0.5, 0.5] });
  });

  it('passes over a histogram whose lengths do not agree, or of one bin, or of no counts', () => {
    const quantiles = [{ q: 0.5, value: 7 }];
    const fromQuantiles: Bins = { edges: [7], expected: [0.5, 0.5] };
    // One edge too few for three counts.
    assert.deepEqual(
      binsFromStatistics({ histogram: { binEdges: [0, 1, 2], counts: [1, 2, 3] }, quantiles }),
      fromQuantiles,
    );
    // One edge too many for two counts.
    assert.deepEqual(
      binsFromStatistics({ histogram: { binEdges: [0, 1, 2, 3], counts: [1, 2] }, quantiles }),
      fromQuantiles,
    );
    // A single bin has no inner edge to compare against.
    assert.deepEqual(binsFromStatistics({ histogram: { binEdges: [0, 1], counts: [5] }, quantiles }), fromQuantiles);
    // Counts that add up to nothing give no shares.
    assert.deepEqual(
      binsFromStatistics({ histogram: { binEdges: [0, 1, 2], counts: [0, 0] }, quantiles }),
      fromQuantiles,
    );
    // With nothing else to fall back on: none.
    assert.equal(binsFromStatistics({ histogram: { binEdges: [0, 1, 2], counts: [1, 2, 3] } }), undefined);
  });

  it('takes quantiles in order of q: each one an edge, the share between it and the one before a bin', () => {
    // Given out of order; q 0.25, 0.5, 0.75 → shares 0.25, 0.25, 0.25 and the 0.25 above the last.
    assert.deepEqual(
      binsFromStatistics({
        quantiles: [
          { q: 0.75, value: 30 },
          { q: 0.25, value: 10 },
          { q: 0.5, value: 20 },
        ],
      }),
      { edges: [10, 20, 30], expected: [0.25, 0.25, 0.25, 0.25] },
    );
  });

  it('leaves out the 0 and 1 quantiles (the minimum and maximum bound nothing)', () => {
    assert.deepEqual(
      binsFromStatistics({
        quantiles: [
          { q: 0, value: -100 },
          { q: 0.5, value: 3 },
          { q: 1, value: 100 },
        ],
      }),
      { edges: [3], expected: [0.5, 0.5] },
    );
    // Only those two: as good as none.
    assert.equal(
      binsFromStatistics({
        quantiles: [
          { q: 0, value: 1 },
          { q: 1, value: 2 },
        ],
      }),
      undefined,
    );
  });

  it('merges equal quantile values into one edge, the empty bin between them joining the bin above', () => {
    // q 0.25 and 0.5 both at 10: the bin [10, 10) is empty, and the 0.25 of values at exactly 10
    // belong above the edge 10 (a value equal to an edge goes above it): bins (−∞,10) 0.25,
    // [10,30) 0.25 + 0.25 = 0.5, [30,∞) 0.25.
    assert.deepEqual(
      binsFromStatistics({
        quantiles: [
          { q: 0.25, value: 10 },
          { q: 0.5, value: 10 },
          { q: 0.75, value: 30 },
        ],
      }),
      { edges: [10, 30], expected: [0.25, 0.5, 0.25] },
    );
    // Deciles 1, 2, 2, 2, 3, …, 7: the three 2s (q .2, .3, .4) become one edge.
    const deciles = [1, 2, 2, 2, 3, 4, 5, 6, 7].map((value, i) => ({ q: (i + 1) / 10, value }));
    const bins = binsFromStatistics({ quantiles: deciles })!;
    assert.deepEqual(bins.edges, [1, 2, 3, 4, 5, 6, 7]);
    // Below 1: 0.1; [1,2): 0.1; [2,3): q .2→.5 = 0.3 (from the three 2s); then 0.1 each; above 7: 0.1.
    assertClose(bins.expected, [0.1, 0.1, 0.3, 0.1, 0.1, 0.1, 0.1, 0.1]);
    assertClose([bins.expected.reduce((a, b) => a + b, 0)], [1]);
  });

  it('falls back to the deciles of a normal with the mean and deviation', () => {
    const mean = 10;
    const std = 2;
    const bins = binsFromStatistics({ mean, std })!;
    assert.equal(bins.edges.length, 9);
    assert.deepEqual(bins.expected, new Array(10).fill(0.1));
    // Each edge is where the normal's CDF reaches 0.1, 0.2, …, 0.9 (its constants are rounded to 4 digits).
    bins.edges.forEach((edge, i) =>
      assert.ok(
        Math.abs(normalCdf((edge - mean) / std) - (i + 1) / 10) < 1e-4,
        `edge ${i}: ${edge} is at CDF ${normalCdf((edge - mean) / std)}`,
      ),
    );
    // The middle edge is the mean; the outer ones 1.2816 deviations out: 10 ± 2·1.2816 = 7.4368, 12.5632.
    assert.equal(bins.edges[4], 10);
    assertClose([bins.edges[0]!, bins.edges[8]!], [7.4368, 12.5632], 1e-12);
  });

  it('gives no bins without statistics to make them from', () => {
    assert.equal(binsFromStatistics({}), undefined);
    assert.equal(binsFromStatistics({ mean: null, std: null, quantiles: null, histogram: null }), undefined);
    assert.equal(binsFromStatistics({ mean: 5 }), undefined, 'a mean without a deviation');
    assert.equal(binsFromStatistics({ mean: 5, std: 0 }), undefined, 'a deviation of zero spans nothing');
    assert.equal(binsFromStatistics({ quantiles: [] }), undefined);
  });
});

describe('binsFromSample', () => {
  it("takes the sample's deciles as edges, each bin a tenth of the sample", () => {
    // 0..99 shuffled: sorted, the deciles sit at indices 10, 20, …, 90, i.e. the values 10, 20, …, 90;
    // ten values fall in each bin (below 10, [10,20), …, [90,∞)).
    const values = Array.from({ length: 100 }, (_, i) => (i * 37) % 100);
    assert.equal(new Set(values).size, 100);
    const sample = Float64Array.from(values);
    const bins = binsFromSample(sample);
    assert.deepEqual(bins.edges, [10, 20, 30, 40, 50, 60, 70, 80, 90]);
    assert.deepEqual(bins.expected, new Array(10).fill(0.1));
    assert.deepEqual([...sample], values, 'the sample itself is left as it was');
  });

  it('merges equal deciles, so a sample of few values gets one edge per value', () => {
    // Fifty 1s and fifty 2s: deciles at indices 10..40 are 1, at 50..90 are 2 → edges 1, 2;
    // nothing below 1, fifty in [1,2), fifty at 2 and above.
    const sample = Float64Array.from([...new Array(50).fill(2), ...new Array(50).fill(1)]);
    assert.deepEqual(binsFromSample(sample), { edges: [1, 2], expected: [0, 0.5, 0.5] });
  });

  it('counts a small sample into its deciles by floor((i + 1)·n / 10)', () => {
    // n = 5, sorted 1..5: decile i is at index floor((i+1)·5/10) = 0,1,1,2,2,3,3,4,4 → 1,2,2,3,3,4,4,5,5;
    // merged: 1, 2, 3, 4, 5. Counts: below 1: 0; [1,2): 1; [2,3): 1; [3,4): 1; [4,5): 1; [5,∞): 1.
    assert.deepEqual(binsFromSample(Float64Array.from([5, 3, 1, 4, 2])), {
      edges: [1, 2, 3, 4, 5],
      expected: [0, 0.2, 0.2, 0.2, 0.2, 0.2],
    });
  });

  it('uses the edges given, a value on an edge counting above it', () => {
    // Edges 0.5, 1.5 (a classifier's classes 0, 1, 2): values 0, 1, 1, 2 → 1, 2, 1 of 4.
    assert.deepEqual(binsFromSample(Float64Array.from([1, 0, 2, 1]), [0.5, 1.5]), {
      edges: [0.5, 1.5],
      expected: [0.25, 0.5, 0.25],
    });
    // Values exactly on the edges 1 and 2: each goes to the bin above it.
    assert.deepEqual(binsFromSample(Float64Array.from([1, 2, 2, 3]), [1, 2]), {
      edges: [1, 2],
      expected: [0, 0.25, 0.75],
    });
  });
});

describe('binOf', () => {
  it('puts a value equal to an edge above it', () => {
    const edges = [1, 2, 3];
    assert.equal(binOf(edges, 0), 0);
    assert.equal(binOf(edges, 1), 1);
    assert.equal(binOf(edges, 1.5), 1);
    assert.equal(binOf(edges, 2), 2);
    assert.equal(binOf(edges, 3), 3);
    assert.equal(binOf(edges, 1e9), 3);
    assert.equal(binOf(edges, -Infinity), 0);
    assert.equal(binOf(edges, Infinity), 3);
    assert.equal(binOf([], 42), 0, 'without edges, one bin');
    assert.equal(binOf([1, 1, 2], 1), 2, 'above every edge it equals');
  });

  it('agrees with counting the edges at or below the value, for many values', () => {
    const edges = [-5, -1, 0, 0, 0.5, 2, 2, 2, 7, 100];
    // Every edge, its neighbours, and a sweep in steps of 0.25.
    const values = [
      ...edges.flatMap((edge) => [edge, edge - 1e-9, edge + 1e-9]),
      ...Array.from({ length: 500 }, (_, i) => -10 + i * 0.25),
    ];
    for (const value of values) assert.equal(binOf(edges, value), countAtOrBelow(edges, value), `value ${value}`);
  });
});

describe('mergeSparseBins', () => {
  /** Bins with these counts and shares, split at 10, 20, …; `observed` left at 0 for the merge to fill. */
  const binsOf = (counts: number[], expected: number[]): DriftBinCounts[] =>
    counts.map((count, i) => ({
      lower: i === 0 ? null : i * 10,
      upper: i === counts.length - 1 ? null : (i + 1) * 10,
      expected: expected[i]!,
      count,
      observed: 0,
      referenceBins: 1,
    }));

  it('leaves bins holding at least minCount each as they are, with their observed shares', () => {
    const bins = binsOf([3, 5, 2], [0.2, 0.5, 0.3]);
    // Total 10: observed 0.3, 0.5, 0.2.
    assert.deepEqual(mergeSparseBins(bins, 2), [
      { lower: null, upper: 10, expected: 0.2, count: 3, observed: 0.3, referenceBins: 1 },
      { lower: 10, upper: 20, expected: 0.5, count: 5, observed: 0.5, referenceBins: 1 },
      { lower: 20, upper: null, expected: 0.3, count: 2, observed: 0.2, referenceBins: 1 },
    ]);
    assert.equal(bins[0]!.observed, 0, 'the bins given are not changed');
  });

  it('joins sparse bins left to right until they hold minCount, and a remainder joins the last bin', () => {
    // Counts 5 | 1 | 1 | 6 | 2, minCount 3:
    //   5 ≥ 3 → a bin; 1 → open; 1 + 1 = 2 → open; 2 + 6 = 8 → a bin (three reference bins);
    //   2 is left over → joins 8: 10 over four reference bins. Total 15: observed 5/15, 10/15.
    const merged = mergeSparseBins(binsOf([5, 1, 1, 6, 2], [0.3, 0.1, 0.1, 0.3, 0.2]), 3);
    assert.equal(merged.length, 2);
    assert.deepEqual(
      merged.map(({ lower, upper, count, referenceBins }) => ({ lower, upper, count, referenceBins })),
      [
        { lower: null, upper: 10, count: 5, referenceBins: 1 },
        { lower: 10, upper: null, count: 10, referenceBins: 4 },
      ],
    );
    assertClose(
      merged.map((bin) => bin.observed),
      [5 / 15, 10 / 15],
    );
    // Expected shares add up: 0.3; 0.1 + 0.1 + 0.3 + 0.2 = 0.7.
    assertClose(
      merged.map((bin) => bin.expected),
      [0.3, 0.7],
    );
  });

  it('makes one bin of all when even all together hold fewer than minCount', () => {
    const merged = mergeSparseBins(binsOf([1, 0, 2], [0.5, 0.25, 0.25]), 5);
    assert.deepEqual(merged, [{ lower: null, upper: null, expected: 1, count: 3, observed: 1, referenceBins: 3 }]);
  });

  it('gives observed 0, not NaN, to bins of an empty window', () => {
    const merged = mergeSparseBins(binsOf([0, 0], [0.5, 0.5]), 1);
    assert.deepEqual(merged, [{ lower: null, upper: null, expected: 1, count: 0, observed: 0, referenceBins: 2 }]);
  });

  it('with referenceCount, also needs minCount of the reference values in each bin', () => {
    // Counts 10, 10, 10 (each ≥ 5), shares 0.1, 0.4, 0.5 of a reference of 20 values: 2, 8, 10 of them.
    // Without referenceCount: three bins. With it: 2 < 5, so the first joins the second (2 + 8 = 10).
    const bins = binsOf([10, 10, 10], [0.1, 0.4, 0.5]);
    assert.equal(mergeSparseBins(bins, 5).length, 3);
    const merged = mergeSparseBins(bins, 5, 20);
    assert.deepEqual(
      merged.map(({ lower, upper, count, referenceBins }) => ({ lower, upper, count, referenceBins })),
      [
        { lower: null, upper: 20, count: 20, referenceBins: 2 },
        { lower: 20, upper: null, count: 10, referenceBins: 1 },
      ],
    );
    assertClose(
      merged.map((bin) => bin.expected),
      [0.5, 0.5],
    );
  });

  it('counts a share times referenceCount that rounding leaves a hair below minCount as enough', () => {
    // 0.29 · 100 is 28.999999999999996 in floating point, yet 29 of the 100 reference values.
    assert.ok(0.29 * 100 < 29);
    const merged = mergeSparseBins(binsOf([60, 60], [0.29, 0.71]), 29, 100);
    assert.equal(merged.length, 2, '29 and 71 reference values each reach minCount 29');
    // One truly short: 0.28 · 100 = 28 < 29, so the first bin joins the second.
    assert.equal(mergeSparseBins(binsOf([60, 60], [0.28, 0.72]), 29, 100).length, 1);
  });
});
