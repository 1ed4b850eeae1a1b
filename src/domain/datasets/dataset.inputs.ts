import { GraphQLSafeInt } from 'graphql-scalars';
import { Field, ID, InputType } from 'type-graphql';
import { NAME_RULE, TEXT_RULE } from '../validation';
import { AnonymizationStatus, FeatureSpecInput, FeatureStatistics, Sensitivity } from './dataset.entity';

@InputType({ description: 'A new dataset.' })
export class CreateDatasetInput {
  @Field(() => ID, { description: 'The team that will own it; you need create on Dataset in it.' }) teamId!: string;
  @Field({ description: `Unique among datasets; ${NAME_RULE}.` }) name!: string;
  @Field(() => String, { nullable: true, description: `${TEXT_RULE}.` }) description?: string;
  @Field(() => Sensitivity, { defaultValue: Sensitivity.INTERNAL, description: 'Who may read it.' })
  sensitivity!: Sensitivity;
}

@InputType({ description: 'A new version of a dataset.' })
export class RegisterDatasetVersionInput {
  @Field(() => ID, { description: 'The dataset.' }) datasetId!: string;
  @Field({ description: 'Where the data lives, as a URI (s3://, gs://, file:, https://…), at most 2048 characters.' })
  location!: string;
  @Field({ description: 'Hex SHA-256 of the data: 64 hexadecimal digits.' }) sha256!: string;
  @Field(() => GraphQLSafeInt, { description: 'Number of rows, zero or more.' }) rowCount!: number;
  @Field(() => [FeatureSpecInput], {
    description: 'Its columns: 1 to 10,000, with unique names and at most one LABEL.',
  })
  features!: FeatureSpecInput[];
  @Field(() => [FeatureStatistics], {
    defaultValue: [],
    description: 'Reference statistics of some or all of its features, one entry per feature at most.',
  })
  statistics!: FeatureStatistics[];
  @Field(() => AnonymizationStatus, {
    nullable: true,
    description: 'Required when a feature is PII; NOT_APPLICABLE when none is.',
  })
  anonymization?: AnonymizationStatus;
}

@InputType({ description: 'Which datasets to list; the conditions given must all hold.' })
export class DatasetFilter {
  @Field(() => ID, { nullable: true, description: 'Only the datasets of this team.' }) teamId?: string;
  @Field(() => String, { nullable: true, description: 'Case-insensitive part of the name.' }) nameContains?: string;
  @Field(() => [Sensitivity], { nullable: true, description: 'Only the datasets of these sensitivities.' })
  sensitivityIn?: Sensitivity[];
}
