import type { MikroORM } from '@mikro-orm/postgresql';
import { Deployment, DeploymentRoute, DeploymentStatus } from '../graph/deployments/deployment.entity';
import type { Logger } from '../telemetry/logger';
import type { ModelServer } from './model-server';

/** The artifacts some active deployment routes traffic to or shadows. */
async function artifactsInUse(orm: MikroORM): Promise<Set<string>> {
  const em = orm.em.fork();
  const routes = await em.find(DeploymentRoute, { deployment: { status: DeploymentStatus.ACTIVE } }, { populate: ['modelVersion'] });
  const shadows = await em.find(Deployment, { status: DeploymentStatus.ACTIVE, shadowVersion: { $ne: null } }, { populate: ['shadowVersion'] });
  return new Set([...routes.map((route) => route.modelVersion.artifact.sha256), ...shadows.map((deployment) => deployment.shadowVersion!.artifact.sha256)]);
}

/** Every `everyMs`, unloads from the workers the models no active deployment uses and nobody called for `idleMs`. */
export function startModelJanitor(orm: MikroORM, server: ModelServer, logger: Logger, everyMs: number, idleMs: number): () => void {
  let running = false;
  const timer = setInterval(async () => {
    if (running || server.loaded().length === 0) return;
    running = true;
    try {
      const unloaded = await server.unloadUnused(await artifactsInUse(orm), idleMs);
      if (unloaded.length) logger.info({ artifacts: unloaded }, `unloaded ${unloaded.length} model(s) no deployment uses`);
    } catch (error) {
      logger.warn({ err: error }, 'could not check which models are still in use');
    } finally {
      running = false;
    }
  }, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
