import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import {
  GraphQLError,
  Kind,
  Lexer,
  Source,
  TokenKind,
  validate,
  type DocumentNode,
  type FragmentDefinitionNode,
} from 'graphql';
import { forbidden, unauthenticated } from '../../errors';
import type { RequestContext } from '../../domain/context';
import { fieldsNamed } from '../selections';
import { inferenceCost, type InferenceLimits } from './inference-cost';
import { documentShapeOf, inferenceBudget, mayIntrospect, overBudget, type DocumentShape } from '../../domain/limits';

/**
 * graphql-armor's validation rules for the document's shape: depth, aliases, directives and a
 * static cost. Tokens are counted by graphql-js while it parses (see the servers' parse options).
 */
export function documentLimits(limits: DocumentShape) {
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
export function inferenceBudgetPlugin(serving: InferenceLimits): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue: ctx, operation, document, request, schema }) {
          if (!operation || !ctx.access.can('predict', 'Deployment')) return;
          const cost = inferenceCost(ctx, serving, schema, operation, fragmentsOf(document), request.variables ?? {});
          const budget = inferenceBudget(ctx.access.policy.limits, ctx.identity.roles);
          if (cost <= budget) return;
          throw overBudget(cost, budget);
        },
      };
    },
  };
}

/**
 * The schema's details are for the roles policies name: introspection refused to others before it
 * runs (UNAUTHENTICATED without credentials, FORBIDDEN with them), and the "Did you mean …?"
 * suggestions of validation errors cut from their answers.
 */
export function schemaDetailsPlugin(): ApolloServerPlugin<RequestContext> {
  const suggestion = / ?Did you mean .*\?$/;
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue: ctx, operation, document }) {
          if (!operation || mayIntrospect(ctx.access.policy.limits, ctx.identity.roles)) return;
          const fragments = fragmentsOf(document);
          if (
            fieldsNamed(operation.selectionSet, '__schema', fragments).length +
              fieldsNamed(operation.selectionSet, '__type', fragments).length ===
            0
          )
            return;
          const anonymous = ctx.identity.kind === 'anonymous';
          throw anonymous
            ? unauthenticated('Sign in to read the schema through introspection.', { http: { status: 401 } })
            : forbidden('Your roles may not read the schema through introspection.', { http: { status: 403 } });
        },
        async willSendResponse({ contextValue: ctx, response }) {
          if (
            response.body.kind !== 'single' ||
            !response.body.singleResult.errors ||
            (ctx && mayIntrospect(ctx.access.policy.limits, ctx.identity.roles))
          )
            return;
          response.body.singleResult.errors = response.body.singleResult.errors.map((error) => ({
            ...error,
            message: error.message.replace(suggestion, ''),
          }));
        },
      };
    },
  };
}

function fragmentsOf(document: DocumentNode): Record<string, FragmentDefinitionNode> {
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const definition of document.definitions)
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
  return fragments;
}

/**
 * Holds each caller to its roles' document shape. The server parses and validates every request
 * against the widest shape any role may send (`widest`); a caller whose roles allow less is checked
 * again here, against its own, before anything runs.
 */
export function documentShapePlugin(widest: DocumentShape): ApolloServerPlugin<RequestContext> {
  const rules = new Map<string, ReturnType<typeof documentLimits>>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue: ctx, document, request, schema }) {
          const own = documentShapeOf(ctx.access.policy.limits, ctx.identity.roles);
          if ((Object.keys(own) as (keyof DocumentShape)[]).every((key) => own[key] >= widest[key])) return;
          const refuse = (message: string) =>
            new GraphQLError(message, { extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 } } });
          if (request.query !== undefined && tokensOver(request.query, own.maxTokens))
            throw refuse(`The document holds more than the ${own.maxTokens} tokens your roles may send.`);
          const key = JSON.stringify(own);
          if (!rules.has(key)) rules.set(key, documentLimits(own));
          const [error] = validate(schema, document, rules.get(key)!);
          if (error) throw refuse(error.message);
        },
      };
    },
  };
}

/** Whether `query` holds more than `max` lexical tokens; stops counting past it. */
function tokensOver(query: string, max: number): boolean {
  const lexer = new Lexer(new Source(query));
  for (let count = 0; lexer.advance().kind !== TokenKind.EOF;) if (++count > max) return true;
  return false;
}
