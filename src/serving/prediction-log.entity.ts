import { randomUUID } from 'node:crypto';
import { Entity, Index, PrimaryKey, Property, type Opt } from '@mikro-orm/core';

/** One answered prediction request (or a shadow's copy of one), as the prediction log keeps it. */
@Entity()
@Index({ properties: ['deploymentId', 'createdAt'] })
export class PredictionLogEntry {
  @PrimaryKey({ type: 'uuid' })
  id: Opt<string> = randomUUID();

  @Property({ type: 'timestamptz' })
  createdAt: Opt<Date> = new Date();

  @Property({ type: 'uuid' })
  deploymentId!: string;

  @Property({ type: 'uuid' })
  modelVersionId!: string;

  /** A shadow version's answer: logged, never returned. */
  @Property()
  shadow!: boolean;

  @Property({ type: 'double' })
  latencyMs!: number;

  @Property()
  caller!: string;

  @Property({ length: 64 })
  requestId!: string;

  @Property({ length: 32, nullable: true })
  traceId?: string;

  /** Entries written before inputs were kept packed: the instances as JSON. */
  @Property({ type: 'json', nullable: true })
  instances?: unknown;

  /**
   * The input tensors as the model took them: each signature input's values (float32 or int32,
   * little-endian, row-major, instances first) one after the other, in signature order. Null
   * when the version's training data holds personal data: then only their digest is kept.
   */
  @Property({ type: 'blob', nullable: true })
  inputs?: Buffer;

  @Property()
  instanceCount!: number;

  /** SHA-256 of the packed inputs (of the instances' JSON before inputs were packed). */
  @Property({ length: 64 })
  instancesSha256!: string;

  @Property({ type: 'json' })
  outputs!: unknown;
}
