import { Arg, Args, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { Allow } from '../guard';
import type { CallContext } from '../../domain/context';
import { byCreation, NamedOrder } from '../../domain/filters';
import { ConnectionArgs, ConnectionType } from '../../domain/relay/connection';
import { Team } from '../../domain/teams/team.entity';
import { CreateTeamInput, TeamFilter } from '../../domain/teams/team.inputs';
import { injectable } from 'tsyringe';
import { TeamService } from '../../domain/teams/team.service';

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
    @Ctx() ctx: CallContext,
  ) {
    return this.teamService.listTeams(ctx, page, filter, orderBy ?? byCreation);
  }

  @Allow('create', 'Team')
  @Mutation(() => Team, {
    description: 'Creates a team. Needs create on Team (admin); CONFLICT when the name is taken.',
  })
  createTeam(
    @Arg('input', { description: 'The new team.' }) input: CreateTeamInput,
    @Ctx() ctx: CallContext,
  ): Promise<Team> {
    return this.teamService.createTeam(ctx, input);
  }
}
