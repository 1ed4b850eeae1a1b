import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../context';
import { byCreation, NamedOrder } from '../filters';
import { findNode } from '../persistence';
import { ConnectionArgs, ConnectionType } from '../relay/connection';
import { Team } from '../teams/team.entity';
import { Dataset, DatasetVersion } from './dataset.entity';
import { CreateDatasetInput, DatasetFilter, RegisterDatasetVersionInput } from './dataset.inputs';
import { createDataset, listDatasets, registerDatasetVersion } from './dataset.service';

const DatasetConnection = ConnectionType(Dataset);

@Resolver(() => Dataset)
export class DatasetResolver {
  @Query(() => DatasetConnection, { description: 'Datasets, a page at a time.' })
  datasets(
    @Args() page: ConnectionArgs,
    @Arg('filter', () => DatasetFilter, { nullable: true }) filter: DatasetFilter | undefined,
    @Arg('orderBy', () => NamedOrder, { nullable: true }) orderBy: NamedOrder | undefined,
    @Ctx() ctx: RequestContext,
  ) {
    return listDatasets(ctx, page, filter, orderBy ?? byCreation);
  }

  @Query(() => Dataset)
  dataset(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Dataset> {
    return findNode(ctx, Dataset, 'id', id);
  }

  @Mutation(() => Dataset)
  createDataset(@Arg('input') input: CreateDatasetInput, @Ctx() ctx: RequestContext): Promise<Dataset> {
    return createDataset(ctx, input);
  }

  @Mutation(() => DatasetVersion, { description: 'Records a new version of a dataset, numbered after the latest.' })
  registerDatasetVersion(@Arg('input') input: RegisterDatasetVersionInput, @Ctx() ctx: RequestContext): Promise<DatasetVersion> {
    return registerDatasetVersion(ctx, input);
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
}
