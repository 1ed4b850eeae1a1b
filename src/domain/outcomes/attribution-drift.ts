import { instanceOf, joinRows, rowsOf, type InputBatch, type OutputBatch } from '../../inference/instances';
import type { ModelServer } from '../../inference/model-server';
import type { Logger } from '../../telemetry/logger';
import { ExplanationMethod, settle, type ExplanationDefaults } from '../explanation-settings';
import type { TrainingDataCache } from '../experiments/training-data';
import { resolveBaseline } from '../explanations/baselines';
import { explain, isImage, tabularFeatures, type ExplainedVersion } from '../explanations/explanations';
import type { AnswerObserver } from '../serving/predict.service';
import type { ServedDeployment, ServedVersion } from '../serving/routing-table';
import { HOUR_MS } from '../prediction-log/answered';
import { windowStart } from './live-quality';
import { ndcg } from './ndcg';
import type { QualityPolicy } from './policy';
import type { QualityAlert } from './quality-watch';

/** Sampled instances waiting to be explained, all deployments together: past it, samples are dropped. */
const MAX_WAITING = 256;
/** Instances explained in one worker call. */
const EXPLAIN_BATCH = 32;

/** Mean |attribution| per feature over some instances, and how many. */
export interface Importance {
  explained: number;
  meanAbs: Map<string, number>;
}

/** What live rankings are compared with: a version's importance on the rows of an evaluation. */
export interface ReferenceImportance extends Importance {
  evaluationId: string;
  /** The version explained on them: the deployed one, or the latest evaluated version of its model. */
  versionId: string;
}

/** A version's attribution drift on a deployment, as the graph shows it. */
export interface VersionAttributionDrift {
  versionId: string;
  version: number;
  live: Importance;
  reference?: ReferenceImportance;
  ndcg: number | null;
  alerting: boolean;
}

export interface AttributionDriftDeps {
  server: ModelServer;
  trainingData: TrainingDataCache;
  policy: () => QualityPolicy;
  /** The reference of a version served on a deployment (computed off the request path), or undefined without an evaluation. */
  reference: (deployment: ServedDeployment, version: ServedVersion) => Promise<ReferenceImportance | undefined>;
  logger: Logger;
  onAlert: (alert: QualityAlert) => void;
  now?: () => number;
  random?: () => number;
}

interface Waiting {
  deployment: ServedDeployment;
  version: ServedVersion;
  /** One instance, input by input. */
  inputs: InputBatch[];
}

interface Series {
  deployment: ServedDeployment;
  version: ServedVersion;
  /** Per hour: instances explained and their summed |attribution| per feature. */
  hours: Map<number, { explained: number; sums: Map<string, number> }>;
  alerting: boolean;
}

/**
 * Feature-attribution drift: a sampled share of each tabular version's answered instances is
 * explained by KernelSHAP off the request path (in the workers, behind predictions, the queue
 * bounded), and the ranking of features by mean |attribution| over the window is compared by nDCG
 * with the ranking on an evaluation's rows. Under the policy's bound it raises an alert, once until
 * it recovers. The serving path only samples and copies instances.
 */
export class AttributionDrift implements AnswerObserver {
  private readonly waiting: Waiting[] = [];
  private readonly series = new Map<string, Series>();
  private readonly references = new Map<string, Promise<ReferenceImportance | undefined>>();
  private draining?: Promise<void>;
  private timer?: NodeJS.Timeout;
  private readonly now: () => number;
  private readonly random: () => number;
  /** Samples dropped with the queue full, and explanations that failed. */
  readonly stats = { dropped: 0, failed: 0 };

  constructor(private readonly deps: AttributionDriftDeps) {
    this.now = deps.now ?? Date.now;
    this.random = deps.random ?? Math.random;
    this.schedule();
  }

  observe(deployment: ServedDeployment, version: ServedVersion, inputs: InputBatch[], _output: OutputBatch): void {
    const { sampleRate, enabled } = this.deps.policy().attributionDrift;
    if (!enabled || sampleRate === 0 || !explainable(version)) return;
    const rows = inputs[0]!.shape[0]!;
    for (let row = 0; row < rows; row += 1) {
      if (this.random() >= sampleRate) continue;
      if (this.waiting.length >= MAX_WAITING) {
        this.stats.dropped += 1;
        continue;
      }
      this.waiting.push({ deployment, version, inputs: instanceOf(inputs, row) });
    }
    if (this.waiting.length > 0) void this.drain();
  }

  /** Explains what waits, a batch per deployment and version at a time; one drain at a time. */
  drain(): Promise<void> {
    this.draining ??= this.explainWaiting().finally(() => (this.draining = undefined));
    return this.draining;
  }

  private async explainWaiting(): Promise<void> {
    while (this.waiting.length > 0) {
      const first = this.waiting[0]!;
      const batch = this.waiting
        .filter((item) => item.deployment.id === first.deployment.id && item.version.id === first.version.id)
        .slice(0, EXPLAIN_BATCH);
      for (const item of batch) this.waiting.splice(this.waiting.indexOf(item), 1);
      try {
        const importance = await importanceOf(
          this.deps,
          first.version,
          first.deployment.explanationDefaults,
          joinRows(batch.map((item) => item.inputs)),
        );
        this.add(first.deployment, first.version, importance);
      } catch (error) {
        this.stats.failed += batch.length;
        this.deps.logger.warn(
          { err: error, deployment: first.deployment.name, version: first.version.version },
          'attribution drift: sampled predictions could not be explained',
        );
      }
    }
  }

