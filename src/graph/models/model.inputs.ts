import { Field, ID, InputType } from 'type-graphql';
import { Metric } from '../metric';
import { Artifact, FairnessMetric, ModelCard, Signature, TaskType } from './model.entity';

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
