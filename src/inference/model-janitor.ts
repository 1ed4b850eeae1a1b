import type { Logger } from '../telemetry/logger';
import type { ModelServer } from './model-server';

/** Every `everyMs`, unloads from the workers the models no active deployment uses (`inUse`) and nobody called for `idleMs`. */
export function startModelJanitor(
  inUse: () => Set<string>,
  server: ModelServer,
  logger: Logger,
  everyMs: number,
  idleMs: number,
): () => void {
  let running = false;
  const timer = setInterval(async () => {
    if (running || server.loaded().length === 0) return;
    running = true;
    try {
      const unloaded = await server.unloadUnused(inUse(), idleMs);
      if (unloaded.length)
        logger.info({ artifacts: unloaded }, `unloaded ${unloaded.length} model(s) no deployment uses`);
    } catch (error) {
      logger.warn({ err: error }, 'could not unload the models no deployment uses');
    } finally {
      running = false;
    }
  }, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
