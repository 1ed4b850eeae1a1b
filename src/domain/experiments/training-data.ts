import type { MikroORM } from '@mikro-orm/postgresql';
import type { Access } from '../access';
import { FeatureRole, type FeatureStatistics } from '../datasets/dataset.entity';
import { RunDatasetVersion } from './experiment.entity';

/** A training dataset version as the access rules see it (their conditions read dataset.team and dataset.sensitivity). */
export interface DatasetVersionSubject {
  id: string;
  dataset: { id: string; sensitivity: string; team: { id: string } };
}

/** What serving needs to know about a model version's training data (the dataset versions of its run). */
export interface TrainingData {
  /** Some column holds personal data, so the prediction log keeps a digest of the inputs, not the inputs. */
  personal: boolean;
  /** Feature → its reference statistics (the first training dataset version that has them): explanation baselines. */
  statistics: Map<string, FeatureStatistics>;
  /** Feature → the dataset version its statistics come from: a caller who may not read it does not see them. */
  statisticsFrom: Map<string, DatasetVersionSubject>;
  /** Feature → the training dataset versions that mark it personal or sensitive: explanations redact it for whom may not see them. */
  sensitive: Map<string, DatasetVersionSubject[]>;
  /** Features some training dataset version gives the SENSITIVE role: groups for fairness. */
  sensitiveFeatures: Set<string>;
}

/** A model version as far as its training data goes: its id and its run's. */
export interface TrainedVersion {
  id: string;
  run?: { id: string } | null;
}

/** Training data per model version, loaded once per process: lineage and dataset versions never change. */
export class TrainingDataCache {
  private readonly byVersion = new Map<string, Promise<TrainingData>>();

  constructor(private readonly orm: MikroORM) {}

  of(version: TrainedVersion): Promise<TrainingData> {
    let data = this.byVersion.get(version.id);
    if (!data) {
      data = this.load(version);
      data.catch(() => this.byVersion.delete(version.id));
      this.byVersion.set(version.id, data);
    }
    return data;
  }

  private async load(version: TrainedVersion): Promise<TrainingData> {
    const links = version.run
      ? await this.orm.em
          .fork()
          .find(
            RunDatasetVersion,
            { run: version.run.id },
            { populate: ['datasetVersion.dataset'], orderBy: { datasetVersion: { createdAt: 'asc' } } },
          )
      : [];
    const data: TrainingData = {
      personal: false,
      statistics: new Map(),
      statisticsFrom: new Map(),
      sensitive: new Map(),
      sensitiveFeatures: new Set(),
    };
    for (const { datasetVersion } of links) {
      const dataset = datasetVersion.dataset;
      const subject = {
        id: datasetVersion.id,
        dataset: { id: dataset.id, sensitivity: dataset.sensitivity, team: { id: dataset.team.id } },
      };
      for (const feature of datasetVersion.features) {
        data.personal ||= feature.pii;
        if (feature.role === FeatureRole.SENSITIVE) data.sensitiveFeatures.add(feature.name);
        if (feature.pii || feature.role === FeatureRole.SENSITIVE)
          data.sensitive.set(feature.name, [...(data.sensitive.get(feature.name) ?? []), subject]);
      }
      for (const statistics of datasetVersion.statistics) {
        if (data.statistics.has(statistics.feature)) continue;
        data.statistics.set(statistics.feature, statistics);
        data.statisticsFrom.set(statistics.feature, subject);
      }
    }
    return data;
  }
}

/**
 * What the caller may not see: features a training dataset version marks personal or sensitive,
 * where the caller may not read that version's personal-data fields (the rule that hides which
 * columns are personal also hides their values and what they contributed to an answer).
 */
export function featuresWithheld(access: Access, training: TrainingData): Set<string> {
  const mayNotSee = (versions: DatasetVersionSubject[]) =>
    versions.some((version) => !access.canOn('read', 'DatasetVersion', version, 'piiFields'));
  return new Set([...training.sensitive].filter(([, versions]) => mayNotSee(versions)).map(([feature]) => feature));
}
