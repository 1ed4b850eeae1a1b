import { GraphQLJSON } from 'graphql-scalars';
import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { badInput } from '../errors';
import type { Signature } from '../graph/models/model.entity';
import { asModelInputs, packInstances, type InputBatch } from '../serving/instances';
import type { ModelServer } from '../serving/model-server';

export enum ExplanationMethod {
  INTEGRATED_GRADIENTS = 'INTEGRATED_GRADIENTS',
  GRADIENT_X_INPUT = 'GRADIENT_X_INPUT',
}
registerEnumType(ExplanationMethod, { name: 'ExplanationMethod' });

export const MAX_STEPS = 256;

@ObjectType()
export class FeatureAttribution {
  @Field() feature!: string;
  @Field(() => Float) value!: number;
}

@ObjectType({ description: "Why the model answered one instance as it did: each feature's share of the output." })
export class Explanation {
  @Field(() => ExplanationMethod) method!: ExplanationMethod;
  @Field(() => Int, { description: 'The explained output: the index of the predicted class.' }) target!: number;
  @Field(() => String, { nullable: true }) targetLabel?: string;
  @Field(() => GraphQLJSON, { description: 'The baseline the attributions are measured from.' }) baseline!: Record<string, number>;
  @Field(() => Float) outputAtInput!: number;
  @Field(() => Float) outputAtBaseline!: number;
  @Field(() => Float, { nullable: true, description: 'Integrated gradients: |Σ attributions − (f(x) − f(baseline))|.' }) completenessGap?: number;
  @Field(() => Int, { nullable: true }) steps?: number;
  @Field(() => [FeatureAttribution]) attributions!: FeatureAttribution[];
}

/** What a prediction keeps so that its explanations can be computed if, and only if, they are selected. */
export interface Explainable {
  server: ModelServer;
  sha256: string;
  signature: Signature;
  inputs: InputBatch[];
}

/** Attributions for every instance of a prediction, tabular models only for now. */
export async function explain(source: Explainable, method: ExplanationMethod, steps: number, baselineInput: unknown): Promise<Explanation[]> {
  const { signature } = source;
  if (!signature.inputs.every((input) => input.shape.length === 0)) {
    throw badInput('explanations', 'only models of named scalar features can be explained so far; image explanations (OCCLUSION) are not available yet.');
  }
  if (!Number.isInteger(steps) || steps < 1 || steps > MAX_STEPS) throw badInput('steps', `must be between 1 and ${MAX_STEPS}, got ${steps}.`);
  const names = signature.inputs.map((input) => input.name);
  const baseline = (baselineInput ?? Object.fromEntries(names.map((name) => [name, 0]))) as Record<string, number>;
  let baselineValues: Float32Array;
  try {
    baselineValues = asModelInputs(packInstances(signature, [baseline], 1))[0]!.values as Float32Array;
  } catch (error) {
    throw badInput('baseline', (error as Error).message.replace(/^instances\[0\]\.?/, 'feature '));
  }
  const [input] = asModelInputs(source.inputs);
  const result = await source.server.explain(source.sha256, { method, input: input!, baseline: baselineValues, steps: method === ExplanationMethod.GRADIENT_X_INPUT ? 1 : steps });
  return result.targets.map((target, row) => {
    const attributions = names.map((feature, i) => ({ feature, value: result.attributions[row * names.length + i]! }));
    const sum = attributions.reduce((total, attribution) => total + attribution.value, 0);
    const integrated = method === ExplanationMethod.INTEGRATED_GRADIENTS;
    return {
      method,
      target,
      targetLabel: signature.classLabels[target],
      baseline,
      outputAtInput: result.outputAtInput[row]!,
      outputAtBaseline: result.outputAtBaseline[row]!,
      completenessGap: integrated ? Math.abs(sum - (result.outputAtInput[row]! - result.outputAtBaseline[row]!)) : undefined,
      steps: integrated ? steps : undefined,
      attributions,
    };
  });
}
