import 'reflect-metadata';
import { printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { DatasetResolver, DatasetVersionResolver } from './datasets/dataset.resolver';
import { DeploymentResolver, DeploymentRouteResolver } from './deployments/deployment.resolver';
import { ExperimentResolver, RunResolver } from './experiments/experiment.resolver';
import { DatasetVersionLineageResolver, ModelVersionLineageResolver, RunLineageResolver } from './lineage/lineage.resolver';
import { ModelResolver, ModelVersionResolver } from './models/model.resolver';
import { NodeResolver } from './node.resolver';
import { TeamResolver } from './teams/team.resolver';

export const resolvers = [
  NodeResolver,
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
] as const;

export function buildGraphSchema(): Promise<GraphQLSchema> {
  return buildSchema({ resolvers, validate: false });
}

/** The SDL checked in as schema/schema.graphql. */
export async function printGraphSchema(): Promise<string> {
  return `${printSchema(await buildGraphSchema())}\n`;
}
