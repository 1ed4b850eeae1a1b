import type { FilterQuery } from '@mikro-orm/postgresql';
import { badInput } from '../../errors';
import type { CallContext } from '../context';
import { Deployment } from '../deployments/deployment.entity';
import { ModelVersion } from '../models/model.entity';
import { SortDirection } from '../relay/connection';
import { paginateChildren } from '../relay/child-pages';
import { packInstances, unpackInputs, type InputBatch } from '../../inference/instances';
import { PredictionLogEntry } from './prediction-log.entity';
import {
  DEFAULT_RANGE_DAYS,
  InstancesWithheld,
  MAX_RANGE_DAYS,
  PredictionLogOrderField,
  type PredictionLogArgs,
  type PredictionLogFilter,
} from './prediction-log.inputs';
import { featuresWithheld, TrainingDataCache } from '../experiments/training-data';
import { injectable } from 'tsyringe';

const DAY_MS = 86_400_000;

const newestFirst = { field: PredictionLogOrderField.CREATED_AT, direction: SortDirection.DESC };

/** The prediction log as the graph reads it: entries, and their instances where the caller may have them. */
@injectable()
export class PredictionLogService {
  constructor(private readonly trainingData: TrainingDataCache) {}

  /**
   * One page of what a model version or a deployment answered, within a time range of at most
   * MAX_RANGE_DAYS (so that even totalCount reads a bounded slice of the log), as far as the
   * caller may read the log.
   */
  listPredictions(
    ctx: CallContext,
    of: { modelVersion: string } | { deployment: string },
    { filter, orderBy, ...page }: PredictionLogArgs,
  ) {
    const { from, to } = timeRange(filter);
    const where: FilterQuery<PredictionLogEntry> = { ...of, createdAt: { $gte: from, $lt: to } };
    if (filter?.caller != null) where.caller = filter.caller;
    if (filter?.traceId != null) where.traceId = filter.traceId.toLowerCase();
    if (filter?.shadow != null) where.shadow = filter.shadow;
    return paginateChildren(ctx, PredictionLogEntry, of, where, orderBy ?? newestFirst, page, filter);
  }

  /**
   * An entry's version (with its model) and deployment, batched per request. Loaded without the
   * caller's conditions: they only build the subject that the rules on the entry are tested on.
   */
  async loggedPrediction(ctx: CallContext, entry: PredictionLogEntry): Promise<LoggedPrediction> {
    const versions = this.versions(ctx);
    const deployments = ctx.loaders.custom('predictionLog:deployments', async (ids) => {
      const rows = byId(await ctx.em.find(Deployment, { id: { $in: [...ids] } }));
      return ids.map((id) => rows.get(id) ?? null);
    });
    const [version, deployment] = await Promise.all([
      versions.load(entry.modelVersion.id),
      deployments.load(entry.deployment.id),
    ]);
    return { entry, version, deployment };
  }

  /**
   * Why the caller may not have a logged prediction's instances, or undefined when it may: its
   * roles must allow the entry's `instances` field, it must see every input feature (the rule that
   * hides personal columns of the training data hides their values here too), and they must have been kept.
   */
  async instancesWithheld(ctx: CallContext, logged: LoggedPrediction): Promise<InstancesWithheld | undefined> {
    const forbidden = await this.instancesForbidden(ctx, subjectOf(logged), logged.version);
    if (forbidden) return forbidden;
    const stored = await this.storedInputs(ctx, logged.entry);
    return stored.inputs || Array.isArray(stored.instances) ? undefined : InstancesWithheld.DIGEST_ONLY;
  }

  /**
   * May the caller read the instances `deployment` logged for a version of its, by the same rules
   * as each entry's (whether or not they were kept)? Aggregates of those instances (drift) are
   * shown whole only to such callers.
   */
  async mayReadInstancesOf(
    ctx: CallContext,
    deployment: { id: string; team: { id: string } },
    modelVersionId: string,
  ): Promise<boolean> {
    const version = await this.versions(ctx).load(modelVersionId);
    if (!version) return false;
    const subject = {
      deployment: { id: deployment.id, team: { id: deployment.team.id } },
      modelVersion: { id: version.id, model: { team: { id: version.model.team.id } } },
    };
    return (await this.instancesForbidden(ctx, subject, version)) === undefined;
  }

