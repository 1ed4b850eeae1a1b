import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { conflict } from '../../errors';
import { checkCustomBaseline, checkExplanationDefaults, type ExplanationDefaults } from '../explanation-settings';
import type { CallContext } from '../context';
import { containsText, type NamedOrder } from '../filters';
import { ModelVersion } from '../models/model.entity';
import { statesTakingTraffic } from './traffic';
import { authorize, checkNameFree, findAll, findNode, findReadable, inTransaction, lockNode } from '../persistence';
import { paginate, type ConnectionArgs } from '../relay/connection';
import { idOf } from '../relay/global-id';
import { Team } from '../teams/team.entity';
import { check, checkName, checkUnique } from '../validation';
import { Batching, Deployment, DeploymentRoute, DeploymentStatus } from './deployment.entity';
import type {
  CreateDeploymentInput,
  DeploymentFilter,
  RouteInput,
  UpdateDeploymentExplanationsInput,
  UpdateDeploymentRoutesInput,
} from './deployment.inputs';
import { injectable } from 'tsyringe';
import { AuditTrail, snapshot } from '../audit/audit.service';
import { EventRelay } from '../../events/events';
import { ModelServer } from '../../inference/model-server';

const MAX_ROUTES = 10;
const MAX_BATCH_SIZE = 1024;
const MAX_QUEUE_DELAY_MS = 1000;

/** Deployments: endpoints, their routes to model versions, batching and explanation defaults. */
@injectable()
export class DeploymentService {
  constructor(
    private readonly audit: AuditTrail,
    private readonly events: EventRelay,
    private readonly server: ModelServer,
  ) {}

  async createDeployment(ctx: CallContext, input: CreateDeploymentInput): Promise<Deployment> {
    const name = checkName('input.name', input.name);
    const routes = checkRoutes('input.routes', input.routes, input.shadowModelVersionId);
    // Unset, the batching that suits the serving backend (larger batches on a GPU); the entity's when the workers did not start.
    const batching = checkBatching(
      'input.batching',
      input.batching ?? (await this.server.defaultBatching().catch(() => new Batching())),
    );
    const explanationDefaults = checkDefaults('input.explanationDefaults', input.explanationDefaults ?? {});
    const team = await findNode(ctx, Team, 'input.teamId', input.teamId);
    authorize(
      ctx,
      'create',
      'Deployment',
      { team, name, environment: input.environment },
      `deployments in team "${team.name}"`,
    );
    return this.changeDeployments(ctx, async (em) => {
      await checkNameFree(em, Deployment, 'deployment', name);
      const deployment = em.create(Deployment, {
        team,
        name,
        environment: input.environment,
        batching,
        explanationDefaults,
        createdBy: ctx.identity.subject,
      });
      await setRoutes(ctx, em, deployment, routes, input.shadowModelVersionId);
      await this.announce(ctx, em, 'createDeployment', deployment);
      return deployment;
    });
  }

  /** Replaces every route (and the shadow) of an active deployment in one step. */
  async updateDeploymentRoutes(ctx: CallContext, input: UpdateDeploymentRoutesInput): Promise<Deployment> {
    const routes = checkRoutes('input.routes', input.routes, input.shadowModelVersionId);
    return this.changeDeployments(ctx, async (em) => {
      const deployment = await lockActive(ctx, em, input.name);
      const before = await deploymentSnapshot(em, deployment);
      await em.nativeDelete(DeploymentRoute, { deployment });
      await setRoutes(ctx, em, deployment, routes, input.shadowModelVersionId);
      await this.announce(ctx, em, 'updateDeploymentRoutes', deployment, before);
      return deployment;
    });
  }

