import { Field, Float, ObjectType, registerEnumType } from 'type-graphql';

export enum GateStage {
  REGISTER = 'REGISTER',
  SUBMIT = 'SUBMIT',
  APPROVE = 'APPROVE',
}
registerEnumType(GateStage, {
  name: 'GateStage',
  description:
    'The step a gate guards: registration (the model loads and runs as its signature says), entering review, or approval.',
});

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
