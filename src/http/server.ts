import http from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import type { MikroORM } from '@mikro-orm/postgresql';
import { trace } from '@opentelemetry/api';
import express from 'express';
import type { GraphQLSchema } from 'graphql';
import { identify } from '../authz/identity';
import { pendingMigrations } from '../db/orm';
import { createRequestContext, type RequestContext } from '../graph/context';
import type { Logger } from '../telemetry/logger';
import { createErrorFormatter } from './errors';

export interface HttpServerDeps {
  schema: GraphQLSchema;
  orm: MikroORM;
  logger: Logger;
}

/** Express with GraphQL at /graphql and the health endpoints; not yet listening. */
export async function createHttpServer({ schema, orm, logger }: HttpServerDeps): Promise<{ server: http.Server; stop(): Promise<void> }> {
  const app = express();
  const server = http.createServer(app);
  const tracer = trace.getTracer('modelgate');

  const apollo = new ApolloServer<RequestContext>({
    schema,
    formatError: createErrorFormatter(logger),
    includeStacktraceInErrorResponses: false,
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
      context: async ({ req }) =>
        createRequestContext({ identity: identify(req), em: orm.em.fork(), logger, tracer }),
    }),
  );

  return { server, stop: () => apollo.stop() };
}
