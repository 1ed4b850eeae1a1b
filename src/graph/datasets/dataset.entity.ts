import { BigIntType, Entity, Enum, ManyToOne, Property, Unique, type Opt } from '@mikro-orm/core';
import { GraphQLSafeInt } from 'graphql-scalars';
import { Field, Float, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../relay/node';
import { Team } from '../teams/team.entity';

export enum Sensitivity {
  PUBLIC = 'PUBLIC',
  INTERNAL = 'INTERNAL',
  CONFIDENTIAL = 'CONFIDENTIAL',
  RESTRICTED = 'RESTRICTED',
}
registerEnumType(Sensitivity, {
  name: 'Sensitivity',
  description: 'Who may see a dataset, from everyone to its own team only.',
});

export enum FeatureDtype {
  FLOAT32 = 'FLOAT32',
  INT32 = 'INT32',
  BOOL = 'BOOL',
  STRING = 'STRING',
}
registerEnumType(FeatureDtype, { name: 'FeatureDtype' });

export enum FeatureRole {
  FEATURE = 'FEATURE',
  LABEL = 'LABEL',
  SENSITIVE = 'SENSITIVE',
}
registerEnumType(FeatureRole, {
  name: 'FeatureRole',
  valuesConfig: {
    SENSITIVE: { description: 'A protected attribute: used to measure fairness, not as a model input.' },
  },
});

export enum AnonymizationStatus {
  NOT_APPLICABLE = 'NOT_APPLICABLE',
  NONE = 'NONE',
  PSEUDONYMIZED = 'PSEUDONYMIZED',
  ANONYMIZED = 'ANONYMIZED',
}
registerEnumType(AnonymizationStatus, {
  name: 'AnonymizationStatus',
  description: 'How the personal data of a version was treated; NOT_APPLICABLE when it has none.',
});

/** One column of a dataset version, as stored. */
export interface FeatureSpec {
  name: string;
  dtype: FeatureDtype;
  role: FeatureRole;
  pii: boolean;
  description?: string;
}

/** A column as clients see it. Which columns hold personal data is DatasetVersion.piiFields, behind a field-level rule. */
@ObjectType()
export class Feature {
  @Field() name!: string;
  @Field(() => FeatureDtype) dtype!: FeatureDtype;
  @Field(() => FeatureRole) role!: FeatureRole;
  @Field(() => String, { nullable: true }) description?: string;
}

@InputType()
export class FeatureSpecInput implements FeatureSpec {
  @Field() name!: string;
  @Field(() => FeatureDtype) dtype!: FeatureDtype;
  @Field(() => FeatureRole, { defaultValue: FeatureRole.FEATURE }) role!: FeatureRole;
  @Field({ defaultValue: false, description: 'The column holds personal data.' }) pii!: boolean;
  @Field(() => String, { nullable: true }) description?: string;
}

@ObjectType()
@InputType('QuantileInput')
export class Quantile {
  @Field(() => Float, { description: 'Between 0 and 1.' }) q!: number;
  @Field(() => Float) value!: number;
}

@ObjectType()
@InputType('HistogramInput')
export class Histogram {
  @Field(() => [Float], { description: 'Ascending bin edges; one more than counts.' }) binEdges!: number[];
  @Field(() => [Int]) counts!: number[];
}

/** Reference statistics of one feature: drift detection and explanation baselines use them. */
@ObjectType()
@InputType('FeatureStatisticsInput')
export class FeatureStatistics {
  @Field() feature!: string;
  @Field(() => Float, { nullable: true }) mean?: number;
  @Field(() => Float, { nullable: true }) std?: number;
  @Field(() => Float, { nullable: true }) min?: number;
  @Field(() => Float, { nullable: true }) max?: number;
  @Field(() => [Quantile], { nullable: true }) quantiles?: Quantile[];
  @Field(() => Histogram, { nullable: true }) histogram?: Histogram;
}

@ObjectType({ implements: Node })
@Entity()
export class Dataset extends Node {
  @ManyToOne(() => Team, { index: true })
  team!: Team;

  @Field()
  @Property({ length: 100, unique: true })
  name!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  description?: string;

  @Field(() => Sensitivity)
  @Enum(() => Sensitivity)
  sensitivity!: Sensitivity;
}

@ObjectType({ implements: Node })
@Entity()
@Unique({ properties: ['dataset', 'version'] })
export class DatasetVersion extends Node {
  @ManyToOne(() => Dataset)
  dataset!: Dataset;

  @Field(() => Int, { description: 'Numbered from 1 within its dataset.' })
  @Property()
  version!: number;

  @Field({ description: 'Where the data lives (a URI); modelgate records it and never fetches it.' })
  @Property({ type: 'text' })
  location!: string;

  @Field({ description: 'Hex SHA-256 of the data.' })
  @Property({ length: 64 })
  sha256!: string;

  @Field(() => GraphQLSafeInt)
  @Property({ type: new BigIntType('number') })
  rowCount!: number;

  @Field(() => [Feature])
  @Property({ type: 'json' })
  features!: FeatureSpec[];

  @Field(() => [FeatureStatistics])
  @Property({ type: 'json' })
  statistics!: FeatureStatistics[];

  @Field(() => AnonymizationStatus)
  @Enum(() => AnonymizationStatus)
  anonymization!: AnonymizationStatus;

  @Field()
  @Property()
  createdBy!: string;

  @Field(() => Boolean, { description: 'Some feature holds personal data.' })
  get containsPii(): Opt<boolean> {
    return this.features.some((feature) => feature.pii);
  }
}
