import { BigIntType, Entity, Enum, ManyToOne, Property, type Opt } from '@mikro-orm/core';
import { GraphQLSafeInt } from 'graphql-scalars';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { DatasetVersion } from '../datasets/dataset.entity';
import { ModelVersion } from '../models/model.entity';
import { Node } from '../relay/node';
import type { EvaluationMeasures } from './evaluate';

export enum EvaluationStatus {
  QUEUED = 'QUEUED',
  RUNNING = 'RUNNING',
  SUCCEEDED = 'SUCCEEDED',
  FAILED = 'FAILED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(EvaluationStatus, {
  name: 'EvaluationStatus',
  description: 'Where an evaluation run is.',
  valuesConfig: {
    QUEUED: { description: 'Waiting for an earlier evaluation to finish (a few run at a time).' },
    RUNNING: { description: 'Running the version on the rows; rowsDone says how far.' },
    SUCCEEDED: { description: 'Done: its measures are set.' },
    FAILED: { description: 'Stopped by a failure; error says which.' },
    CANCELLED: { description: 'Stopped by cancelEvaluation, or by the gateway stopping while it ran.' },
  },
});

/**
 * A model version run on every row of a dataset version's evaluation set, and what the gateway
 * measured: the numbers a `source: measured` gate reads, kept with the digest of the rows.
 */
@ObjectType({
  implements: Node,
  description:
    "A model version run by the gateway on every row of a dataset version's evaluation set, and the measures of its answers against the label column. Gates can require these measured values instead of claimed ones.",
})
@Entity()
export class Evaluation extends Node {
  @ManyToOne(() => ModelVersion, { index: true })
  modelVersion!: ModelVersion;

  @ManyToOne(() => DatasetVersion, { index: true })
  datasetVersion!: DatasetVersion;

  @Field({ description: 'The hex SHA-256 of the rows it ran on (the dataset version declares it).' })
  @Property({ length: 64 })
  datasetSha256!: string;

  @Field(() => EvaluationStatus, { description: 'Where it is.' })
  @Enum(() => EvaluationStatus)
  status: Opt<EvaluationStatus> = EvaluationStatus.QUEUED;

  @Field(() => GraphQLSafeInt, { description: 'Rows in the evaluation set.' })
  @Property({ type: new BigIntType('number') })
  rows!: number;

  @Field(() => GraphQLSafeInt, { description: 'Rows the version has answered so far.' })
  @Property({ type: new BigIntType('number') })
  rowsDone: Opt<number> = 0;

  @Field(() => String, {
    nullable: true,
    description: 'The class fairness is measured for: the one asked for, else the second of a binary classifier.',
  })
  @Property({ nullable: true })
  positiveLabel?: string;

  /** The measures, once it succeeded (read through the measures fields). */
  @Property({ type: 'json', nullable: true })
  measures?: EvaluationMeasures;

  @Field(() => String, { nullable: true, description: 'Why it failed, once it has.' })
  @Property({ type: 'text', nullable: true })
  error?: string;

  @Field({ description: 'The subject of who asked for it.' })
  @Property()
  createdBy!: string;

  @Field(() => Date, { nullable: true, description: 'When it succeeded, failed or was cancelled.' })
  @Property({ type: 'timestamptz', nullable: true })
  finishedAt?: Date;
}