  /** Replaces how an active deployment explains its predictions by default. */
  async updateDeploymentExplanations(ctx: CallContext, input: UpdateDeploymentExplanationsInput): Promise<Deployment> {
    const explanationDefaults = checkDefaults('input.explanationDefaults', input.explanationDefaults);
    return this.changeDeployments(ctx, async (em) => {
      const deployment = await lockActive(ctx, em, input.name);
      const before = await deploymentSnapshot(em, deployment);
      deployment.explanationDefaults = explanationDefaults;
      await this.announce(ctx, em, 'updateDeploymentExplanations', deployment, before);
      return deployment;
    });
  }

  async retireDeployment(ctx: CallContext, name: string): Promise<Deployment> {
    return this.changeDeployments(ctx, async (em) => {
      const deployment = await lockActive(ctx, em, name);
      const before = await deploymentSnapshot(em, deployment);
      deployment.status = DeploymentStatus.RETIRED;
      await this.announce(ctx, em, 'retireDeployment', deployment, before);
      return deployment;
    });
  }

  findDeployment(ctx: CallContext, name: string): Promise<Deployment> {
    return findReadable(ctx, Deployment, { name }, name, 'name');
  }

  listDeployments(ctx: CallContext, args: ConnectionArgs, filter: DeploymentFilter | undefined, order: NamedOrder) {
    const where: FilterQuery<Deployment> = {};
    if (filter?.teamId) where.team = idOf('filter.teamId', filter.teamId, 'Team');
    if (filter?.nameContains) where.name = containsText(filter.nameContains);
    if (filter?.environment) where.environment = filter.environment;
    if (filter?.statusIn) where.status = { $in: filter.statusIn };
    return paginate(ctx, Deployment, where, order, args);
  }

  /** A change to deployments in one transaction; once committed, this gateway's routing table has it before the mutation answers. */
  private async changeDeployments(
    ctx: CallContext,
    work: (em: EntityManager) => Promise<Deployment>,
  ): Promise<Deployment> {
    const deployment = await inTransaction(ctx, work);
    await this.events.changed('deployment');
    return deployment;
  }

  /** Audits a change to a deployment and tells its subscribers, in the change's transaction. */
  private async announce(
    ctx: CallContext,
    em: EntityManager,
    action: string,
    deployment: Deployment,
    before?: unknown,
  ): Promise<void> {
    await this.audit.record(ctx, em, action, deployment, before, await deploymentSnapshot(em, deployment));
    await this.events.notify(em, {
      kind: 'deployment',
      action,
      actor: ctx.identity.subject,
      at: new Date().toISOString(),
      deploymentId: deployment.id,
      deploymentName: deployment.name,
      state: deployment.status,
    });
  }
}

async function lockActive(ctx: CallContext, em: EntityManager, name: string): Promise<Deployment> {
  const deployment = await lockNode(ctx, em, Deployment, { name }, 'update', name, 'name');
  if (deployment.status !== DeploymentStatus.ACTIVE)
    throw conflict(`Deployment "${name}" is ${deployment.status}; it can no longer change.`);
  return deployment;
}

interface CheckedRoute {
  versionId: string;
  globalId: string;
  weight: number;
}

function checkRoutes(field: string, routes: RouteInput[], shadowGlobalId: string | undefined): CheckedRoute[] {
  check(routes.length > 0, field, 'must have at least one route.');
  check(routes.length <= MAX_ROUTES, field, `may have at most ${MAX_ROUTES} routes.`);
  const checked = routes.map((route, index) => {
    check(
      route.weight >= 0 && route.weight <= 100,
      `${field}[${index}].weight`,
      `must be between 0 and 100, got ${route.weight}.`,
    );
    const versionId = idOf(`${field}[${index}].modelVersionId`, route.modelVersionId, 'ModelVersion');
    return { versionId, globalId: route.modelVersionId, weight: route.weight };
  });
  checkUnique(field, checked, (route) => route.versionId);
  const total = checked.reduce((sum, route) => sum + route.weight, 0);
  check(total === 100, field, `weights must add up to 100, got ${total}.`);
  if (shadowGlobalId != null) {
    const shadowId = idOf('input.shadowModelVersionId', shadowGlobalId, 'ModelVersion');
    check(
      !checked.some((route) => route.versionId === shadowId),
      'input.shadowModelVersionId',
      'is also a route; a shadow must be a version that takes no traffic.',
    );
  }
  return checked;
}

