import { LockMode, type EntityManager, type FilterQuery } from '@mikro-orm/postgresql';
import type { Action } from '../../authz/subjects';
import { conflict, forbidden } from '../../errors';
import type { CallContext } from '../context';
import { Dataset } from '../datasets/dataset.entity';
import { Deployment, DeploymentRoute, DeploymentStatus, Environment } from '../deployments/deployment.entity';
import { Run, RunDatasetVersion } from '../experiments/experiment.entity';
import { LifecycleState, Model, ModelVersion } from '../models/model.entity';
import { inTransaction, lockById } from '../persistence';
import { check, checkText } from '../validation';
import { GateStage, type GateResult } from '../models/gate-result';
import { evaluateGates, type GateEvidence } from './gates/index';
import type { MeasuredEvidence } from './gates/gate-kind';
import { measuredMetrics } from '../quality/evaluate';
import { Evaluation, EvaluationStatus } from '../quality/evaluation.entity';
import { assertTransition } from './lifecycle';
import { Review, ReviewDecision } from './review.entity';
import { injectable } from 'tsyringe';
import { AuditTrail, snapshot } from '../audit/audit.service';
import { EventRelay } from '../../events/events';

/** Raised inside a transition's transaction when gates fail; the results are then kept on their own. */
class GatesFailed extends Error {
  constructor(
    readonly versionId: string,
    readonly results: GateResult[],
  ) {
    super('gates failed');
  }
}

/** The review lifecycle of model versions: gates, four-eyes approval, and the audit of every transition. */
@injectable()
export class GovernanceService {
  constructor(
    private readonly audit: AuditTrail,
    private readonly events: EventRelay,
  ) {}

  submitForReview(ctx: CallContext, id: string): Promise<ModelVersion> {
    return this.transition(ctx, id, 'submit', 'submitModelVersionForReview', async (em, version) => {
      assertTransition(version, LifecycleState.IN_REVIEW);
      await this.passGates(ctx, em, version, GateStage.SUBMIT);
      version.lifecycleState = LifecycleState.IN_REVIEW;
    });
  }

  approve(ctx: CallContext, id: string, comment: string): Promise<ModelVersion> {
    const text = checkComment('comment', comment);
    return this.transition(ctx, id, 'review', 'approveModelVersion', async (em, version) => {
      assertTransition(version, LifecycleState.APPROVED);
      await checkReviewer(ctx, em, version);
      await this.passGates(ctx, em, version, GateStage.APPROVE);
      em.create(Review, {
        modelVersion: version,
        reviewer: ctx.identity.subject,
        decision: ReviewDecision.APPROVE,
        comment: text,
      });
      await em.flush();
      const approvals = await em.count(Review, { modelVersion: version, decision: ReviewDecision.APPROVE });
      if (approvals >= ctx.access.policy.gates.approval.quorum) version.lifecycleState = LifecycleState.APPROVED;
    });
  }

  reject(ctx: CallContext, id: string, reason: string): Promise<ModelVersion> {
    const text = checkComment('reason', reason);
    return this.transition(ctx, id, 'review', 'rejectModelVersion', async (em, version) => {
      assertTransition(version, LifecycleState.REJECTED);
      await checkReviewer(ctx, em, version);
      em.create(Review, {
        modelVersion: version,
        reviewer: ctx.identity.subject,
        decision: ReviewDecision.REJECT,
        comment: text,
      });
      version.lifecycleState = LifecycleState.REJECTED;
    });
  }

  deprecate(ctx: CallContext, id: string): Promise<ModelVersion> {
    return this.transition(ctx, id, 'deprecate', 'deprecateModelVersion', async (em, version) => {
      assertTransition(version, LifecycleState.DEPRECATED);
      await refuseIfServing(ctx, em, version, 'deprecated', [Environment.PRODUCTION]);
      version.lifecycleState = LifecycleState.DEPRECATED;
    });
  }

  archive(ctx: CallContext, id: string): Promise<ModelVersion> {
    return this.transition(ctx, id, 'archive', 'archiveModelVersion', async (em, version) => {
      assertTransition(version, LifecycleState.ARCHIVED);
      await refuseIfServing(ctx, em, version, 'archived', [Environment.PRODUCTION, Environment.STAGING]);
      version.lifecycleState = LifecycleState.ARCHIVED;
    });
  }

