/**
 * Generated demo data, seeded so every first start trains the same models: credit applicants
 * with a sensitive attribute, and small images of bars.
 */
import { random } from '../random';

function normal(rand: () => number): number {
  return Math.sqrt(-2 * Math.log(rand() || 1e-12)) * Math.cos(2 * Math.PI * rand());
}

export interface Applicant {
  income: number;
  age: number;
  debt_ratio: number;
  /** Sensitive: kept for fairness measurement, never a model input. */
  gender: 'f' | 'm';
  defaulted: boolean;
}

/** Applicants whose default risk falls with income and age and rises with debt. */
export function applicants(count: number, seed = 7): Applicant[] {
  const rand = random(seed);
  return Array.from({ length: count }, () => {
    const income = Math.max(8, 52 + 18 * normal(rand)); // thousands a year
    const age = 18 + Math.floor(rand() * 57);
    const debt_ratio = Math.min(1, Math.max(0, 0.35 + 0.18 * normal(rand)));
    const gender = rand() < 0.5 ? 'f' : 'm';
    const logit = 1.5 - 0.06 * income - 0.03 * (age - 40) + 7 * (debt_ratio - 0.35);
    return { income, age, debt_ratio, gender, defaulted: rand() < 1 / (1 + Math.exp(-logit)) };
  });
}

export const IMAGE_SIZE = 8;
export const IMAGE_CLASSES = ['horizontal', 'vertical'] as const;

/** An 8×8×1 grey image and the index of its class in IMAGE_CLASSES. */
export interface BarImage {
  pixels: number[][][];
  label: number;
}

/** 8×8 grey images of one bright bar, horizontal or vertical, with noise. */
export function barImages(count: number, seed = 11): BarImage[] {
  const rand = random(seed);
  return Array.from({ length: count }, () => {
    const label = rand() < 0.5 ? 0 : 1;
    const line = 1 + Math.floor(rand() * (IMAGE_SIZE - 2));
    const pixels = Array.from({ length: IMAGE_SIZE }, (_, row) =>
      Array.from({ length: IMAGE_SIZE }, (_, col) => [
        Math.min(1, Math.max(0, ((label === 0 ? row : col) === line ? 0.9 : 0.1) + 0.15 * normal(rand))),
      ]),
    );
    return { pixels, label };
  });
}

/** Reference statistics of one column, as a dataset version records them (explanation baselines use them). */
export function columnStatistics(feature: string, values: number[], bins = 10) {
  const sorted = [...values].sort((a, b) => a - b);
  const [low, high] = [sorted[0]!, sorted.at(-1)!];
  const mean = sorted.reduce((sum, v) => sum + v, 0) / sorted.length;
  const std = Math.sqrt(sorted.reduce((sum, v) => sum + (v - mean) ** 2, 0) / sorted.length);
  const binEdges = Array.from({ length: bins + 1 }, (_, i) => low + ((high - low) * i) / bins);
  const counts = new Array<number>(bins).fill(0);
  for (const v of sorted) counts[Math.min(bins - 1, Math.floor(((v - low) / (high - low || 1)) * bins))]! += 1;
  // Nearest-rank quantiles: values the data really holds.
  const quantiles = [0.05, 0.25, 0.5, 0.75, 0.95].map((q) => ({
    q,
    value: sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!,
  }));
  return { feature, mean, std, min: low, max: high, quantiles, histogram: { binEdges, counts } };
}
