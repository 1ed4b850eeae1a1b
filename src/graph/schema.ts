import 'reflect-metadata';
import { printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { authChecker } from '../authz/guard';
import { ApiKeyResolver } from './api-keys/api-key.resolver';
import { DatasetResolver, DatasetVersionResolver } from './datasets/dataset.resolver';
import { DeploymentResolver, DeploymentRouteResolver } from './deployments/deployment.resolver';
import { ExperimentResolver, RunResolver } from './experiments/experiment.resolver';
import { DatasetVersionLineageResolver, ModelVersionLineageResolver, RunLineageResolver } from './lineage/lineage.resolver';
import { MeResolver } from './me/me.resolver';
import { ModelResolver, ModelVersionResolver } from './models/model.resolver';
import { NodeResolver } from './node.resolver';
import { TeamResolver } from './teams/team.resolver';

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
] as const;

export function buildGraphSchema(): Promise<GraphQLSchema> {
  return buildSchema({ resolvers, validate: false, authChecker, authMode: 'error' });
}

/** The SDL checked in as schema/schema.graphql. */
export async function printGraphSchema(): Promise<string> {
  return `${printSchema(await buildGraphSchema())}\n`;
}
