import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Allow } from '../../authz/guard';
import type { RequestContext } from '../context';
import { byCreation, NamedOrder } from '../filters';
import { findNode } from '../persistence';
import { ConnectionArgs, ConnectionType, SortDirection } from '../relay/connection';
import { Team } from '../teams/team.entity';
import { Model, ModelVersion } from './model.entity';
import {
  CreateModelInput,
  ModelFilter,
  ModelVersionFilter,
  ModelVersionOrder,
  ModelVersionOrderField,
  RegisterModelVersionInput,
} from './model.inputs';
import { injectable } from 'tsyringe';
import { ModelService } from './model.service';

const ModelConnection = ConnectionType(Model);
const ModelVersionConnection = ConnectionType(ModelVersion);

@injectable()
@Resolver(() => Model)
export class ModelResolver {
  constructor(private readonly modelService: ModelService) {}

  @Allow('read', 'Model')
  @Query(() => ModelConnection, { description: 'Models, a page at a time.' })
  models(
    @Args() page: ConnectionArgs,
    @Arg('filter', () => ModelFilter, { nullable: true }) filter: ModelFilter | undefined,
    @Arg('orderBy', () => NamedOrder, { nullable: true }) orderBy: NamedOrder | undefined,
    @Ctx() ctx: RequestContext,
  ) {
    return this.modelService.listModels(ctx, page, filter, orderBy ?? byCreation);
  }

  @Allow('read', 'Model')
  @Query(() => Model, { description: 'A model by id or by name (exactly one).' })
  model(
    @Arg('id', () => ID, { nullable: true }) id: string | undefined,
    @Arg('name', () => String, { nullable: true }) name: string | undefined,
    @Ctx() ctx: RequestContext,
  ): Promise<Model> {
    return this.modelService.findModel(ctx, id, name);
  }

  @Allow('create', 'Model')
  @Mutation(() => Model)
  createModel(@Arg('input') input: CreateModelInput, @Ctx() ctx: RequestContext): Promise<Model> {
    return this.modelService.createModel(ctx, input);
  }

  @FieldResolver(() => Team)
  team(@Root() model: Model, @Ctx() ctx: RequestContext): Promise<Team> {
    return ctx.loaders.referenced(Team, model.team.id);
  }

  @FieldResolver(() => [ModelVersion], { description: 'All versions, oldest first.' })
  versions(@Root() model: Model, @Ctx() ctx: RequestContext): Promise<ModelVersion[]> {
    return ctx.loaders.childrenOf(ModelVersion, 'model', (v) => v.model.id, { version: 'asc' }).load(model.id);
  }
}

@injectable()
@Resolver(() => ModelVersion)
export class ModelVersionResolver {
  constructor(private readonly modelService: ModelService) {}

  @Allow('read', 'ModelVersion')
  @Query(() => ModelVersionConnection, {
    description: 'Versions of every model, a page at a time: the review queue is `filter: { awaitingMyReview: true }`.',
  })
  modelVersions(
    @Args() page: ConnectionArgs,
    @Arg('filter', () => ModelVersionFilter, { nullable: true }) filter: ModelVersionFilter | undefined,
    @Arg('orderBy', () => ModelVersionOrder, { nullable: true }) orderBy: ModelVersionOrder | undefined,
    @Ctx() ctx: RequestContext,
  ) {
    return this.modelService.listModelVersions(
      ctx,
      page,
      filter,
      orderBy ?? { field: ModelVersionOrderField.CREATED_AT, direction: SortDirection.ASC },
    );
  }

  @Allow('read', 'ModelVersion')
  @Query(() => ModelVersion)
  modelVersion(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<ModelVersion> {
    return findNode(ctx, ModelVersion, 'id', id);
  }

  @Allow('create', 'ModelVersion')
  @Mutation(() => ModelVersion, { description: 'Records a new DRAFT version of a model, numbered after the latest.' })
  registerModelVersion(
    @Arg('input') input: RegisterModelVersionInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ModelVersion> {
    return this.modelService.registerModelVersion(ctx, input);
  }

  @FieldResolver(() => Model)
  model(@Root() version: ModelVersion, @Ctx() ctx: RequestContext): Promise<Model> {
    return ctx.loaders.referenced(Model, version.model.id);
  }
}