  /**
   * One lifecycle step: the version is locked (concurrent reviewers queue here), changed, audited
   * and announced in one transaction. When gates fail, nothing of the step is written, but the
   * gate results are kept on the version, with an audit event of the refusal, so reviewers see why.
   */
  private async transition(
    ctx: CallContext,
    id: string,
    action: Action,
    mutation: string,
    step: (em: EntityManager, version: ModelVersion) => Promise<void>,
  ): Promise<ModelVersion> {
    try {
      const changed = await inTransaction(ctx, async (em) => {
        const version = await lockById(ctx, em, ModelVersion, 'id', id, action);
        const before = snapshot(version);
        await step(em, version);
        await this.audit.record(ctx, em, mutation, version, before);
        await this.events.notify(em, {
          kind: 'modelVersion',
          action: mutation,
          actor: ctx.identity.subject,
          at: new Date().toISOString(),
          modelId: version.model.id,
          modelVersionId: version.id,
          state: version.lifecycleState,
        });
        return version;
      });
      // Routes obey lifecycle states: this gateway's routing table has the new state before the step answers.
      await this.events.changed('modelVersion');
      return changed;
    } catch (error) {
      if (!(error instanceof GatesFailed)) throw error;
      await this.keepGateResults(ctx, error, `${mutation}:refused`);
      const failed = error.results.filter((result) => !result.passed);
      throw conflict(`${failed.length} gate(s) failed: ${failed.map((result) => result.reason).join(' ')}`, {
        gateResults: error.results,
      });
    }
  }

  private async passGates(ctx: CallContext, em: EntityManager, version: ModelVersion, stage: GateStage): Promise<void> {
    const results = evaluateGates(ctx.access.policy.gates, stage, await gatherEvidence(ctx, em, version));
    if (results.some((result) => !result.passed)) throw new GatesFailed(version.id, results);
    version.gateResults = withStage(version.gateResults, stage, results);
  }

  private async keepGateResults(ctx: CallContext, failure: GatesFailed, action: string): Promise<void> {
    await inTransaction(ctx, async (em) => {
      const version = await em.findOneOrFail(ModelVersion, failure.versionId, { lockMode: LockMode.PESSIMISTIC_WRITE });
      const before = snapshot(version);
      version.gateResults = withStage(version.gateResults, failure.results[0]!.stage, failure.results);
      await this.audit.record(ctx, em, action, version, before);
    });
  }
}

function withStage(previous: GateResult[], stage: GateStage, results: GateResult[]): GateResult[] {
  return [...previous.filter((result) => result.stage !== stage), ...results];
}

/**
 * The facts gates judge, read as they are, whatever the caller may see; only the names of
 * datasets the caller may read go into the reasons (they are shown to it and stored).
 */
async function gatherEvidence(ctx: CallContext, em: EntityManager, version: ModelVersion): Promise<GateEvidence> {
  const model = await em.findOneOrFail(Model, version.model.id);
  const run = version.run ? await em.findOneOrFail(Run, version.run.id) : undefined;
  const links = run ? await em.find(RunDatasetVersion, { run }, { populate: ['datasetVersion.dataset'] }) : [];
  const trainingData = links.map((link) => link.datasetVersion);
  const readable = ctx.loaders.readable(Dataset, { id: { $in: trainingData.map((data) => data.dataset.id) } });
  const visible = readable ? await em.find(Dataset, readable, { fields: ['id', 'name'] }) : [];
  const datasetNames = new Map(visible.map((dataset) => [dataset.id, dataset.name]));
  return {
    version,
    taskType: model.taskType,
    run,
    trainingData,
    datasetNames,
    evaluations: await measured(ctx, em, version),
  };
}

