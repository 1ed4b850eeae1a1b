import { vectorElement } from '../explanations/baselines';
import type { DriftPolicy } from './policy';
import type { ServingLabels } from '../../telemetry/metrics';
import type { InputBatch } from '../../inference/instances';
import type { ServedDeployment, ServedVersion } from '../serving/routing-table';
import type { DatasetVersionSubject, TrainingData } from '../experiments/training-data';
import type { OutputBatch } from '../../inference/instances';

/** What a feature's reference bins come from: a training dataset version's statistics have this shape. */
export interface ReferenceStatistics {
  mean?: number | null;
  std?: number | null;
  quantiles?: { q: number; value: number }[] | null;
  histogram?: { binEdges: number[]; counts: number[] } | null;
}

/** Minutes the sliding window can span: one slot of counts per minute. */
export const MAX_WINDOW_MINUTES = 60;
/** Features tracked per version at most, inputs before outputs: bounds memory and the work per request. */
const MAX_FEATURES = 256;
/** A bin with no share gets this much, so that the logarithm in the PSI stays finite. */
const EPSILON = 1e-4;
/** Deciles of the standard normal: bins of a feature known only by its mean and deviation. */
const NORMAL_DECILES = [-1.2816, -0.8416, -0.5244, -0.2533, 0, 0.2533, 0.5244, 0.8416, 1.2816];

export type ReferenceSource = 'TRAINING_STATISTICS' | 'EARLY_TRAFFIC';

