import type { RequestContext } from '../graph/context';
import { FeatureRole, type FeatureStatistics } from '../graph/datasets/dataset.entity';
import { RunDatasetVersion } from '../graph/experiments/experiment.entity';
import type { ModelVersion } from '../graph/models/model.entity';

/** A training dataset version as the access rules see it (their conditions read dataset.team and dataset.sensitivity). */
export interface DatasetVersionSubject {
  id: string;
  dataset: { id: string; sensitivity: string; team: { id: string } };
}

/** What serving needs to know about a model version's training data (the dataset versions of its run). */
export interface TrainingData {
  /** Some column holds personal data, so the prediction log keeps hashes of instances, not instances. */
  personal: boolean;
  /** Feature → its reference statistics (the first training dataset version that has them): explanation baselines. */
  statistics: Map<string, FeatureStatistics>;
  /** Feature → the dataset version its statistics come from: a caller who may not read it does not see them. */
  statisticsFrom: Map<string, DatasetVersionSubject>;
  /** Feature → the training dataset versions that mark it personal or sensitive: explanations redact it for whom may not see them. */
  sensitive: Map<string, DatasetVersionSubject[]>;
}

/** Loads once per model version and process: lineage and dataset versions never change. */
export async function trainingDataOf(ctx: RequestContext, version: ModelVersion): Promise<TrainingData> {
  const cached = ctx.serving.trainingData.get(version.id);
  if (cached) return cached;
  const links = version.run
    ? await ctx.em.fork().find(RunDatasetVersion, { run: version.run.id }, { populate: ['datasetVersion.dataset'], orderBy: { datasetVersion: { createdAt: 'asc' } } })
    : [];
  const data: TrainingData = { personal: false, statistics: new Map(), statisticsFrom: new Map(), sensitive: new Map() };
  for (const { datasetVersion } of links) {
    const dataset = datasetVersion.dataset;
    const subject = { id: datasetVersion.id, dataset: { id: dataset.id, sensitivity: dataset.sensitivity, team: { id: dataset.team.id } } };
    for (const feature of datasetVersion.features) {
      data.personal ||= feature.pii;
      if (feature.pii || feature.role === FeatureRole.SENSITIVE) data.sensitive.set(feature.name, [...(data.sensitive.get(feature.name) ?? []), subject]);
    }
    for (const statistics of datasetVersion.statistics) {
      if (data.statistics.has(statistics.feature)) continue;
      data.statistics.set(statistics.feature, statistics);
      data.statisticsFrom.set(statistics.feature, subject);
    }
  }
  ctx.serving.trainingData.set(version.id, data);
  return data;
}
