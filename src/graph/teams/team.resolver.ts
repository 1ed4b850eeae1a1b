import { Arg, Args, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { Allow } from '../../authz/guard';
import type { RequestContext } from '../context';
import { byCreation, NamedOrder } from '../filters';
import { ConnectionArgs, ConnectionType } from '../relay/connection';
import { Team } from './team.entity';
import { CreateTeamInput, TeamFilter } from './team.inputs';
import { injectable } from 'tsyringe';
import { TeamService } from './team.service';

const TeamConnection = ConnectionType(Team);

@injectable()
@Resolver(() => Team)
export class TeamResolver {
  constructor(private readonly teamService: TeamService) {}

  @Allow('read', 'Team')
  @Query(() => TeamConnection, { description: 'Teams, a page at a time.' })
  teams(
    @Args() page: ConnectionArgs,
    @Arg('filter', () => TeamFilter, { nullable: true, description: 'Only the teams that match.' })
    filter: TeamFilter | undefined,
    @Arg('orderBy', () => NamedOrder, { nullable: true, description: 'Default: oldest first.' })
    orderBy: NamedOrder | undefined,
    @Ctx() ctx: RequestContext,
  ) {
    return this.teamService.listTeams(ctx, page, filter, orderBy ?? byCreation);
  }

  @Allow('create', 'Team')
  @Mutation(() => Team, {
    description: 'Creates a team. Needs create on Team (admin); CONFLICT when the name is taken.',
  })
  createTeam(
    @Arg('input', { description: 'The new team.' }) input: CreateTeamInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Team> {
    return this.teamService.createTeam(ctx, input);
  }
}
