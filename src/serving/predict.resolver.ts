import { GraphQLJSON } from 'graphql-scalars';
import { Arg, Ctx, Field, FieldResolver, Float, ID, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { checkExplanationArgs, explain, Explanation, ExplanationMethod, MAX_SAMPLES, MAX_STEPS } from '../explain/explanations';
import { applyLimits } from '../explain/limits';
import { Allow } from '../authz/guard';
import type { RequestContext } from '../graph/context';
import { predict, type PredictionResult } from './predict.service';

@ObjectType({ description: "One instance's answer." })
export class PredictionOutput {
  @Field(() => String, { nullable: true, description: 'The most likely class, for classifiers.' }) label?: string;
  @Field(() => [Float], { nullable: true, description: 'A score per class, in signature order.' }) scores?: number[];
  @Field(() => Float, { nullable: true, description: 'The prediction of a single-output regressor.' }) value?: number;
}

@ObjectType()
export class Prediction {
  @Field() deployment!: string;
  @Field(() => ID, { description: 'The model version that answered.' }) modelVersionId!: string;
  @Field(() => Int) version!: number;
  @Field(() => [PredictionOutput], { description: 'One per instance, in order.' }) outputs!: PredictionOutput[];
}

@Resolver(() => Prediction)
export class PredictResolver {
  @FieldResolver(() => [Explanation], { description: 'Feature attributions per instance, computed only when selected.' })
  explanations(
    @Root() prediction: PredictionResult,
    @Arg('method', () => ExplanationMethod, { defaultValue: ExplanationMethod.INTEGRATED_GRADIENTS }) method: ExplanationMethod,
    @Arg('steps', () => Int, { defaultValue: 32, description: `Integrated gradients' interpolation steps, 1 to ${MAX_STEPS}.` }) steps: number,
    @Arg('baseline', () => GraphQLJSON, { nullable: true, description: 'Feature values to measure from; zeros by default.' }) baseline: unknown,
    @Arg('samples', () => Int, { defaultValue: 256, description: `KernelSHAP's coalitions, 1 to ${MAX_SAMPLES}.` }) samples: number,
    @Arg('seed', () => Int, { defaultValue: 42, description: "KernelSHAP's sampling seed." }) seed: number,
    @Arg('patch', () => Int, { defaultValue: 2, description: "OCCLUSION's square patch, in pixels." }) patch: number,
    @Ctx() ctx: RequestContext,
  ): Promise<Explanation[]> {
    const asked = { method, steps, samples, seed, patch, baseline };
    checkExplanationArgs(asked);
    const allowed = applyLimits(ctx.policy.explanations, ctx.identity.roles, asked);
    return explain(prediction.explainable, allowed);
  }

  @Allow('predict', 'Deployment')
  @Query(() => Prediction, { description: 'Answers instances (objects of named features, or tensors as nested lists) on a deployment.' })
  predict(
    @Arg('deployment') deployment: string,
    @Arg('instances', () => [GraphQLJSON], { description: "Checked against the answering version's signature." }) instances: unknown[],
    @Arg('routingKey', () => String, { nullable: true, description: 'Sends the same key to the same route, for sticky canaries.' }) routingKey: string | undefined,
    @Ctx() ctx: RequestContext,
  ): Promise<PredictionResult> {
    return predict(ctx, deployment, instances, routingKey);
  }
}
