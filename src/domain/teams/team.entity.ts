import { Entity, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { Node } from '../relay/node';

/** Owner of datasets, experiments, models and deployments; identities belong to teams. */
@ObjectType({
  implements: Node,
  description:
    'A team: it owns datasets, experiments, models, deployments and API keys. People belong to the teams their token names.',
})
@Entity()
export class Team extends Node {
  @Field({ description: 'Unique among teams.' })
  @Property({ length: 100, unique: true })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Free text about the team.' })
  @Property({ type: 'text', nullable: true })
  description?: string;
}
