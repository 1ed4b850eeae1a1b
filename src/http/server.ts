import http from 'node:http';
import type { MikroORM } from '@mikro-orm/postgresql';
import express from 'express';
import type { GraphQLSchema } from 'graphql';
import type { Authenticate } from './authenticate';
import { accessFor } from '../domain/access';
import type { PolicyStore } from '../domain/policies';
import { pendingMigrations } from '../db/orm';
import { ErrorCode } from '../errors';
import type { GraphPubSub } from '../events/events';
import type { Logger } from '../telemetry/logger';
import type { ArtifactStore } from '../inference/artifact-store';
import type { ModelServer } from '../inference/model-server';
import type { PredictionService } from '../domain/predictions/predict.service';
import type { PredictionLog } from '../domain/predictions/prediction-log';
import type { RoutingTable } from '../domain/predictions/routing-table';
import type { Metrics } from '../telemetry/metrics';
import { artifactRoutes, isArtifactUpload } from './artifacts';
import type { Config } from '../config';
import { graphiqlRoutes } from './graphiql';
import { graphqlHandler } from './graphql-handler';
import { GraphQLPipeline } from './graphql-pipeline';
import { metricsRoute } from './metrics';
import { reviewPageRoutes } from './review-page';
import { v2Handler } from './v2';
import { ConnectionDrain } from './drain';
import { sendError } from './errors';
import { serveGraphQLOverWebSocket } from './websocket';

/** The largest GraphQL request body (and WebSocket message). */
const MAX_BODY_BYTES = 2 * 1024 * 1024;
/** Subscriptions one WebSocket connection may hold at once. */
const MAX_SUBSCRIPTIONS = 20;

export interface HttpServerDeps {
  schema: GraphQLSchema;
  orm: MikroORM;
  logger: Logger;
  authenticate: Authenticate;
  policies: PolicyStore;
  /** This process's subscribers, fed by the database's notifications. */
  pubSub: GraphPubSub;
  artifacts: ArtifactStore;
  artifactMaxBytes: number;
  /** Who may read /metrics. */
  metricsAccess: Config['metrics'];
  /** A trial load of an uploaded model before it is stored. */
  admitArtifact: (files: Map<string, Buffer>) => Promise<void>;
  models: ModelServer;
  predictions: PredictionService;
  routing: RoutingTable;
  predictionLog: PredictionLog;
  metrics: Metrics;
  /** modelgate's version, as the inference protocol's server metadata reports it. */
  version: string;
}

/**
 * Express with GraphQL at /graphql (over HTTP, and every operation over graphql-ws on the same
 * path, both through one GraphQLPipeline) and the health endpoints; not yet listening.
 */
export async function createHttpServer(
  deps: HttpServerDeps,
): Promise<{ server: http.Server; recheckWebSockets(): Promise<void>; stop(deadline: number): Promise<boolean> }> {
  const { schema, orm, logger, authenticate, policies, pubSub, artifacts, models, metrics } = deps;
  const app = express();
  // No framework banner: it tells an attacker which exploits to try.
  app.disable('x-powered-by');
  // GraphQL (the hot path) goes straight to Apollo; the other routes through express.
  // So does the inference protocol's /v2.
  let graphql: (req: http.IncomingMessage, res: http.ServerResponse) => Promise<void> = async () => undefined;
  let v2: ReturnType<typeof v2Handler> = async () => undefined;
  const dispatch = (req: http.IncomingMessage, res: http.ServerResponse) => {
    connections.track(req, res);
    if (req.url === '/graphql' || req.url?.startsWith('/graphql?')) void graphql(req, res);
    else if (req.url === '/v2' || req.url?.startsWith('/v2/') || req.url?.startsWith('/v2?')) void v2(req, res);
    else app(req, res);
  };
  // Slow clients are cut off: headers within 10 s, the whole request within 60 s.
  const server = http.createServer({ headersTimeout: 10_000, requestTimeout: 60_000 }, dispatch);
  // `Expect: 100-continue`: an upload is told to send its body only once its headers pass (see
  // artifactRoutes); every other request at once, as Node would.
  server.on('checkContinue', (req: http.IncomingMessage, res: http.ServerResponse) => {
    if (!isArtifactUpload(req)) res.writeContinue();
    dispatch(req, res);
  });
  const connections = new ConnectionDrain(server);

  // Every GraphQL operation, over HTTP or WebSocket, takes this one pipeline: credentials, rate
  // limits, document limits per role, inference budget, schema details, error masking and metrics.
  const pipeline = new GraphQLPipeline({
    schema,
    orm,
    logger,
    authenticate,
    policies,
    metrics,
    serving: { routing: deps.routing, maxInstances: deps.predictions.maxInstances },
  });
  await pipeline.start();
  // A message no larger than an HTTP body.
  const subscriptions = serveGraphQLOverWebSocket(server, {
    pipeline,
    pubSub,
    maxPayload: MAX_BODY_BYTES,
    maxSubscriptions: MAX_SUBSCRIPTIONS,
  });

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });

  // Ready or not for anyone (load balancers); what it is made of only for admins: its counters
  // (the prediction log's, quarantined models) add up every team's traffic.
  app.get('/readyz', async (req, res) => {
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

  if (deps.metricsAccess.access !== 'off') app.get('/metrics', metricsRoute(metrics, deps.metricsAccess));

  app.use(reviewPageRoutes());
  const graphiql = graphiqlRoutes({ policies, admit: (headers, address) => pipeline.admit(headers, address) });
  app.use(graphiql.assets);

  // One rate per caller, whatever it asks: GraphQL (both transports), the v2 protocol and uploads spend the same.
  app.use(
    artifactRoutes({
      store: artifacts,
      orm,
      policies,
      identify: (headers, address) => pipeline.admit(headers, address),
      maxBytes: deps.artifactMaxBytes,
      admit: deps.admitArtifact,
      logger,
    }),
  );

  // Errors of the other routes answer in GraphQL's shape.
  app.use((error: { status?: number }, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
    const status = error.status ?? 500;
    if (status >= 500) logger.error({ err: error }, 'HTTP request failed');
    const message =
      status >= 500 ? 'Internal server error; the gateway logged the details.' : 'The request could not be read.';
    sendError(res, status, status >= 500 ? ErrorCode.INTERNAL_SERVER_ERROR : ErrorCode.BAD_REQUEST, message);
  });

  const requestContext = async (req: http.IncomingMessage) =>
    pipeline.contextFor(await pipeline.admit(req.headers, req.socket.remoteAddress), req.headers);
  graphql = graphiql.around(
    graphqlHandler(pipeline.apollo, { maxBodyBytes: MAX_BODY_BYTES, logger, context: requestContext }),
  );
  v2 = v2Handler({
    context: requestContext,
    predictions: deps.predictions,
    workersReady: () =>
      models.backend().then(
        () => models.canServe,
        () => false,
      ),
    maxBodyBytes: MAX_BODY_BYTES,
    logger,
    version: deps.version,
  });

  return {
    server,
    /**
     * Answers what was received and closes: HTTP first (until `deadline`, Date.now() ms), then the
     * subscriptions (graphql-ws closes each with 1001, going away), then Apollo. False when
     * connections had to be cut at the deadline.
     */
    /** Closes the WebSocket connections whose credentials no longer hold (a key was revoked). */
    recheckWebSockets: () => subscriptions.recheckCredentials(),
    stop: async (deadline: number) => {
      const drained = await connections.drain(deadline);
      await subscriptions.dispose();
      await pipeline.stop();
      return drained;
    },
  };
}
