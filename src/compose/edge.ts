import type { AddressInfo } from 'node:net';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { GraphQLSchema } from 'graphql';
import type { Config } from '../config';
import type { PolicyStore } from '../domain/policies';
import type { EventRelay } from '../events/events';
import type { Authenticator } from '../http/authenticate';
import { createHttpServer } from '../http/server';
import type { Logger } from '../telemetry/logger';
import type { Metrics } from '../telemetry/metrics';
import type { OutcomeService } from '../domain/outcomes/outcome.service';
import type { EvaluationSetService } from '../domain/quality/evaluation-set.service';
import type { Inference } from './inference';
import type { Serving } from './serving';

export interface Edge {
  /** The GraphQL endpoint, e.g. http://localhost:4000/graphql. */
  url: string;
  /** Answers what was received until `deadline` (Date.now() ms), then closes; false when connections had to be cut. */
  stop(deadline: number): Promise<boolean>;
}

export interface EdgeNeeds {
  schema: GraphQLSchema;
  orm: MikroORM;
  authenticator: Authenticator;
  policies: PolicyStore;
  events: EventRelay;
  inference: Inference;
  serving: Serving;
  metrics: Metrics;
  evaluationSets: EvaluationSetService;
  outcomes: OutcomeService;
}

/** Serves HTTP and WebSockets on the configured port; a revoked key's connections close at once. */
export async function startEdge(config: Config, logger: Logger, needs: EdgeNeeds): Promise<Edge> {
  const { orm, authenticator, policies, events, inference, serving } = needs;
  const http = await createHttpServer({
    schema: needs.schema,
    orm,
    logger,
    authenticate: authenticator.authenticate,
    policies,
    pubSub: events.pubSub,
    artifacts: inference.artifacts,
    artifactMaxBytes: config.artifactMaxBytes,
    metricsAccess: config.metrics,
    admitArtifact: inference.admitArtifact,
    evaluationSets: needs.evaluationSets,
    evaluationSetMaxBytes: config.evaluationSets.maxBytes,
    outcomes: needs.outcomes,
    outcomeMaxBytes: config.outcomes.maxBytes,
    models: inference.server,
    predictions: serving.predictions,
    routing: serving.routing,
    predictionLog: serving.log,
    metrics: needs.metrics,
    version: config.version,
  });
  await new Promise<void>((resolve, reject) => {
    http.server.once('error', reject);
    http.server.listen(config.port, config.host, resolve);
  });
  // After the authenticator has forgotten the key (its listener was added first).
  events.onChange((change) => {
    if (change === 'apiKey' || change === 'reconnected') return http.recheckWebSockets();
  });
  const { port } = http.server.address() as AddressInfo;
  return { url: `http://localhost:${port}/graphql`, stop: (deadline) => http.stop(deadline) };
}
