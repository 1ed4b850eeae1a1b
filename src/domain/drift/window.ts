import type { InputBatch, OutputBatch } from '../../inference/instances';
import type { ServingLabels } from '../../telemetry/metrics';
import type { ServedVersion } from '../serving/routing-table';
import type { DatasetVersionSubject } from '../experiments/training-data';
import { binOf, binsFromSample, psi, type Bins, type DriftBinCounts } from './psi';

/** Minutes the sliding window can span: one slot of counts per minute. */
export const MAX_WINDOW_MINUTES = 60;
export type ReferenceSource = 'TRAINING_STATISTICS' | 'EARLY_TRAFFIC';

/** How one instance yields a feature's value from a request's packed inputs or a batch's outputs. */
export type Extract = (batches: InputBatch[], output: OutputBatch, row: number) => number;

/** One tracked feature: its reference, and counts per bin for each minute of the window. */
export class TrackedFeature {
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
export class VersionSeries {
  readonly slotMinute = new Int32Array(MAX_WINDOW_MINUTES).fill(-1);
  readonly instances = new Uint32Array(MAX_WINDOW_MINUTES);
  alerting = false;

  constructor(
    readonly deploymentId: string,
    readonly version: ServedVersion,
    readonly labels: ServingLabels,
    readonly inputs: TrackedFeature[],
    readonly outputs: TrackedFeature[],
    /** When it last saw traffic (ms since the epoch): a version quiet for the whole window span is forgotten. */
    public lastSeen: number,
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
