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
  type GraphQLSchema,
  type OperationDefinitionNode,
  type ValidationContext,
} from 'graphql';
import { forbidden, unauthenticated } from '../../errors';
import type { CallContext } from '../../domain/context';
import type { Access } from '../../domain/access';
import { fieldsNamed } from '../selections';
import { inferenceCost, type InferenceLimits } from './inference-cost';
import { documentShapeOf, inferenceBudget, mayIntrospect, overBudget, type DocumentShape } from '../../domain/limits';

/**
 * An operation parsed and validated against the widest document shape, its caller known, about to
 * run: what every transport hands to the checks, whatever carries it (HTTP, WebSocket).
 */
export interface OperationToCheck {
  ctx: CallContext;
  schema: GraphQLSchema;
  document: DocumentNode;
  /** The operation the document's name picks; undefined when none is (execution then refuses it). */
  operation: OperationDefinitionNode | undefined;
  variables: Record<string, unknown>;
  /** The document's text, for counting its tokens; absent for a document that came parsed. */
  source: string | undefined;
}

/** A check an operation must pass before it runs; it throws the refusal. */
export type OperationCheck = (operation: OperationToCheck) => void;

/**
 * Every check an operation passes once parsed and validated and before it runs, in order: the
 * caller's own document shape, the schema's details, the inference budget. Transports run this one
 * list (see src/http/graphql-pipeline.ts); none declares its own.
 */
export function operationChecks(widest: DocumentShape, serving: InferenceLimits): OperationCheck {
  const checks = [documentShapeCheck(widest), introspectionCheck, inferenceBudgetCheck(serving)];
  return (operation) => {
    for (const check of checks) check(operation);
  };
}

/**
 * graphql-armor's validation rules for the document's shape: depth, aliases, directives and a
 * static cost. Tokens are counted by graphql-js while it parses (see the pipeline's parse options).
 */
export function documentLimits(limits: DocumentShape) {
  // Each refusal reported in our own words (see limitRefusal), not graphql-armor's.
  const refusal = { propagateOnRejection: false, onReject: [reportLimitRefusal] };
  const armor = new ApolloArmor({
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: false },
    maxDepth: { n: limits.maxDepth, ...refusal },
    maxAliases: { n: limits.maxAliases, ...refusal },
    maxDirectives: { n: limits.maxDirectives, ...refusal },
    costLimit: { maxCost: limits.maxCost, ...refusal },
  });
  return armor.protect().validationRules;
}

/** graphql-armor's refusals, "Syntax Error: Aliases limit of 32 exceeded, found 40.", and graphql-js's of tokens. */
const ARMOR_REFUSAL =
  /^Syntax Error: (Aliases|Query depth|Directives|Query Cost) limit of ([\d.]+) exceeded, found ([\d.]+)\.$/;
// graphql-js 16 writes "more that".
const TOKENS_REFUSAL = /^Syntax Error: Document contains more th(?:an|at) (\d+) tokens\. Parsing aborted\.$/;

/**
 * A document limit's refusal as it reads to a client: what was over which limit, by how much. Not a
 * syntax error, as graphql-armor and graphql-js call them: the document is well formed, only too
 * large. Undefined for any other message.
 */
export function limitRefusal(message: string): string | undefined {
  const tokens = TOKENS_REFUSAL.exec(message);
  if (tokens) return `Too many tokens: the document holds more than ${tokens[1]}, at most ${tokens[1]} allowed.`;
  const armor = ARMOR_REFUSAL.exec(message);
  if (!armor) return undefined;
  const [, limit] = armor;
  // graphql-armor's cost has fractions (nested fields weigh more); a person reads whole numbers.
  const [max, found] = [armor[2], armor[3]].map((n) => Math.ceil(Number(n)).toLocaleString('en'));
  switch (limit) {
    case 'Aliases':
      return `Too many aliases: ${found}, at most ${max} allowed.`;
    case 'Directives':
      return `Too many directives: ${found}, at most ${max} allowed.`;
    case 'Query depth':
      return `Selections nested too deep: ${found} levels, at most ${max} allowed.`;
    default:
      return `The document costs too much: ${found}, at most ${max} allowed (each object field costs 2, each scalar 1, nested ones more; ask for fewer fields or pages).`;
  }
}

