import type { MikroORM } from '@mikro-orm/postgresql';
import { FeatureRole, type DatasetVersion } from '../datasets/dataset.entity';
import type { ModelVersion } from '../models/model.entity';
import { asModelInputs } from '../../inference/instances';
import type { ModelServer } from '../../inference/model-server';
import { briefly } from '../../readable';
import type { Logger } from '../../telemetry/logger';
import { evaluate, EvaluationCancelled, planEvaluation, type EvaluationPlan } from './evaluate';
import { evaluationSetPath, readEvaluationSet } from './evaluation-set';
import { Evaluation, EvaluationStatus } from './evaluation.entity';

export interface EvaluationRunnerSettings {
  dataDir: string;
  /** Evaluations running at once in this gateway; the others queue. */
  concurrency: number;
  /** Evaluations waiting at most; past it, a new one is refused (UNAVAILABLE). */
  maxQueued: number;
  /** Rows per inference call: large, for throughput; each call waits its turn with predictions. */
  batchSize: number;
}

/**
 * Runs evaluations in the background, a few at a time, off the request path: each reads its
 * evaluation set, runs the version in the inference workers in large batches (predictions still
 * take their turns between them) and stores the measures. Progress is written to the row about
 * once a second; cancellation is looked at before each batch.
 */
export class EvaluationRunner {
  private readonly queue: string[] = [];
  private readonly planned = new Map<string, EvaluationPlan>();
  private readonly running = new Map<string, { cancelled: boolean; done: Promise<void> }>();
  private closed = false;

  constructor(
    private readonly orm: MikroORM,
    private readonly server: ModelServer,
    private readonly logger: Logger,
    readonly settings: EvaluationRunnerSettings,
  ) {}

  /**
   * Checks that the version can be evaluated on the set (every input fed, labels its classes)
   * before an evaluation is recorded: throws BAD_USER_INPUT naming what does not fit.
   */
  async plan(
    version: ModelVersion,
    datasetVersion: DatasetVersion,
    positiveLabel?: string | null,
  ): Promise<EvaluationPlan> {
    const set = await readEvaluationSet(evaluationSetPath(this.settings.dataDir, datasetVersion.id));
    const label = datasetVersion.features.find((feature) => feature.role === FeatureRole.LABEL)!;
    const sensitive = datasetVersion.features.filter((feature) => feature.role === FeatureRole.SENSITIVE);
    return planEvaluation(
      version.signature,
      set,
      label.name,
      sensitive.map((feature) => feature.name),
      positiveLabel,
    );
  }

  /** Whether another evaluation may queue now. */
  get full(): boolean {
    return this.queue.length >= this.settings.maxQueued;
  }

  /**
   * Queues an evaluation. `plan`, the one made to check it, is used when it starts at once; one
   * that waits is planned again when its turn comes (plans hold the rows: sixteen waiting would
   * hold sixteen sets).
   */
  submit(evaluationId: string, plan?: EvaluationPlan): void {
    this.queue.push(evaluationId);
    if (plan && this.queue.length === 1 && this.running.size < this.settings.concurrency)
      this.planned.set(evaluationId, plan);
    this.next();
  }

  /**
   * Stops an evaluation: a queued one leaves the queue (the caller records it cancelled), a running
   * one stops before its next batch and records itself; false when this gateway has neither.
   */
  cancel(evaluationId: string): 'queued' | 'running' | false {
    const queued = this.queue.indexOf(evaluationId);
    if (queued >= 0) {
      this.queue.splice(queued, 1);
      this.planned.delete(evaluationId);
      return 'queued';
    }
    const running = this.running.get(evaluationId);
    if (!running) return false;
    running.cancelled = true;
    return 'running';
  }

  /** Cancels what waits and what runs, and waits for the runs to stop. */
  async close(): Promise<void> {
    this.closed = true;
    this.planned.clear();
    for (const id of this.queue.splice(0))
      await this.finish(id, EvaluationStatus.CANCELLED, 'The gateway stopped before it started.');
    for (const run of this.running.values()) run.cancelled = true;
    await Promise.all([...this.running.values()].map((run) => run.done));
  }

  private next(): void {
    while (!this.closed && this.running.size < this.settings.concurrency && this.queue.length > 0) {
      const id = this.queue.shift()!;
      const run = { cancelled: false, done: Promise.resolve() };
      run.done = this.run(id, run).finally(() => {
        this.running.delete(id);
        this.next();
      });
      this.running.set(id, run);
    }
  }

  private async run(id: string, control: { cancelled: boolean }): Promise<void> {
    const em = this.orm.em.fork();
    const planned = this.planned.get(id);
    this.planned.delete(id);
    try {
      const evaluation = await em.findOneOrFail(Evaluation, id, { populate: ['modelVersion', 'datasetVersion'] });
      const plan =
        planned ?? (await this.plan(evaluation.modelVersion, evaluation.datasetVersion, evaluation.positiveLabel));
      await em.nativeUpdate(Evaluation, { id }, { status: EvaluationStatus.RUNNING });
      const sha256 = evaluation.modelVersion.artifact.sha256;
      let reported = 0;
      const measures = await evaluate(plan, (inputs) => this.server.runOnce(sha256, asModelInputs(inputs)), {
        batchSize: this.settings.batchSize,
        cancelled: () => control.cancelled,
        progress: async (rowsDone) => {
          if (Date.now() - reported < 1000) return;
          reported = Date.now();
          await em.nativeUpdate(Evaluation, { id }, { rowsDone });
        },
      });
      await em.nativeUpdate(
        Evaluation,
        { id },
        { status: EvaluationStatus.SUCCEEDED, rowsDone: plan.truth.length, measures, finishedAt: new Date() },
      );
    } catch (error) {
      if (error instanceof EvaluationCancelled)
        return this.finish(
          id,
          EvaluationStatus.CANCELLED,
          this.closed ? 'The gateway stopped while it ran.' : undefined,
        );
      this.logger.warn({ err: error, evaluation: id }, 'evaluation failed');
      await this.finish(id, EvaluationStatus.FAILED, briefly(error));
    }
  }

  private async finish(id: string, status: EvaluationStatus, error?: string): Promise<void> {
    await this.orm.em
      .fork()
      .nativeUpdate(Evaluation, { id }, { status, error, finishedAt: new Date() })
      .catch((failure: unknown) => this.logger.error({ err: failure, evaluation: id }, 'evaluation state not saved'));
  }
}
