import { Entity, Enum, ManyToOne, PrimaryKeyProp, Property, type Opt } from '@mikro-orm/core';
import { Field, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { DatasetVersion } from '../datasets/dataset.entity';
import { Metric } from '../metric';
import { Node } from '../relay/node';
import { Team } from '../teams/team.entity';

export enum RunStatus {
  RUNNING = 'RUNNING',
  FINISHED = 'FINISHED',
  FAILED = 'FAILED',
}
registerEnumType(RunStatus, { name: 'RunStatus' });

@ObjectType()
@InputType('RunParamInput')
export class RunParam {
  @Field() key!: string;
  @Field() value!: string;
}

@ObjectType({ implements: Node })
@Entity()
export class Experiment extends Node {
  @ManyToOne(() => Team, { index: true })
  team!: Team;

  @Field()
  @Property({ length: 100, unique: true })
  name!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  description?: string;
}

/** One training run of an experiment: its parameters, metrics and the data it trained on. */
@ObjectType({ implements: Node })
@Entity()
export class Run extends Node {
  @ManyToOne(() => Experiment, { index: true })
  experiment!: Experiment;

  @Field(() => String, { nullable: true })
  @Property({ length: 100, nullable: true })
  name?: string;

  @Field(() => RunStatus)
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

  @Field(() => Date, { nullable: true })
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
