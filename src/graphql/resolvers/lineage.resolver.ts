import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { CallContext } from '../../domain/context';
import { DatasetVersion } from '../../domain/datasets/dataset.entity';
import { Deployment } from '../../domain/deployments/deployment.entity';
import { Run } from '../../domain/experiments/experiment.entity';
import { ModelVersion } from '../../domain/models/model.entity';
import {
  datasetVersionsOfRun,
  deploymentsOfModelVersions,
  modelVersionsOfRuns,
  runsOfDatasetVersion,
} from '../../domain/lineage/lineage.service';

/** Forward lineage: what a model version was made from. */
@Resolver(() => ModelVersion)
export class ModelVersionLineageResolver {
  @FieldResolver(() => Run, { nullable: true, description: 'The run that trained this version.' })
  async run(@Root() version: ModelVersion, @Ctx() ctx: CallContext): Promise<Run | null> {
    return version.run ? ctx.loaders.referenced(Run, version.run.id) : null;
  }

  @FieldResolver(() => [DatasetVersion], { description: 'The dataset versions its run trained on.' })
  async trainingDatasets(@Root() version: ModelVersion, @Ctx() ctx: CallContext): Promise<DatasetVersion[]> {
    return version.run ? datasetVersionsOfRun(ctx, version.run.id) : [];
  }

  @FieldResolver(() => [Deployment], {
    description: 'Deployments, active or retired, that have a route to it or shadow it.',
  })
  deployments(@Root() version: ModelVersion, @Ctx() ctx: CallContext): Promise<Deployment[]> {
    return deploymentsOfModelVersions(ctx, [version.id]);
  }
}

@Resolver(() => Run)
export class RunLineageResolver {
  @FieldResolver(() => [DatasetVersion], { description: 'The dataset versions the run trained on.' })
  datasetVersions(@Root() run: Run, @Ctx() ctx: CallContext): Promise<DatasetVersion[]> {
    return datasetVersionsOfRun(ctx, run.id);
  }

  @FieldResolver(() => [ModelVersion], { description: 'Model versions registered from this run.' })
  modelVersions(@Root() run: Run, @Ctx() ctx: CallContext): Promise<ModelVersion[]> {
    return modelVersionsOfRuns(ctx, [run.id]);
  }
}

/** Backward lineage: everything that depends on a dataset version, for when it must be withdrawn. */
@Resolver(() => DatasetVersion)
export class DatasetVersionLineageResolver {
  @FieldResolver(() => [Run], { description: 'Runs that trained on this version.' })
  runs(@Root() datasetVersion: DatasetVersion, @Ctx() ctx: CallContext): Promise<Run[]> {
    return runsOfDatasetVersion(ctx, datasetVersion.id);
  }

  @FieldResolver(() => [ModelVersion], { description: 'Model versions trained on this version, through their runs.' })
  async modelVersions(@Root() datasetVersion: DatasetVersion, @Ctx() ctx: CallContext): Promise<ModelVersion[]> {
    const runs = await runsOfDatasetVersion(ctx, datasetVersion.id);
    return modelVersionsOfRuns(
      ctx,
      runs.map((run) => run.id),
    );
  }

  @FieldResolver(() => [Deployment], {
    description:
      'Deployments, active or retired, that have a route to or shadow a model version trained on this version.',
  })
  async deployments(@Root() datasetVersion: DatasetVersion, @Ctx() ctx: CallContext): Promise<Deployment[]> {
    const runs = await runsOfDatasetVersion(ctx, datasetVersion.id);
    const versions = await modelVersionsOfRuns(
      ctx,
      runs.map((run) => run.id),
    );
    return deploymentsOfModelVersions(
      ctx,
      versions.map((version) => version.id),
    );
  }
}
