import type { FilterQuery } from '@mikro-orm/postgresql';
import type { CallContext } from '../context';
import { containsText, type NamedOrder } from '../filters';
import { authorize, checkNameFree, inTransaction } from '../persistence';
import { paginate, type ConnectionArgs } from '../relay/connection';
import { checkName, checkText } from '../validation';
import { Team } from './team.entity';
import type { CreateTeamInput, TeamFilter } from './team.inputs';
import { injectable } from 'tsyringe';
import { AuditTrail } from '../audit/audit.service';

/** Teams: who owns datasets, experiments, models and deployments. */
@injectable()
export class TeamService {
  constructor(private readonly audit: AuditTrail) {}

  async createTeam(ctx: CallContext, input: CreateTeamInput): Promise<Team> {
    const name = checkName('input.name', input.name);
    const description = checkText('input.description', input.description);
    authorize(ctx, 'create', 'Team', {}, 'teams');
    return inTransaction(ctx, async (em) => {
      await checkNameFree(em, Team, 'team', name);
      const team = em.create(Team, { name, description });
      await this.audit.record(ctx, em, 'createTeam', team);
      return team;
    });
  }

  listTeams(ctx: CallContext, args: ConnectionArgs, filter: TeamFilter | undefined, order: NamedOrder) {
    const where: FilterQuery<Team> = {};
    if (filter?.nameContains) where.name = containsText(filter.nameContains);
    return paginate(ctx, Team, where, order, args);
  }
}
