import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { NAME_RULE } from '../validation';
import { ApiKey } from './api-key.entity';

@InputType({ description: 'A new API key.' })
export class CreateApiKeyInput {
  @Field(() => ID, { description: 'The team it belongs to; you need create on ApiKey in it.' }) teamId!: string;
  @Field({ description: `What the key is for, e.g. the calling service; ${NAME_RULE}.` }) name!: string;
  @Field(() => [String], { description: 'Deployments of the team the key may call, by name: 1 to 100 of them.' })
  deploymentNames!: string[];
}

@InputType({ description: 'Which API keys to list; the conditions given must all hold.' })
export class ApiKeyFilter {
  @Field(() => Boolean, {
    nullable: true,
    description: 'True: only revoked keys; false: only keys that still work.',
  })
  revoked?: boolean;
}

@ObjectType({ description: 'A new API key, with its secret.' })
export class CreatedApiKey {
  @Field(() => ApiKey, { description: 'The key as stored.' }) apiKey!: ApiKey;
  @Field({ description: 'The key itself. Shown only in this answer: store it now; modelgate keeps only its hash.' })
  secret!: string;
}
