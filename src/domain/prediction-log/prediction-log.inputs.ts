import { ArgsType, Field, InputType, registerEnumType } from 'type-graphql';
import { ConnectionArgs, OrderInputType } from '../relay/connection';

/** The widest time range one query of the log may span, and the range it spans when none is given. */
export const MAX_RANGE_DAYS = 31;
export const DEFAULT_RANGE_DAYS = 7;

@InputType({
  description: `Which logged predictions: a time range of at most ${MAX_RANGE_DAYS} days (the last ${DEFAULT_RANGE_DAYS} by default), and exact matches.`,
})
export class PredictionLogFilter {
  @Field(() => Date, {
    nullable: true,
    description: `From this time on (inclusive); default ${DEFAULT_RANGE_DAYS} days before \`to\`.`,
  })
  from?: Date;
  @Field(() => Date, { nullable: true, description: 'Before this time (exclusive); default now.' }) to?: Date;
  @Field(() => String, { nullable: true, description: 'Who asked: a subject, or api-key:<prefix>.' }) caller?: string;
  @Field(() => String, { nullable: true, description: 'The OpenTelemetry trace id of the request (32 hex digits).' })
  traceId?: string;
  @Field(() => Boolean, {
    nullable: true,
    description: "True: only shadow versions' answers; false: only answers returned to callers.",
  })
  shadow?: boolean;
}

export enum PredictionLogOrderField {
  CREATED_AT = 'createdAt',
}
registerEnumType(PredictionLogOrderField, {
  name: 'PredictionLogOrderField',
  description: 'What a list of logged predictions can be sorted by.',
  valuesConfig: { CREATED_AT: { description: 'By the time they were answered.' } },
});

export const PredictionLogOrder = OrderInputType(
  'PredictionLogOrder',
  PredictionLogOrderField,
  PredictionLogOrderField.CREATED_AT,
);
export type PredictionLogOrder = InstanceType<typeof PredictionLogOrder>;

/** A page of the log: ModelVersion.predictions' and Deployment.predictions' arguments. */
@ArgsType()
export class PredictionLogArgs extends ConnectionArgs {
  @Field(() => PredictionLogFilter, {
    nullable: true,
    description: `A time range (the last ${DEFAULT_RANGE_DAYS} days by default) and exact matches.`,
  })
  filter?: PredictionLogFilter;
  @Field(() => PredictionLogOrder, { nullable: true, description: 'Default: newest first.' })
  orderBy?: PredictionLogOrder;
}

export enum InstancesWithheld {
  NOT_PERMITTED = 'NOT_PERMITTED',
  PERSONAL_DATA = 'PERSONAL_DATA',
  DIGEST_ONLY = 'DIGEST_ONLY',
}
registerEnumType(InstancesWithheld, {
  name: 'InstancesWithheld',
  description: "Why a logged prediction's instances are not shown; instancesSha256 still identifies them.",
  valuesConfig: {
    NOT_PERMITTED: { description: 'Your roles may not read the instances of logged predictions.' },
    PERSONAL_DATA: {
      description:
        "An input is a feature the version's training data marks personal or sensitive, and your roles may not see those.",
    },
    DIGEST_ONLY: {
      description: "The version's training data holds personal data, so the log kept only the instances' digest.",
    },
  },
});
