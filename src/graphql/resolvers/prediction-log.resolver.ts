import type { GraphQLResolveInfo } from 'graphql';
import { GraphQLJSON } from 'graphql-scalars';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from 'type-graphql';
import { Allow } from '../guard';
import { badInput } from '../../errors';
import { Explanation } from '../../domain/explanations/explanations';
import { explanationArgs, ExplanationRequestArgs } from '../../domain/explanation-settings';
import type { CallContext } from '../../domain/context';
import { Deployment } from '../../domain/deployments/deployment.entity';
import { ModelVersion } from '../../domain/models/model.entity';
import { ConnectionType } from '../../domain/relay/connection';
import { selects } from '../selections';
import { instancesOf } from '../../inference/instances';
import { PredictionLogEntry } from '../../domain/prediction-log/prediction-log.entity';
import {
  DEFAULT_RANGE_DAYS,
  InstancesWithheld,
  MAX_RANGE_DAYS,
  PredictionLogArgs,
} from '../../domain/prediction-log/prediction-log.inputs';
import { injectable } from 'tsyringe';
import { PredictionLogService } from '../../domain/prediction-log/prediction-log.service';
import { ExplanationService } from '../../domain/explanations/explain.service';

const PredictionLogEntryConnection = ConnectionType(PredictionLogEntry);
/** Instances one entry shows at most: an entry may hold a thousand images. */
const MAX_INSTANCES_SHOWN = 100;

@injectable()
@Resolver(() => PredictionLogEntry)
export class PredictionLogEntryResolver {
  constructor(
    private readonly predictionLogService: PredictionLogService,
    private readonly explanationService: ExplanationService,
  ) {}

  @FieldResolver(() => ModelVersion, { description: 'The version that answered.' })
  modelVersion(@Root() entry: PredictionLogEntry, @Ctx() ctx: CallContext): Promise<ModelVersion> {
    return ctx.loaders.referenced(ModelVersion, entry.modelVersion.id);
  }

  @FieldResolver(() => Deployment, {
    nullable: true,
    description: 'The deployment that was asked; null when you may not read it.',
  })
  deployment(@Root() entry: PredictionLogEntry, @Ctx() ctx: CallContext): Promise<Deployment | null> {
    return ctx.loaders.byId(Deployment).load(entry.deployment.id);
  }

  @FieldResolver(() => [GraphQLJSON], {
    nullable: true,
    description:
      'The instances as the model took them (objects of named inputs; a tensor as one flat list), the first `first` of them; null when withheld (see instancesWithheld).',
  })
  async instances(
    @Root() entry: PredictionLogEntry,
    @Arg('first', () => Int, { defaultValue: 10, description: `How many, 0 to ${MAX_INSTANCES_SHOWN}.` }) first: number,
    @Ctx() ctx: CallContext,
  ): Promise<unknown[] | null> {
    if (first < 0 || first > MAX_INSTANCES_SHOWN)
      throw badInput('first', `must be between 0 and ${MAX_INSTANCES_SHOWN}, got ${first}.`);
    const inputs = await this.predictionLogService.loggedInputs(
      ctx,
      await this.predictionLogService.loggedPrediction(ctx, entry),
    );
    return 'batches' in inputs ? instancesOf(inputs.batches, first) : null;
  }

  @FieldResolver(() => InstancesWithheld, {
    nullable: true,
    description: 'Why instances is null; null when it is not.',
  })
  async instancesWithheld(
    @Root() entry: PredictionLogEntry,
    @Ctx() ctx: CallContext,
  ): Promise<InstancesWithheld | null> {
    return (
      (await this.predictionLogService.instancesWithheld(
        ctx,
        await this.predictionLogService.loggedPrediction(ctx, entry),
      )) ?? null
    );
  }

  @Allow('read', 'PredictionLogEntry')
  @Query(() => [Explanation], {
    description:
      "Explains a logged prediction again, on the version that answered it, from its stored instances: one explanation per instance (or the one `instance` picks). Seeded, so the same request gives the same attributions; the limits and redaction of predict's explanations apply. Needs the entry's instances (reviewer, admin): FORBIDDEN without them, FAILED_PRECONDITION when the log kept only the instances' digest.",
  })
  explainPrediction(
    @Arg('id', () => ID, { description: 'The PredictionLogEntry.' }) id: string,
    @Arg('instance', () => Int, { nullable: true, description: 'Explain only this instance (0-based).' })
    instance: number | undefined,
    @Args() args: ExplanationRequestArgs,
    @Ctx() ctx: CallContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Explanation[]> {
    return this.explanationService.explainLoggedPrediction(
      ctx,
      id,
      explanationArgs(args),
      instance,
      selects(info, 'heatmap'),
    );
  }
}

const predictionsDescription = (of: string) =>
  `What ${of} answered, newest first by default, as far as your roles may read the prediction log: a time range of at most ${MAX_RANGE_DAYS} days (the last ${DEFAULT_RANGE_DAYS} by default). Needs read on PredictionLogEntry (data-scientist of the team, reviewer, admin).`;

@injectable()
@Resolver(() => ModelVersion)
export class ModelVersionPredictionsResolver {
  constructor(private readonly predictionLogService: PredictionLogService) {}

  @Allow('read', 'PredictionLogEntry')
  @FieldResolver(() => PredictionLogEntryConnection, { description: predictionsDescription('this version') })
  predictions(@Root() version: ModelVersion, @Args() args: PredictionLogArgs, @Ctx() ctx: CallContext) {
    return this.predictionLogService.listPredictions(ctx, { modelVersion: version.id }, args);
  }
}

@injectable()
@Resolver(() => Deployment)
export class DeploymentPredictionsResolver {
  constructor(private readonly predictionLogService: PredictionLogService) {}

  @Allow('read', 'PredictionLogEntry')
  @FieldResolver(() => PredictionLogEntryConnection, { description: predictionsDescription('this deployment') })
  predictions(@Root() deployment: Deployment, @Args() args: PredictionLogArgs, @Ctx() ctx: CallContext) {
    return this.predictionLogService.listPredictions(ctx, { deployment: deployment.id }, args);
  }
}
