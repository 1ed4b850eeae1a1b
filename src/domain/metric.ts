import { Field, Float, InputType, ObjectType } from 'type-graphql';
import { NAME_RULE } from './validation';

/** A named number: an evaluation or training metric. */
@ObjectType({ description: 'A named number: an evaluation or training metric, e.g. auc.' })
@InputType('MetricInput', { description: 'A named number: an evaluation or training metric, e.g. auc.' })
export class Metric {
  @Field({ description: `The metric's name, e.g. auc or rmse; ${NAME_RULE}.` }) name!: string;
  @Field(() => Float, { description: 'Its value, a finite number.' }) value!: number;
}
