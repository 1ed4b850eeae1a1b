import { Arg, Args, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Allow } from '../../authz/guard';
import { badInput } from '../../errors';
import { DriftMonitor, MAX_WINDOW_MINUTES } from '../../serving/drift';
import type { RequestContext } from '../context';
import { byCreation, NamedOrder } from '../filters';
import { groupBy } from '../loaders';
import { ModelVersion } from '../models/model.entity';
import { ConnectionArgs, ConnectionType } from '../relay/connection';
import { Team } from '../teams/team.entity';
import { Deployment, DeploymentRoute } from './deployment.entity';
import { driftFor, VersionDrift } from './drift.types';
import {
  CreateDeploymentInput,
  DeploymentFilter,
  UpdateDeploymentExplanationsInput,
  UpdateDeploymentRoutesInput,
} from './deployment.inputs';
import { injectable } from 'tsyringe';
import { DeploymentService } from './deployment.service';

const DeploymentConnection = ConnectionType(Deployment);

@injectable()
@Resolver(() => Deployment)
export class DeploymentResolver {
  constructor(
    private readonly deploymentService: DeploymentService,
    private readonly driftMonitor: DriftMonitor,
  ) {}

  @Allow('read', 'Deployment')
  @Query(() => DeploymentConnection, { description: 'Deployments, a page at a time.' })
  deployments(
    @Args() page: ConnectionArgs,
    @Arg('filter', () => DeploymentFilter, { nullable: true }) filter: DeploymentFilter | undefined,
    @Arg('orderBy', () => NamedOrder, { nullable: true }) orderBy: NamedOrder | undefined,
    @Ctx() ctx: RequestContext,
  ) {
    return this.deploymentService.listDeployments(ctx, page, filter, orderBy ?? byCreation);
  }

  @Allow('read', 'Deployment')
  @Query(() => Deployment, { description: 'A deployment by its unique name.' })
  deployment(@Arg('name') name: string, @Ctx() ctx: RequestContext): Promise<Deployment> {
    return this.deploymentService.findDeployment(ctx, name);
  }

  @Allow('create', 'Deployment')
  @Mutation(() => Deployment)
  createDeployment(@Arg('input') input: CreateDeploymentInput, @Ctx() ctx: RequestContext): Promise<Deployment> {
    return this.deploymentService.createDeployment(ctx, input);
  }

  @Allow('update', 'Deployment')
  @Mutation(() => Deployment, { description: 'Replaces the routes and shadow of an active deployment.' })
  updateDeploymentRoutes(
    @Arg('input') input: UpdateDeploymentRoutesInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Deployment> {
    return this.deploymentService.updateDeploymentRoutes(ctx, input);
  }

  @Allow('update', 'Deployment')
  @Mutation(() => Deployment, { description: 'Replaces how an active deployment explains its predictions by default.' })
  updateDeploymentExplanations(
    @Arg('input') input: UpdateDeploymentExplanationsInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Deployment> {
    return this.deploymentService.updateDeploymentExplanations(ctx, input);
  }

  @Allow('update', 'Deployment')
  @Mutation(() => Deployment, { description: 'Stops a deployment for good; its name stays taken.' })
  retireDeployment(@Arg('name') name: string, @Ctx() ctx: RequestContext): Promise<Deployment> {
    return this.deploymentService.retireDeployment(ctx, name);
  }

  @FieldResolver(() => Team)
  team(@Root() deployment: Deployment, @Ctx() ctx: RequestContext): Promise<Team> {
    return ctx.loaders.referenced(Team, deployment.team.id);
  }

  @FieldResolver(() => [DeploymentRoute])
  routes(@Root() deployment: Deployment, @Ctx() ctx: RequestContext): Promise<DeploymentRoute[]> {
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
      "How far the live traffic of each of its versions has moved from the version's reference, over the last windowMinutes, as this gateway saw it.",
  })
  drift(
    @Root() deployment: Deployment,
    @Arg('windowMinutes', () => Int, { defaultValue: 15, description: `1 to ${MAX_WINDOW_MINUTES} minutes.` })
    windowMinutes: number,
    @Ctx() ctx: RequestContext,
  ): VersionDrift[] {
    if (!Number.isInteger(windowMinutes) || windowMinutes < 1 || windowMinutes > MAX_WINDOW_MINUTES)
      throw badInput('windowMinutes', `must be 1 to ${MAX_WINDOW_MINUTES}.`);
    return this.driftMonitor.report(deployment.id, windowMinutes).map((drift) => driftFor(ctx, drift, windowMinutes));
  }

  @FieldResolver(() => ModelVersion, { nullable: true })
  async shadowVersion(@Root() deployment: Deployment, @Ctx() ctx: RequestContext): Promise<ModelVersion | null> {
    return deployment.shadowVersion ? ctx.loaders.referenced(ModelVersion, deployment.shadowVersion.id) : null;
  }
}

@Resolver(() => DeploymentRoute)
export class DeploymentRouteResolver {
  @FieldResolver(() => ModelVersion)
  modelVersion(@Root() route: DeploymentRoute, @Ctx() ctx: RequestContext): Promise<ModelVersion> {
    return ctx.loaders.referenced(ModelVersion, route.modelVersion.id);
  }
}
