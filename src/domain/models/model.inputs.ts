import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { OrderInputType } from '../relay/connection';
import { Metric } from '../metric';
import { NAME_RULE, TEXT_RULE } from '../validation';
import { Artifact, FairnessMetric, LifecycleState, ModelCard, Signature, TaskType } from './model.entity';

@InputType({ description: 'A new model.' })
export class CreateModelInput {
  @Field(() => ID, { description: 'The team that will own it; you need create on Model in it.' }) teamId!: string;
  @Field({ description: `Unique among models; ${NAME_RULE}.` }) name!: string;
  @Field(() => String, { nullable: true, description: `${TEXT_RULE}.` }) description?: string;
  @Field(() => TaskType, { description: 'What it predicts.' }) taskType!: TaskType;
}

@InputType({ description: 'A new version of a model.' })
export class RegisterModelVersionInput {
  @Field(() => ID, { description: 'The model.' }) modelId!: string;
  @Field(() => String, { nullable: true, description: `${TEXT_RULE}.` }) description?: string;
  @Field(() => Artifact, {
    description:
      'The uploaded files: uploaded by you or your team, or used by a version you may read (BAD_USER_INPUT otherwise).',
  })
  artifact!: Artifact;
  @Field(() => Signature, {
    description: 'Its inputs and outputs; a model that does not run as they say is refused (BAD_USER_INPUT).',
  })
  signature!: Signature;
  @Field(() => [Metric], { defaultValue: [], description: 'Evaluation metrics, with unique names.' })
  metrics!: Metric[];
  @Field(() => [FairnessMetric], {
    defaultValue: [],
    description: 'Fairness measurements, one per measure, sensitive feature and group.',
  })
  fairnessMetrics!: FairnessMetric[];
  @Field(() => ModelCard, { nullable: true, description: 'What it is for and how it was made.' })
  modelCard?: ModelCard;
  @Field(() => ID, {
    nullable: true,
    description:
      'The run that trained it, which must be FINISHED (CONFLICT while it runs, or when it failed); its dataset versions become the lineage.',
  })
  runId?: string;
}

@InputType({ description: 'Which models to list; the conditions given must all hold.' })
export class ModelFilter {
  @Field(() => ID, { nullable: true, description: 'Only the models of this team.' }) teamId?: string;
  @Field(() => String, { nullable: true, description: 'Case-insensitive part of the name.' }) nameContains?: string;
  @Field(() => [TaskType], { nullable: true, description: 'Only the models of these task types.' })
  taskTypeIn?: TaskType[];
}

@InputType({ description: 'Which model versions to list; the conditions given must all hold.' })
export class ModelVersionFilter {
  @Field(() => [LifecycleState], { nullable: true, description: 'Only the versions in these states.' })
  lifecycleStateIn?: LifecycleState[];
  @Field(() => ID, { nullable: true, description: 'Only the versions of this model.' }) modelId?: string;
  @Field(() => ID, { nullable: true, description: "The team of the version's model." }) teamId?: string;
  @Field(() => [TaskType], { nullable: true, description: 'Only the versions of models of these task types.' })
  taskTypeIn?: TaskType[];
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
registerEnumType(ModelVersionOrderField, {
  name: 'ModelVersionOrderField',
  description: 'What a list of model versions can be sorted by.',
  valuesConfig: {
    CREATED_AT: { description: 'By the time they were registered.' },
    VERSION: { description: 'By version number.' },
  },
});

export const ModelVersionOrder = OrderInputType(
  'ModelVersionOrder',
  ModelVersionOrderField,
  ModelVersionOrderField.CREATED_AT,
);
export type ModelVersionOrder = InstanceType<typeof ModelVersionOrder>;
