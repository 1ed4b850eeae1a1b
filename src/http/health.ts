import type { MikroORM } from '@mikro-orm/postgresql';
import express from 'express';
import { pendingMigrations } from '../db/orm';
import { accessFor } from '../domain/access';
import type { PolicyStore } from '../domain/policies';
import type { PredictionLog } from '../domain/prediction-log/writer';
import type { ModelServer } from '../inference/model-server';
import type { Logger } from '../telemetry/logger';
import type { Authenticate } from './authenticate';

/**
 * /healthz (the process answers) and /readyz (it can serve: database up, migrations applied, a
 * worker that can serve). Ready or not for anyone (load balancers); what it is made of only for
 * admins: its counters (the prediction log's, quarantined models) add up every team's traffic.
 */
export function healthRoutes(deps: {
  orm: MikroORM;
  authenticate: Authenticate;
  policies: PolicyStore;
  models: ModelServer;
  predictionLog: PredictionLog;
  logger: Logger;
}): express.Router {
  const { orm, authenticate, policies, models, logger } = deps;
  const router = express.Router();
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (req, res) => {
    const identity = await authenticate(req.headers).catch(() => undefined);
    const detailed = identity !== undefined && accessFor(identity, policies.current).managesAll();
    try {
      await orm.em.getConnection().execute('select 1');
      const pending = await pendingMigrations(orm);
      const backend = await models.backendInfo();
      const ready = pending.length === 0 && models.canServe;
      const status =
        pending.length > 0 ? 'migrations pending' : models.canServe ? 'ready' : 'no inference worker can serve';
      if (!detailed) return void res.status(ready ? 200 : 503).json({ status });
      res.status(ready ? 200 : 503).json({
        status,
        database: 'up',
        pendingMigrations: pending,
        inferenceBackend: backend.name,
        // webgpu: the GPU it runs on (vendor, architecture, device).
        ...(backend.adapter && { inferenceAdapter: backend.adapter }),
        predictionLog: deps.predictionLog.stats,
        quarantinedModels: models.quarantines().length,
      });
    } catch (error) {
      logger.warn({ err: error }, 'readiness check failed');
      res
        .status(503)
        .json(detailed ? { status: 'database unreachable', database: 'down' } : { status: 'database unreachable' });
    }
  });
  return router;
}
