/**
 * The tests canary analysis judges a candidate with, against the stable version on the same
 * interval's traffic: plain maths, no I/O. One-sided throughout: the question is always whether the
 * candidate is worse (slower, more errors), never merely different.
 */

/** A one-sided test's answer: the statistic and the probability of one at least as extreme were both the same. */
export interface TestResult {
  statistic: number;
  pValue: number;
}

/** Samples up to this many pairs get the exact distribution of U; larger ones the normal approximation. */
const EXACT_PAIRS = 10_000;

/**
 * The Mann–Whitney U test that `candidate` tends to be larger than `stable` (latencies: slower).
 * U counts the (candidate, stable) pairs where the candidate is larger, ties counting half. Without
 * ties and with few pairs the p-value is exact (the distribution of U by counting arrangements);
 * otherwise it is the normal approximation with the tie correction and a continuity correction.
 */
export function mannWhitneyGreater(candidate: ArrayLike<number>, stable: ArrayLike<number>): TestResult {
  const n1 = candidate.length;
  const n2 = stable.length;
  if (n1 === 0 || n2 === 0) throw new Error('the Mann–Whitney test needs values on both sides');
  const all = [
    ...Array.from(candidate, (value) => ({ value, first: true })),
    ...Array.from(stable, (value) => ({ value, first: false })),
  ];
  all.sort((a, b) => a.value - b.value);
  // Average ranks over ties; Σ(t³ − t) for the variance's correction.
  let rankSum = 0;
  let ties = 0;
  for (let start = 0; start < all.length;) {
    let end = start;
    while (end + 1 < all.length && all[end + 1]!.value === all[start]!.value) end += 1;
    const rank = (start + end) / 2 + 1;
    const size = end - start + 1;
    for (let i = start; i <= end; i += 1) if (all[i]!.first) rankSum += rank;
    ties += size ** 3 - size;
    start = end + 1;
  }
  const u = rankSum - (n1 * (n1 + 1)) / 2;
  if (ties === 0 && n1 * n2 <= EXACT_PAIRS) return { statistic: u, pValue: exactUpperTail(u, n1, n2) };
  const n = n1 + n2;
  const variance = ((n1 * n2) / 12) * (n + 1 - ties / (n * (n - 1)));
  if (variance === 0) return { statistic: u, pValue: 1 };
  const z = (u - (n1 * n2) / 2 - 0.5) / Math.sqrt(variance);
  return { statistic: u, pValue: normalUpperTail(z) };
}

/** P(U ≥ u) for samples of n1 and n2 without ties: arrangements counted by the recurrence on the largest value. */
function exactUpperTail(u: number, n1: number, n2: number): number {
  // count[i][j][k]: arrangements of i candidate and j stable values with U = k, one layer of i at a time.
  const max = n1 * n2;
  let previous: Float64Array[] = Array.from({ length: n2 + 1 }, () => new Float64Array(max + 1));
  for (let j = 0; j <= n2; j += 1) previous[j]![0] = 1; // no candidate values: U = 0, one arrangement
  for (let i = 1; i <= n1; i += 1) {
    const current = Array.from({ length: n2 + 1 }, () => new Float64Array(max + 1));
    current[0]![0] = 1;
    for (let j = 1; j <= n2; j += 1)
      for (let k = 0; k <= i * j; k += 1)
        // The largest value is a candidate's (beating all j stable values) or a stable one's.
        current[j]![k] = (k >= j ? previous[j]![k - j]! : 0) + current[j - 1]![k]!;
    previous = current;
  }
  const counts = previous[n2]!;
  let total = 0;
  let tail = 0;
  for (let k = 0; k <= max; k += 1) {
    total += counts[k]!;
    if (k >= u - 1e-9) tail += counts[k]!;
  }
  return tail / total;
}

/**
 * Fisher's exact test that the candidate's failure rate is higher than the stable version's:
 * P(at least the candidate's failures | the margins), summed over the hypergeometric
 * distribution in log space (exact for any counts).
 */
