import type { CallContext } from '../context';
import { DatasetVersion } from '../datasets/dataset.entity';
import { Deployment, DeploymentRoute } from '../deployments/deployment.entity';
import { Run, RunDatasetVersion } from '../experiments/experiment.entity';
import { groupBy } from '../loaders';
import { ModelVersion } from '../models/model.entity';

/*
 * Lineage both ways, batched: each step below is one statement for all the parents a query
 * level asks about, so walking lineage over a whole page costs a fixed number of statements.
 * Each step keeps only what the caller may read.
 */

/** Dataset versions a run trained on. */
export function datasetVersionsOfRun(ctx: CallContext, runId: string): Promise<DatasetVersion[]> {
  return ctx.loaders
    .custom('lineage:datasetVersionsOfRun', async (ids) => {
      const readable = ctx.access.filter('read', 'DatasetVersion');
      if (!readable) return ids.map(() => []);
      const links = await ctx.em.find(
        RunDatasetVersion,
        { run: { $in: [...ids] }, datasetVersion: readable },
        { populate: ['datasetVersion'], orderBy: { datasetVersion: { createdAt: 'asc' } } },
      );
      return groupBy(ids, links, (link) => link.run.id).map((group) =>
        group.map((link) => link.datasetVersion as DatasetVersion),
      );
    })
    .load(runId);
}

/** Runs that trained on a dataset version. */
export function runsOfDatasetVersion(ctx: CallContext, datasetVersionId: string): Promise<Run[]> {
  return ctx.loaders
    .custom('lineage:runsOfDatasetVersion', async (ids) => {
      const readable = ctx.access.filter('read', 'Run');
      if (!readable) return ids.map(() => []);
      const links = await ctx.em.find(
        RunDatasetVersion,
        { datasetVersion: { $in: [...ids] }, run: readable },
        { populate: ['run'], orderBy: { run: { createdAt: 'asc' } } },
      );
      return groupBy(ids, links, (link) => link.datasetVersion.id).map((group) => group.map((link) => link.run as Run));
    })
    .load(datasetVersionId);
}

export function modelVersionsOfRuns(ctx: CallContext, runIds: readonly string[]): Promise<ModelVersion[]> {
  return loadFlat(ctx.loaders.childrenOf(ModelVersion, 'run', (version) => version.run!.id).loadMany(runIds));
}

/** Active or retired deployments that route traffic to, or shadow, each model version. */
export function deploymentsOfModelVersions(ctx: CallContext, versionIds: readonly string[]): Promise<Deployment[]> {
  return loadFlat(
    ctx.loaders
      .custom('lineage:deploymentsOfModelVersion', async (ids) => {
        const readable = ctx.access.filter('read', 'Deployment');
        if (!readable) return ids.map(() => []);
        const routes = await ctx.em.find(
          DeploymentRoute,
          { modelVersion: { $in: [...ids] }, deployment: readable },
          { populate: ['deployment'] },
        );
        const shadowed = await ctx.em.find(Deployment, { $and: [{ shadowVersion: { $in: [...ids] } }, readable] });
        const routed = groupBy(ids, routes, (route) => route.modelVersion.id).map((group) =>
          group.map((route) => route.deployment as Deployment),
        );
        const shadows = groupBy(ids, shadowed, (deployment) => deployment.shadowVersion!.id);
        return routed.map((group, index) => unique([...group, ...shadows[index]!]));
      })
      .loadMany(versionIds),
  );
}

/** Flattens the lists of a loadMany, dropping duplicates and surfacing the first error. */
async function loadFlat<T extends { id: string }>(lists: Promise<(T[] | Error)[]>): Promise<T[]> {
  const loaded = await lists;
  const failure = loaded.find((list): list is Error => list instanceof Error);
  if (failure) throw failure;
  return unique((loaded as T[][]).flat());
}

function unique<T extends { id: string }>(rows: T[]): T[] {
  return [...new Map(rows.map((row) => [row.id, row])).values()];
}
