import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Allow } from '../guard';
import type { CallContext } from '../../domain/context';
import { byCreation, NamedOrder } from '../../domain/filters';
import { findNode } from '../../domain/persistence';
import { ConnectionArgs, ConnectionType, emptyConnection, SortDirection } from '../../domain/relay/connection';
import { Team } from '../../domain/teams/team.entity';
import { Model, ModelVersion } from '../../domain/models/model.entity';
import {
  CreateModelInput,
  ModelFilter,
  ModelVersionFilter,
  ModelVersionOrder,
  ModelVersionOrderField,
  RegisterModelVersionInput,
} from '../../domain/models/model.inputs';
import { injectable } from 'tsyringe';
import { ModelService } from '../../domain/models/model.service';
import { awaitingReviewBy } from '../../domain/governance/governance.service';
import { ModelQuarantine } from '../../domain/models/model-quarantine';

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
    @Arg('filter', () => ModelFilter, { nullable: true, description: 'Only the models that match.' })
    filter: ModelFilter | undefined,
    @Arg('orderBy', () => NamedOrder, { nullable: true, description: 'Default: oldest first.' })
    orderBy: NamedOrder | undefined,
    @Ctx() ctx: CallContext,
  ) {
    return this.modelService.listModels(ctx, page, filter, orderBy ?? byCreation);
  }

  @Allow('read', 'Model')
  @Query(() => Model, {
    description: 'A model by id or by name (exactly one); NOT_FOUND when there is none you may read.',
  })
  model(
    @Arg('id', () => ID, { nullable: true, description: "The model's global id." }) id: string | undefined,
    @Arg('name', () => String, { nullable: true, description: "The model's name." }) name: string | undefined,
    @Ctx() ctx: CallContext,
  ): Promise<Model> {
    return this.modelService.findModel(ctx, id, name);
  }

  @Allow('create', 'Model')
  @Mutation(() => Model, {
    description:
      'Creates a model of a team. Needs create on Model in that team (data-scientist of the team, admin); CONFLICT when the name is taken.',
  })
  createModel(
    @Arg('input', { description: 'The new model.' }) input: CreateModelInput,
    @Ctx() ctx: CallContext,
  ): Promise<Model> {
    return this.modelService.createModel(ctx, input);
  }

  @FieldResolver(() => Team, { description: 'The team that owns it.' })
  team(@Root() model: Model, @Ctx() ctx: CallContext): Promise<Team> {
    return ctx.loaders.referenced(Team, model.team.id);
  }

  @FieldResolver(() => [ModelVersion], {
    description: 'All versions, by version number unless orderBy says otherwise.',
  })
  versions(
    @Root() model: Model,
    @Arg('orderBy', () => ModelVersionOrder, { nullable: true, description: 'Default: by version number, ascending.' })
    orderBy: ModelVersionOrder | undefined,
    @Ctx() ctx: CallContext,
  ): Promise<ModelVersion[]> {
    const order: Record<string, SortDirection> = orderBy
      ? { [orderBy.field]: orderBy.direction, id: orderBy.direction }
      : { version: SortDirection.ASC };
    return ctx.loaders.childrenOf(ModelVersion, 'model', (v) => v.model.id, order).load(model.id);
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
    @Arg('filter', () => ModelVersionFilter, { nullable: true, description: 'Only the versions that match.' })
    filter: ModelVersionFilter | undefined,
    @Arg('orderBy', () => ModelVersionOrder, { nullable: true, description: 'Default: oldest first.' })
    orderBy: ModelVersionOrder | undefined,
    @Ctx() ctx: CallContext,
  ) {
    const awaiting = filter?.awaitingMyReview ? awaitingReviewBy(ctx) : undefined;
    if (awaiting === null) return emptyConnection<ModelVersion>();
    return this.modelService.listModelVersions(
      ctx,
      page,
      filter,
      orderBy ?? { field: ModelVersionOrderField.CREATED_AT, direction: SortDirection.ASC },
      awaiting,
    );
  }

  @Allow('read', 'ModelVersion')
  @Query(() => ModelVersion, {
    description: 'A model version by its global id; NOT_FOUND when it does not exist or you may not read it.',
  })
  modelVersion(
    @Arg('id', () => ID, { description: "The version's global id." }) id: string,
    @Ctx() ctx: CallContext,
  ): Promise<ModelVersion> {
    return findNode(ctx, ModelVersion, 'id', id);
  }

  @Allow('create', 'ModelVersion')
  @Mutation(() => ModelVersion, {
    description:
      "Records a new DRAFT version of a model, numbered after the latest, once its model runs as its signature says (the loads gate). Needs create on ModelVersion in the model's team (data-scientist of the team, admin).",
  })
  registerModelVersion(
    @Arg('input', { description: 'The new version.' }) input: RegisterModelVersionInput,
    @Ctx() ctx: CallContext,
  ): Promise<ModelVersion> {
    return this.modelService.registerModelVersion(ctx, input);
  }

  @FieldResolver(() => Model, { description: 'The model it is a version of.' })
  model(@Root() version: ModelVersion, @Ctx() ctx: CallContext): Promise<Model> {
    return ctx.loaders.referenced(Model, version.model.id);
  }

  @FieldResolver(() => ModelQuarantine, {
    nullable: true,
    description:
      'Set while its model is quarantined (it broke an inference worker or kept failing): every deployment routing to it answers UNAVAILABLE. Null while it serves.',
  })
  quarantine(@Root() version: ModelVersion): ModelQuarantine | null {
    return this.modelService.quarantineOf(version);
  }

  @Allow('manage', 'ModelVersion')
  @Mutation(() => ModelVersion, {
    description:
      'Lets a quarantined version take traffic again once its model is fixed or the cause is understood; recorded in the audit trail. Admins only.',
  })
  releaseModelQuarantine(
    @Arg('id', () => ID, { description: "The version's global id." }) id: string,
    @Ctx() ctx: CallContext,
  ): Promise<ModelVersion> {
    return this.modelService.releaseModelQuarantine(ctx, id);
  }
}
