import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { Metric } from '../metric';
import { OrderInputType } from '../relay/connection';
import { RunParam, RunStatus } from './experiment.entity';

@InputType()
export class CreateExperimentInput {
  @Field(() => ID) teamId!: string;
  @Field() name!: string;
  @Field(() => String, { nullable: true }) description?: string;
}

@InputType()
export class StartRunInput {
  @Field(() => ID) experimentId!: string;
  @Field(() => String, { nullable: true }) name?: string;
  @Field(() => [RunParam], { defaultValue: [] }) params!: RunParam[];
  @Field(() => [ID], { defaultValue: [], description: 'The dataset versions the run trains on.' })
  datasetVersionIds!: string[];
}

@InputType()
export class LogRunMetricsInput {
  @Field(() => ID) runId!: string;
  @Field(() => [Metric], { description: 'A new value replaces the metric of the same name.' }) metrics!: Metric[];
}

export enum FinishedRunStatus {
  FINISHED = 'FINISHED',
  FAILED = 'FAILED',
}
registerEnumType(FinishedRunStatus, { name: 'FinishedRunStatus' });

@InputType()
export class FinishRunInput {
  @Field(() => ID) runId!: string;
  @Field(() => FinishedRunStatus, { defaultValue: FinishedRunStatus.FINISHED }) status!: FinishedRunStatus;
}

@InputType()
export class ExperimentFilter {
  @Field(() => ID, { nullable: true }) teamId?: string;
  @Field(() => String, { nullable: true, description: 'Case-insensitive part of the name.' }) nameContains?: string;
}

@InputType()
export class RunFilter {
  @Field(() => ID, { nullable: true }) experimentId?: string;
  @Field(() => [RunStatus], { nullable: true }) statusIn?: RunStatus[];
  @Field(() => String, { nullable: true }) owner?: string;
}

export enum RunOrderField {
  CREATED_AT = 'createdAt',
}
registerEnumType(RunOrderField, { name: 'RunOrderField' });

export const RunOrder = OrderInputType('RunOrder', RunOrderField, RunOrderField.CREATED_AT);
export type RunOrder = InstanceType<typeof RunOrder>;
