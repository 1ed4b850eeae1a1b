import { randomUUID } from 'node:crypto';
import { Embeddable, Embedded, Entity, Enum, ManyToOne, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ExplanationDefaults } from '../explanation-settings';
import { ModelVersion } from '../models/model.entity';
import { Node } from '../relay/node';
import { Team } from '../teams/team.entity';

export enum Environment {
  STAGING = 'STAGING',
  PRODUCTION = 'PRODUCTION',
}
registerEnumType(Environment, {
  name: 'Environment',
  description: 'Where a deployment serves; it decides which lifecycle states its routes take.',
  valuesConfig: {
    STAGING: {
      description:
        'Trial traffic: routes take the states policies/gates.yaml lists (IN_REVIEW and APPROVED as shipped).',
    },
    PRODUCTION: { description: 'Live traffic: routes take APPROVED versions only.' },
  },
});

export enum DeploymentStatus {
  ACTIVE = 'ACTIVE',
  RETIRED = 'RETIRED',
}
registerEnumType(DeploymentStatus, {
  name: 'DeploymentStatus',
  description: 'Whether a deployment answers predictions.',
  valuesConfig: {
    ACTIVE: { description: 'It answers predictions, and its routes and defaults can change.' },
    RETIRED: { description: 'Stopped for good: predict answers UNAVAILABLE, and it can no longer change.' },
  },
});

/** How the dynamic batcher gathers requests for this deployment. */
@ObjectType({ description: 'How the gateway gathers concurrent requests into inference batches for a deployment.' })
@InputType('BatchingInput', {
  description: 'How the gateway gathers concurrent requests into inference batches for a deployment.',
})
@Embeddable()
export class Batching {
  @Field(() => Int, { defaultValue: 32, description: 'Most instances in one inference batch, 1 to 1024.' })
  @Property()
  maxBatchSize: number = 32;

  @Field(() => Int, {
    defaultValue: 5,
    description: 'Longest a request waits for a batch to fill, in milliseconds, 0 to 1000.',
  })
  @Property()
  maxQueueDelayMs: number = 5;
}

/** A named prediction endpoint that routes traffic to model versions. */
@ObjectType({
  implements: Node,
  description: 'A named prediction endpoint of a team: it routes its traffic to model versions by weight.',
})
@Entity()
export class Deployment extends Node {
  @ManyToOne(() => Team, { index: true })
  team!: Team;

  @Field({ description: 'Unique; the name clients call predict with.' })
  @Property({ length: 100, unique: true })
  name!: string;

  @Field(() => Environment, { description: 'Where it serves; it decides which lifecycle states its routes take.' })
  @Enum(() => Environment)
  environment!: Environment;

  @Field(() => DeploymentStatus, { description: 'Whether it answers predictions.' })
  @Enum(() => DeploymentStatus)
  status: Opt<DeploymentStatus> = DeploymentStatus.ACTIVE;

  /** Receives copies of traffic; its answers are logged, never returned. */
  @ManyToOne(() => ModelVersion, { nullable: true, index: true })
  shadowVersion?: ModelVersion;

  @Field(() => Batching, { description: 'How its requests are gathered into inference batches.' })
  @Embedded(() => Batching)
  batching: Opt<Batching> = new Batching();

  @Field(() => ExplanationDefaults, { description: 'How predict explains by default on this deployment.' })
  @Property({ type: 'json' })
  explanationDefaults: Opt<ExplanationDefaults> = {};

  @Field({ description: 'The subject of who created it.' })
  @Property()
  createdBy!: string;
}

/** A share of a deployment's traffic going to one model version. */
@ObjectType({ description: "A share of a deployment's traffic going to one model version." })
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
