import { Field, ObjectType } from 'type-graphql';

@ObjectType({
  description:
    'Why a model version takes no traffic: its model broke an inference worker or kept failing. Its deployments answer UNAVAILABLE until an admin releases it.',
})
export class ModelQuarantine {
  @Field({ description: 'What the model did, in a sentence.' })
  reason!: string;

  @Field({ description: 'When it was quarantined (by this gateway process).' })
  since!: Date;
}
