import { Entity, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { Node } from '../relay/node';

/** Owner of datasets, experiments, models and deployments; identities belong to teams. */
@ObjectType({ implements: Node })
@Entity()
export class Team extends Node {
  @Field()
  @Property({ length: 100, unique: true })
  name!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  description?: string;
}
