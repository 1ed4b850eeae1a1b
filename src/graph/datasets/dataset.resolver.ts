import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Allow } from '../../authz/guard';
import type { RequestContext } from '../context';
import { byCreation, NamedOrder } from '../filters';
import { findNode } from '../persistence';
import { ConnectionArgs, ConnectionType } from '../relay/connection';
import { Team } from '../teams/team.entity';
import { Dataset, DatasetVersion } from './dataset.entity';
import { CreateDatasetInput, DatasetFilter, RegisterDatasetVersionInput } from './dataset.inputs';
import { injectable } from 'tsyringe';
import { DatasetService } from './dataset.service';

const DatasetConnection = ConnectionType(Dataset);

@injectable()
@Resolver(() => Dataset)
export class DatasetResolver {
  constructor(private readonly datasetService: DatasetService) {}

  @Allow('read', 'Dataset')
  @Query(() => DatasetConnection, { description: 'Datasets, a page at a time.' })
  datasets(
    @Args() page: ConnectionArgs,
    @Arg('filter', () => DatasetFilter, { nullable: true }) filter: DatasetFilter | undefined,
    @Arg('orderBy', () => NamedOrder, { nullable: true }) orderBy: NamedOrder | undefined,
    @Ctx() ctx: RequestContext,
  ) {
    return this.datasetService.listDatasets(ctx, page, filter, orderBy ?? byCreation);
  }

  @Allow('read', 'Dataset')
  @Query(() => Dataset)
  dataset(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Dataset> {
    return findNode(ctx, Dataset, 'id', id);
  }

  @Allow('create', 'Dataset')
  @Mutation(() => Dataset)
  createDataset(@Arg('input') input: CreateDatasetInput, @Ctx() ctx: RequestContext): Promise<Dataset> {
    return this.datasetService.createDataset(ctx, input);
  }

  @Allow('create', 'DatasetVersion')
  @Mutation(() => DatasetVersion, { description: 'Records a new version of a dataset, numbered after the latest.' })
  registerDatasetVersion(
    @Arg('input') input: RegisterDatasetVersionInput,
    @Ctx() ctx: RequestContext,
  ): Promise<DatasetVersion> {
    return this.datasetService.registerDatasetVersion(ctx, input);
  }

  @FieldResolver(() => Team)
  team(@Root() dataset: Dataset, @Ctx() ctx: RequestContext): Promise<Team> {
    return ctx.loaders.referenced(Team, dataset.team.id);
  }

  @FieldResolver(() => [DatasetVersion], { description: 'All versions, oldest first.' })
  versions(@Root() dataset: Dataset, @Ctx() ctx: RequestContext): Promise<DatasetVersion[]> {
    return ctx.loaders.childrenOf(DatasetVersion, 'dataset', (v) => v.dataset.id, { version: 'asc' }).load(dataset.id);
  }
}

@Resolver(() => DatasetVersion)
export class DatasetVersionResolver {
  @FieldResolver(() => Dataset)
  dataset(@Root() version: DatasetVersion, @Ctx() ctx: RequestContext): Promise<Dataset> {
    return ctx.loaders.referenced(Dataset, version.dataset.id);
  }

  @FieldResolver(() => [String], {
    nullable: true,
    description:
      'Names of the features that hold personal data; null with a FORBIDDEN error for roles that may not see them.',
  })
  async piiFields(@Root() version: DatasetVersion, @Ctx() ctx: RequestContext): Promise<string[]> {
    await ctx.loaders.referenced(Dataset, version.dataset.id); // the rule's conditions look at version.dataset
    if (!ctx.access.canOn('read', 'DatasetVersion', version, 'piiFields'))
      throw ctx.access.denied('read', 'the personal-data fields of this dataset version');
    return version.features.filter((feature) => feature.pii).map((feature) => feature.name);
  }
}
