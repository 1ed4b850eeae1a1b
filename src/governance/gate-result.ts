import { Field, Float, ObjectType, registerEnumType } from 'type-graphql';

export enum GateStage {
  SUBMIT = 'SUBMIT',
  APPROVE = 'APPROVE',
}
registerEnumType(GateStage, { name: 'GateStage', description: 'The transition a gate guards: entering review, or approval.' });

/** One gate's verdict on a version, kept on the version so a reviewer sees why. */
@ObjectType()
export class GateResult {
  @Field({ description: 'e.g. metric:auc, fairness:demographic_parity_difference, modelCard.' }) gate!: string;
  @Field(() => GateStage) stage!: GateStage;
  @Field() passed!: boolean;
  @Field(() => Float, { nullable: true }) observed?: number;
  @Field(() => Float, { nullable: true }) threshold?: number;
  @Field() reason!: string;
  @Field() evaluatedAt!: Date;
}