export function fisherGreater(
  candidate: { failures: number; total: number },
  stable: { failures: number; total: number },
): TestResult {
  const failures = candidate.failures + stable.failures;
  const total = candidate.total + stable.total;
  const lowest = Math.max(0, failures - stable.total);
  const highest = Math.min(failures, candidate.total);
  const logP = (a: number) =>
    logChoose(candidate.total, a) + logChoose(stable.total, failures - a) - logChoose(total, failures);
  let pValue = 0;
  for (let a = Math.max(candidate.failures, lowest); a <= highest; a += 1) pValue += Math.exp(logP(a));
  return { statistic: candidate.failures, pValue: Math.min(1, pValue) };
}

/**
 * Jensen–Shannon divergence (base 2, from 0 for equal distributions to 1 for disjoint ones) of two
 * distributions given as counts over the same categories.
 */
export function jensenShannon(p: ArrayLike<number>, q: ArrayLike<number>): number {
  const sum = (values: ArrayLike<number>) => Array.from(values).reduce((a, b) => a + b, 0);
  const [ps, qs] = [sum(p), sum(q)];
  if (ps === 0 || qs === 0) throw new Error('Jensen–Shannon needs counts on both sides');
  let divergence = 0;
  for (let i = 0; i < p.length; i += 1) {
    const [a, b] = [p[i]! / ps, q[i]! / qs];
    const m = (a + b) / 2;
    if (a > 0) divergence += (a / 2) * Math.log2(a / m);
    if (b > 0) divergence += (b / 2) * Math.log2(b / m);
  }
  return divergence;
}

/** ln C(n, k), through ln Γ. */
function logChoose(n: number, k: number): number {
  return logFactorial(n) - logFactorial(k) - logFactorial(n - k);
}

const LOG_FACTORIALS: number[] = [0];
/** ln n!: summed exactly up to 1,000, Stirling's series with four terms beyond (error under 1e-15 relative). */
function logFactorial(n: number): number {
  if (n < 1000) {
    while (LOG_FACTORIALS.length <= n) LOG_FACTORIALS.push(LOG_FACTORIALS.at(-1)! + Math.log(LOG_FACTORIALS.length));
    return LOG_FACTORIALS[n]!;
  }
  return (
    n * Math.log(n) - n + 0.5 * Math.log(2 * Math.PI * n) + 1 / (12 * n) - 1 / (360 * n ** 3) + 1 / (1260 * n ** 5)
  );
}

/** P(Z ≥ z) for a standard normal Z: erfc by its continued fraction (W. J. Cody's rational approximations are overkill here). */
export function normalUpperTail(z: number): number {
  return 0.5 * erfc(z / Math.SQRT2);
}

/** The complementary error function, to about 1e-14 relative: a series near 0, Lentz's continued fraction beyond. */
function erfc(x: number): number {
  if (x < 0) return 2 - erfc(-x);
  if (x < 2) {
    // erf by its Taylor series, then 1 − erf.
    let term = x;
    let sum = x;
    for (let n = 1; n < 100; n += 1) {
      term *= (-x * x) / n;
      const add = term / (2 * n + 1);
      sum += add;
      if (Math.abs(add) < 1e-17 * Math.abs(sum)) break;
    }
    return 1 - (2 / Math.sqrt(Math.PI)) * sum;
  }
  // erfc(x) = exp(−x²)/√π · 1/(x + 1/2/(x + 1/(x + 3/2/(x + …)))) by Lentz's method.
  const tiny = 1e-300;
  let f = x;
  let c = x;
  let d = 0;
  for (let n = 1; n < 200; n += 1) {
    const a = n / 2;
    d = x + a * d;
    d = d === 0 ? tiny : 1 / d;
    c = x + a / c;
    if (c === 0) c = tiny;
    const delta = c * d;
    f *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return Math.exp(-x * x) / Math.sqrt(Math.PI) / f;
}