  private add(deployment: ServedDeployment, version: ServedVersion, importance: Importance): void {
    const key = `${deployment.id}/${version.id}`;
    let series = this.series.get(key);
    if (!series) this.series.set(key, (series = { deployment, version, hours: new Map(), alerting: false }));
    const hour = Math.floor(this.now() / HOUR_MS);
    const bucket = series.hours.get(hour) ?? { explained: 0, sums: new Map<string, number>() };
    series.hours.set(hour, bucket);
    bucket.explained += importance.explained;
    for (const [feature, mean] of importance.meanAbs)
      bucket.sums.set(feature, (bucket.sums.get(feature) ?? 0) + mean * importance.explained);
  }

  /** A version's live importance over the window (whole hours, the current one included); older hours are forgotten. */
  private liveOf(series: Series): Importance {
    const first = windowStart(this.deps.policy().windowHours, this.now()).getTime() / HOUR_MS;
    const sums = new Map<string, number>();
    let explained = 0;
    for (const [hour, bucket] of series.hours) {
      if (hour < first) {
        series.hours.delete(hour);
        continue;
      }
      explained += bucket.explained;
      for (const [feature, sum] of bucket.sums) sums.set(feature, (sums.get(feature) ?? 0) + sum);
    }
    return { explained, meanAbs: new Map([...sums].map(([feature, sum]) => [feature, sum / explained])) };
  }

  private referenceOf(series: Series): Promise<ReferenceImportance | undefined> {
    const key = `${series.deployment.id}/${series.version.id}`;
    let reference = this.references.get(key);
    if (!reference) {
      reference = this.deps.reference(series.deployment, series.version);
      // Tried again at the next use: an evaluation may finish later.
      reference.then(
        (found) => found === undefined && this.references.delete(key),
        () => this.references.delete(key),
      );
      this.references.set(key, reference);
    }
    return reference;
  }

  /** Each version with sampled explanations on the deployment, the newest first. */
  async ofDeployment(deploymentId: string): Promise<VersionAttributionDrift[]> {
    const found = [...this.series.values()].filter((series) => series.deployment.id === deploymentId);
    const drifts = await Promise.all(found.map((series) => this.judge(series)));
    return drifts.sort((a, b) => b.version - a.version);
  }

  private async judge(series: Series): Promise<VersionAttributionDrift> {
    const live = this.liveOf(series);
    const reference = await this.referenceOf(series).catch(() => undefined);
    return {
      versionId: series.version.id,
      version: series.version.version,
      live,
      reference,
      ndcg: reference ? ndcg(live.meanAbs, reference.meanAbs) : null,
      alerting: series.alerting,
    };
  }

  /** Compares every version's window with its reference; raises and settles alerts. */
  async check(): Promise<void> {
    const policy = this.deps.policy().attributionDrift;
    for (const series of this.series.values()) {
      try {
        const drift = await this.judge(series);
        if (drift.ndcg === null || drift.live.explained < policy.minExplained) continue;
        const failed = drift.ndcg < policy.ndcgAlert;
        if (failed && !series.alerting) {
          series.alerting = true;
          this.deps.onAlert({
            deploymentId: series.deployment.id,
            versionId: series.version.id,
            version: series.version.version,
            check: 'attribution-drift',
            metric: 'ndcg',
            value: drift.ndcg,
            bound: policy.ndcgAlert,
            labelled: drift.live.explained,
          });
        } else if (!failed) series.alerting = false;
      } catch (error) {
        this.deps.logger.warn({ err: error, deployment: series.deployment.name }, 'attribution drift not judged');
      }
    }
  }

  private schedule(): void {
    this.timer = setTimeout(() => {
      void this.check().finally(() => this.schedule());
    }, this.deps.policy().checkEverySeconds * 1000);
    this.timer.unref();
  }

  close(): void {
    clearTimeout(this.timer);
  }
}

/** Tabular versions only: their features have names a ranking can compare. */
function explainable(version: ExplainedVersion): boolean {
  if (isImage(version.signature)) return false;
  try {
    tabularFeatures(version.signature);
    return true;
  } catch {
    return false;
  }
}

/**
 * Mean |KernelSHAP attribution| per feature of a version over instances, from the baseline the
 * deployment's explanation defaults give (training statistics as the gateway reads them).
 */
export async function importanceOf(
  deps: { server: ModelServer; trainingData: TrainingDataCache },
  version: ExplainedVersion,
  defaults: ExplanationDefaults,
  inputs: InputBatch[],
): Promise<Importance> {
  const { settings, baselineValues } = settle({ method: ExplanationMethod.KERNEL_SHAP }, defaults, false);
  const training = await deps.trainingData.of(version);
  const baseline = resolveBaseline(
    settings.baseline,
    false,
    version.signature.inputs,
    training.statistics,
    baselineValues,
  );
  const sums = new Map<string, number>();
  const rows = inputs[0]!.shape[0]!;
  for (let start = 0; start < rows; start += EXPLAIN_BATCH) {
    const count = Math.min(EXPLAIN_BATCH, rows - start);
    const chunk = inputs.map((input) => rowsOf(input, start, count));
    const explanations = await explain(deps.server, { version, inputs: chunk, defaults }, settings, baseline, false);
    for (const explanation of explanations)
      for (const { feature, value } of explanation.attributions)
        sums.set(feature, (sums.get(feature) ?? 0) + Math.abs(value ?? 0));
  }
  return { explained: rows, meanAbs: new Map([...sums].map(([feature, sum]) => [feature, sum / rows])) };
}
