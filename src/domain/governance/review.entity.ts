import { Entity, Enum, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { ModelVersion } from '../models/model.entity';
import { Node } from '../relay/node';

export enum ReviewDecision {
  APPROVE = 'APPROVE',
  REJECT = 'REJECT',
}
registerEnumType(ReviewDecision, {
  name: 'ReviewDecision',
  description: "A reviewer's decision on a model version.",
  valuesConfig: {
    APPROVE: { description: 'Approved: it counts towards the quorum of policies/gates.yaml.' },
    REJECT: { description: 'Rejected: it ends the review.' },
  },
});

/** One reviewer's decision on a version under review; a reviewer counts once. */
@ObjectType({
  implements: Node,
  description: "One reviewer's decision on a version under review; a reviewer counts once.",
})
@Entity()
@Unique({ properties: ['modelVersion', 'reviewer'] })
export class Review extends Node {
  @ManyToOne(() => ModelVersion, { index: true })
  modelVersion!: ModelVersion;

  @Field({ description: 'The subject of the reviewer.' })
  @Property()
  reviewer!: string;

  @Field(() => ReviewDecision, { description: 'Approve or reject.' })
  @Enum(() => ReviewDecision)
  decision!: ReviewDecision;

  @Field({ description: "The approval's comment or the rejection's reason." })
  @Property({ type: 'text' })
  comment!: string;
}
