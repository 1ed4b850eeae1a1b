import { Arg, Args, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Allow } from '../guard';
import { badInput } from '../../errors';
import { DriftMonitor, MAX_WINDOW_MINUTES } from '../../domain/drift/monitor';
import type { CallContext } from '../../domain/context';
import { byCreation, NamedOrder } from '../../domain/filters';
import { groupBy } from '../../domain/loaders';
import { ModelVersion } from '../../domain/models/model.entity';
import { ConnectionArgs, ConnectionType } from '../../domain/relay/connection';
import { Team } from '../../domain/teams/team.entity';
import { Deployment, DeploymentRoute } from '../../domain/deployments/deployment.entity';
import { driftFor, VersionDrift } from '../../domain/drift/drift.types';
import {
  CreateDeploymentInput,
  DeploymentFilter,
  UpdateDeploymentExplanationsInput,
  UpdateDeploymentRoutesInput,
} from '../../domain/deployments/deployment.inputs';
import { injectable } from 'tsyringe';
import { DeploymentService } from '../../domain/deployments/deployment.service';
import { PredictionLogService } from '../../domain/prediction-log/prediction-log.service';

const DeploymentConnection = ConnectionType(Deployment);

@injectable()
@Resolver(() => Deployment)
export class DeploymentResolver {
  constructor(
    private readonly deploymentService: DeploymentService,
    private readonly driftMonitor: DriftMonitor,
    private readonly predictionLog: PredictionLogService,
  ) {}

  @Allow('read', 'Deployment')
  @Query(() => DeploymentConnection, { description: 'Deployments, a page at a time.' })
  deployments(
    @Args() page: ConnectionArgs,
    @Arg('filter', () => DeploymentFilter, { nullable: true, description: 'Only the deployments that match.' })
    filter: DeploymentFilter | undefined,
    @Arg('orderBy', () => NamedOrder, { nullable: true, description: 'Default: oldest first.' })
    orderBy: NamedOrder | undefined,
    @Ctx() ctx: CallContext,
  ) {
    return this.deploymentService.listDeployments(ctx, page, filter, orderBy ?? byCreation);
  }

  @Allow('read', 'Deployment')
  @Query(() => Deployment, {
    description: 'A deployment by its unique name; NOT_FOUND when there is none you may read.',
  })
  deployment(
    @Arg('name', { description: "The deployment's name." }) name: string,
    @Ctx() ctx: CallContext,
  ): Promise<Deployment> {
    return this.deploymentService.findDeployment(ctx, name);
  }

  @Allow('create', 'Deployment')
  @Mutation(() => Deployment, {
    description:
      "Creates a deployment with its routes. Needs create on Deployment in the team (deployer of the team, admin); CONFLICT when the name is taken or a route's version is in a state the environment does not take.",
  })
  createDeployment(
    @Arg('input', { description: 'The new deployment.' }) input: CreateDeploymentInput,
    @Ctx() ctx: CallContext,
  ): Promise<Deployment> {
    return this.deploymentService.createDeployment(ctx, input);
  }

  @Allow('update', 'Deployment')
  @Mutation(() => Deployment, {
    description:
      "Replaces the routes and shadow of an active deployment. Needs update on Deployment (deployer of its team, admin); CONFLICT when it is retired or a version's state does not fit.",
  })
  updateDeploymentRoutes(
    @Arg('input', { description: 'The deployment and its new routes.' }) input: UpdateDeploymentRoutesInput,
    @Ctx() ctx: CallContext,
  ): Promise<Deployment> {
    return this.deploymentService.updateDeploymentRoutes(ctx, input);
  }

  @Allow('update', 'Deployment')
  @Mutation(() => Deployment, {
    description:
      'Replaces how an active deployment explains its predictions by default. Needs update on Deployment (deployer of its team, admin); CONFLICT when it is retired.',
  })
  updateDeploymentExplanations(
    @Arg('input', { description: 'The deployment and its new defaults.' }) input: UpdateDeploymentExplanationsInput,
    @Ctx() ctx: CallContext,
  ): Promise<Deployment> {
    return this.deploymentService.updateDeploymentExplanations(ctx, input);
  }

  @Allow('update', 'Deployment')
  @Mutation(() => Deployment, {
    description:
      'Stops a deployment for good; its name stays taken. Needs update on Deployment (deployer of its team, admin); CONFLICT when it is already retired.',
  })
  retireDeployment(
    @Arg('name', { description: "The deployment's name." }) name: string,
    @Ctx() ctx: CallContext,
  ): Promise<Deployment> {
    return this.deploymentService.retireDeployment(ctx, name);
  }

  @FieldResolver(() => Team, { description: 'The team that owns it.' })
  team(@Root() deployment: Deployment, @Ctx() ctx: CallContext): Promise<Team> {
    return ctx.loaders.referenced(Team, deployment.team.id);
  }

  @FieldResolver(() => [DeploymentRoute], { description: 'Where its traffic goes, the largest share first.' })
  routes(@Root() deployment: Deployment, @Ctx() ctx: CallContext): Promise<DeploymentRoute[]> {
    // Routes are part of the deployment, which the caller may read; each route's model version is checked on its own.
    return ctx.loaders
      .custom('deploymentRoutes', async (ids) => {
        const routes = await ctx.em.find(
          DeploymentRoute,
          { deployment: { $in: [...ids] } },
          { orderBy: { weight: 'desc', id: 'asc' } },
        );
        return groupBy(ids, routes, (route) => route.deployment.id);
      })
      .load(deployment.id);
  }

  @FieldResolver(() => [VersionDrift], {
    description:
      "How far the live traffic of each of its versions has moved from the version's reference, over the last windowMinutes, as this gateway saw it. Whole for callers who may read the deployment's logged instances; for others, figures of too few instances are withheld and sparse bins merged (policies/drift.yaml minCountToShow, minCountPerBin).",
  })
  async drift(
    @Root() deployment: Deployment,
    @Arg('windowMinutes', () => Int, { defaultValue: 15, description: `1 to ${MAX_WINDOW_MINUTES} minutes.` })
    windowMinutes: number,
    @Ctx() ctx: CallContext,
  ): Promise<VersionDrift[]> {
    if (!Number.isInteger(windowMinutes) || windowMinutes < 1 || windowMinutes > MAX_WINDOW_MINUTES)
      throw badInput('windowMinutes', `must be 1 to ${MAX_WINDOW_MINUTES}.`);
    return Promise.all(
      this.driftMonitor
        .report(deployment.id, windowMinutes)
        .map(async (drift) =>
          driftFor(
            ctx,
            drift,
            windowMinutes,
            await this.predictionLog.mayReadInstancesOf(ctx, deployment, drift.modelVersionId),
          ),
        ),
    );
  }

  @FieldResolver(() => ModelVersion, {
    nullable: true,
    description:
      'A version that gets a copy of each prediction request: its answers are logged, never returned. Null when there is none.',
  })
  async shadowVersion(@Root() deployment: Deployment, @Ctx() ctx: CallContext): Promise<ModelVersion | null> {
    return deployment.shadowVersion ? ctx.loaders.referenced(ModelVersion, deployment.shadowVersion.id) : null;
  }
}

@Resolver(() => DeploymentRoute)
export class DeploymentRouteResolver {
  @FieldResolver(() => ModelVersion, { description: 'The version that answers this share.' })
  modelVersion(@Root() route: DeploymentRoute, @Ctx() ctx: CallContext): Promise<ModelVersion> {
    return ctx.loaders.referenced(ModelVersion, route.modelVersion.id);
  }
}
