/** Pure maths of drift: reference bins from training statistics or a sample, the PSI, and bins merged for privacy. */

/** What a feature's reference bins come from: a training dataset version's statistics have this shape. */
export interface ReferenceStatistics {
  mean?: number | null;
  std?: number | null;
  quantiles?: { q: number; value: number }[] | null;
  histogram?: { binEdges: number[]; counts: number[] } | null;
}

/** A bin with no share gets this much, so that the logarithm in the PSI stays finite. */
const EPSILON = 1e-4;
/** Deciles of the standard normal: bins of a feature known only by its mean and deviation. */
const NORMAL_DECILES = [-1.2816, -0.8416, -0.5244, -0.2533, 0, 0.2533, 0.5244, 0.8416, 1.2816];

/** Bins of a feature: `edges` split the line (a value equal to an edge goes above it), `expected` is each bin's share. */
export interface Bins {
  edges: number[];
  expected: number[];
}

/**
 * The bins a feature's training statistics describe: its histogram, else its quantiles, else the
 * deciles of a normal with its mean and deviation; none without any of them.
 */
export function binsFromStatistics(statistics: ReferenceStatistics): Bins | undefined {
  const histogram = statistics.histogram;
  const total = histogram?.counts.reduce((a, b) => a + b, 0) ?? 0;
  if (
    histogram &&
    total > 0 &&
    histogram.binEdges.length === histogram.counts.length + 1 &&
    histogram.counts.length > 1
  ) {
    return { edges: histogram.binEdges.slice(1, -1), expected: histogram.counts.map((count) => count / total) };
  }
  const quantiles = [...(statistics.quantiles ?? [])].filter((q) => q.q > 0 && q.q < 1).sort((a, b) => a.q - b.q);
  if (quantiles.length > 0) {
    const shares = quantiles.map((q, i) => q.q - (quantiles[i - 1]?.q ?? 0));
    return merged(
      quantiles.map((q) => q.value),
      [...shares, 1 - quantiles.at(-1)!.q],
    );
  }
  if (statistics.mean != null && statistics.std != null && statistics.std > 0) {
    return {
      edges: NORMAL_DECILES.map((z) => statistics.mean! + z * statistics.std!),
      expected: new Array(NORMAL_DECILES.length + 1).fill(0.1),
    };
  }
  return undefined;
}

/** Reference bins from a sample of live values: `edges` when given, else the sample's deciles; each bin's share as the sample has it. */
export function binsFromSample(sample: Float64Array, edges?: number[]): Bins {
  const sorted = Float64Array.from(sample).sort();
  const deciles = Array.from({ length: 9 }, (_, i) => sorted[Math.floor(((i + 1) * sorted.length) / 10)]!);
  const unique = edges ?? deciles.filter((edge, i) => i === 0 || edge !== deciles[i - 1]);
  const counts = new Array(unique.length + 1).fill(0);
  for (const value of sorted) counts[binOf(unique, value)] += 1;
  return { edges: unique, expected: counts.map((count) => count / sorted.length) };
}

/** Edges with equal neighbours joined, their shares summed. */
function merged(edges: number[], shares: number[]): Bins {
  const out: Bins = { edges: [], expected: [shares[0]!] };
  edges.forEach((edge, i) => {
    if (out.edges.length > 0 && edge <= out.edges.at(-1)!) out.expected[out.expected.length - 1]! += shares[i + 1]!;
    else {
      out.edges.push(edge);
      out.expected.push(shares[i + 1]!);
    }
  });
  return out;
}

/** The bin a value falls in: how many edges are at or below it. */
export function binOf(edges: number[], value: number): number {
  let low = 0;
  let high = edges.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (edges[mid]! <= value) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Population stability index of observed counts against expected shares. */
export function psi(expected: number[], counts: ArrayLike<number>, total: number): number {
  let sum = 0;
  for (let i = 0; i < expected.length; i += 1) {
    const e = Math.max(expected[i]!, EPSILON);
    const a = Math.max(counts[i]! / total, EPSILON);
    sum += (a - e) * Math.log(a / e);
  }
  return sum;
}

/** A bin of a feature over a window: bounds, share of the reference, instances in it and their share. */
export interface DriftBinCounts {
  lower: number | null;
  upper: number | null;
  expected: number;
  count: number;
  observed: number;
  /** How many reference bins it spans (more than one once merged). */
  referenceBins: number;
}

/** Two adjacent bins as one (`observed` is recomputed by the caller). */
const joined = (low: DriftBinCounts, high: DriftBinCounts): DriftBinCounts => ({
  lower: low.lower,
  upper: high.upper,
  expected: low.expected + high.expected,
  count: low.count + high.count,
  observed: 0,
  referenceBins: low.referenceBins + high.referenceBins,
});

/**
 * Bins merged with their neighbours, left to right, until each holds at least `minCount` instances
 * of the window (and, with `referenceCount`, at least `minCount` of the live values an early-traffic
 * reference was made of); a remainder joins the last bin. So no bin shown tells of fewer than
 * `minCount` requests: not even that a bin is empty, which would narrow down the others.
 */
export function mergeSparseBins(bins: DriftBinCounts[], minCount: number, referenceCount?: number): DriftBinCounts[] {
  const total = bins.reduce((sum, bin) => sum + bin.count, 0);
  const full = (bin: DriftBinCounts) =>
    bin.count >= minCount && (referenceCount === undefined || bin.expected * referenceCount >= minCount - 1e-9);
  const out: DriftBinCounts[] = [];
  let open: DriftBinCounts | undefined;
  for (const bin of bins) {
    open = open ? joined(open, bin) : { ...bin };
    if (full(open)) {
      out.push(open);
      open = undefined;
    }
  }
  if (open) {
    const last = out.pop();
    out.push(last ? joined(last, open) : open);
  }
  return out.map((bin) => ({ ...bin, observed: total === 0 ? 0 : bin.count / total }));
}
