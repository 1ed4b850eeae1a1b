import { randomUUID } from 'node:crypto';
import { Embeddable, Embedded, Entity, Enum, ManyToOne, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ExplanationDefaults } from '../../explain/settings';
import { ModelVersion } from '../models/model.entity';
import { Node } from '../relay/node';
import { Team } from '../teams/team.entity';

export enum Environment {
  STAGING = 'STAGING',
  PRODUCTION = 'PRODUCTION',
}
registerEnumType(Environment, { name: 'Environment' });

export enum DeploymentStatus {
  ACTIVE = 'ACTIVE',
  RETIRED = 'RETIRED',
}
registerEnumType(DeploymentStatus, { name: 'DeploymentStatus' });

/** How the dynamic batcher gathers requests for this deployment. */
@ObjectType()
@InputType('BatchingInput')
@Embeddable()
export class Batching {
  @Field(() => Int, { defaultValue: 32, description: 'Most instances in one inference batch.' })
  @Property()
  maxBatchSize: number = 32;

  @Field(() => Int, { defaultValue: 5, description: 'Longest a request waits for a batch to fill, in milliseconds.' })
  @Property()
  maxQueueDelayMs: number = 5;
}

/** A named prediction endpoint that routes traffic to model versions. */
@ObjectType({ implements: Node })
@Entity()
export class Deployment extends Node {
  @ManyToOne(() => Team, { index: true })
  team!: Team;

  @Field({ description: 'Unique; the name clients call predict with.' })
  @Property({ length: 100, unique: true })
  name!: string;

  @Field(() => Environment)
  @Enum(() => Environment)
  environment!: Environment;

  @Field(() => DeploymentStatus)
  @Enum(() => DeploymentStatus)
  status: Opt<DeploymentStatus> = DeploymentStatus.ACTIVE;

  /** Receives copies of traffic; its answers are logged, never returned. */
  @ManyToOne(() => ModelVersion, { nullable: true, index: true })
  shadowVersion?: ModelVersion;

  @Field(() => Batching)
  @Embedded(() => Batching)
  batching: Opt<Batching> = new Batching();

  @Field(() => ExplanationDefaults, { description: 'How predict explains by default on this deployment.' })
  @Property({ type: 'json' })
  explanationDefaults: Opt<ExplanationDefaults> = {};

  @Field()
  @Property()
  createdBy!: string;
}

/** A share of a deployment's traffic going to one model version. */
@ObjectType()
@Entity()
export class DeploymentRoute {
  @PrimaryKey({ type: 'uuid' })
  id: Opt<string> = randomUUID();

  @ManyToOne(() => Deployment, { deleteRule: 'cascade', index: true })
  deployment!: Deployment;

  @ManyToOne(() => ModelVersion, { index: true })
  modelVersion!: ModelVersion;

  @Field(() => Int, { description: 'Percent of traffic, 0 to 100; the routes of a deployment add up to 100.' })
  @Property()
  weight!: number;
}
