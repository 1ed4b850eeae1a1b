import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { Metric } from '../metric';
import { OrderInputType } from '../relay/connection';
import { NAME_RULE, TEXT_RULE } from '../validation';
import { RunParam, RunStatus } from './experiment.entity';

@InputType({ description: 'A new experiment.' })
export class CreateExperimentInput {
  @Field(() => ID, { description: 'The team that will own it; you need create on Experiment in it.' }) teamId!: string;
  @Field({ description: `Unique among experiments; ${NAME_RULE}.` }) name!: string;
  @Field(() => String, { nullable: true, description: `${TEXT_RULE}.` }) description?: string;
}

@InputType({ description: 'A new run of an experiment.' })
export class StartRunInput {
  @Field(() => ID, { description: 'The experiment it belongs to.' }) experimentId!: string;
  @Field(() => String, { nullable: true, description: `Optional; ${NAME_RULE}.` }) name?: string;
  @Field(() => [RunParam], { defaultValue: [], description: 'Its training parameters, with unique keys.' })
  params!: RunParam[];
  @Field(() => [ID], { defaultValue: [], description: 'The dataset versions the run trains on.' })
  datasetVersionIds!: string[];
}

@InputType({ description: 'Metrics to record on a run.' })
export class LogRunMetricsInput {
  @Field(() => ID, { description: 'A RUNNING run.' }) runId!: string;
  @Field(() => [Metric], { description: 'A new value replaces the metric of the same name.' }) metrics!: Metric[];
}

export enum FinishedRunStatus {
  FINISHED = 'FINISHED',
  FAILED = 'FAILED',
}
registerEnumType(FinishedRunStatus, {
  name: 'FinishedRunStatus',
  description: 'How a run ended.',
  valuesConfig: {
    FINISHED: { description: 'It ended successfully.' },
    FAILED: { description: 'It failed.' },
  },
});

@InputType({ description: 'The end of a run.' })
export class FinishRunInput {
  @Field(() => ID, { description: 'A RUNNING run.' }) runId!: string;
  @Field(() => FinishedRunStatus, { defaultValue: FinishedRunStatus.FINISHED, description: 'How it ended.' })
  status!: FinishedRunStatus;
}

@InputType({ description: 'Which experiments to list; the conditions given must all hold.' })
export class ExperimentFilter {
  @Field(() => ID, { nullable: true, description: 'Only the experiments of this team.' }) teamId?: string;
  @Field(() => String, { nullable: true, description: 'Case-insensitive part of the name.' }) nameContains?: string;
}

@InputType({ description: 'Which runs to list; the conditions given must all hold.' })
export class RunFilter {
  @Field(() => ID, { nullable: true, description: 'Only the runs of this experiment.' }) experimentId?: string;
  @Field(() => [RunStatus], { nullable: true, description: 'Only the runs in these states.' }) statusIn?: RunStatus[];
  @Field(() => String, { nullable: true, description: 'Only the runs this subject started.' }) owner?: string;
}

export enum RunOrderField {
  CREATED_AT = 'createdAt',
}
registerEnumType(RunOrderField, {
  name: 'RunOrderField',
  description: 'What a list of runs can be sorted by.',
  valuesConfig: { CREATED_AT: { description: 'By the time the run started.' } },
});

export const RunOrder = OrderInputType('RunOrder', RunOrderField, RunOrderField.CREATED_AT);
export type RunOrder = InstanceType<typeof RunOrder>;
