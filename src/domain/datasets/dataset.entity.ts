import { BigIntType, Entity, Enum, ManyToOne, Property, Unique, type Opt } from '@mikro-orm/core';
import { GraphQLSafeInt } from 'graphql-scalars';
import { Field, Float, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../relay/node';
import { Team } from '../teams/team.entity';
import { NAME_RULE, TEXT_RULE } from '../validation';

export enum Sensitivity {
  PUBLIC = 'PUBLIC',
  INTERNAL = 'INTERNAL',
  CONFIDENTIAL = 'CONFIDENTIAL',
  RESTRICTED = 'RESTRICTED',
}
registerEnumType(Sensitivity, {
  name: 'Sensitivity',
  description: 'Who may see a dataset, from everyone to its own team only.',
  valuesConfig: {
    PUBLIC: { description: 'Public data. The shipped roles let every team read it.' },
    INTERNAL: { description: 'Internal data, the default. The shipped roles let every team read it.' },
    CONFIDENTIAL: {
      description: 'Confidential data. The shipped roles keep it to its own team (and to reviewers and admins).',
    },
    RESTRICTED: {
      description: 'The most sensitive data. The shipped roles keep it to its own team (and to reviewers and admins).',
    },
  },
});

export enum FeatureDtype {
  FLOAT32 = 'FLOAT32',
  INT32 = 'INT32',
  BOOL = 'BOOL',
  STRING = 'STRING',
}
registerEnumType(FeatureDtype, {
  name: 'FeatureDtype',
  description: 'The type of the values of a dataset column.',
  valuesConfig: {
    FLOAT32: { description: '32-bit floating-point numbers.' },
    INT32: { description: '32-bit integers.' },
    BOOL: { description: 'True or false.' },
    STRING: { description: 'Text; numeric statistics do not apply to it.' },
  },
});

export enum FeatureRole {
  FEATURE = 'FEATURE',
  LABEL = 'LABEL',
  SENSITIVE = 'SENSITIVE',
}
registerEnumType(FeatureRole, {
  name: 'FeatureRole',
  description: 'What a dataset column is for in training.',
  valuesConfig: {
    FEATURE: { description: 'A model input.' },
    LABEL: { description: 'The target the model learns to predict; at most one per dataset version.' },
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
  valuesConfig: {
    NOT_APPLICABLE: { description: 'No feature holds personal data.' },
    NONE: {
      description:
        'Personal data as collected. Model versions trained on it fail the noRawPii gate of policies/gates.yaml.',
    },
    PSEUDONYMIZED: {
      description: 'Identifiers replaced by pseudonyms: with extra information, rows can still be linked to people.',
    },
    ANONYMIZED: { description: 'Changed so that no row can be linked to a person.' },
  },
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
@ObjectType({
  description: 'One column of a dataset version. Which columns hold personal data is DatasetVersion.piiFields.',
})
export class Feature {
  @Field({ description: 'The column name; drift and explanation baselines match model inputs to it by name.' })
  name!: string;
  @Field(() => FeatureDtype, { description: 'The type of its values.' }) dtype!: FeatureDtype;
  @Field(() => FeatureRole, { description: 'What it is for in training.' }) role!: FeatureRole;
  @Field(() => String, { nullable: true, description: 'Free text about the column.' }) description?: string;
}

@InputType({ description: 'One column of a new dataset version.' })
export class FeatureSpecInput implements FeatureSpec {
  @Field({ description: `Unique within the version; ${NAME_RULE}.` }) name!: string;
  @Field(() => FeatureDtype, { description: 'The type of its values.' }) dtype!: FeatureDtype;
  @Field(() => FeatureRole, {
    defaultValue: FeatureRole.FEATURE,
    description: 'What it is for in training; at most one LABEL per version.',
  })
  role!: FeatureRole;
  @Field({ defaultValue: false, description: 'The column holds personal data.' }) pii!: boolean;
  @Field(() => String, { nullable: true, description: `${TEXT_RULE}.` }) description?: string;
}

@ObjectType({ description: "One quantile of a feature's values." })
@InputType('QuantileInput', { description: "One quantile of a feature's values." })
export class Quantile {
  @Field(() => Float, { description: 'Between 0 and 1.' }) q!: number;
  @Field(() => Float, { description: 'The value that a share q of the values lies below.' }) value!: number;
}

@ObjectType({ description: "A histogram of a feature's values." })
@InputType('HistogramInput', { description: "A histogram of a feature's values." })
export class Histogram {
  @Field(() => [Float], { description: 'Ascending bin edges; one more than counts.' }) binEdges!: number[];
  @Field(() => [Int], { description: 'How many values fall in each bin, zero or more.' }) counts!: number[];
}

/** Reference statistics of one feature: drift detection and explanation baselines use them. */
@ObjectType({
  description:
    'Reference statistics of one feature of the training data: drift detection and explanation baselines use them.',
})
@InputType('FeatureStatisticsInput', {
  description:
    'Reference statistics of one feature: drift detection and explanation baselines use them. Each number is optional; none apply to a STRING feature.',
})
export class FeatureStatistics {
  @Field({ description: 'The feature (column) they describe.' }) feature!: string;
  @Field(() => Float, { nullable: true, description: 'Mean of its values (the TRAINING_MEAN baseline).' })
  mean?: number;
  @Field(() => Float, { nullable: true, description: 'Standard deviation of its values, zero or more.' }) std?: number;
  @Field(() => Float, { nullable: true, description: 'Smallest value.' }) min?: number;
  @Field(() => Float, { nullable: true, description: 'Largest value.' }) max?: number;
  @Field(() => [Quantile], {
    nullable: true,
    description: 'Quantiles of its values; the 0.5 quantile is the TRAINING_MEDIAN baseline.',
  })
  quantiles?: Quantile[];
  @Field(() => Histogram, { nullable: true, description: 'Histogram of its values.' }) histogram?: Histogram;
}

@ObjectType({
  implements: Node,
  description:
    'A named collection of data of a team, recorded in versions. modelgate keeps what describes the data, never the data.',
})
@Entity()
export class Dataset extends Node {
  @ManyToOne(() => Team, { index: true })
  team!: Team;

  @Field({ description: 'Unique among datasets.' })
  @Property({ length: 100, unique: true })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Free text about the dataset.' })
  @Property({ type: 'text', nullable: true })
  description?: string;

  @Field(() => Sensitivity, { description: 'Who may read it.' })
  @Enum(() => Sensitivity)
  sensitivity!: Sensitivity;
}

@ObjectType({
  implements: Node,
  description:
    'One version of a dataset: where the data lives, its digest, its columns and their reference statistics.',
})
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

  @Field(() => GraphQLSafeInt, { description: 'Number of rows.' })
  @Property({ type: new BigIntType('number') })
  rowCount!: number;

  @Field(() => [Feature], { description: 'Its columns, in the order they were registered.' })
  @Property({ type: 'json' })
  features!: FeatureSpec[];

  @Field(() => [FeatureStatistics], {
    description: 'Reference statistics of its features, as registered (maybe none).',
  })
  @Property({ type: 'json' })
  statistics!: FeatureStatistics[];

  @Field(() => AnonymizationStatus, { description: 'How its personal data was treated.' })
  @Enum(() => AnonymizationStatus)
  anonymization!: AnonymizationStatus;

  @Field({ description: 'The subject of who registered it.' })
  @Property()
  createdBy!: string;

  @Field(() => Int, {
    nullable: true,
    description:
      'How many rows of it the gateway holds as an evaluation set (uploaded to PUT /datasets/versions/{id}/rows, their bytes matching sha256), to measure model versions on; null until they are uploaded.',
  })
  @Property({ type: 'integer', nullable: true })
  evaluationRows?: number | null;

  /** When its evaluation rows were stored; null until then. */
  @Property({ type: 'timestamptz', nullable: true })
  evaluationRowsAt?: Date | null;

  @Field(() => Boolean, { description: 'Some feature holds personal data.' })
  get containsPii(): Opt<boolean> {
    return this.features.some((feature) => feature.pii);
  }
}
