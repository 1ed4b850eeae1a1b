import { Field, Float, ID, ObjectType } from 'type-graphql';

// Simple resolvers: these plain fields skip the middleware chain (their fields take no arguments);
// a predict answer has several per instance.
@ObjectType({ description: "One instance's answer.", simpleResolvers: true })
export class PredictionOutput {
  @Field(() => String, { nullable: true, description: 'The most likely class, for classifiers.' }) label?: string;
  @Field(() => [Float], {
    nullable: true,
    description:
      'A score per class, in signature order; for a model with several outputs and no class labels, its values.',
  })
  scores?: number[];
  @Field(() => Float, { nullable: true, description: 'The prediction of a single-output regressor.' }) value?: number;
  @Field(() => ID, {
    nullable: true,
    description:
      "This instance's prediction id, on predict's answers: keep it to report what actually happened (recordOutcomes, POST /deployments/{name}/outcomes). Null in the prediction log's entries.",
  })
  predictionId?: string;
}
