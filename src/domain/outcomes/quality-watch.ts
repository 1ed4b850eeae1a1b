import type { Logger } from '../../telemetry/logger';
import type { LiveQualityReader } from './live-quality';
import { metricOf } from './live-quality';
import type { OutcomeObserver } from './outcome.service';
import type { QualityCheck, QualityPolicy } from './policy';

/** A check a version's live quality failed: the value, the bound it crossed, and how many outcomes it rests on. */
export interface QualityAlert {
  deploymentId: string;
  versionId: string;
  version: number;
  check: string;
  metric: string;
  value: number;
  bound: number;
  labelled: number;
}

/** A version's last judged metric values, for the metrics endpoint. */
export interface JudgedValue {
  deploymentId: string;
  version: number;
  metric: string;
  value: number;
}

export interface QualityWatchDeps {
  reader: LiveQualityReader;
  /** Read at every use: a reloaded quality.yaml takes effect at the next check. */
  policy: () => QualityPolicy;
  logger: Logger;
  /** Told once when a check fails, and not again until it has passed. */
  onAlert: (alert: QualityAlert) => void;
  now?: () => number;
}

/**
 * Judges live quality against policies/quality.yaml: versions that received outcomes are read again
 * at the next check (every checkEverySeconds), and each check that fails raises an alert once. The
 * alert state is this gateway's.
 */
export class QualityWatch implements OutcomeObserver {
  private readonly touched = new Map<string, Set<string>>();
  private readonly alerting = new Map<string, QualityAlert>();
  private readonly judged = new Map<string, JudgedValue>();
  private timer?: NodeJS.Timeout;
  private checking?: Promise<void>;
  private readonly now: () => number;

  constructor(private readonly deps: QualityWatchDeps) {
    this.now = deps.now ?? Date.now;
    this.schedule();
  }

  received(deploymentId: string, versionIds: Iterable<string>): void {
    const versions = this.touched.get(deploymentId) ?? new Set<string>();
    for (const id of versionIds) versions.add(id);
    this.touched.set(deploymentId, versions);
  }

  /** The alerts standing now for a deployment's version. */
  alertsOf(deploymentId: string, versionId: string): QualityAlert[] {
    return [...this.alerting.values()].filter(
      (alert) => alert.deploymentId === deploymentId && alert.versionId === versionId,
    );
  }

  /** The metric values last judged, per deployment and version. */
  values(): JudgedValue[] {
    return [...this.judged.values()];
  }

  private schedule(): void {
    this.timer = setTimeout(() => {
      void this.check().finally(() => this.schedule());
    }, this.deps.policy().checkEverySeconds * 1000);
    this.timer.unref();
  }

  /** Judges every version that received outcomes since the last check; one check at a time. */
  check(): Promise<void> {
    this.checking ??= this.judgeTouched().finally(() => (this.checking = undefined));
    return this.checking;
  }

  private async judgeTouched(): Promise<void> {
    const policy = this.deps.policy();
    if (!policy.enabled) return;
    const touched = [...this.touched];
    this.touched.clear();
    for (const [deploymentId, versions] of touched)
      for (const versionId of versions) {
        try {
          await this.judge(policy, deploymentId, versionId);
        } catch (error) {
          // Judged again with the next outcomes.
          this.deps.logger.warn({ err: error, deploymentId, versionId }, 'live quality could not be judged');
        }
      }
  }

  private async judge(policy: QualityPolicy, deploymentId: string, versionId: string): Promise<void> {
    const [quality] = await this.deps.reader.read(deploymentId, policy.windowHours, this.now(), versionId);
    if (!quality) return;
    const { measures } = quality;
    const evaluation = policy.checks.some(isRelative) ? await this.deps.reader.latestEvaluation(versionId) : undefined;
    for (const check of policy.checks) {
      const key = `${deploymentId}/${versionId}/${check.name}`;
      const value = metricOf(measures, check.metric);
      if (value === null) continue;
      this.judged.set(`${deploymentId}/${versionId}/${check.metric}`, {
        deploymentId,
        version: quality.version,
        metric: check.metric,
        value,
      });
      if (measures.labelled < (check.minLabelled ?? policy.minLabelled)) continue;
      const reference = evaluation ? metricOf(evaluation, check.metric) : null;
      const bound = boundOf(check, reference);
      if (bound === undefined) continue;
      const failed = isUpperBound(check) ? value > bound : value < bound;
      if (failed && !this.alerting.has(key)) {
        const alert = {
          deploymentId,
          versionId,
          version: quality.version,
          check: check.name,
          metric: check.metric,
          value,
          bound,
          labelled: measures.labelled,
        };
        this.alerting.set(key, alert);
        this.deps.onAlert(alert);
      } else if (!failed && this.alerting.delete(key))
        this.deps.logger.info(
          { deploymentId, version: quality.version, check: check.name, value, bound },
          `live quality check ${check.name} passes again`,
        );
    }
  }

  close(): void {
    clearTimeout(this.timer);
  }
}

const isRelative = (check: QualityCheck) =>
  check.maxDropFromEvaluation !== undefined || check.maxRiseFromEvaluation !== undefined;

/** The bound a check sets; a relative one needs the evaluation's value, and sets none without it. */
function boundOf(check: QualityCheck, reference: number | null): number | undefined {
  if (check.min !== undefined) return check.min;
  if (check.max !== undefined) return check.max;
  if (reference === null) return undefined;
  if (check.maxDropFromEvaluation !== undefined) return reference - check.maxDropFromEvaluation;
  return reference + check.maxRiseFromEvaluation!;
}

const isUpperBound = (check: QualityCheck) => check.max !== undefined || check.maxRiseFromEvaluation !== undefined;
