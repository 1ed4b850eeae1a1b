import { Entity, Index, ManyToOne, Property } from '@mikro-orm/core';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Deployment } from '../deployments/deployment.entity';
import { ModelVersion } from '../models/model.entity';
import { Node } from '../relay/node';
import { PredictionOutput } from '../models/prediction-output';

/**
 * One answered prediction request (or a shadow's copy of one), as the prediction log keeps it.
 * Written in bulk by PredictionLog (binary COPY, no foreign keys: a log row must never block a
 * deployment's retirement), read through the graph, dropped after the retention period.
 */
@ObjectType({
  implements: Node,
  description:
    'One answered prediction request (or a shadow copy of one) as the prediction log keeps it; createdAt is when it was answered.',
})
@Entity()
@Index({ properties: ['deployment', 'createdAt'] })
@Index({ properties: ['modelVersion', 'createdAt'] })
@Index({ properties: ['createdAt'] })
export class PredictionLogEntry extends Node {
  @ManyToOne(() => Deployment, { createForeignKeyConstraint: false })
  deployment!: Deployment;

  /** The version that answered. */
  @ManyToOne(() => ModelVersion, { createForeignKeyConstraint: false })
  modelVersion!: ModelVersion;

  @Field({ description: "A shadow version's answer: logged, never returned to the caller." })
  @Property()
  shadow!: boolean;

  @Field(() => Float, { description: 'Inference time in milliseconds, batching included.' })
  @Property({ type: 'double' })
  latencyMs!: number;

  @Field({ description: 'Who asked: a person’s subject or an API key (api-key:<prefix>).' })
  @Property()
  caller!: string;

  @Field({ description: "The client's x-request-id, or the one the gateway made up." })
  @Property({ length: 64 })
  requestId!: string;

  @Field(() => String, { nullable: true, description: 'The OpenTelemetry trace of the request.' })
  @Property({ length: 32, nullable: true })
  traceId?: string;

  /** Entries written before inputs were kept packed: the instances as JSON. */
  @Property({ type: 'json', nullable: true, lazy: true })
  instances?: unknown;

  /**
   * The input tensors as the model took them: each signature input's values (float32 or int32,
   * little-endian, row-major, instances first) one after the other, in signature order. Null
   * when the version's training data holds personal data: then only their digest is kept.
   */
  @Property({ type: 'blob', nullable: true, lazy: true })
  inputs?: Buffer | null;

  @Field(() => Int, { description: 'How many instances the request held.' })
  @Property()
  instanceCount!: number;

  @Field({
    description:
      "Hex HMAC-SHA-256 of the packed input tensors under the gateway's digest key (MODELGATE_DIGEST_KEY): equal inputs give equal digests on gateways sharing the key, and nobody without the key can find the inputs from it. Entries logged before the key was introduced keep their plain SHA-256.",
  })
  @Property({ length: 64 })
  instancesSha256!: string;

  @Field(() => [PredictionOutput], { description: 'One per instance, in order.' })
  @Property({ type: 'json' })
  outputs!: PredictionOutput[];

  /** The caller's teams when it asked: whoever reports outcomes for these instances must share one. */
  @Property({ columnType: 'uuid[]', type: 'string[]', nullable: true, lazy: true })
  callerTeams?: string[] | null;

  /** Per sensitive feature, each instance's group (domain/outcomes): kept for live fairness even when the inputs are not. */
  @Property({ type: 'json', nullable: true, lazy: true })
  groups?: Record<string, string[]> | null;
}
