import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { Allow } from '../guard';
import type { RequestContext } from '../../domain/context';
import { Team } from '../../domain/teams/team.entity';
import { ApiKey } from '../../domain/api-keys/api-key.entity';
import { CreateApiKeyInput, CreatedApiKey } from '../../domain/api-keys/api-key.inputs';
import { injectable } from 'tsyringe';
import { ApiKeyService } from '../../domain/api-keys/api-key.service';

@injectable()
@Resolver(() => ApiKey)
export class ApiKeyResolver {
  constructor(private readonly apiKeyService: ApiKeyService) {}

  @Allow('create', 'ApiKey')
  @Mutation(() => CreatedApiKey, {
    description:
      'Creates an API key for a client service of a team. Needs create on ApiKey in the team (deployer of the team, admin).',
  })
  createApiKey(
    @Arg('input', { description: 'The new key.' }) input: CreateApiKeyInput,
    @Ctx() ctx: RequestContext,
  ): Promise<CreatedApiKey> {
    return this.apiKeyService.createApiKey(ctx, input);
  }

  @Allow('delete', 'ApiKey')
  @Mutation(() => ApiKey, {
    description:
      'Revokes an API key; requests that send it are refused from now on. Needs delete on ApiKey (deployer of its team, admin); CONFLICT when it is already revoked.',
  })
  revokeApiKey(
    @Arg('id', () => ID, { description: "The key's global id." }) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<ApiKey> {
    return this.apiKeyService.revokeApiKey(ctx, id);
  }

  @FieldResolver(() => Team, { description: 'The team it belongs to.' })
  team(@Root() apiKey: ApiKey, @Ctx() ctx: RequestContext): Promise<Team> {
    return ctx.loaders.referenced(Team, apiKey.team.id);
  }
}