/** Bins of a feature: `edges` split the line (a value equal to an edge goes above it), `expected` is each bin's share. */
interface Bins {
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
function binsFromSample(sample: Float64Array, edges?: number[]): Bins {
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
function binOf(edges: number[], value: number): number {
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

/** How one instance yields a feature's value from a request's packed inputs or a batch's outputs. */
type Extract = (batches: InputBatch[], output: OutputBatch, row: number) => number;

/** One tracked feature: its reference, and counts per bin for each minute of the window. */
class TrackedFeature {
  bins?: Bins;
  /** Counts, minute slot by minute slot: slot × bins. */
  counts?: Uint32Array;
  /** How many live values the reference was made of, when early traffic made it. */
  referenceCount?: number;
  /** Early traffic collected as the reference, until it is full. */
  private sample?: Float64Array;
  private sampled = 0;

  constructor(
    readonly name: string,
    readonly extract: Extract,
    readonly source: ReferenceSource,
    /** The dataset version training statistics came from: who may not read it sees no bins. */
    readonly from: DatasetVersionSubject | undefined,
    bins: Bins | undefined,
    referenceSize: number,
    /** Edges of the bins early traffic fills (the classes of a classifier); unset, its deciles. */
    private readonly sampleEdges?: number[],
  ) {
    if (bins) this.useBins(bins);
    else this.sample = new Float64Array(referenceSize);
  }

  /** The bins' edges are live values: deciles of early traffic, not fixed edges (the classes) or training statistics. */
  get edgesFromTraffic(): boolean {
    return this.source === 'EARLY_TRAFFIC' && this.sampleEdges === undefined;
  }

  /** Early traffic collected so far, while the reference forms. */
  get collecting(): { have: number; need: number } | undefined {
    return this.sample && { have: this.sampled, need: this.sample.length };
  }

  add(value: number, slot: number): void {
    if (!Number.isFinite(value)) return;
    if (this.sample) {
      this.sample[this.sampled++] = value;
      if (this.sampled === this.sample.length) {
        this.referenceCount = this.sample.length;
        this.useBins(binsFromSample(this.sample, this.sampleEdges));
        this.sample = undefined;
      }
      return;
    }
    this.counts![slot * this.bins!.expected.length + binOf(this.bins!.edges, value)]! += 1;
  }

  clearSlot(slot: number): void {
    if (!this.counts) return;
    const width = this.bins!.expected.length;
    this.counts.fill(0, slot * width, (slot + 1) * width);
  }

  private useBins(bins: Bins): void {
    this.bins = bins;
    this.counts = new Uint32Array(MAX_WINDOW_MINUTES * bins.expected.length);
  }
}

/** A feature's drift over a window, as the graph and the metrics report it. */
export interface FeatureDrift {
  feature: string;
  reference: ReferenceSource;
  referenceFrom?: DatasetVersionSubject;
  /** Null while the reference forms from early traffic, or before any instance in the window. */
  psi: number | null;
  instances: number;
  collecting?: { have: number; need: number };
  /** The bins' edges are individual live values (deciles of the version's early traffic). */
  edgesFromTraffic: boolean;
  /** How many live values an early-traffic reference was made of. */
  referenceCount?: number;
  bins?: DriftBinCounts[];
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

export interface VersionDrift {
  modelVersionId: string;
  version: number;
  labels: ServingLabels;
  instances: number;
  alerting: boolean;
  inputs: FeatureDrift[];
  outputs: FeatureDrift[];
}

/** One deployment's version: its features, and the minute each slot of counts belongs to. */
class VersionSeries {
  readonly slotMinute = new Int32Array(MAX_WINDOW_MINUTES).fill(-1);
  readonly instances = new Uint32Array(MAX_WINDOW_MINUTES);
  alerting = false;
  lastSeen = Date.now();

  constructor(
    readonly deploymentId: string,
    readonly version: ServedVersion,
    readonly labels: ServingLabels,
    readonly inputs: TrackedFeature[],
    readonly outputs: TrackedFeature[],
  ) {}

  observe(batches: InputBatch[], output: OutputBatch, now: number): void {
    const minute = Math.floor(now / 60_000);
    const slot = minute % MAX_WINDOW_MINUTES;
    if (this.slotMinute[slot] !== minute) {
      this.slotMinute[slot] = minute;
      this.instances[slot] = 0;
      for (const feature of [...this.inputs, ...this.outputs]) feature.clearSlot(slot);
    }
    const rows = batches[0]!.shape[0]!;
    this.instances[slot]! += rows;
    this.lastSeen = now;
    for (let row = 0; row < rows; row += 1) {
      for (const feature of this.inputs) feature.add(feature.extract(batches, output, row), slot);
      for (const feature of this.outputs) feature.add(feature.extract(batches, output, row), slot);
    }
  }

  /** Drift over the last `windowMinutes`, features ranked by PSI (highest first). */
  report(windowMinutes: number, now: number): VersionDrift {
    const minute = Math.floor(now / 60_000);
    const slots = [...this.slotMinute.keys()].filter(
      (slot) => this.slotMinute[slot]! > minute - windowMinutes && this.slotMinute[slot]! <= minute,
    );
    const instances = slots.reduce((sum, slot) => sum + this.instances[slot]!, 0);
    const rank = (features: TrackedFeature[]) =>
      features.map((feature) => driftOf(feature, slots)).sort((a, b) => (b.psi ?? -1) - (a.psi ?? -1));
    return {
      modelVersionId: this.version.id,
      version: this.version.version,
      labels: this.labels,
      instances,
      alerting: this.alerting,
      inputs: rank(this.inputs),
      outputs: rank(this.outputs),
    };
  }
}

function driftOf(feature: TrackedFeature, slots: number[]): FeatureDrift {
  const base = {
    feature: feature.name,
    reference: feature.source,
    referenceFrom: feature.from,
    collecting: feature.collecting,
    edgesFromTraffic: feature.edgesFromTraffic,
    referenceCount: feature.referenceCount,
  };
  if (!feature.bins) return { ...base, psi: null, instances: 0 };
  const width = feature.bins.expected.length;
  const counts = new Array(width).fill(0);
  for (const slot of slots)
    for (let bin = 0; bin < width; bin += 1) counts[bin] += feature.counts![slot * width + bin]!;
  const total = counts.reduce((a, b) => a + b, 0);
  const { edges, expected } = feature.bins;
  return {
    ...base,
    psi: total === 0 ? null : psi(expected, counts, total),
    instances: total,
    bins: expected.map((share, bin) => ({
      lower: edges[bin - 1] ?? null,
      upper: edges[bin] ?? null,
      expected: share,
      count: counts[bin],
      observed: total === 0 ? 0 : counts[bin] / total,
      referenceBins: 1,
    })),
  };
}

/**
 * The features of a version worth watching, each with how to read it per instance: scalar inputs
 * and the elements of vector inputs by name, an image (or any tensor of rank 2 or more) by the mean
 * of its values; outputs by the predicted class (classifiers) or the value (single-output models).
 * A feature takes its reference bins from the training statistics of its name, else from the
 * deciles of the version's first live values.
 */
function featuresOf(
  version: ServedVersion,
  training: TrainingData,
  referenceSize: number,
): { inputs: TrackedFeature[]; outputs: TrackedFeature[] } {
  const track = (name: string, extract: Extract) => {
    const statistics = training.statistics.get(name);
    const bins = statistics && binsFromStatistics(statistics);
    return new TrackedFeature(
      name,
      extract,
      bins ? 'TRAINING_STATISTICS' : 'EARLY_TRAFFIC',
      bins ? training.statisticsFrom.get(name) : undefined,
      bins,
      referenceSize,
    );
  };
  const inputs: TrackedFeature[] = [];
  version.signature.inputs.forEach((spec, index) => {
    const size = spec.shape.reduce((a, b) => a * b, 1);
    if (spec.shape.length === 0) inputs.push(track(spec.name, (batches, _, row) => batches[index]!.values[row]!));
    else if (spec.shape.length === 1) {
      for (let element = 0; element < size && inputs.length < MAX_FEATURES; element += 1) {
        inputs.push(
          track(vectorElement(spec.name, element), (batches, _, row) => batches[index]!.values[row * size + element]!),
        );
      }
    } else {
      inputs.push(
        track(`${spec.name}:mean`, (batches, _, row) => {
          const values = batches[index]!.values;
          let sum = 0;
          for (let i = row * size; i < (row + 1) * size; i += 1) sum += values[i]!;
          return sum / size;
        }),
      );
    }
  });
  const outputs: TrackedFeature[] = [];
  const [first] = version.signature.outputs;
  const width = first ? first.shape.reduce((a, b) => a * b, 1) : 0;
  const labels = version.signature.classLabels.length;
  if (first && labels > 0 && labels === width) {
    // The predicted class as a number: one bin per class.
    const classes = Array.from({ length: labels - 1 }, (_, i) => i + 0.5);
    outputs.push(
      new TrackedFeature(
        `output:${first.name}`,
        (_, output, row) => argmax(output.values, row * width, width),
        'EARLY_TRAFFIC',
        undefined,
        undefined,
        referenceSize,
        classes,
      ),
    );
  } else if (first && width === 1) {
    outputs.push(
      new TrackedFeature(
        `output:${first.name}`,
        (_, output, row) => output.values[row]!,
        'EARLY_TRAFFIC',
        undefined,
        undefined,
        referenceSize,
      ),
    );
  }
  return { inputs: inputs.slice(0, MAX_FEATURES), outputs };
}

function argmax(values: Float32Array, from: number, width: number): number {
  let best = 0;
  for (let i = 1; i < width; i += 1) if (values[from + i]! > values[from + best]!) best = i;
  return best;
}

/** What the monitor needs from the rest of the gateway. */
export interface DriftDeps {
  trainingData: { of(version: ServedVersion): Promise<TrainingData> };
  policy: () => DriftPolicy;
  /** Told when a version's inputs or outputs cross the alert threshold (and not again until they settle below the warning one), with the features at or above it, the most drifted first. */
  onAlert: (
    deployment: { id: string; name: string },
    drift: VersionDrift,
    drifted: { feature: string; psi: number }[],
  ) => void;
}

/**
 * Drift of live traffic, per deployment and version, kept as counts per reference bin and minute
 * (a sketch, not stored rows): the serving path only bins each instance's features. A timer
 * compares the policy's window with the reference and raises an alert when a feature's PSI
 * crosses the threshold. Each gateway watches its own traffic.
 */
export class DriftMonitor {
  private readonly series = new Map<string, VersionSeries>();
  private readonly preparing = new Set<string>();
  private readonly timer: NodeJS.Timeout;

  constructor(private readonly deps: DriftDeps) {
    this.timer = setInterval(() => this.check(), deps.policy().checkEverySeconds * 1000);
    this.timer.unref();
  }

  /** Bins one request's instances; the first request of a version prepares its features (from its training data) and is not counted. */
  observe(deployment: ServedDeployment, version: ServedVersion, inputs: InputBatch[], output: OutputBatch): void {
    if (!this.deps.policy().enabled) return;
    const key = `${deployment.id}/${version.id}`;
    const series = this.series.get(key);
    if (series) return series.observe(inputs, output, Date.now());
    if (this.preparing.has(key)) return;
    this.preparing.add(key);
    void this.deps.trainingData.of(version).then(
      (training) => {
        const { inputs: features, outputs } = featuresOf(version, training, this.deps.policy().earlyTrafficReference);
        this.series.set(
          key,
          new VersionSeries(
            deployment.id,
            version,
            { deployment: deployment.name, version: String(version.version) },
            features,
            outputs,
          ),
        );
        this.preparing.delete(key);
      },
      () => this.preparing.delete(key),
    );
  }

  /** Drift of a deployment's versions over the last `windowMinutes`. */
  report(deploymentId: string, windowMinutes: number): VersionDrift[] {
    const now = Date.now();
    return [...this.series.values()]
      .filter((series) => series.deploymentId === deploymentId)
      .map((series) => series.report(windowMinutes, now));
  }

  /** Every tracked feature's PSI over the policy's window, for the metrics. */
  psiSeries(): { labels: ServingLabels; feature: string; psi: number }[] {
    const now = Date.now();
    const { windowMinutes } = this.deps.policy();
    return [...this.series.values()].flatMap((series) => {
      const drift = series.report(windowMinutes, now);
      return [...drift.inputs, ...drift.outputs].flatMap((feature) =>
        feature.psi === null ? [] : [{ labels: series.labels, feature: feature.feature, psi: feature.psi }],
      );
    });
  }

  /** Raises and settles alerts; forgets versions that saw no traffic for the whole window span. */
  check(): void {
    const now = Date.now();
    const policy = this.deps.policy();
    for (const [key, series] of this.series) {
      if (now - series.lastSeen > MAX_WINDOW_MINUTES * 60_000) {
        this.series.delete(key);
        continue;
      }
      const drift = series.report(policy.windowMinutes, now);
      const judged = [...drift.inputs, ...drift.outputs].filter((feature) => feature.instances >= policy.minInstances);
      const worst = Math.max(0, ...judged.map((feature) => feature.psi ?? 0));
      if (!series.alerting && worst >= policy.psi.alert) {
        series.alerting = true;
        const drifted = judged
          .filter((feature) => feature.psi! >= policy.psi.alert)
          .map(({ feature, psi }) => ({ feature, psi: psi! }))
          .sort((a, b) => b.psi - a.psi);
        this.deps.onAlert(
          { id: series.deploymentId, name: series.labels.deployment },
          { ...drift, alerting: true },
          drifted,
        );
      } else if (series.alerting && worst < policy.psi.warn) series.alerting = false;
    }
  }

  close(): void {
    clearInterval(this.timer);
  }
}
