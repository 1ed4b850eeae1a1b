import http from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import type { MikroORM } from '@mikro-orm/postgresql';
import { trace } from '@opentelemetry/api';
import express from 'express';
import type { GraphQLSchema } from 'graphql';
import { accessFor } from '../authz/access';
import type { Authenticate } from '../authz/authenticate';
import type { PolicyStore } from '../authz/policy';
import { pendingMigrations } from '../db/orm';
import { createRequestContext, type RequestContext } from '../graph/context';
import type { Logger } from '../telemetry/logger';
import { ErrorCode } from '../errors';
import { createErrorFormatter } from './errors';

export interface HttpServerDeps {
  schema: GraphQLSchema;
  orm: MikroORM;
  logger: Logger;
  authenticate: Authenticate;
  policies: PolicyStore;
}

/** Express with GraphQL at /graphql and the health endpoints; not yet listening. */
export async function createHttpServer({ schema, orm, logger, authenticate, policies }: HttpServerDeps): Promise<{ server: http.Server; stop(): Promise<void> }> {
  const app = express();
  const server = http.createServer(app);
  const tracer = trace.getTracer('modelgate');

  const apollo = new ApolloServer<RequestContext>({
    schema,
    formatError: createErrorFormatter(logger),
    includeStacktraceInErrorResponses: false,
    // The CLI owns shutdown (HTTP, then database, then telemetry); Apollo must not race it.
    stopOnTerminationSignals: false,
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer: server })],
  });
  await apollo.start();

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });

  app.get('/readyz', async (_req, res) => {
    try {
      await orm.em.getConnection().execute('select 1');
      const pending = await pendingMigrations(orm);
      const ready = pending.length === 0;
      res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'migrations pending', database: 'up', pendingMigrations: pending });
    } catch (error) {
      logger.warn({ err: error }, 'readiness check failed');
      res.status(503).json({ status: 'database unreachable', database: 'down' });
    }
  });

  app.use(
    '/graphql',
    express.json({ limit: '2mb' }),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const access = accessFor(await authenticate(req), policies.current);
        return createRequestContext({ access, em: orm.em.fork(), logger, tracer });
      },
    }),
  );

  // Errors before GraphQL runs (a body that is not JSON, or too large) answer in GraphQL's shape.
  app.use((error: { status?: number; type?: string }, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
    const status = error.status ?? 500;
    if (status >= 500) logger.error({ err: error }, 'HTTP request failed');
    const message =
      error.type === 'entity.parse.failed'
        ? 'The request body is not valid JSON.'
        : error.type === 'entity.too.large'
          ? 'The request body is too large.'
          : status >= 500
            ? 'Internal server error; the gateway logged the details.'
            : 'The request could not be read.';
    res.status(status).json({ errors: [{ message, extensions: { code: status >= 500 ? ErrorCode.INTERNAL_SERVER_ERROR : 'BAD_REQUEST' } }] });
  });

  return { server, stop: () => apollo.stop() };
}
