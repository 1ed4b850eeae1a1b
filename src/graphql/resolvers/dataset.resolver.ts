import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Allow } from '../guard';
import type { CallContext } from '../../domain/context';
import { byCreation, NamedOrder } from '../../domain/filters';
import { findNode } from '../../domain/persistence';
import { ConnectionArgs, ConnectionType } from '../../domain/relay/connection';
import { Team } from '../../domain/teams/team.entity';
import { Dataset, DatasetVersion } from '../../domain/datasets/dataset.entity';
import { CreateDatasetInput, DatasetFilter, RegisterDatasetVersionInput } from '../../domain/datasets/dataset.inputs';
import { injectable } from 'tsyringe';
import { DatasetService } from '../../domain/datasets/dataset.service';

const DatasetConnection = ConnectionType(Dataset);

@injectable()
@Resolver(() => Dataset)
export class DatasetResolver {
  constructor(private readonly datasetService: DatasetService) {}

  @Allow('read', 'Dataset')
  @Query(() => DatasetConnection, { description: 'Datasets, a page at a time.' })
  datasets(
    @Args() page: ConnectionArgs,
    @Arg('filter', () => DatasetFilter, { nullable: true, description: 'Only the datasets that match.' })
    filter: DatasetFilter | undefined,
    @Arg('orderBy', () => NamedOrder, { nullable: true, description: 'Default: oldest first.' })
    orderBy: NamedOrder | undefined,
    @Ctx() ctx: CallContext,
  ) {
    return this.datasetService.listDatasets(ctx, page, filter, orderBy ?? byCreation);
  }

  @Allow('read', 'Dataset')
  @Query(() => Dataset, {
    description: 'A dataset by its global id; NOT_FOUND when it does not exist or you may not read it.',
  })
  dataset(
    @Arg('id', () => ID, { description: "The dataset's global id." }) id: string,
    @Ctx() ctx: CallContext,
  ): Promise<Dataset> {
    return findNode(ctx, Dataset, 'id', id);
  }

  @Allow('create', 'Dataset')
  @Mutation(() => Dataset, {
    description:
      'Creates a dataset of a team. Needs create on Dataset in that team (data-scientist of the team, admin); CONFLICT when the name is taken.',
  })
  createDataset(
    @Arg('input', { description: 'The new dataset.' }) input: CreateDatasetInput,
    @Ctx() ctx: CallContext,
  ): Promise<Dataset> {
    return this.datasetService.createDataset(ctx, input);
  }

  @Allow('create', 'DatasetVersion')
  @Mutation(() => DatasetVersion, {
    description:
      "Records a new version of a dataset, numbered after the latest. Needs create on DatasetVersion in the dataset's team (data-scientist of the team, admin).",
  })
  registerDatasetVersion(
    @Arg('input', { description: 'The new version.' }) input: RegisterDatasetVersionInput,
    @Ctx() ctx: CallContext,
  ): Promise<DatasetVersion> {
    return this.datasetService.registerDatasetVersion(ctx, input);
  }

  @FieldResolver(() => Team, { description: 'The team that owns it.' })
  team(@Root() dataset: Dataset, @Ctx() ctx: CallContext): Promise<Team> {
    return ctx.loaders.referenced(Team, dataset.team.id);
  }

  @FieldResolver(() => [DatasetVersion], { description: 'All versions, oldest first.' })
  versions(@Root() dataset: Dataset, @Ctx() ctx: CallContext): Promise<DatasetVersion[]> {
    return ctx.loaders.childrenOf(DatasetVersion, 'dataset', (v) => v.dataset.id, { version: 'asc' }).load(dataset.id);
  }
}

@Resolver(() => DatasetVersion)
export class DatasetVersionResolver {
  @FieldResolver(() => Dataset, { description: 'The dataset it is a version of.' })
  dataset(@Root() version: DatasetVersion, @Ctx() ctx: CallContext): Promise<Dataset> {
    return ctx.loaders.referenced(Dataset, version.dataset.id);
  }

  @FieldResolver(() => [String], {
    nullable: true,
    description:
      'Names of the features that hold personal data; null with a FORBIDDEN error for roles that may not see them.',
  })
  async piiFields(@Root() version: DatasetVersion, @Ctx() ctx: CallContext): Promise<string[]> {
    await ctx.loaders.referenced(Dataset, version.dataset.id); // the rule's conditions look at version.dataset
    if (!ctx.access.canOn('read', 'DatasetVersion', version, 'piiFields'))
      throw ctx.access.denied('read', 'the personal-data fields of this dataset version');
    return version.features.filter((feature) => feature.pii).map((feature) => feature.name);
  }
}
