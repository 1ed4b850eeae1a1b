import http from 'node:http';
import type { Access } from '../domain/access';
import type { MikroORM } from '@mikro-orm/postgresql';
import express from 'express';
import type { GraphQLSchema } from 'graphql';
import type { Authenticate } from './authenticate';
import type { PolicyStore } from '../domain/policies';
import type { GraphPubSub } from '../events/events';
import type { Logger } from '../telemetry/logger';
import type { ArtifactStore } from '../inference/artifact-store';
import type { ModelServer } from '../inference/model-server';
import type { PredictionService } from '../domain/serving/predict.service';
import type { PredictionLog } from '../domain/prediction-log/writer';
import type { RoutingTable } from '../domain/serving/routing-table';
import type { Metrics } from '../telemetry/metrics';
import { artifactRoutes, isArtifactUpload } from './artifacts';
import { evaluationSetRoutes, isEvaluationSetUpload } from './evaluation-sets';
import { isOutcomeUpload, outcomeRoutes } from './outcomes';
import type { OutcomeService } from '../domain/outcomes/outcome.service';
import type { EvaluationSetService } from '../domain/quality/evaluation-set.service';
import type { Config } from '../config';
import { graphqlHandler } from './graphql-handler';
import { GraphQLPipeline } from './graphql-pipeline';
import { metricsRoute } from './metrics';
import { reviewPageRoutes } from './review-page';
import { v2Handler } from './v2';
import { ConnectionDrain } from './drain';
import { routeErrors } from './errors';
import { graphiqlRoutes } from './graphiql';
import { healthRoutes } from './health';
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
  /** Dataset versions' rows, uploaded as evaluation sets. */
  evaluationSets: EvaluationSetService;
  /** The largest body of rows an upload may carry. */
  evaluationSetMaxBytes: number;
  /** Bulk outcome reports (POST /deployments/{name}/outcomes), and the most bytes one may send. */
  outcomes: OutcomeService;
  outcomeMaxBytes: number;
  models: ModelServer;
  predictions: PredictionService;
  routing: RoutingTable;
  predictionLog: PredictionLog;
  metrics: Metrics;
  /** modelgate's version, as the inference protocol's server metadata reports it. */
  version: string;
}

/**
 * The gateway's HTTP server, not yet listening: GraphQL at /graphql (over HTTP, and every operation
 * over graphql-ws on the same path, both through one GraphQLPipeline), the v2 protocol at /v2,
 * and the other routes (health, metrics, review page, uploads) through express.
 */
export async function createHttpServer(
  deps: HttpServerDeps,
): Promise<{ server: http.Server; recheckWebSockets(): Promise<void>; stop(deadline: number): Promise<boolean> }> {
  // Every GraphQL operation, over HTTP or WebSocket, takes this one pipeline: credentials, rate
  // limits, document limits per role, inference budget, schema details, error masking and metrics.
  const pipeline = new GraphQLPipeline({
    schema: deps.schema,
    orm: deps.orm,
    logger: deps.logger,
    authenticate: deps.authenticate,
    policies: deps.policies,
    metrics: deps.metrics,
    serving: { routing: deps.routing, maxInstances: deps.predictions.maxInstances },
  });
  await pipeline.start();
  // A browser's GET /graphql gets the explorer page; its files are served as the other routes.
  const graphiql = graphiqlRoutes({
    policies: deps.policies,
    admit: (headers, address) => pipeline.admit(headers, address),
  });
  const doors = frontDoors(deps, pipeline, graphiql.around);
  const app = otherRoutes(deps, pipeline, graphiql.assets);
  const dispatch = (req: http.IncomingMessage, res: http.ServerResponse) => {
    connections.track(req, res);
    if (req.url === '/graphql' || req.url?.startsWith('/graphql?')) void doors.graphql(req, res);
    else if (req.url === '/v2' || req.url?.startsWith('/v2/') || req.url?.startsWith('/v2?')) void doors.v2(req, res);
    else app(req, res);
  };
  // Slow clients are cut off: headers within 10 s, the whole request within 60 s.
  const server = http.createServer({ headersTimeout: 10_000, requestTimeout: 60_000 }, dispatch);
  // `Expect: 100-continue`: an upload is told to send its body only once its headers pass (see
  // artifactRoutes, evaluationSetRoutes, outcomeRoutes); every other request at once, as Node would.
  server.on('checkContinue', (req: http.IncomingMessage, res: http.ServerResponse) => {
    if (!isArtifactUpload(req) && !isEvaluationSetUpload(req) && !isOutcomeUpload(req)) res.writeContinue();
    dispatch(req, res);
  });
  const connections = new ConnectionDrain(server);
  // A message no larger than an HTTP body.
  const subscriptions = serveGraphQLOverWebSocket(server, {
    pipeline,
    pubSub: deps.pubSub,
    maxPayload: MAX_BODY_BYTES,
    maxSubscriptions: MAX_SUBSCRIPTIONS,
  });
  return {
    server,
    /** Closes the WebSocket connections whose credentials no longer hold (a key was revoked). */
    recheckWebSockets: () => subscriptions.recheckCredentials(),
    /**
     * Answers what was received and closes: HTTP first (until `deadline`, Date.now() ms), then the
     * subscriptions (graphql-ws closes each with 1001, going away), then Apollo. False when
     * connections had to be cut at the deadline.
     */
    stop: async (deadline: number) => {
      const drained = await connections.drain(deadline);
      await subscriptions.dispose();
      await pipeline.stop();
      return drained;
    },
  };
}

