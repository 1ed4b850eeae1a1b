import { GraphQLSafeInt } from 'graphql-scalars';
import { Field, ID, InputType } from 'type-graphql';
import { AnonymizationStatus, FeatureSpecInput, FeatureStatistics, Sensitivity } from './dataset.entity';

@InputType()
export class CreateDatasetInput {
  @Field(() => ID) teamId!: string;
  @Field() name!: string;
  @Field(() => String, { nullable: true }) description?: string;
  @Field(() => Sensitivity, { defaultValue: Sensitivity.INTERNAL }) sensitivity!: Sensitivity;
}

@InputType()
export class RegisterDatasetVersionInput {
  @Field(() => ID) datasetId!: string;
  @Field({ description: 'Where the data lives, as a URI (s3://, gs://, file:, https://…).' }) location!: string;
  @Field({ description: 'Hex SHA-256 of the data: 64 hexadecimal digits.' }) sha256!: string;
  @Field(() => GraphQLSafeInt) rowCount!: number;
  @Field(() => [FeatureSpecInput]) features!: FeatureSpecInput[];
  @Field(() => [FeatureStatistics], { defaultValue: [] }) statistics!: FeatureStatistics[];
  @Field(() => AnonymizationStatus, {
    nullable: true,
    description: 'Required when a feature is PII; NOT_APPLICABLE when none is.',
  })
  anonymization?: AnonymizationStatus;
}

@InputType()
export class DatasetFilter {
  @Field(() => ID, { nullable: true }) teamId?: string;
  @Field(() => String, { nullable: true, description: 'Case-insensitive part of the name.' }) nameContains?: string;
  @Field(() => [Sensitivity], { nullable: true }) sensitivityIn?: Sensitivity[];
}