/** graphql-armor's rejection callback: the refusal reported as a validation error, in our words. */
function reportLimitRefusal(context: ValidationContext | null, error: GraphQLError): void {
  const refusal = new GraphQLError(limitRefusal(error.message) ?? error.message.replace(/^Syntax Error: /, ''));
  if (!context) throw refusal;
  context.reportError(refusal);
}

/**
 * Holds each caller to its roles' document shape. Every operation is parsed and validated against
 * the widest shape any role may send (`widest`); a caller whose roles allow less is checked again
 * here, against its own, before anything runs.
 */
export function documentShapeCheck(widest: DocumentShape): OperationCheck {
  const rules = new Map<string, ReturnType<typeof documentLimits>>();
  return ({ ctx, document, schema, source }) => {
    const own = documentShapeOf(ctx.access.policy.limits, ctx.identity.roles);
    if ((Object.keys(own) as (keyof DocumentShape)[]).every((key) => own[key] >= widest[key])) return;
    const refuse = (message: string) =>
      new GraphQLError(message, { extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 } } });
    if (source !== undefined && tokensOver(source, own.maxTokens))
      throw refuse(`The document holds more than the ${own.maxTokens} tokens your roles may send.`);
    const key = JSON.stringify(own);
    if (!rules.has(key)) rules.set(key, documentLimits(own));
    const [error] = validate(schema, document, rules.get(key)!);
    if (error) throw refuse(error.message);
  };
}

/**
 * The schema's details are for the roles policies name: introspection is refused to others before
 * it runs (UNAUTHENTICATED without credentials, FORBIDDEN with them). See also withoutSuggestions.
 */
export const introspectionCheck: OperationCheck = ({ ctx, operation, document }) => {
  if (!operation || mayIntrospect(ctx.access.policy.limits, ctx.identity.roles)) return;
  const fragments = fragmentsOf(document);
  if (
    fieldsNamed(operation.selectionSet, '__schema', fragments).length +
      fieldsNamed(operation.selectionSet, '__type', fragments).length ===
    0
  )
    return;
  throw ctx.identity.kind === 'anonymous'
    ? unauthenticated('Sign in to read the schema through introspection.', { http: { status: 401 } })
    : forbidden('Your roles may not read the schema through introspection.', { http: { status: 403 } });
};

/**
 * Refuses an operation whose inference work is over the caller's budget (policies/limits.yaml)
 * before any of it runs, naming the cost and the budget. Callers who may not predict at all are
 * left to the resolvers, which refuse them as such.
 */
export function inferenceBudgetCheck(serving: InferenceLimits): OperationCheck {
  return ({ ctx, operation, document, schema, variables }) => {
    if (!operation || !ctx.access.can('predict', 'Deployment')) return;
    const cost = inferenceCost(ctx, serving, schema, operation, fragmentsOf(document), variables);
    const budget = inferenceBudget(ctx.access.policy.limits, ctx.identity.roles);
    if (cost > budget) throw overBudget(cost, budget);
  };
}

const suggestion = / ?Did you mean .*\?$/;

/**
 * Errors as a caller may read them: the "Did you mean …?" suggestions of validation (and variable)
 * errors cut for roles that may not introspect, since they spell out the schema. Without a caller
 * (`access` undefined: its credentials were refused) they are cut too.
 */
export function withoutSuggestions<E extends { message: string }>(
  access: Access | undefined,
  errors: readonly E[],
): E[] {
  if (access && mayIntrospect(access.policy.limits, access.identity.roles)) return [...errors];
  return errors.map((error) => ({ ...error, message: error.message.replace(suggestion, '') }));
}

function fragmentsOf(document: DocumentNode): Record<string, FragmentDefinitionNode> {
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const definition of document.definitions)
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
  return fragments;
}

/** Whether `query` holds more than `max` lexical tokens; stops counting past it. */
function tokensOver(query: string, max: number): boolean {
  const lexer = new Lexer(new Source(query));
  for (let count = 0; lexer.advance().kind !== TokenKind.EOF;) if (++count > max) return true;
  return false;
}
