import { GraphQLJSON } from 'graphql-scalars';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, Field, FieldResolver, ID, Info, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { selects } from '../selections';
import { Explanation } from '../../domain/explanations/explanations';
import { explanationArgs, ExplanationRequestArgs } from '../../domain/explanation-settings';
import { Allow } from '../guard';
import type { CallContext } from '../../domain/context';
import { packInstances } from '../../inference/instances';
import { PredictionOutput } from '../../domain/models/prediction-output';
import { predictionBytes } from '../../domain/response-size';
import { injectable } from 'tsyringe';
import { PredictionService, type PredictionResult } from '../../domain/serving/predict.service';
import { ExplanationService } from '../../domain/explanations/explain.service';

@ObjectType({ description: 'The answer to a predict request.', simpleResolvers: true })
export class Prediction {
  @Field({ description: "The deployment's name, as asked." }) deployment!: string;
  @Field(() => ID, { description: 'The model version that answered.' }) modelVersionId!: string;
  @Field(() => Int, { description: 'The number of the version that answered.' }) version!: number;
  @Field(() => [PredictionOutput], { description: 'One per instance, in order.' }) outputs!: PredictionOutput[];
}

@injectable()
@Resolver(() => Prediction)
export class PredictResolver {
  constructor(
    private readonly predictionService: PredictionService,
    private readonly explanationService: ExplanationService,
  ) {}

  @FieldResolver(() => [Explanation], {
    description:
      "Feature attributions per instance, computed only when selected; arguments left out take the deployment's defaults.",
  })
  explanations(
    @Root() prediction: PredictionResult,
    @Args() args: ExplanationRequestArgs,
    @Ctx() ctx: CallContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Explanation[]> {
    // Heatmaps cost a PNG each: drawn only when asked for.
    return this.explanationService.explainPrediction(
      ctx,
      prediction.explainable,
      explanationArgs(args),
      selects(info, 'heatmap'),
    );
  }

  @Allow('predict', 'Deployment')
  @Query(() => Prediction, {
    description:
      'Answers instances on a deployment, on a route picked by weight; a shadow version, if any, gets a copy. Needs predict on the deployment (data-scientist or deployer of its team, an API key naming it, admin). NOT_FOUND when there is none you may read, UNAVAILABLE when it is retired or no route takes traffic, LIMIT_EXCEEDED beyond your inference budget, or (HTTP 413) when the answer would be larger than one response may be (MODELGATE_MAX_RESPONSE_BYTES).',
  })
  async predict(
    @Arg('deployment', { description: "The deployment's name." }) deployment: string,
    @Arg('instances', () => [GraphQLJSON], {
      description:
        "Objects of named inputs, checked against the answering version's signature: at least one, at most 1024 by default (MODELGATE_MAX_INSTANCES). A tensor input takes nested lists as its shape says, or one flat list of all its numbers in row-major order: cheaper to send and to parse for large tensors.",
    })
    instances: unknown[],
    @Arg('routingKey', () => String, {
      nullable: true,
      description: 'Sends the same key to the same route, for sticky canaries.',
    })
    routingKey: string | undefined,
    @Ctx() ctx: CallContext,
  ): Promise<PredictionResult> {
    const result = await this.predictionService.predict(ctx, {
      deployment,
      routingKey,
      pack: (signature, besides) => packInstances(signature, instances, this.predictionService.maxInstances, besides),
      valuesBeside: (field) => instances.map((instance) => (instance as Record<string, unknown>)[field]),
    });
    // Refused before GraphQL writes it: a huge answer would be built whole, as one string.
    this.predictionService.responseSize.charge(
      ctx,
      predictionBytes(result.outputs),
      `${result.outputs.length} instances' outputs`,
      'Send fewer instances a request.',
    );
    return result;
  }
}
