import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, Kind, type FragmentDefinitionNode } from 'graphql';
import { ErrorCode } from '../errors';
import type { RequestContext } from '../graph/context';
import { inferenceCost } from './inference-cost';
import { inferenceBudget, type RequestLimits } from './limits';

/**
 * graphql-armor's validation rules for the document's shape: depth, aliases, directives and a
 * static cost. Tokens are counted by graphql-js while it parses (see the servers' parse options).
 */
export function documentLimits(limits: RequestLimits['request']) {
  const armor = new ApolloArmor({
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: false },
    maxDepth: { n: limits.maxDepth },
    maxAliases: { n: limits.maxAliases },
    maxDirectives: { n: limits.maxDirectives },
    costLimit: { maxCost: limits.maxCost },
  });
  return armor.protect().validationRules;
}

/**
 * Refuses an operation whose inference work is over the caller's budget (policies/limits.yaml)
 * before any of it runs, naming the cost and the budget. Callers who may not predict at all are
 * left to the resolvers, which refuse them as such.
 */
export function inferenceBudgetPlugin(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue: ctx, operation, document, request, schema }) {
          if (!operation || !ctx.access.can('predict', 'Deployment')) return;
          const fragments: Record<string, FragmentDefinitionNode> = {};
          for (const definition of document.definitions) if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
          const cost = inferenceCost(ctx, schema, operation, fragments, request.variables ?? {});
          const budget = inferenceBudget(ctx.policy.limits, ctx.identity.roles);
          if (cost <= budget) return;
          throw new GraphQLError(
            `This request asks for ${cost.toLocaleString('en')} instance-evaluations of inference (predict fields × instances × explanation work); ` +
              `your roles allow ${budget.toLocaleString('en')} a request. Send fewer instances, aliases, steps or samples, or split the request.`,
            { extensions: { code: ErrorCode.LIMIT_EXCEEDED, cost, budget, http: { status: 400 } } },
          );
        },
      };
    },
  };
}
