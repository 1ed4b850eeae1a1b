import type { InputBatch, OutputBatch } from '../../inference/instances';
import type { ServingLabels } from '../../telemetry/metrics';
import type { ServedDeployment, ServedVersion } from '../serving/routing-table';
import type { TrainingData } from '../experiments/training-data';
import { featuresOf } from './features';
import type { DriftPolicy } from './policy';
import { MAX_WINDOW_MINUTES, VersionSeries, type VersionDrift } from './window';

export { MAX_WINDOW_MINUTES };

/** What the monitor needs from the rest of the gateway. */
export interface DriftDeps {
  trainingData: { of(version: ServedVersion): Promise<TrainingData> };
  /** Read at every use: a reloaded drift.yaml takes effect at once, its check interval included. */
  policy: () => DriftPolicy;
  /** Milliseconds since the epoch; tests pass a clock they move. */
  now?: () => number;
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
  private timer?: NodeJS.Timeout;
  private readonly now: () => number;

  constructor(private readonly deps: DriftDeps) {
    this.now = deps.now ?? Date.now;
    this.scheduleCheck();
  }

  /** The next check, after the interval the policy says now. */
  private scheduleCheck(): void {
    this.timer = setTimeout(() => {
      this.check();
      this.scheduleCheck();
    }, this.deps.policy().checkEverySeconds * 1000);
    this.timer.unref();
  }

  /** Bins one request's instances; the first request of a version prepares its features (from its training data) and is not counted. */
  observe(deployment: ServedDeployment, version: ServedVersion, inputs: InputBatch[], output: OutputBatch): void {
    if (!this.deps.policy().enabled) return;
    const key = `${deployment.id}/${version.id}`;
    const series = this.series.get(key);
    if (series) return series.observe(inputs, output, this.now());
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
            this.now(),
          ),
        );
        this.preparing.delete(key);
      },
      () => this.preparing.delete(key),
    );
  }

  /** Drift of a deployment's versions over the last `windowMinutes`. */
  report(deploymentId: string, windowMinutes: number): VersionDrift[] {
    const now = this.now();
    return [...this.series.values()]
      .filter((series) => series.deploymentId === deploymentId)
      .map((series) => series.report(windowMinutes, now));
  }

  /** Every tracked feature's PSI over the policy's window, for the metrics. */
  psiSeries(): { labels: ServingLabels; feature: string; psi: number }[] {
    const now = this.now();
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
    const now = this.now();
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
    clearTimeout(this.timer);
    this.timer = undefined;
  }
}
