import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { OrderInputType } from '../relay/connection';
import { Metric } from '../metric';
import { Artifact, FairnessMetric, LifecycleState, ModelCard, Signature, TaskType } from './model.entity';

@InputType()
export class CreateModelInput {
  @Field(() => ID) teamId!: string;
  @Field() name!: string;
  @Field(() => String, { nullable: true }) description?: string;
  @Field(() => TaskType) taskType!: TaskType;
}

@InputType()
export class RegisterModelVersionInput {
  @Field(() => ID) modelId!: string;
  @Field(() => String, { nullable: true }) description?: string;
  @Field(() => Artifact) artifact!: Artifact;
  @Field(() => Signature) signature!: Signature;
  @Field(() => [Metric], { defaultValue: [] }) metrics!: Metric[];
  @Field(() => [FairnessMetric], { defaultValue: [] }) fairnessMetrics!: FairnessMetric[];
  @Field(() => ModelCard, { nullable: true }) modelCard?: ModelCard;
  @Field(() => ID, { nullable: true, description: 'The run that trained it; its dataset versions become the lineage.' })
  runId?: string;
}

@InputType()
export class ModelFilter {
  @Field(() => ID, { nullable: true }) teamId?: string;
  @Field(() => String, { nullable: true, description: 'Case-insensitive part of the name.' }) nameContains?: string;
  @Field(() => [TaskType], { nullable: true }) taskTypeIn?: TaskType[];
}

@InputType()
export class ModelVersionFilter {
  @Field(() => [LifecycleState], { nullable: true }) lifecycleStateIn?: LifecycleState[];
  @Field(() => ID, { nullable: true }) modelId?: string;
  @Field(() => ID, { nullable: true, description: "The team of the version's model." }) teamId?: string;
  @Field(() => [TaskType], { nullable: true }) taskTypeIn?: TaskType[];
  @Field(() => Boolean, {
    nullable: true,
    description:
      'True: the versions IN_REVIEW that you may review and have not yet: neither registered nor trained by you, and without your decision.',
  })
  awaitingMyReview?: boolean;
}

export enum ModelVersionOrderField {
  CREATED_AT = 'createdAt',
  VERSION = 'version',
}
registerEnumType(ModelVersionOrderField, { name: 'ModelVersionOrderField' });

export const ModelVersionOrder = OrderInputType(
  'ModelVersionOrder',
  ModelVersionOrderField,
  ModelVersionOrderField.CREATED_AT,
);
export type ModelVersionOrder = InstanceType<typeof ModelVersionOrder>;
