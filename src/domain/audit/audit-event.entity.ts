import { BigIntType, Entity, Index, Property } from '@mikro-orm/core';
import { GraphQLJSON, GraphQLSafeInt } from 'graphql-scalars';
import { Field, ObjectType } from 'type-graphql';
import { Node } from '../relay/node';

/**
 * Who did what to which node, with the node before and after. Append-only (a trigger refuses
 * UPDATE and DELETE) and hash-chained: each event's hash covers its content and the hash of
 * the event before it, so a rewritten row breaks the chain from there on.
 */
@ObjectType({
  implements: Node,
  description:
    "Who did what to which node, with the node before and after. Append-only and hash-chained: each event's hash covers its content and the previous event's hash.",
})
@Entity()
export class AuditEvent extends Node {
  @Field(() => GraphQLSafeInt, { description: 'Position in the chain, from 1.' })
  @Property({ type: new BigIntType('number'), unique: true })
  sequence!: number;

  @Field({ description: 'The subject of the identity that acted.' })
  @Property()
  @Index()
  actor!: string;

  @Field({
    description:
      'The mutation, e.g. approveModelVersion; with :refused appended when gates refused a lifecycle step (their results were kept).',
  })
  @Property({ length: 100 })
  action!: string;

  @Field({ description: 'The type of the node acted on, e.g. ModelVersion.' })
  @Property({ length: 100 })
  nodeType!: string;

  @Field({ description: 'Global id of the node acted on.' })
  @Property()
  @Index()
  nodeId!: string;

  @Field(() => GraphQLJSON, {
    nullable: true,
    description: 'The node before the change, as JSON with database ids; null when it was created.',
  })
  @Property({ type: 'json', nullable: true })
  before?: unknown;

  @Field(() => GraphQLJSON, {
    nullable: true,
    description: 'The node after the change, as JSON with database ids (secrets left out).',
  })
  @Property({ type: 'json', nullable: true })
  after?: unknown;

  @Field({ description: 'The x-request-id of the request that made the change, or the one the gateway made up.' })
  @Property({ length: 64 })
  requestId!: string;

  @Field(() => String, { nullable: true, description: 'The OpenTelemetry trace of that request.' })
  @Property({ length: 32, nullable: true })
  traceId?: string;

  @Field({ description: 'The hash of the event before it; 64 zeros for the first.' })
  @Property({ length: 64 })
  previousHash!: string;

  @Field({ description: "Hex SHA-256 of the event's content, previousHash included." })
  @Property({ length: 64 })
  hash!: string;

  /** HMAC of the hash under the audit key (see sealAuditEvent); null for events written before the chain was keyed. */
  @Property({ length: 64, nullable: true })
  seal?: string;
}
