import { injectable } from 'tsyringe';
import { failedPrecondition, unavailable } from '../../errors';
import { AuditTrail } from '../audit/audit.service';
import type { CallContext } from '../context';
import { DatasetVersion } from '../datasets/dataset.entity';
import { ModelVersion } from '../models/model.entity';
import { authorize, findNode, inTransaction, lockById } from '../persistence';
import { EvaluationRunner } from './evaluation-runner';
import { Evaluation, EvaluationStatus } from './evaluation.entity';
import type { EvaluateModelVersionInput } from './evaluation.types';

/** Evaluation runs, asked for and cancelled; the runner does the work in the background. */
@injectable()
export class EvaluationService {
  constructor(
    private readonly runner: EvaluationRunner,
    private readonly audit: AuditTrail,
  ) {}

  /**
   * Records and queues an evaluation of a version on a dataset version's rows. The caller must be
   * able to read both and to evaluate the version; the set must feed every input of the version
   * and label only its classes, which is checked before anything is recorded.
   */
  async evaluateModelVersion(ctx: CallContext, input: EvaluateModelVersionInput): Promise<Evaluation> {
    const found = await findNode(ctx, ModelVersion, 'input.modelVersionId', input.modelVersionId);
    // The access rules read the version's model's team.
    const version = await ctx.em.findOneOrFail(ModelVersion, found.id, { populate: ['model'] });
    authorize(ctx, 'evaluate', 'ModelVersion', version, `model version ${version.version}`);
    const datasetVersion = await findNode(ctx, DatasetVersion, 'input.datasetVersionId', input.datasetVersionId);
    if (datasetVersion.evaluationRows == null)
      throw failedPrecondition(
        `Dataset version ${datasetVersion.version} has no rows to evaluate on; upload them first (PUT /datasets/versions/${input.datasetVersionId}/rows).`,
      );
    if (this.runner.full) throw unavailable('Too many evaluations are waiting; retry when some have finished.');
    const plan = await this.runner.plan(version, datasetVersion, input.positiveLabel);
    const evaluation = await inTransaction(ctx, async (em) => {
      const created = em.create(Evaluation, {
        modelVersion: version.id,
        datasetVersion: datasetVersion.id,
        datasetSha256: datasetVersion.sha256,
        rows: plan.truth.length,
        positiveLabel: plan.positive?.label,
        createdBy: ctx.identity.subject,
      });
      await this.audit.record(ctx, em, 'evaluateModelVersion', created);
      return created;
    });
    this.runner.submit(evaluation.id, plan);
    return evaluation;
  }

  /** Stops an evaluation that is queued or running here; CONFLICT once it has ended. */
  async cancelEvaluation(ctx: CallContext, id: string): Promise<Evaluation> {
    return inTransaction(ctx, async (em) => {
      const evaluation = await lockById(ctx, em, Evaluation, 'id', id, 'read');
      const version = await em.findOneOrFail(ModelVersion, evaluation.modelVersion.id, { populate: ['model'] });
      authorize(ctx, 'evaluate', 'ModelVersion', version, `model version ${version.version}`);
      const ended = [EvaluationStatus.SUCCEEDED, EvaluationStatus.FAILED, EvaluationStatus.CANCELLED];
      if (ended.includes(evaluation.status))
        throw failedPrecondition(`The evaluation has already ended (${evaluation.status}).`);
      const where = this.runner.cancel(evaluation.id);
      if (!where) throw unavailable('Another gateway is running this evaluation; cancel it there.');
      // A running one stops before its next batch and records that itself.
      if (where === 'queued') Object.assign(evaluation, { status: EvaluationStatus.CANCELLED, finishedAt: new Date() });
      await this.audit.record(ctx, em, 'cancelEvaluation', evaluation);
      return evaluation;
    });
  }
}
