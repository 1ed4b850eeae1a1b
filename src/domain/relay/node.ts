import { randomUUID } from 'node:crypto';
import { PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { Field, ID, InterfaceType } from 'type-graphql';
import { toGlobalId } from './global-id';

/**
 * The Relay Node interface, and the base class of every node entity: a uuid key and a creation
 * time. GraphQL's `id` is the global id built from the class name and the uuid, so the database
 * key never reaches a client as such. Node types extend it and declare
 * `@ObjectType({ implements: Node })`.
 */
@InterfaceType('Node', {
  description: 'An object with a globally unique id, fetchable with node(id).',
  resolveType: (value: object) => value.constructor.name,
})
export abstract class Node {
  @PrimaryKey({ type: 'uuid' })
  id: Opt<string> = randomUUID();

  @Field(() => Date, { description: 'When it was created.' })
  @Property({ type: 'timestamptz' })
  createdAt: Opt<Date> = new Date();

  @Field(() => ID, { name: 'id', description: 'Globally unique, opaque id.' })
  get globalId(): Opt<string> {
    return toGlobalId(this.constructor.name, this.id);
  }
}
