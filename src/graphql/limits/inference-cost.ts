import {
  getArgumentValues,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { settledFor } from '../../domain/explanations/explain.service';
import { explainerOf } from '../../inference/explainers';
import { explanationArgs, type ExplanationArgs, type ExplanationRequestArgs } from '../../domain/explanation-settings';
import type { CallContext } from '../../domain/context';
import type { RoutingTable } from '../../domain/serving/routing-table';
import type { Signature } from '../../domain/models/model.entity';
import { fieldsNamed } from '../selections';

/** What the inference cost of a request is read from: the deployments in memory, and the most instances a request may send. */
export interface InferenceLimits {
  routing: RoutingTable;
  maxInstances: number;
}

/**
 * The inference work an operation asks for, before any of it runs, in instance-evaluations (see
 * policies/limits.yaml): each predict field (every alias) × its instances × (1 + the work of each
 * explanation selected under it), with explanation settings as they will run (the caller's
 * arguments over the deployment's defaults, cut to the role's caps). What cannot be read yet (an
 * unknown deployment, a malformed argument) counts at its most: execution refuses it anyway.
 */
export function inferenceCost(
  ctx: CallContext,
  serving: InferenceLimits,
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
): number {
  const query = schema.getQueryType();
  if (operation.operation !== 'query' || !query) return 0;
  const predictField = query.getFields().predict!;
  const explanationsField = (schema.getType('Prediction') as GraphQLObjectType).getFields().explanations!;
  let cost = 0;
  for (const node of fieldsNamed(operation.selectionSet, 'predict', fragments)) {
    const args: Record<string, unknown> = safely(() => getArgumentValues(predictField, node, variables), {});
    const instances = Array.isArray(args.instances) ? args.instances.length : serving.maxInstances;
    const deployment = serving.routing.get(String(args.deployment));
    const signatures = (deployment?.routes ?? []).map((route) => route.version.signature);
    let perInstance = 1;
    for (const explanation of node.selectionSet ? fieldsNamed(node.selectionSet, 'explanations', fragments) : []) {
      perInstance += explanationWork(
        ctx,
        explanationsField,
        explanation,
        variables,
        signatures,
        deployment?.explanationDefaults ?? {},
      );
    }
    cost += instances * perInstance;
  }
  return cost;
}

/** One instance's explanation work on the costliest version the deployment routes to. */
function explanationWork(
  ctx: CallContext,
  field: GraphQLField<unknown, unknown>,
  node: FieldNode,
  variables: Record<string, unknown>,
  signatures: Signature[],
  defaults: ExplanationArgs,
): number {
  const args = safely(
    () => explanationArgs(getArgumentValues(field, node, variables) as ExplanationRequestArgs),
    undefined,
  );
  const costs = signatures.map((signature) => {
    const settled = safely(() => settledFor(ctx, signature, args!, defaults), undefined);
    return args && settled ? explainerOf(settled.method).cost(settled, signature) : 0; // else execution refuses it before any work
  });
  return Math.max(0, ...costs);
}

function safely<T, F>(read: () => T, fallback: F): T | F {
  try {
    return read();
  } catch {
    return fallback;
  }
}