  /**
   * NOT_PERMITTED unless the caller's roles allow the `instances` of entries like `subject`;
   * PERSONAL_DATA when it may not see some input feature (the rule that hides personal columns of
   * the training data hides their values here too).
   */
  private async instancesForbidden(
    ctx: CallContext,
    subject: object,
    version: ModelVersion,
  ): Promise<InstancesWithheld | undefined> {
    if (!ctx.access.canOn('read', 'PredictionLogEntry', subject, 'instances')) return InstancesWithheld.NOT_PERMITTED;
    const withheld = featuresWithheld(ctx.access, await this.trainingData.of(version));
    const hidden = (input: string) =>
      withheld.has(input) || [...withheld].some((feature) => feature.startsWith(`${input}.`));
    if (version.signature.inputs.some((input) => hidden(input.name))) return InstancesWithheld.PERSONAL_DATA;
    return undefined;
  }

  /** Model versions with their models, batched per request; loaded without the caller's conditions (they build rule subjects). */
  private versions(ctx: CallContext) {
    return ctx.loaders.custom('predictionLog:versions', async (ids: readonly string[]) => {
      const rows = byId(await ctx.em.find(ModelVersion, { id: { $in: [...ids] } }, { populate: ['model'] }));
      return ids.map((id) => rows.get(id)!);
    });
  }

  /** The instances of a logged prediction as packed batches, or why the caller may not have them. */
  async loggedInputs(
    ctx: CallContext,
    logged: LoggedPrediction,
  ): Promise<{ batches: InputBatch[] } | { withheld: InstancesWithheld }> {
    const withheld = await this.instancesWithheld(ctx, logged);
    if (withheld) return { withheld };
    const { signature } = logged.version;
    const stored = await this.storedInputs(ctx, logged.entry);
    if (stored.inputs) return { batches: unpackInputs(signature, stored.inputs, logged.entry.instanceCount) };
    // Entries logged before inputs were packed keep the instances as JSON.
    const instances = stored.instances as unknown[];
    return { batches: packInstances(signature, instances, instances.length) };
  }

  /** The stored inputs, lazy on the entity (they can be large): loaded only for the entries whose instances are asked for. */
  private storedInputs(
    ctx: CallContext,
    entry: PredictionLogEntry,
  ): Promise<Pick<PredictionLogEntry, 'inputs' | 'instances'>> {
    return ctx.loaders
      .custom('predictionLog:inputs', async (ids) => {
        const rows = byId(
          await ctx.em.find(
            PredictionLogEntry,
            { id: { $in: [...ids] } },
            { populate: ['inputs', 'instances'] as never },
          ),
        );
        return ids.map((id) => rows.get(id)!);
      })
      .load(entry.id);
  }
}

function timeRange(filter: PredictionLogFilter | undefined): { from: Date; to: Date } {
  const to = filter?.to ?? new Date();
  const from = filter?.from ?? new Date(to.getTime() - DEFAULT_RANGE_DAYS * DAY_MS);
  if (from >= to) throw badInput('filter.from', 'must be before filter.to.');
  if (to.getTime() - from.getTime() > MAX_RANGE_DAYS * DAY_MS) {
    throw badInput(
      'filter.from',
      `the range may span at most ${MAX_RANGE_DAYS} days; ask for a longer period one range at a time.`,
    );
  }
  return { from, to };
}

/** An entry with what its access rules and its instances depend on. */
export interface LoggedPrediction {
  entry: PredictionLogEntry;
  /** The version that answered; read for the rules, whatever the caller may read. */
  version: ModelVersion;
  /** The deployment that was asked, when it still exists. */
  deployment: Deployment | null;
}

/** The entry as the rules see it: every path authz/subjects.ts lets a PredictionLogEntry condition test. */
function subjectOf({ entry, version, deployment }: LoggedPrediction): object {
  return {
    id: entry.id,
    caller: entry.caller,
    shadow: entry.shadow,
    deployment: { id: entry.deployment.id, team: { id: deployment?.team.id } },
    modelVersion: { id: version.id, model: { team: { id: version.model.team.id } } },
  };
}

const byId = <T extends { id: string }>(rows: T[]) => new Map(rows.map((row) => [row.id, row]));
