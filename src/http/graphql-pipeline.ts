import { randomUUID } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerErrorCode } from '@apollo/server/errors';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import type { MikroORM } from '@mikro-orm/postgresql';
import {
  getOperationAST,
  GraphQLError,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type ExecutionArgs,
  type GraphQLFormattedError,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { anonymous, type Identity } from '../authz/identity';
import { accessFor, type Access } from '../domain/access';
import { CallContext, SubscriptionContext } from '../domain/context';
import type { GraphPubSub } from '../events/events';
import { widestDocumentShape } from '../domain/limits';
import type { PolicyStore } from '../domain/policies';
import { documentLimits, operationChecks, withoutSuggestions, type OperationCheck } from '../graphql/limits/checks';
import type { InferenceLimits } from '../graphql/limits/inference-cost';
import type { Logger } from '../telemetry/logger';
import type { Metrics } from '../telemetry/metrics';
import type { Authenticate } from './authenticate';
import { createErrorFormatter, markRefusedValues } from './errors';
import { operationMeter, type OperationMeter } from './metrics';
import { RateLimits } from './rate-limits';

/** What a caller's x-request-id may be: letters, digits and . _ : - (a UUID, a trace id), 1 to 64 of them. */
const REQUEST_ID = /^[A-Za-z0-9._:-]{1,64}$/;

export interface GraphQLPipelineDeps {
  schema: GraphQLSchema;
  orm: MikroORM;
  logger: Logger;
  authenticate: Authenticate;
  policies: PolicyStore;
  metrics: Metrics;
  /** What the inference budget reads: the deployments in memory, the most instances a request may send. */
  serving: InferenceLimits;
}

/** A GraphQL request as a transport received it. */
export interface GraphQLRequest {
  query: string;
  operationName?: string | null;
  variables?: Record<string, unknown> | null;
}

/** An operation ready to run, or why it may not (with its operation, once it was picked). */
export type Prepared =
  | { args: ExecutionArgs; operation: OperationDefinitionNode }
  | { errors: readonly GraphQLError[]; operation?: OperationDefinitionNode };

/**
 * The one pipeline every GraphQL operation takes, whatever carries it (HTTP through Apollo, WebSocket
 * through graphql-ws), so that no transport can skip a step:
 *
 *   1. `admit`: the credentials verified (a refused one spends its address's anonymous rate, as a
 *      guess costs), then the caller's request rate spent (policies/limits.yaml `rates`);
 *   2. parsed (graphql-js stops past the widest `maxTokens`) and validated against the widest
 *      document shape of all roles;
 *   3. `check`: the checks of src/graphql/limits/checks.ts, declared there once (the caller's own
 *      document shape, introspection, inference budget);
 *   4. run, its errors formatted at one boundary (`formatErrors`: masked, suggestions cut for roles
 *      that may not introspect) and the operation counted in /metrics (`record`).
 *
 * Apollo parses, validates and runs HTTP requests itself and takes steps 3 and 4 from `plugin`;
 * graphql-ws takes steps 2 and 3 from `prepare`, and 4 from `formatErrors` and `record`. HTTP takes
 * step 1 from `admit`; graphql-ws from its two halves, `identify` and `spendRate`, since a refused
 * credential also closes the connection.
 */
export class GraphQLPipeline {
  readonly apollo: ApolloServer<CallContext>;
  private readonly rateLimits = new RateLimits();
  private readonly maxTokens: number;
  private readonly validationRules: ReturnType<typeof documentLimits>;
  private readonly check: OperationCheck;
  private readonly formatError: ReturnType<typeof createErrorFormatter>;
  private readonly meter: OperationMeter;

  constructor(private readonly deps: GraphQLPipelineDeps) {
    // The widest document shape of all roles (policies/limits.yaml), read once: every operation is
    // parsed and validated against it; narrower roles are checked again by `check`.
    const widest = widestDocumentShape(deps.policies.current.limits);
    this.maxTokens = widest.maxTokens;
    this.validationRules = documentLimits(widest);
    this.check = operationChecks(widest, deps.serving);
    this.formatError = createErrorFormatter(deps.logger);
    this.meter = operationMeter(deps.metrics);
    this.apollo = new ApolloServer<CallContext>({
      schema: deps.schema,
      parseOptions: { maxTokens: this.maxTokens },
      validationRules: this.validationRules,
      formatError: this.formatError,
      includeStacktraceInErrorResponses: false,
      // Apollo refuses a GET or form POST a browser could send from another site without a
      // preflight, unless one of these headers is set. Credentials ride in headers here, never in
      // cookies, and a browser sends no Authorization or x-api-key cross-site without a preflight
      // (which this gateway never allows): a request that carries them is not such a request.
      csrfPrevention: {
        requestHeaders: ['x-apollo-operation-name', 'apollo-require-preflight', 'authorization', 'x-api-key'],
      },
      // The CLI owns shutdown (HTTP, then database, then telemetry); Apollo must not race it.
      stopOnTerminationSignals: false,
      plugins: [
        // No HTTP caching of GraphQL answers here; its plugin would otherwise visit every field of every request.
        ApolloServerPluginCacheControlDisabled(),
        this.plugin(),
        // No landing page: the one Apollo serves by default loads its sandbox from a third party's CDN.
        ApolloServerPluginLandingPageDisabled(),
      ],
    });
  }

  start(): Promise<void> {
    return this.apollo.start();
  }

  stop(): Promise<void> {
    return this.apollo.stop();
  }

  /** Step 1 whole: who asks, with its request rate spent. */
  async admit(headers: IncomingHttpHeaders, address: string | undefined): Promise<Identity> {
    const identity = await this.identify(headers, address);
    await this.spendRate(identity, address);
    return identity;
  }

  /**
   * The identity of `headers`' credentials. A refused credential spends its address's anonymous
   * rate before its refusal is thrown (RATE_LIMITED once that rate is spent): guessing keys, over
   * any transport, costs like any anonymous request.
   */
  async identify(headers: IncomingHttpHeaders, address: string | undefined): Promise<Identity> {
    try {
      return await this.deps.authenticate(headers);
    } catch (refusal) {
      await this.rateLimits.take(this.deps.policies.current.limits, anonymous, address);
      throw refusal;
    }
  }

  /** Spends one request of the caller's rate; RATE_LIMITED past it. */
  spendRate(identity: Identity, address: string | undefined): Promise<void> {
    return this.rateLimits.take(this.deps.policies.current.limits, identity, address);
  }

  /** The credentials checked again, for a long-lived context (a subscription's), under the policy in force now. */
  async reauthorize(headers: IncomingHttpHeaders): Promise<Access> {
    return this.accessOf(await this.deps.authenticate(headers));
  }

  accessOf(identity: Identity): Access {
    return accessFor(identity, this.deps.policies.current);
  }

  /**
   * A request's context: the client's x-request-id when it is a plain token (it lands in logs and the
   * audit trail, so nothing a reader could be fooled by), else one made up.
   */
  contextFor(identity: Identity | Access, headers: IncomingHttpHeaders = {}): CallContext {
    const given = headers['x-request-id'];
    const requestId = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    const access = 'policy' in identity ? identity : this.accessOf(identity);
    return new CallContext(access, this.deps.orm, this.deps.logger.child({ requestId }), requestId);
  }

  /** A subscription's context: it lives as long as its connection, and checks its credentials again before each event. */
  subscriptionContextFor(access: Access, pubSub: GraphPubSub, reauthorize: () => Promise<Access>): SubscriptionContext {
    const requestId = randomUUID();
    const logger = this.deps.logger.child({ requestId });
    return new SubscriptionContext(access, this.deps.orm, logger, requestId, pubSub, reauthorize);
  }

  /**
   * Steps 2 and 3 for a transport that has no GraphQL server of its own (graphql-ws): `request`
   * parsed, validated, its operation picked, given the context `contextFor` makes for it, and
   * checked. Returns what to execute, or the refusal.
   */
  prepare(request: GraphQLRequest, contextFor: (operation: OperationDefinitionNode) => CallContext): Prepared {
    let document: DocumentNode;
    try {
      document = parse(request.query, { maxTokens: this.maxTokens });
    } catch (error) {
      return { errors: [withCode(error, ApolloServerErrorCode.GRAPHQL_PARSE_FAILED)] };
    }
    const { schema } = this.deps;
    const invalid = validate(schema, document, [...specifiedRules, ...this.validationRules]);
    if (invalid.length > 0) {
      markRefusedValues(schema, document, invalid);
      return { errors: invalid.map((error) => withCode(error, ApolloServerErrorCode.GRAPHQL_VALIDATION_FAILED)) };
    }
    const operation = getOperationAST(document, request.operationName) ?? undefined;
    if (!operation) {
      const message = request.operationName
        ? `Unknown operation named "${request.operationName}".`
        : 'Must provide operation name if query contains multiple operations.';
      return {
        errors: [
          new GraphQLError(message, { extensions: { code: ApolloServerErrorCode.OPERATION_RESOLUTION_FAILURE } }),
        ],
      };
    }
    const variables = request.variables ?? {};
    const ctx = contextFor(operation);
    try {
      this.check({ ctx, schema, document, operation, variables, source: request.query });
    } catch (refusal) {
      return { errors: [asGraphQLError(refusal)], operation };
    }
    return {
      args: {
        schema,
        document,
        operationName: request.operationName,
        variableValues: variables,
        contextValue: ctx,
      },
      operation,
    };
  }

  /**
   * Step 4's boundary for a transport without Apollo: errors as Apollo would answer them (a code
   * on each, `extensions.http` kept for HTTP's status line only), masked by the one formatter, with
   * suggestions cut for callers who may not introspect (`access` undefined: refused before it was known).
   */
  formatErrors(errors: readonly GraphQLError[], access: Access | undefined): GraphQLFormattedError[] {
    const formatted = errors.map((error) => {
      const { http: _http, ...extensions } = error.extensions ?? {};
      const code = extensions.code ?? ApolloServerErrorCode.INTERNAL_SERVER_ERROR;
      return this.formatError({ ...error.toJSON(), extensions: { ...extensions, code } }, error);
    });
    return withoutSuggestions(access, formatted);
  }

  /** Counts and times one answered operation: `OK`, or the first error's code (as raised, else as formatted). */
  record(
    operation: OperationDefinitionNode | undefined,
    started: bigint,
    errors?: readonly { extensions?: Record<string, unknown> }[],
    formatted?: readonly GraphQLFormattedError[],
  ): void {
    const code = errors?.[0]?.extensions?.code ?? formatted?.[0]?.extensions?.code ?? 'OK';
    this.meter.record(operation, String(code), started);
  }

  /** Steps 3 and 4 inside Apollo's own request pipeline (HTTP). */
  private plugin(): ApolloServerPlugin<CallContext> {
    return {
      requestDidStart: async () => {
        const started = process.hrtime.bigint();
        return {
          validationDidStart:
            async ({ schema, document }) =>
            async (errors) => {
              if (errors?.length)
                markRefusedValues(
                  schema,
                  document,
                  errors.filter((error) => error instanceof GraphQLError),
                );
            },
          didResolveOperation: async ({ contextValue: ctx, schema, document, operation, request }) => {
            this.check({ ctx, schema, document, operation, variables: request.variables ?? {}, source: request.query });
          },
          willSendResponse: async ({ contextValue: ctx, operation, response, errors }) => {
            const body = response.body.kind === 'single' ? response.body.singleResult : undefined;
            if (body?.errors) body.errors = withoutSuggestions(ctx?.access, body.errors);
            this.record(operation, started, errors, body?.errors);
          },
        };
      },
    };
  }
}

export function asGraphQLError(error: unknown): GraphQLError {
  if (error instanceof GraphQLError) return error;
  const cause = error instanceof Error ? error : new Error(String(error));
  return new GraphQLError(cause.message, { originalError: cause });
}

/** A parse or validation error with the code Apollo gives it, so that it reads the same over every transport. */
function withCode(error: unknown, code: ApolloServerErrorCode): GraphQLError {
  const cause = asGraphQLError(error);
  return new GraphQLError(cause.message, {
    nodes: cause.nodes,
    source: cause.source,
    positions: cause.positions,
    path: cause.path,
    originalError: cause.originalError ?? undefined,
    extensions: { ...cause.extensions, code },
  });
}
