import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { container, type DependencyContainer } from 'tsyringe';
import { createPubSub } from '@graphql-yoga/subscription';
import { authChecker } from '../authz/guard';
import type { GraphPubSub } from '../events/events';
import { DeploymentEventResolver, ModelVersionEventResolver } from '../events/events.resolver';
import { GovernanceResolver } from '../governance/governance.resolver';
import { PredictResolver } from '../serving/predict.resolver';
import {
  DeploymentPredictionsResolver,
  ModelVersionPredictionsResolver,
  PredictionLogEntryResolver,
} from '../serving/prediction-log.resolver';
import { AuditResolver } from './audit/audit.resolver';
import { ApiKeyResolver } from './api-keys/api-key.resolver';
import { DatasetResolver, DatasetVersionResolver } from './datasets/dataset.resolver';
import { DeploymentResolver, DeploymentRouteResolver } from './deployments/deployment.resolver';
import { ExperimentResolver, RunResolver } from './experiments/experiment.resolver';
import {
  DatasetVersionLineageResolver,
  ModelVersionLineageResolver,
  RunLineageResolver,
} from './lineage/lineage.resolver';
import { MeResolver } from './me/me.resolver';
import { ModelResolver, ModelVersionResolver } from './models/model.resolver';
import { NodeResolver } from './node.resolver';
import { TeamResolver } from './teams/team.resolver';
import { rejectUnstorableText } from './text-guard';

export const resolvers = [
  NodeResolver,
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
  GovernanceResolver,
  AuditResolver,
  ModelVersionEventResolver,
  DeploymentEventResolver,
  PredictResolver,
  PredictionLogEntryResolver,
  ModelVersionPredictionsResolver,
  DeploymentPredictionsResolver,
] as const;

/**
 * The executable schema. `services` holds the gateway's long-lived services (see main.ts):
 * resolvers are made from it once, each given the services its constructor names. `pubSub` feeds
 * subscriptions. Printing the SDL needs neither.
 */
export function buildGraphSchema(
  pubSub: GraphPubSub = createPubSub(),
  services: DependencyContainer = container.createChildContainer(),
): Promise<GraphQLSchema> {
  for (const resolver of resolvers) services.registerSingleton<object>(resolver);
  return buildSchema({
    resolvers,
    container: { get: (type) => services.resolve(type) },
    validate: false,
    authChecker,
    authMode: 'error',
    pubSub,
    globalMiddlewares: [rejectUnstorableText],
  });
}

/** The SDL checked in as schema/schema.graphql, sorted so that module load order cannot reorder it. */
export async function printGraphSchema(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await buildGraphSchema()))}\n`;
}