/** The version's succeeded evaluations, newest first, with their measures named as gates read them. */
async function measured(ctx: CallContext, em: EntityManager, version: ModelVersion): Promise<MeasuredEvidence[]> {
  const evaluations = await em.find(
    Evaluation,
    { modelVersion: version, status: EvaluationStatus.SUCCEEDED },
    { orderBy: { finishedAt: 'desc', id: 'desc' }, populate: ['datasetVersion.dataset'] },
  );
  return evaluations.map((evaluation) => {
    const dataset = evaluation.datasetVersion.dataset;
    return {
      evaluationId: evaluation.globalId,
      datasetSha256: evaluation.datasetSha256,
      datasetName: dataset.name,
      datasetVisible: ctx.access.canOn('read', 'Dataset', dataset),
      ...measuredMetrics(evaluation.measures!),
    };
  });
}

/**
 * The versions awaiting the caller's decision: IN_REVIEW, among those it may review, neither
 * registered nor trained by it (checkReviewer's separation of duties) and without its review yet.
 * Null when its roles let it review none.
 */
export function awaitingReviewBy(ctx: CallContext): FilterQuery<ModelVersion> | null {
  const reviewable = ctx.access.filter('review', 'ModelVersion');
  if (!reviewable) return null;
  const me = ctx.identity.subject;
  const reviewed = ctx.em.createQueryBuilder(Review, 'r').select('r.modelVersion').where({ reviewer: me });
  const awaiting: FilterQuery<ModelVersion> = {
    lifecycleState: LifecycleState.IN_REVIEW,
    createdBy: { $ne: me },
    $or: [{ run: null }, { run: { owner: { $ne: me } } }],
    // A subquery: MikroORM passes a knex query in $nin through as SQL (its types expect a list).
    id: { $nin: reviewed.getKnexQuery() as never },
  };
  return { $and: [reviewable, awaiting] } as FilterQuery<ModelVersion>;
}

/** Separation of duties and one decision per reviewer. */
async function checkReviewer(ctx: CallContext, em: EntityManager, version: ModelVersion): Promise<void> {
  const reviewer = ctx.identity.subject;
  const run = version.run ? await em.findOneOrFail(Run, version.run.id) : undefined;
  if (version.createdBy === reviewer || run?.owner === reviewer) {
    throw forbidden(
      'You registered this version or ran its training; separation of duties needs a reviewer who did neither.',
    );
  }
  const earlier = await em.findOne(Review, { modelVersion: version, reviewer });
  if (earlier)
    throw conflict(
      `You already reviewed version ${version.version} (${earlier.decision} on ${earlier.createdAt.toISOString()}); a reviewer counts once.`,
    );
}

async function refuseIfServing(
  ctx: CallContext,
  em: EntityManager,
  version: ModelVersion,
  becoming: string,
  environments: Environment[],
): Promise<void> {
  const routes = await em.find(
    DeploymentRoute,
    {
      modelVersion: version,
      weight: { $gt: 0 },
      deployment: { status: DeploymentStatus.ACTIVE, environment: { $in: environments } },
    },
    { populate: ['deployment'] },
  );
  const shadows = await em.find(Deployment, {
    shadowVersion: version,
    status: DeploymentStatus.ACTIVE,
    environment: { $in: environments },
  });
  const uses = [
    ...routes.map((route) => ({ deployment: route.deployment, share: `${route.weight}%` })),
    ...shadows.map((deployment) => ({ deployment, share: 'shadow' })),
  ];
  if (uses.length === 0) return;
  // Name only the deployments the caller may read; count the others.
  const readable = ctx.loaders.readable(Deployment, { id: { $in: uses.map((use) => use.deployment.id) } });
  const visible = new Set(readable ? (await em.find(Deployment, readable, { fields: ['id'] })).map((d) => d.id) : []);
  const named = uses
    .filter((use) => visible.has(use.deployment.id))
    .map((use) => `${use.deployment.name} (${use.share})`);
  const hidden = uses.length - named.length;
  const where = [...named, ...(hidden ? [`${hidden} deployment(s) you cannot see`] : [])].join(', ');
  throw conflict(
    `Model version ${version.version} still takes traffic in ${where}; move those routes before it is ${becoming}.`,
  );
}

function checkComment(field: string, text: string): string {
  const trimmed = text.trim();
  check(trimmed.length > 0, field, 'must say why, for the audit trail.');
  return checkText(field, trimmed)!;
}
