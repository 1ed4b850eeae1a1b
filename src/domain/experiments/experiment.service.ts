import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { conflict } from '../../errors';
import type { CallContext } from '../context';
import { DatasetVersion } from '../datasets/dataset.entity';
import { containsText, type NamedOrder } from '../filters';
import { authorize, checkNameFree, findAll, findNode, inTransaction, lockById } from '../persistence';
import { paginate, type ConnectionArgs } from '../relay/connection';
import { idOf } from '../relay/global-id';
import { Team } from '../teams/team.entity';
import { checkMetrics, checkName, checkText, checkUnique } from '../validation';
import { Experiment, Run, RunDatasetVersion, RunStatus, type RunParam } from './experiment.entity';
import {
  FinishedRunStatus,
  type CreateExperimentInput,
  type ExperimentFilter,
  type FinishRunInput,
  type LogRunMetricsInput,
  type RunFilter,
  type RunOrder,
  type StartRunInput,
} from './experiment.inputs';
import { injectable } from 'tsyringe';
import { AuditTrail, snapshot } from '../audit/audit.service';

/** Experiments and their training runs. */
@injectable()
export class ExperimentService {
  constructor(private readonly audit: AuditTrail) {}

  async createExperiment(ctx: CallContext, input: CreateExperimentInput): Promise<Experiment> {
    const name = checkName('input.name', input.name);
    const description = checkText('input.description', input.description);
    const team = await findNode(ctx, Team, 'input.teamId', input.teamId);
    authorize(ctx, 'create', 'Experiment', { team }, `experiments in team "${team.name}"`);
    return inTransaction(ctx, async (em) => {
      await checkNameFree(em, Experiment, 'experiment', name);
      const experiment = em.create(Experiment, { team, name, description });
      await this.audit.record(ctx, em, 'createExperiment', experiment);
      return experiment;
    });
  }

  async startRun(ctx: CallContext, input: StartRunInput): Promise<Run> {
    const name = input.name == null ? undefined : checkName('input.name', input.name);
    const params = checkParams('input.params', input.params);
    const datasetVersionIds = input.datasetVersionIds.map((id, index) =>
      idOf(`input.datasetVersionIds[${index}]`, id, 'DatasetVersion'),
    );
    checkUnique('input.datasetVersionIds', input.datasetVersionIds, (id) => id);
    const experiment = await findNode(ctx, Experiment, 'input.experimentId', input.experimentId);
    authorize(ctx, 'create', 'Run', { experiment }, `runs of experiment "${experiment.name}"`);
    return inTransaction(ctx, async (em) => {
      const datasetVersions = await findAll(ctx, em, DatasetVersion, datasetVersionIds, input.datasetVersionIds);
      const run = em.create(Run, { experiment, name, params, owner: ctx.identity.subject });
      for (const datasetVersion of datasetVersions) em.create(RunDatasetVersion, { run, datasetVersion });
      await this.audit.record(ctx, em, 'startRun', run);
      return run;
    });
  }

  async logRunMetrics(ctx: CallContext, input: LogRunMetricsInput): Promise<Run> {
    const metrics = checkMetrics('input.metrics', input.metrics);
    return inTransaction(ctx, async (em) => {
      const run = await lockRunning(ctx, em, input.runId, 'log metrics');
      const before = snapshot(run);
      const latest = new Map(run.metrics.map((metric) => [metric.name, metric.value]));
      for (const metric of metrics) latest.set(metric.name, metric.value);
      run.metrics = [...latest].map(([name, value]) => ({ name, value }));
      await this.audit.record(ctx, em, 'logRunMetrics', run, before);
      return run;
    });
  }

  async finishRun(ctx: CallContext, input: FinishRunInput): Promise<Run> {
    return inTransaction(ctx, async (em) => {
      const run = await lockRunning(ctx, em, input.runId, 'finish');
      const before = snapshot(run);
      run.status = input.status === FinishedRunStatus.FAILED ? RunStatus.FAILED : RunStatus.FINISHED;
      run.finishedAt = new Date();
      await this.audit.record(ctx, em, 'finishRun', run, before);
      return run;
    });
  }

  listExperiments(ctx: CallContext, args: ConnectionArgs, filter: ExperimentFilter | undefined, order: NamedOrder) {
    const where: FilterQuery<Experiment> = {};
    if (filter?.teamId) where.team = idOf('filter.teamId', filter.teamId, 'Team');
    if (filter?.nameContains) where.name = containsText(filter.nameContains);
    return paginate(ctx, Experiment, where, order, args);
  }

  listRuns(ctx: CallContext, args: ConnectionArgs, filter: RunFilter | undefined, order: RunOrder) {
    const where: FilterQuery<Run> = {};
    if (filter?.experimentId) where.experiment = idOf('filter.experimentId', filter.experimentId, 'Experiment');
    if (filter?.statusIn) where.status = { $in: filter.statusIn };
    if (filter?.owner) where.owner = filter.owner;
    return paginate(ctx, Run, where, order, args);
  }
}

async function lockRunning(ctx: CallContext, em: EntityManager, runId: string, action: string): Promise<Run> {
  const run = await lockById(ctx, em, Run, 'input.runId', runId, 'update');
  if (run.status !== RunStatus.RUNNING) {
    throw conflict(`Run is ${run.status}; only a RUNNING run can ${action}.`, 'input.runId');
  }
  return run;
}

function checkParams(field: string, params: RunParam[]): RunParam[] {
  const checked = params.map((param, index) => ({
    key: checkName(`${field}[${index}].key`, param.key),
    value: checkText(`${field}[${index}].value`, param.value)!,
  }));
  checkUnique(field, checked, (param) => param.key);
  return checked;
}