function checkBatching(field: string, batching: Batching): Batching {
  check(
    batching.maxBatchSize >= 1 && batching.maxBatchSize <= MAX_BATCH_SIZE,
    `${field}.maxBatchSize`,
    `must be between 1 and ${MAX_BATCH_SIZE}, got ${batching.maxBatchSize}.`,
  );
  check(
    batching.maxQueueDelayMs >= 0 && batching.maxQueueDelayMs <= MAX_QUEUE_DELAY_MS,
    `${field}.maxQueueDelayMs`,
    `must be between 0 and ${MAX_QUEUE_DELAY_MS}, got ${batching.maxQueueDelayMs}.`,
  );
  return Object.assign(new Batching(), batching);
}

/** In range, and baseline values exactly with CUSTOM. Kept as a plain object without unset keys. */
function checkDefaults(field: string, defaults: ExplanationDefaults): ExplanationDefaults {
  checkExplanationDefaults(`${field}.`, defaults);
  const values = defaults.baselineValues;
  checkCustomBaseline(
    defaults.baseline,
    values,
    { prefix: `${field}.`, source: 'baseline', values: 'baselineValues' },
    false,
  );
  check(
    values == null || typeof values === 'number' || (typeof values === 'object' && !Array.isArray(values)),
    `${field}.baselineValues`,
    'must be an object of values per input, or one number for an image model.',
  );
  return Object.fromEntries(Object.entries(defaults).filter(([, value]) => value != null));
}

async function setRoutes(
  ctx: CallContext,
  em: EntityManager,
  deployment: Deployment,
  routes: CheckedRoute[],
  shadowGlobalId: string | undefined,
): Promise<void> {
  // FOR SHARE: a version cannot be deprecated or archived while this deployment starts routing to it.
  const versions = await findAll(
    ctx,
    em,
    ModelVersion,
    routes.map((r) => r.versionId),
    routes.map((r) => r.globalId),
    true,
  );
  const { stagingStates } = ctx.access.policy.gates.deployments;
  const takesTraffic = statesTakingTraffic(deployment.environment, stagingStates);
  versions.forEach((version, index) =>
    checkDeployable(`input.routes[${index}].modelVersionId`, version, takesTraffic, deployment.environment),
  );
  routes.forEach((route, index) =>
    em.create(DeploymentRoute, { deployment, modelVersion: versions[index]!, weight: route.weight }),
  );
  deployment.shadowVersion = undefined;
  if (shadowGlobalId != null) {
    const shadowId = idOf('input.shadowModelVersionId', shadowGlobalId, 'ModelVersion');
    [deployment.shadowVersion] = await findAll(ctx, em, ModelVersion, [shadowId], [shadowGlobalId], true);
    checkDeployable('input.shadowModelVersionId', deployment.shadowVersion!, stagingStates, 'a shadow');
  }
}

/** Only approved versions take production traffic; staging (and shadows) take the states gates.yaml allows. */
function checkDeployable(field: string, version: ModelVersion, states: readonly string[], where: string): void {
  if (!states.includes(version.lifecycleState)) {
    throw conflict(
      `Model version ${version.version} is ${version.lifecycleState}; ${where} route takes only ${states.join(' or ')} versions.`,
      field,
    );
  }
}

/** The deployment with its routes, as the audit trail records it. */
async function deploymentSnapshot(em: EntityManager, deployment: Deployment): Promise<unknown> {
  await em.flush();
  const routes = await em.find(DeploymentRoute, { deployment }, { orderBy: { weight: 'desc' } });
  return {
    ...(snapshot(deployment) as object),
    routes: routes.map((route) => ({ modelVersion: route.modelVersion.id, weight: route.weight })),
  };
}
