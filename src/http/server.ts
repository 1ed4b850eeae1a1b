import { randomUUID } from 'node:crypto';
import http, { type IncomingHttpHeaders } from 'node:http';
import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import type { MikroORM } from '@mikro-orm/postgresql';
import express from 'express';
import { parse, specifiedRules, validate, type GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import { accessFor } from '../domain/access';
import type { Authenticate } from './authenticate';
import { anonymous, type Identity } from '../authz/identity';
import type { PolicyStore } from '../domain/policies';
import { pendingMigrations } from '../db/orm';
import { ErrorCode, limitExceeded } from '../errors';
import type { GraphPubSub } from '../events/events';
import { RequestContext, SubscriptionContext } from '../domain/context';
import { widestDocumentShape } from '../domain/limits';
import {
  documentLimits,
  documentShapePlugin,
  inferenceBudgetPlugin,
  schemaDetailsPlugin,
} from '../graphql/limits/plugin';
import { RateLimits } from './rate-limits';
import type { Logger } from '../telemetry/logger';
import type { ArtifactStore } from '../inference/artifact-store';
import type { ModelServer } from '../inference/model-server';
import type { PredictionService } from '../domain/predictions/predict.service';
import type { PredictionLog } from '../domain/predictions/prediction-log';
import type { RoutingTable } from '../domain/predictions/routing-table';
import type { Metrics } from '../telemetry/metrics';
import { artifactRoutes, isArtifactUpload } from './artifacts';
import type { Config } from '../config';
import { graphqlHandler } from './graphql-handler';
import { metricsPlugin, metricsRoute } from './metrics';
import { reviewPageRoutes } from './review-page';
import { v2Handler } from './v2';
import { ConnectionDrain } from './drain';
import { createErrorFormatter, refusedValuesPlugin, sendError } from './errors';

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
 * Express with GraphQL at /graphql (queries and mutations over HTTP, subscriptions over
 * graphql-ws on the same path) and the health endpoints; not yet listening.
 */
export async function createHttpServer(
  deps: HttpServerDeps,
): Promise<{ server: http.Server; stop(deadline: number): Promise<boolean> }> {
  const { schema, orm, logger, authenticate, policies, pubSub, artifacts, models, metrics } = deps;
  const app = express();
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
  const formatError = createErrorFormatter(logger);

  const contextFor = (identity: Identity, headers: IncomingHttpHeaders): RequestContext => {
    const requestId = typeof headers['x-request-id'] === 'string' ? headers['x-request-id'].slice(0, 64) : randomUUID();
    return new RequestContext(accessFor(identity, policies.current), orm, logger.child({ requestId }), requestId);
  };

  // The widest document shape of all roles (policies/limits.yaml), read once: every request is
  // parsed and validated against it; narrower roles are checked again by documentShapePlugin.
  const limits = widestDocumentShape(policies.current.limits);
  const documentRules = documentLimits(limits);

  // Subscriptions: credentials travel in the connection parameters, as headers would.
  // A message no larger than an HTTP body; ws closes the connection (1009) on a larger one.
  const wsServer = new WebSocketServer({ server, path: '/graphql', maxPayload: MAX_BODY_BYTES });
  const subscriptions = useServer<Record<string, unknown>, { identity?: Identity; headers?: IncomingHttpHeaders }>(
    {
      schema,
      // The same document limits as HTTP.
      parse: (source) => parse(source, { maxTokens: limits.maxTokens }),
      validate: (validSchema, document) => validate(validSchema, document, [...specifiedRules, ...documentRules]),
      connectionInitWaitTimeout: 3_000,
      onSubscribe: (ws) => {
        // The id being subscribed is already counted.
        if (Object.keys(ws.subscriptions).length > MAX_SUBSCRIPTIONS) {
          return [
            limitExceeded(`A connection may hold at most ${MAX_SUBSCRIPTIONS} subscriptions; complete one first.`),
          ];
        }
      },
      onConnect: async (ws) => {
        const params = ws.connectionParams ?? {};
        const header = (name: string) => (typeof params[name] === 'string' ? (params[name] as string) : undefined);
        ws.extra.headers = {
          authorization: header('authorization') ?? header('Authorization'),
          'x-api-key': header('x-api-key'),
        };
        try {
          ws.extra.identity = await authenticate(ws.extra.headers);
          return true;
        } catch {
          return false;
        }
      },
      // The same masking boundary as HTTP: no unexpected error's message reaches a subscriber.
      onNext: (_ws, _id, _payload, _args, result) =>
        result.errors
          ? { ...result, errors: result.errors.map((error) => formatError(error.toJSON(), error)) }
          : result,
      context: (ws) => {
        const requestId = randomUUID();
        const reauthorize = async () => accessFor(await authenticate(ws.extra.headers!), policies.current);
        const access = accessFor(ws.extra.identity!, policies.current);
        return new SubscriptionContext(access, orm, logger.child({ requestId }), requestId, pubSub, reauthorize);
      },
    },
    wsServer,
  );

  const apollo = new ApolloServer<RequestContext>({
    schema,
    parseOptions: { maxTokens: limits.maxTokens },
    validationRules: documentRules,
    formatError,
    includeStacktraceInErrorResponses: false,
    // The CLI owns shutdown (HTTP, then database, then telemetry); Apollo must not race it.
    stopOnTerminationSignals: false,
    plugins: [
      // No HTTP caching of GraphQL answers here; its plugin would otherwise visit every field of every request.
      ApolloServerPluginCacheControlDisabled(),
      documentShapePlugin(limits),
      metricsPlugin(metrics),
      inferenceBudgetPlugin({ routing: deps.routing, maxInstances: deps.predictions.maxInstances }),
      schemaDetailsPlugin(),
      refusedValuesPlugin(),
      // No landing page: the one Apollo serves by default loads its sandbox from a third party's CDN.
      ApolloServerPluginLandingPageDisabled(),
    ],
  });
  await apollo.start();

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });

  // Ready or not for anyone (load balancers); what it is made of only for callers who signed in.
  app.get('/readyz', async (req, res) => {
    const identity = await authenticate(req.headers).catch(() => undefined);
    const detailed = identity !== undefined && identity.kind !== 'anonymous';
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

  // One rate per caller, whatever it asks: GraphQL, the v2 protocol and uploads spend the same.
  const rateLimits = new RateLimits();
  app.use(
    artifactRoutes({
      store: artifacts,
      orm,
      authenticate,
      policies,
      rateLimits,
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

  const requestContext = async (req: http.IncomingMessage) => {
    const address = req.socket.remoteAddress;
    const identity = await authenticate(req.headers).catch(async (refusal: unknown) => {
      // A refused credential spends its address's anonymous rate: guessing keys costs like any anonymous request.
      await rateLimits.take(policies.current.limits, anonymous, address);
      throw refusal;
    });
    await rateLimits.take(policies.current.limits, identity, address);
    return contextFor(identity, req.headers);
  };
  graphql = graphqlHandler(apollo, { maxBodyBytes: MAX_BODY_BYTES, logger, context: requestContext });
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
    stop: async (deadline: number) => {
      const drained = await connections.drain(deadline);
      await subscriptions.dispose();
      await apollo.stop();
      return drained;
    },
  };
}
