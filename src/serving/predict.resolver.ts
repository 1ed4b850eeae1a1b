import { GraphQLJSON } from 'graphql-scalars';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, Field, FieldResolver, Float, ID, Info, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { fieldsNamed } from '../graph/selections';
import { explainPrediction } from '../explain/explain.service';
import { Explanation } from '../explain/explanations';
import { BaselineSource, ExplanationMethod, MAX_PATCH, MAX_SAMPLES, MAX_STEPS } from '../explain/settings';
import { Allow } from '../authz/guard';
import type { RequestContext } from '../graph/context';
import { packInstances } from './instances';
import { predict, type PredictionResult } from './predict.service';

// Simple resolvers: these plain fields skip the middleware chain (their fields take no arguments);
// a predict answer has several per instance.
@ObjectType({ description: "One instance's answer.", simpleResolvers: true })
export class PredictionOutput {
  @Field(() => String, { nullable: true, description: 'The most likely class, for classifiers.' }) label?: string;
  @Field(() => [Float], { nullable: true, description: 'A score per class, in signature order.' }) scores?: number[];
  @Field(() => Float, { nullable: true, description: 'The prediction of a single-output regressor.' }) value?: number;
}

@ObjectType({ simpleResolvers: true })
export class Prediction {
  @Field() deployment!: string;
  @Field(() => ID, { description: 'The model version that answered.' }) modelVersionId!: string;
  @Field(() => Int) version!: number;
  @Field(() => [PredictionOutput], { description: 'One per instance, in order.' }) outputs!: PredictionOutput[];
}

@Resolver(() => Prediction)
export class PredictResolver {
  @FieldResolver(() => [Explanation], { description: "Feature attributions per instance, computed only when selected; arguments left out take the deployment's defaults." })
  explanations(
    @Root() prediction: PredictionResult,
    @Arg('method', () => ExplanationMethod, { nullable: true }) method: ExplanationMethod | undefined,
    @Arg('steps', () => Int, { nullable: true, description: `Integrated gradients' interpolation steps, 1 to ${MAX_STEPS}.` }) steps: number | undefined,
    @Arg('baselineFrom', () => BaselineSource, { nullable: true, description: 'Where the baseline comes from; CUSTOM when baseline values are given.' }) baselineFrom: BaselineSource | undefined,
    @Arg('baseline', () => GraphQLJSON, { nullable: true, description: 'Your own baseline, per input: a number for a scalar feature, a list for a feature vector, the fill number for an image.' }) baseline: unknown,
    @Arg('samples', () => Int, { nullable: true, description: `KernelSHAP's coalitions, 1 to ${MAX_SAMPLES}.` }) samples: number | undefined,
    @Arg('seed', () => Int, { nullable: true, description: "KernelSHAP's sampling seed." }) seed: number | undefined,
    @Arg('patch', () => Int, { nullable: true, description: `OCCLUSION's square patch, 1 to ${MAX_PATCH} pixels.` }) patch: number | undefined,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Explanation[]> {
    // Heatmaps cost a PNG each: drawn only when asked for.
    const heatmaps = info.fieldNodes.some((node) => node.selectionSet !== undefined && fieldsNamed(node.selectionSet, 'heatmap', info.fragments).length > 0);
    return explainPrediction(ctx, prediction.explainable, { method, steps, samples, seed, patch, baseline: baselineFrom, baselineValues: baseline }, heatmaps);
  }

  @Allow('predict', 'Deployment')
  @Query(() => Prediction, { description: 'Answers instances (objects of named features, or tensors as nested lists) on a deployment.' })
  predict(
    @Arg('deployment') deployment: string,
    @Arg('instances', () => [GraphQLJSON], {
      description:
        "Objects of named inputs, checked against the answering version's signature. A tensor input takes nested lists as its shape says, or one flat list of all its numbers in row-major order: cheaper to send and to parse for large tensors.",
    }) instances: unknown[],
    @Arg('routingKey', () => String, { nullable: true, description: 'Sends the same key to the same route, for sticky canaries.' }) routingKey: string | undefined,
    @Ctx() ctx: RequestContext,
  ): Promise<PredictionResult> {
    return predict(ctx, { deployment, routingKey, pack: (signature) => packInstances(signature, instances, ctx.serving.maxInstances) });
  }
}
