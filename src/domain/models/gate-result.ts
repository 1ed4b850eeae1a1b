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
  valuesConfig: {
    REGISTER: { description: 'Registration: the model runs on zeros shaped as its signature says (the loads gate).' },
    SUBMIT: { description: 'Entering review: submitModelVersionForReview.' },
    APPROVE: { description: 'Approval: approveModelVersion.' },
  },
});

/** One gate's verdict on a version, kept on the version so a reviewer sees why. */
@ObjectType({ description: "One gate's verdict on a model version, kept on the version so that reviewers see why." })
export class GateResult {
  @Field({
    description:
      'Which check: loads, modelCard, lineage, noRawPii, or metric:<name> and fairness:<name>, e.g. metric:auc.',
  })
  gate!: string;
  @Field(() => GateStage, { description: 'The step it guards.' }) stage!: GateStage;
  @Field({ description: 'Whether the version passed it.' }) passed!: boolean;
  @Field(() => Float, { nullable: true, description: 'The measured value, for metric and fairness gates.' })
  observed?: number;
  @Field(() => Float, { nullable: true, description: 'The bound it was held to, for metric and fairness gates.' })
  threshold?: number;
  @Field({ description: 'Why it passed or failed, in words.' }) reason!: string;
  @Field(() => String, {
    nullable: true,
    description: 'For a gate on measured values: the global id of the evaluation its value came from.',
  })
  evaluationId?: string;
  @Field(() => String, {
    nullable: true,
    description: 'For a gate on measured values: the hex SHA-256 of the rows that evaluation ran on.',
  })
  evaluationSha256?: string;
  @Field({ description: 'When it was judged.' }) evaluatedAt!: Date;
}
