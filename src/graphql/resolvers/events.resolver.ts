import { Arg, Ctx, Field, Float, ID, Int, ObjectType, Resolver, Root, Subscription, FieldResolver } from 'type-graphql';
import { Allow } from '../guard';
import type { CallContext, SubscriptionContext } from '../../domain/context';
import { Deployment, DeploymentStatus } from '../../domain/deployments/deployment.entity';
import { LifecycleState, Model, ModelVersion } from '../../domain/models/model.entity';
import { findNode, findReadable } from '../../domain/persistence';
import { topics, type GraphEvent } from '../../events/events';
import { QualityAlertType } from '../../domain/outcomes/outcome.types';

@ObjectType({ description: 'A lifecycle step of a model version.' })
export class ModelVersionEvent {
  @Field({ description: 'The mutation, e.g. approveModelVersion.' }) action!: string;
  @Field({ description: 'The subject of who took the step.' }) actor!: string;
  @Field({ description: 'When it happened.' }) at!: Date;
  @Field(() => LifecycleState, { description: 'The state the version is in after the step.' }) state!: LifecycleState;
  modelVersionId!: string;
}

@ObjectType({ description: 'A feature whose drift crossed the alert threshold.' })
export class DriftedFeature {
  @Field({ description: 'The feature, named as in FeatureDrift.feature.' }) feature!: string;
  @Field(() => Float, { description: 'Its population stability index over the window.' }) psi!: number;
}

@ObjectType({
  description: "A drift alert: a version's live traffic moved past the alert threshold of policies/drift.yaml.",
})
export class DriftAlert {
  @Field(() => Int, { description: 'The number of the version whose traffic drifted.' }) version!: number;
  @Field(() => [DriftedFeature], { description: 'The features at or above the threshold, the most drifted first.' })
  features!: DriftedFeature[];
}

@ObjectType({ description: 'A live quality alert: a version failed a check of policies/quality.yaml.' })
export class QualityAlertEvent extends QualityAlertType {
  @Field(() => Int, { description: 'The number of the version that failed it.' }) version!: number;
}

@ObjectType({ description: 'A change to a deployment, or a drift or live quality alert on it.' })
export class DeploymentEvent {
  @Field({
    description: 'The mutation, e.g. updateDeploymentRoutes; driftAlert or qualityAlert for an alert.',
  })
  action!: string;
  @Field({ description: 'Who made the change; modelgate for an alert.' }) actor!: string;
  @Field({ description: 'When it happened.' }) at!: Date;
  @Field(() => DeploymentStatus, { description: "The deployment's status after the change." })
  status!: DeploymentStatus;
  @Field(() => DriftAlert, { nullable: true, description: 'With action driftAlert: what drifted.' }) drift?: DriftAlert;
  @Field(() => QualityAlertEvent, { nullable: true, description: 'With action qualityAlert: the check that failed.' })
  quality?: QualityAlertEvent;
  deploymentId!: string;
}

/**
 * Before each event: credentials and policy checked again, caches dropped (a subscription
 * outlives any one query), and the subscribed node still readable, else the event is withheld.
 */
async function recheck(ctx: SubscriptionContext, readable: () => Promise<unknown>): Promise<void> {
  await ctx.refresh();
  await readable();
}

@Resolver(() => ModelVersionEvent)
export class ModelVersionEventResolver {
  @Allow('read', 'Model')
  @Subscription(() => ModelVersionEvent, {
    description:
      'Lifecycle steps of the versions of a model, from any gateway sharing the database. Needs read on the model (NOT_FOUND otherwise), checked again at each event.',
    subscribe: async ({ args, context }) => {
      const ctx = context as SubscriptionContext;
      const model = await findNode(ctx, Model, 'modelId', args.modelId as string);
      return ctx.pubSub.subscribe(topics.model(model.id));
    },
  })
  async modelVersionEvents(
    @Arg('modelId', () => ID, { description: "The model's global id." }) modelId: string,
    @Root() event: GraphEvent,
    @Ctx() ctx: SubscriptionContext,
  ): Promise<ModelVersionEvent> {
    await recheck(ctx, () => findNode(ctx, Model, 'modelId', modelId));
    return {
      action: event.action,
      actor: event.actor,
      at: new Date(event.at),
      state: event.state as LifecycleState,
      modelVersionId: event.modelVersionId!,
    };
  }

  @FieldResolver(() => ModelVersion, { nullable: true, description: 'The version; null when you may not read it.' })
  modelVersion(@Root() event: ModelVersionEvent, @Ctx() ctx: CallContext): Promise<ModelVersion | null> {
    return ctx.loaders.byId(ModelVersion).load(event.modelVersionId);
  }
}

@Resolver(() => DeploymentEvent)
export class DeploymentEventResolver {
  @Allow('read', 'Deployment')
  @Subscription(() => DeploymentEvent, {
    description:
      'Changes to a deployment (routes, explanation defaults, retirement) and drift alerts on it, from any gateway sharing the database. Needs read on the deployment (NOT_FOUND otherwise), checked again at each event.',
    subscribe: async ({ args, context }) => {
      const ctx = context as SubscriptionContext;
      const deployment = await findReadable(
        ctx,
        Deployment,
        { name: args.name as string },
        args.name as string,
        'name',
      );
      return ctx.pubSub.subscribe(topics.deployment(deployment.name));
    },
  })
  async deploymentEvents(
    @Arg('name', { description: "The deployment's name." }) name: string,
    @Root() event: GraphEvent,
    @Ctx() ctx: SubscriptionContext,
  ): Promise<DeploymentEvent> {
    await recheck(ctx, () => findReadable(ctx, Deployment, { name }, name, 'name'));
    return {
      action: event.action,
      actor: event.actor,
      at: new Date(event.at),
      status: event.state as DeploymentStatus,
      drift: event.drift,
      quality: event.quality,
      deploymentId: event.deploymentId!,
    };
  }

  @FieldResolver(() => Deployment, { nullable: true, description: 'The deployment; null when you may not read it.' })
  deployment(@Root() event: DeploymentEvent, @Ctx() ctx: CallContext): Promise<Deployment | null> {
    return ctx.loaders.byId(Deployment).load(event.deploymentId);
  }
}
