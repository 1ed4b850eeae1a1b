import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { ApiKey } from './api-key.entity';

@InputType()
export class CreateApiKeyInput {
  @Field(() => ID) teamId!: string;
  @Field({ description: 'What the key is for, e.g. the calling service.' }) name!: string;
  @Field(() => [String], { description: 'Deployments of the team the key may call.' }) deploymentNames!: string[];
}

@ObjectType()
export class CreatedApiKey {
  @Field(() => ApiKey) apiKey!: ApiKey;
  @Field({ description: 'The key itself. Shown only in this answer: store it now; modelgate keeps only its hash.' })
  secret!: string;
}
