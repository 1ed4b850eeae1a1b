import type { CallContext } from '../context';
import { toGlobalId } from '../relay/global-id';
import { badInput } from '../../errors';
import type { LiveQualityReader } from './live-quality';
import type { AttributionDriftType, LiveQuality } from './outcome.types';
import type { AttributionDrift } from './attribution-drift';
import { featuresWithheld, type TrainingDataCache } from '../experiments/training-data';
import type { QualityPolicy } from './policy';
import type { QualityWatch } from './quality-watch';

/** The longest window live quality may be read over: 90 days of hours. */
export const MAX_WINDOW_HOURS = 24 * 90;

/** Live quality and attribution drift as the graph shows them: per version the caller may read evaluations of. */
export class LiveQualityService {
  constructor(
    private readonly reader: LiveQualityReader,
    private readonly watch: QualityWatch,
    private readonly policy: () => QualityPolicy,
    private readonly attributions: AttributionDrift,
    private readonly trainingData: TrainingDataCache,
  ) {}

  async ofDeployment(ctx: CallContext, deployment: { id: string }, hours?: number | null): Promise<LiveQuality[]> {
    const window = hours ?? this.policy().windowHours;
    if (!Number.isInteger(window) || window < 1 || window > MAX_WINDOW_HOURS)
      throw badInput('hours', `must be a whole number of hours from 1 to ${MAX_WINDOW_HOURS}.`);
    if (!ctx.access.can('read', 'Evaluation')) return [];
    const versions = await this.reader.read(deployment.id, window, Date.now());
    return versions
      .filter((version) =>
        ctx.access.canOn('read', 'Evaluation', { modelVersion: { model: { team: { id: version.teamId } } } }),
      )
      .map(({ versionId, version, since, measures }) => ({
        modelVersionId: toGlobalId('ModelVersion', versionId),
        version,
        since,
        answered: measures.answered,
        labelled: measures.labelled,
        labelledShare: measures.answered > 0 ? measures.labelled / measures.answered : null,
        classification: measures.classification,
        regression: measures.regression,
        fairness: measures.fairness,
        alerts: this.watch.alertsOf(deployment.id, versionId),
      }));
  }

  /** Attribution drift per version; features the caller may not see of the training data are redacted. */
  async attributionDrift(ctx: CallContext, deployment: { id: string }): Promise<AttributionDriftType[]> {
    if (!ctx.access.can('read', 'Evaluation')) return [];
    const drifts = await this.attributions.ofDeployment(deployment.id);
    const shown: AttributionDriftType[] = [];
    for (const drift of drifts) {
      const version = await this.reader.versionOf(drift.versionId);
      if (
        !version ||
        !ctx.access.canOn('read', 'Evaluation', { modelVersion: { model: { team: { id: version.teamId } } } })
      )
        continue;
      const withheld = featuresWithheld(
        ctx.access,
        await this.trainingData.of({ id: drift.versionId, run: version.run }),
      );
      const features = [...new Set([...drift.live.meanAbs.keys(), ...(drift.reference?.meanAbs.keys() ?? [])])];
      shown.push({
        modelVersionId: toGlobalId('ModelVersion', drift.versionId),
        version: drift.version,
        explained: drift.live.explained,
        ndcg: drift.ndcg,
        bound: this.policy().attributionDrift.ndcgAlert,
        alerting: drift.alerting,
        referenceEvaluationId: drift.reference ? toGlobalId('Evaluation', drift.reference.evaluationId) : null,
        features: features
          .map((feature) => {
            const redacted = withheld.has(feature.split('.')[0]!);
            return {
              feature,
              live: redacted ? null : (drift.live.meanAbs.get(feature) ?? null),
              reference: redacted ? null : (drift.reference?.meanAbs.get(feature) ?? null),
              redacted,
            };
          })
          .sort((a, b) => (b.live ?? -1) - (a.live ?? -1)),
      });
    }
    return shown;
  }
}
