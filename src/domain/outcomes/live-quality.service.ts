import type { CallContext } from '../context';
import { toGlobalId } from '../relay/global-id';
import { badInput } from '../../errors';
import type { LiveQualityReader } from './live-quality';
import type { LiveQuality } from './outcome.types';
import type { QualityPolicy } from './policy';
import type { QualityWatch } from './quality-watch';

/** The longest window live quality may be read over: 90 days of hours. */
export const MAX_WINDOW_HOURS = 24 * 90;

/** Live quality as the graph shows it: per version the caller may read evaluations of. */
export class LiveQualityService {
  constructor(
    private readonly reader: LiveQualityReader,
    private readonly watch: QualityWatch,
    private readonly policy: () => QualityPolicy,
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
}
