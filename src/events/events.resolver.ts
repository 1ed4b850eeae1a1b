import { Arg, Ctx, Field, ID, ObjectType, Resolver, Root, Subscription, FieldResolver } from 'type-graphql';
import { Allow } from '../authz/guard';
import type { RequestContext } from '../graph/context';
import { Deployment, DeploymentStatus } from '../graph/deployments/deployment.entity';
import { Loaders } from '../graph/loaders';
import { LifecycleState, Model, ModelVersion } from '../graph/models/model.entity';
import { findNode, findReadable } from '../graph/persistence';
import { topics, type GraphEvent } from './events';

@ObjectType({ description: 'A lifecycle step of a model version.' })
export class ModelVersionEvent {
  @Field({ description: 'The mutation, e.g. approveModelVersion.' }) action!: string;
  @Field() actor!: string;
  @Field() at!: Date;
  @Field(() => LifecycleState, { description: 'The state the version is in after the step.' }) state!: LifecycleState;
  modelVersionId!: string;
}

@ObjectType({ description: 'A change to a deployment.' })
export class DeploymentEvent {
  @Field() action!: string;
  @Field() actor!: string;
  @Field() at!: Date;
  @Field(() => DeploymentStatus) status!: DeploymentStatus;
  deploymentId!: string;
}

/** Each event is read afresh: a subscription outlives any one query's cache. */
function freshLoaders(ctx: RequestContext): Loaders {
  return new Loaders(ctx.em.fork(), ctx.access);
}

@Resolver(() => ModelVersionEvent)
export class ModelVersionEventResolver {
  @Allow('read', 'Model')
  @Subscription(() => ModelVersionEvent, {
    description: 'Lifecycle steps of the versions of a model, from any gateway sharing the database.',
    subscribe: async ({ args, context }) => {
      const ctx = context as RequestContext;
      const model = await findNode(ctx, Model, 'modelId', args.modelId as string);
      return ctx.pubSub.subscribe(topics.model(model.id));
    },
  })
  modelVersionEvents(@Arg('modelId', () => ID) _modelId: string, @Root() event: GraphEvent): ModelVersionEvent {
    return { action: event.action, actor: event.actor, at: new Date(event.at), state: event.state as LifecycleState, modelVersionId: event.modelVersionId! };
  }

  @FieldResolver(() => ModelVersion, { nullable: true })
  modelVersion(@Root() event: ModelVersionEvent, @Ctx() ctx: RequestContext): Promise<ModelVersion | null> {
    return freshLoaders(ctx).byId(ModelVersion).load(event.modelVersionId);
  }
}

@Resolver(() => DeploymentEvent)
export class DeploymentEventResolver {
  @Allow('read', 'Deployment')
  @Subscription(() => DeploymentEvent, {
    description: 'Changes to a deployment: routes, retirement.',
    subscribe: async ({ args, context }) => {
      const ctx = context as RequestContext;
      const deployment = await findReadable(ctx, Deployment, { name: args.name as string }, args.name as string, 'name');
      return ctx.pubSub.subscribe(topics.deployment(deployment.name));
    },
  })
  deploymentEvents(@Arg('name') _name: string, @Root() event: GraphEvent): DeploymentEvent {
    return { action: event.action, actor: event.actor, at: new Date(event.at), status: event.state as DeploymentStatus, deploymentId: event.deploymentId! };
  }

  @FieldResolver(() => Deployment, { nullable: true })
  deployment(@Root() event: DeploymentEvent, @Ctx() ctx: RequestContext): Promise<Deployment | null> {
    return freshLoaders(ctx).byId(Deployment).load(event.deploymentId);
  }
}
