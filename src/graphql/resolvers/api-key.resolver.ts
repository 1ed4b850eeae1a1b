import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { Allow } from '../guard';
import type { CallContext } from '../../domain/context';
import { Team } from '../../domain/teams/team.entity';
import { ApiKey } from '../../domain/api-keys/api-key.entity';
import { ApiKeyFilter, CreateApiKeyInput, CreatedApiKey } from '../../domain/api-keys/api-key.inputs';
import { byCreation, NamedOrder } from '../../domain/filters';
import { ConnectionArgs, ConnectionType } from '../../domain/relay/connection';
import { injectable } from 'tsyringe';
import { ApiKeyService } from '../../domain/api-keys/api-key.service';

const ApiKeyConnection = ConnectionType(ApiKey);

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
    @Ctx() ctx: CallContext,
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
    @Ctx() ctx: CallContext,
  ): Promise<ApiKey> {
    return this.apiKeyService.revokeApiKey(ctx, id);
  }

  @FieldResolver(() => Team, { description: 'The team it belongs to.' })
  team(@Root() apiKey: ApiKey, @Ctx() ctx: CallContext): Promise<Team> {
    return ctx.loaders.referenced(Team, apiKey.team.id);
  }
}

@injectable()
@Resolver(() => Team)
export class TeamApiKeysResolver {
  constructor(private readonly apiKeyService: ApiKeyService) {}

  @Allow('read', 'ApiKey')
  @FieldResolver(() => ApiKeyConnection, {
    description:
      "The team's API keys, revoked ones too, a page at a time, for whoever may manage them: needs read on ApiKey in the team (deployer of the team, admin); other roles get FORBIDDEN, a deployer of another team an empty list. A key's secret is never shown again, nor its hash.",
  })
  apiKeys(
    @Root() team: Team,
    @Args() page: ConnectionArgs,
    @Arg('filter', () => ApiKeyFilter, { nullable: true, description: 'Only the keys that match.' })
    filter: ApiKeyFilter | undefined,
    @Arg('orderBy', () => NamedOrder, { nullable: true, description: 'Default: oldest first.' })
    orderBy: NamedOrder | undefined,
    @Ctx() ctx: CallContext,
  ) {
    return this.apiKeyService.listApiKeys(ctx, team, page, filter, orderBy ?? byCreation);
  }
}
