import { Field, Float, InputType, ObjectType } from 'type-graphql';

/** A named number: an evaluation or training metric. */
@ObjectType()
@InputType('MetricInput')
export class Metric {
  @Field() name!: string;
  @Field(() => Float) value!: number;
}
