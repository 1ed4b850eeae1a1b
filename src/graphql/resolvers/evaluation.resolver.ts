import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { injectable } from 'tsyringe';
import { Allow } from '../guard';
import type { CallContext } from '../../domain/context';
import { DatasetVersion } from '../../domain/datasets/dataset.entity';
import { ModelVersion } from '../../domain/models/model.entity';
import { Metric } from '../../domain/metric';
import { measuredMetrics } from '../../domain/quality/evaluate';
import { Evaluation } from '../../domain/quality/evaluation.entity';
import { EvaluationService } from '../../domain/quality/evaluation.service';
import {
  ClassificationMeasuresType,
  EvaluateModelVersionInput,
  FairnessMeasuresType,
  RegressionMeasuresType,
} from '../../domain/quality/evaluation.types';

@injectable()
@Resolver(() => Evaluation)
export class EvaluationResolver {
  constructor(private readonly evaluations: EvaluationService) {}

  @Allow('evaluate', 'ModelVersion')
  @Mutation(() => Evaluation, {
    description:
      "Runs a model version on every row of a dataset version's evaluation set, in the background, and measures its answers against the label column (and fairness across each SENSITIVE column's groups). Answers at once, QUEUED; poll it with node(id), or ModelVersion.evaluations. Needs evaluate on the version (data scientists of its team, reviewers, admins) and read on the dataset version. FAILED_PRECONDITION before its rows are uploaded; BAD_USER_INPUT when the rows do not feed every input or label a class the model lacks; UNAVAILABLE when too many are waiting.",
  })
  evaluateModelVersion(
    @Arg('input', { description: 'What to evaluate on what.' }) input: EvaluateModelVersionInput,
    @Ctx() ctx: CallContext,
  ): Promise<Evaluation> {
    return this.evaluations.evaluateModelVersion(ctx, input);
  }

  @Allow('evaluate', 'ModelVersion')
  @Mutation(() => Evaluation, {
    description:
      'Stops an evaluation: a queued one at once, a running one before its next batch. FAILED_PRECONDITION once it has ended.',
  })
  cancelEvaluation(
    @Arg('id', () => ID, { description: "The evaluation's global id." }) id: string,
    @Ctx() ctx: CallContext,
  ): Promise<Evaluation> {
    return this.evaluations.cancelEvaluation(ctx, id);
  }

  @FieldResolver(() => ModelVersion, { description: 'The version evaluated.' })
  modelVersion(@Root() evaluation: Evaluation, @Ctx() ctx: CallContext): Promise<ModelVersion> {
    return ctx.loaders.referenced(ModelVersion, evaluation.modelVersion.id);
  }

  @FieldResolver(() => DatasetVersion, {
    nullable: true,
    description:
      'The dataset version whose rows it ran on; null when you may not read it (datasetSha256 still names them).',
  })
  async datasetVersion(@Root() evaluation: Evaluation, @Ctx() ctx: CallContext): Promise<DatasetVersion | null> {
    return (await ctx.loaders.byId(DatasetVersion).load(evaluation.datasetVersion.id)) ?? null;
  }

  @FieldResolver(() => ClassificationMeasuresType, {
    nullable: true,
    description: "A classifier's measures, once it succeeded.",
  })
  classification(@Root() evaluation: Evaluation): ClassificationMeasuresType | null {
    return evaluation.measures?.classification ?? null;
  }

  @FieldResolver(() => RegressionMeasuresType, {
    nullable: true,
    description: "A regressor's measures, once it succeeded.",
  })
  regression(@Root() evaluation: Evaluation): RegressionMeasuresType | null {
    return evaluation.measures?.regression ?? null;
  }

  @FieldResolver(() => [Metric], {
    description:
      'The measures under the names gates read them (accuracy, roc_auc, log_loss, expected_calibration_error, macro_precision, macro_recall, macro_f1; rmse, mae, r2), once it succeeded; a measure that is null is left out.',
  })
  metrics(@Root() evaluation: Evaluation): Metric[] {
    return evaluation.measures ? measuredMetrics(evaluation.measures).metrics : [];
  }

  @FieldResolver(() => [FairnessMeasuresType], {
    description:
      'Fairness across the groups of each SENSITIVE column, for the positive class, once it succeeded (none for a regressor, or a classifier of more than two classes without positiveLabel).',
  })
  fairness(@Root() evaluation: Evaluation): FairnessMeasuresType[] {
    return evaluation.measures?.fairness ?? [];
  }
}

@injectable()
@Resolver(() => ModelVersion)
export class ModelVersionEvaluationsResolver {
  @FieldResolver(() => [Evaluation], {
    description: 'Its evaluation runs, newest first (empty for who may not read evaluations).',
  })
  evaluations(@Root() version: ModelVersion, @Ctx() ctx: CallContext): Promise<Evaluation[]> {
    return ctx.loaders
      .childrenOf(Evaluation, 'modelVersion', (e) => e.modelVersion.id, { createdAt: 'desc', id: 'desc' })
      .load(version.id);
  }
}
