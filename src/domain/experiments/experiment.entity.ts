import { Entity, Enum, ManyToOne, PrimaryKeyProp, Property, type Opt } from '@mikro-orm/core';
import { Field, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { DatasetVersion } from '../datasets/dataset.entity';
import { Metric } from '../metric';
import { Node } from '../relay/node';
import { Team } from '../teams/team.entity';
import { NAME_RULE } from '../validation';

export enum RunStatus {
  RUNNING = 'RUNNING',
  FINISHED = 'FINISHED',
  FAILED = 'FAILED',
}
registerEnumType(RunStatus, {
  name: 'RunStatus',
  description: 'Where a training run stands.',
  valuesConfig: {
    RUNNING: { description: 'Started and not yet finished: metrics can still be logged.' },
    FINISHED: { description: 'Ended successfully.' },
    FAILED: { description: 'Ended in failure.' },
  },
});

@ObjectType({ description: 'One training parameter of a run, as text.' })
@InputType('RunParamInput', { description: 'One training parameter of a run, as text.' })
export class RunParam {
  @Field({ description: `The parameter's name, unique within the run; ${NAME_RULE}.` }) key!: string;
  @Field({ description: 'Its value, as text of at most 10,000 characters.' }) value!: string;
}

@ObjectType({ implements: Node, description: 'A line of training work of a team: it groups runs.' })
@Entity()
export class Experiment extends Node {
  @ManyToOne(() => Team, { index: true })
  team!: Team;

  @Field({ description: 'Unique among experiments.' })
  @Property({ length: 100, unique: true })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Free text about the experiment.' })
  @Property({ type: 'text', nullable: true })
  description?: string;
}

/** One training run of an experiment: its parameters, metrics and the data it trained on. */
@ObjectType({
  implements: Node,
  description: 'One training run of an experiment: its parameters, metrics and the data it trained on.',
})
@Entity()
export class Run extends Node {
  @ManyToOne(() => Experiment, { index: true })
  experiment!: Experiment;

  @Field(() => String, { nullable: true, description: 'Its name, if it was given one.' })
  @Property({ length: 100, nullable: true })
  name?: string;

  @Field(() => RunStatus, { description: 'RUNNING until finishRun ends it.' })
  @Enum(() => RunStatus)
  status: Opt<RunStatus> = RunStatus.RUNNING;

  /** Exposed by RunResolver.params, behind a field-level rule. */
  @Property({ type: 'json' })
  params: Opt<RunParam[]> = [];

  @Field(() => [Metric], { description: 'The latest value logged for each metric.' })
  @Property({ type: 'json' })
  metrics: Opt<Metric[]> = [];

  @Field({ description: 'Who started the run.' })
  @Property()
  owner!: string;

  @Field(() => Date, { nullable: true, description: 'When finishRun ended it; null while it is RUNNING.' })
  @Property({ type: 'timestamptz', nullable: true })
  finishedAt?: Date;
}

/** Lineage: a run trained on a dataset version. */
@Entity()
export class RunDatasetVersion {
  @ManyToOne(() => Run, { primary: true, deleteRule: 'cascade' })
  run!: Run;

  @ManyToOne(() => DatasetVersion, { primary: true, index: true })
  datasetVersion!: DatasetVersion;

  [PrimaryKeyProp]?: ['run', 'datasetVersion'];
}
