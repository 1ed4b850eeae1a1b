import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Allow } from '../guard';
import type { CallContext } from '../../domain/context';
import { byCreation, NamedOrder } from '../../domain/filters';
import { ConnectionArgs, ConnectionType, SortDirection } from '../../domain/relay/connection';
import { Team } from '../../domain/teams/team.entity';
import { Experiment, Run, RunParam } from '../../domain/experiments/experiment.entity';
import {
  CreateExperimentInput,
  ExperimentFilter,
  FinishRunInput,
  LogRunMetricsInput,
  RunFilter,
  RunOrder,
  RunOrderField,
  StartRunInput,
} from '../../domain/experiments/experiment.inputs';
import { injectable } from 'tsyringe';
import { ExperimentService } from '../../domain/experiments/experiment.service';

const ExperimentConnection = ConnectionType(Experiment);
const RunConnection = ConnectionType(Run);

@injectable()
@Resolver(() => Experiment)
export class ExperimentResolver {
  constructor(private readonly experimentService: ExperimentService) {}

  @Allow('read', 'Experiment')
  @Query(() => ExperimentConnection, { description: 'Experiments, a page at a time.' })
  experiments(
    @Args() page: ConnectionArgs,
    @Arg('filter', () => ExperimentFilter, { nullable: true, description: 'Only the experiments that match.' })
    filter: ExperimentFilter | undefined,
    @Arg('orderBy', () => NamedOrder, { nullable: true, description: 'Default: oldest first.' })
    orderBy: NamedOrder | undefined,
    @Ctx() ctx: CallContext,
  ) {
    return this.experimentService.listExperiments(ctx, page, filter, orderBy ?? byCreation);
  }

  @Allow('create', 'Experiment')
  @Mutation(() => Experiment, {
    description:
      'Creates an experiment of a team. Needs create on Experiment in that team (data-scientist of the team, admin); CONFLICT when the name is taken.',
  })
  createExperiment(
    @Arg('input', { description: 'The new experiment.' }) input: CreateExperimentInput,
    @Ctx() ctx: CallContext,
  ): Promise<Experiment> {
    return this.experimentService.createExperiment(ctx, input);
  }

  @FieldResolver(() => Team, { description: 'The team that owns it.' })
  team(@Root() experiment: Experiment, @Ctx() ctx: CallContext): Promise<Team> {
    return ctx.loaders.referenced(Team, experiment.team.id);
  }

  @FieldResolver(() => [Run], { description: 'All runs, oldest first.' })
  runs(@Root() experiment: Experiment, @Ctx() ctx: CallContext): Promise<Run[]> {
    return ctx.loaders.childrenOf(Run, 'experiment', (run) => run.experiment.id).load(experiment.id);
  }
}

@injectable()
@Resolver(() => Run)
export class RunResolver {
  constructor(private readonly experimentService: ExperimentService) {}

  @Allow('read', 'Run')
  @Query(() => RunConnection, { description: 'Runs of all experiments, a page at a time.' })
  runs(
    @Args() page: ConnectionArgs,
    @Arg('filter', () => RunFilter, { nullable: true, description: 'Only the runs that match.' })
    filter: RunFilter | undefined,
    @Arg('orderBy', () => RunOrder, { nullable: true, description: 'Default: oldest first.' })
    orderBy: RunOrder | undefined,
    @Ctx() ctx: CallContext,
  ) {
    return this.experimentService.listRuns(
      ctx,
      page,
      filter,
      orderBy ?? { field: RunOrderField.CREATED_AT, direction: SortDirection.ASC },
    );
  }

  @Allow('create', 'Run')
  @Mutation(() => Run, {
    description:
      "Starts a run of an experiment, recording the dataset versions it trains on; you become its owner. Needs create on Run in the experiment's team (data-scientist of the team, admin).",
  })
  startRun(@Arg('input', { description: 'The new run.' }) input: StartRunInput, @Ctx() ctx: CallContext): Promise<Run> {
    return this.experimentService.startRun(ctx, input);
  }

  @Allow('update', 'Run')
  @Mutation(() => Run, {
    description:
      'Records metrics on a RUNNING run; a new value replaces the one of the same name. Needs update on Run (data-scientist of the team, admin); CONFLICT when the run has ended.',
  })
  logRunMetrics(
    @Arg('input', { description: 'The run and its metrics.' }) input: LogRunMetricsInput,
    @Ctx() ctx: CallContext,
  ): Promise<Run> {
    return this.experimentService.logRunMetrics(ctx, input);
  }

  @Allow('update', 'Run')
  @Mutation(() => Run, {
    description:
      'Ends a RUNNING run as FINISHED or FAILED. Needs update on Run (data-scientist of the team, admin); CONFLICT when it has already ended.',
  })
  finishRun(
    @Arg('input', { description: 'The run and how it ended.' }) input: FinishRunInput,
    @Ctx() ctx: CallContext,
  ): Promise<Run> {
    return this.experimentService.finishRun(ctx, input);
  }

  @FieldResolver(() => Experiment, { description: 'The experiment it belongs to.' })
  experiment(@Root() run: Run, @Ctx() ctx: CallContext): Promise<Experiment> {
    return ctx.loaders.referenced(Experiment, run.experiment.id);
  }

  @FieldResolver(() => [RunParam], {
    nullable: true,
    description: 'Raw parameters; null with a FORBIDDEN error for roles that may not see them.',
  })
  async params(@Root() run: Run, @Ctx() ctx: CallContext): Promise<RunParam[]> {
    await ctx.loaders.referenced(Experiment, run.experiment.id); // the rule's conditions look at run.experiment.team
    if (!ctx.access.canOn('read', 'Run', run, 'params')) throw ctx.access.denied('read', 'the parameters of this run');
    return run.params;
  }
}
