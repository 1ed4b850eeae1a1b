import { GraphQLSafeInt } from 'graphql-scalars';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { AuditEvent } from './audit-event.entity';

@InputType({ description: 'Which audit events to list; the conditions given must all hold.' })
export class AuditEventFilter {
  @Field(() => ID, { nullable: true, description: 'Events about this node.' }) nodeId?: string;
  @Field(() => String, { nullable: true, description: 'Events of this subject.' }) actor?: string;
  @Field(() => [String], { nullable: true, description: 'Mutation names, e.g. approveModelVersion.' })
  actionIn?: string[];
  @Field(() => Date, { nullable: true, description: 'At or after this time.' }) since?: Date;
  @Field(() => Date, { nullable: true, description: 'Before this time.' }) until?: Date;
}

@ObjectType({ description: 'The audit chain recomputed from its first event.' })
export class AuditIntegrity {
  @Field({ description: 'Every event matches its hash and points at the one before it.' }) valid!: boolean;
  @Field(() => GraphQLSafeInt, { description: 'Events verified before the first broken one (all of them when valid).' })
  checkedEvents!: number;
  @Field(() => AuditEvent, {
    nullable: true,
    description:
      'The first event that does not add up; null when valid, or when what is wrong is that events at the end were removed.',
  })
  firstBrokenEvent?: AuditEvent;
  @Field(() => String, { nullable: true, description: 'What is broken, in words; null when valid.' }) reason?: string;
}

/**
 * A signed statement of the chain at one moment: how many events it held and the last one's hash,
 * signed under the audit key. Kept outside the database, it later proves that no event up to it was
 * removed or rewritten, even events the chain itself could not vouch for (a cut-off tail).
 */
@ObjectType({
  description:
    "A signed statement of the audit chain at one moment: how many events it held and the last one's hash. Kept outside the database, it later proves that no event up to it was removed or rewritten.",
})
@InputType('AuditCheckpointInput', { description: 'A checkpoint as auditCheckpoint returned it, unchanged.' })
export class AuditCheckpoint {
  @Field(() => GraphQLSafeInt, { description: 'Events in the chain.' }) count!: number;
  @Field({ description: 'Hash of the last of them.' }) headHash!: string;
  @Field({ description: 'When it was taken.' }) at!: Date;
  @Field({ description: 'HMAC of count, headHash and at under the audit key.' }) signature!: string;
}