type Handler = (req: http.IncomingMessage, res: http.ServerResponse) => Promise<void>;

/** The hot paths, served without express: GraphQL over HTTP (straight to Apollo; `explorer` takes browsers' page requests) and the v2 protocol. */
function frontDoors(
  deps: HttpServerDeps,
  pipeline: GraphQLPipeline,
  explorer: (graphql: Handler) => Handler,
): { graphql: Handler; v2: Handler } {
  const { logger, models } = deps;
  const context = async (req: http.IncomingMessage) =>
    pipeline.contextFor(await pipeline.admit(req.headers, req.socket.remoteAddress), req.headers);
  return {
    graphql: explorer(graphqlHandler(pipeline.apollo, { maxBodyBytes: MAX_BODY_BYTES, logger, context })),
    v2: v2Handler({
      context,
      predictions: deps.predictions,
      workersReady: () =>
        models.backend().then(
          () => models.canServe,
          () => false,
        ),
      maxBodyBytes: MAX_BODY_BYTES,
      logger,
      version: deps.version,
    }),
  };
}

/** Everything else, through express: health, metrics, the review page, the explorer's files and uploads (artifacts, evaluation rows, outcomes). */
function otherRoutes(deps: HttpServerDeps, pipeline: GraphQLPipeline, explorerFiles: express.Router): express.Express {
  const { orm, logger, authenticate, policies, models, metrics } = deps;
  const app = express();
  // No framework banner: it tells an attacker which exploits to try.
  app.disable('x-powered-by');
  app.use(healthRoutes({ orm, authenticate, policies, models, predictionLog: deps.predictionLog, logger }));
  if (deps.metricsAccess.access !== 'off') app.get('/metrics', metricsRoute(metrics, deps.metricsAccess));
  app.use(reviewPageRoutes());
  app.use(explorerFiles);
  // One rate per caller, whatever it asks: GraphQL (both transports), the v2 protocol and uploads spend the same.
  const callers = {
    policies,
    identify: (headers: http.IncomingHttpHeaders, address: string | undefined) => pipeline.admit(headers, address),
    contextFor: (access: Access, headers: http.IncomingHttpHeaders) => pipeline.contextFor(access, headers),
  };
  app.use(
    artifactRoutes({
      store: deps.artifacts,
      orm,
      policies,
      identify: callers.identify,
      maxBytes: deps.artifactMaxBytes,
      admit: deps.admitArtifact,
      logger,
    }),
  );
  app.use(
    evaluationSetRoutes({
      ...callers,
      evaluationSets: deps.evaluationSets,
      maxBytes: deps.evaluationSetMaxBytes,
      logger,
    }),
  );
  app.use(
    outcomeRoutes({
      ...callers,
      outcomes: deps.outcomes,
      check: (ctx, name) => void deps.predictions.deploymentFor(ctx, name, 'predict'),
      maxBytes: deps.outcomeMaxBytes,
    }),
  );
  // Errors of the other routes answer in GraphQL's shape.
  app.use(routeErrors(logger));
  return app;
}
