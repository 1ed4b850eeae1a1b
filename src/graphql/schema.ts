import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { container, type DependencyContainer } from 'tsyringe';
import { createPubSub } from '@graphql-yoga/subscription';
import { authChecker } from './guard';
import type { GraphPubSub } from '../events/events';
import { DeploymentEventResolver, ModelVersionEventResolver } from './resolvers/events.resolver';
import { GovernanceResolver } from './resolvers/governance.resolver';
import { PredictResolver } from './resolvers/predict.resolver';
import {
  DeploymentPredictionsResolver,
  ModelVersionPredictionsResolver,
  PredictionLogEntryResolver,
} from './resolvers/prediction-log.resolver';
import { AuditResolver } from './resolvers/audit.resolver';
import { ApiKeyResolver, TeamApiKeysResolver } from './resolvers/api-key.resolver';
import { DatasetResolver, DatasetVersionResolver } from './resolvers/dataset.resolver';
import { EvaluationResolver, ModelVersionEvaluationsResolver } from './resolvers/evaluation.resolver';
import { DeploymentResolver, DeploymentRouteResolver } from './resolvers/deployment.resolver';
import { ExperimentResolver, RunResolver } from './resolvers/experiment.resolver';
import {
  DatasetVersionLineageResolver,
  ModelVersionLineageResolver,
  RunLineageResolver,
} from './resolvers/lineage.resolver';
import { MeResolver } from './resolvers/me.resolver';
import { OutcomeResolver } from './resolvers/outcome.resolver';
import { ModelResolver, ModelVersionResolver } from './resolvers/model.resolver';
import { NodeResolver } from './resolvers/node.resolver';
import { TeamResolver } from './resolvers/team.resolver';
import { rejectUnstorableText } from './text-guard';

export const resolvers = [
  NodeResolver,
  OutcomeResolver,
  MeResolver,
  TeamResolver,
  DatasetResolver,
  DatasetVersionResolver,
  ExperimentResolver,
  RunResolver,
  ModelResolver,
  ModelVersionResolver,
  DeploymentResolver,
  DeploymentRouteResolver,
  ModelVersionLineageResolver,
  RunLineageResolver,
  DatasetVersionLineageResolver,
  ApiKeyResolver,
  TeamApiKeysResolver,
  GovernanceResolver,
  AuditResolver,
  ModelVersionEventResolver,
  DeploymentEventResolver,
  PredictResolver,
  PredictionLogEntryResolver,
  ModelVersionPredictionsResolver,
  DeploymentPredictionsResolver,
  EvaluationResolver,
  ModelVersionEvaluationsResolver,
] as const;

/** Descriptions of the root types, which type-graphql builds without one. */
const rootDescriptions: Record<string, string> = {
  Query:
    'What can be read. Lists come a page at a time (Relay connections), and lists and lookups return only what your roles may read. Errors carry extensions.code: BAD_USER_INPUT (extensions.field names the argument to fix), UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, CONFLICT, UNAVAILABLE, FAILED_PRECONDITION, LIMIT_EXCEEDED or RATE_LIMITED.',
  Mutation:
    'What can be changed. A mutation is written in one transaction with its audit event, or not at all (a lifecycle step that gates refuse still keeps their results). Errors carry extensions.code as on Query; BAD_USER_INPUT names the input field to fix in extensions.field.',
  Subscription:
    'Events pushed over a WebSocket at /graphql (the graphql-ws protocol), raised by any gateway sharing the database.',
};

/**
 * The executable schema. `services` holds the gateway's long-lived services (see main.ts):
 * resolvers are made from it once, each given the services its constructor names. `pubSub` feeds
 * subscriptions. Printing the SDL needs neither.
 */
export async function buildGraphSchema(
  pubSub: GraphPubSub = createPubSub(),
  services: DependencyContainer = container.createChildContainer(),
): Promise<GraphQLSchema> {
  for (const resolver of resolvers) services.registerSingleton<object>(resolver);
  const schema = await buildSchema({
    resolvers,
    container: { get: (type) => services.resolve(type) },
    validate: false,
    authChecker,
    authMode: 'error',
    pubSub,
  });
  rejectUnstorableText(schema);
  for (const root of [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()])
    if (root) root.description = rootDescriptions[root.name];
  return schema;
}

/** The SDL checked in as schema/schema.graphql, sorted so that module load order cannot reorder it. */
export async function printGraphSchema(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await buildGraphSchema()))}\n`;
}
