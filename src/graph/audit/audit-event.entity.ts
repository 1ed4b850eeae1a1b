import { BigIntType, Entity, Index, Property } from '@mikro-orm/core';
import { GraphQLJSON, GraphQLSafeInt } from 'graphql-scalars';
import { Field, ObjectType } from 'type-graphql';
import { Node } from '../relay/node';

/**
 * Who did what to which node, with the node before and after. Append-only (a trigger refuses
 * UPDATE and DELETE) and hash-chained: each event's hash covers its content and the hash of
 * the event before it, so a rewritten row breaks the chain from there on.
 */
@ObjectType({ implements: Node })
@Entity()
export class AuditEvent extends Node {
  @Field(() => GraphQLSafeInt, { description: 'Position in the chain, from 1.' })
  @Property({ type: new BigIntType('number'), unique: true })
  sequence!: number;

  @Field({ description: 'The subject of the identity that acted.' })
  @Property()
  @Index()
  actor!: string;

  @Field({ description: 'The mutation, e.g. approveModelVersion.' })
  @Property({ length: 100 })
  action!: string;

  @Field()
  @Property({ length: 100 })
  nodeType!: string;

  @Field({ description: 'Global id of the node acted on.' })
  @Property()
  @Index()
  nodeId!: string;

  @Field(() => GraphQLJSON, { nullable: true })
  @Property({ type: 'json', nullable: true })
  before?: unknown;

  @Field(() => GraphQLJSON, { nullable: true })
  @Property({ type: 'json', nullable: true })
  after?: unknown;

  @Field()
  @Property({ length: 64 })
  requestId!: string;

  @Field(() => String, { nullable: true })
  @Property({ length: 32, nullable: true })
  traceId?: string;

  @Field()
  @Property({ length: 64 })
  previousHash!: string;

  @Field()
  @Property({ length: 64 })
  hash!: string;

  /** HMAC of the hash under the audit key (see sealAuditEvent); null for events written before the chain was keyed. */
  @Property({ length: 64, nullable: true })
  seal?: string;
}
