import { unwrapResolverError } from '@apollo/server/errors';
import type { ServerResponse } from 'node:http';
import type express from 'express';
import {
  validate,
  ValuesOfCorrectTypeRule,
  type DocumentNode,
  type GraphQLError,
  type GraphQLFormattedError,
  type GraphQLSchema,
} from 'graphql';
import { isDatabaseUnreachable } from '../db/unreachable';
import { limitRefusal } from '../graphql/limits/checks';
import { clientFacingCodes, codeOf, ErrorCode, isRefusal } from '../errors';
import type { Logger } from '../telemetry/logger';

/**
 * The one boundary where errors leave the server. Errors raised for the client keep their
 * message and code; anything else (a bug, a database failure) is logged in full and reaches
 * the client as a bare INTERNAL_SERVER_ERROR, with no stack trace, SQL or path.
 */
export function createErrorFormatter(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    // Apollo raises this one without a code: a client's persisted-query hash that is not its query's.
    if (formatted.message === 'provided sha does not match query') {
      return {
        message: "The persisted query's sha256Hash is not the SHA-256 of its query; send the query's own hash.",
        extensions: { code: ErrorCode.BAD_REQUEST },
      };
    }
    const refusedValue = formatted.extensions?.[REFUSED_VALUE] === true;
    const code = refusedValue ? ErrorCode.BAD_USER_INPUT : formatted.extensions?.code;
    if (typeof code === 'string' && clientFacingCodes.has(code)) {
      const { stacktrace: _stacktrace, [REFUSED_VALUE]: _refused, ...extensions } = formatted.extensions ?? {};
      // graphql-js words its token limit as a syntax error, from inside the parser: reworded here.
      const message = (code === 'GRAPHQL_PARSE_FAILED' && limitRefusal(formatted.message)) || formatted.message;
      return { ...formatted, message: cutQuotes(message), extensions: { ...extensions, code } };
    }
    const cause = unwrapResolverError(error);
    if (isDatabaseUnreachable(cause)) {
      logger.warn({ err: cause, path: formatted.path }, 'the database is unreachable');
      return {
        message: 'The database is unreachable; predictions of loaded deployments still answer. Retry shortly.',
        path: formatted.path,
        extensions: { code: ErrorCode.UNAVAILABLE },
      };
    }
    logger.error({ err: cause, path: formatted.path }, 'unexpected error while resolving a request');
    return {
      message: 'Internal server error; the gateway logged the details.',
      path: formatted.path,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    };
  };
}

/** Marks a validation error as an argument value written into the document that its type refuses. */
const REFUSED_VALUE = 'refusedValue';

/**
 * A bad argument value is bad input whether it came as a variable (BAD_USER_INPUT from graphql-js)
 * or was written into the document (a validation error): clients meet one code for one mistake.
 * When a document fails validation, this finds which of its errors graphql-js's
 * ValuesOfCorrectTypeRule raised, by running that rule alone, and marks them for the formatter.
 */
export function markRefusedValues(
  schema: GraphQLSchema,
  document: DocumentNode,
  errors: readonly GraphQLError[],
): void {
  if (errors.length === 0) return;
  const key = (error: GraphQLError) => `${error.message}@${JSON.stringify(error.locations)}`;
  const refused = new Set(validate(schema, document, [ValuesOfCorrectTypeRule]).map(key));
  for (const error of errors) if (refused.has(key(error))) error.extensions[REFUSED_VALUE] = true;
}

/** Values a message quotes ("…") are cut to 120 characters (ids and names fit), and the message to 1,000 characters: an error never echoes a huge input back. */
function cutQuotes(message: string): string {
  const cut = message.replace(/"([^"]{120})[^"]{4,}"/g, '"$1…"');
  return cut.length > 1000 ? `${cut.slice(0, 1000)}…` : cut;
}

/**
 * An error outside GraphQL's execution (a body it cannot read, an upload), in GraphQL's response
 * shape; `details` join its code in `extensions` (say, the row and column of a refused value).
 */
export function sendError(
  res: ServerResponse,
  status: number,
  code: ErrorCode,
  message: string,
  details: Record<string, unknown> = {},
): void {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.end(JSON.stringify({ errors: [{ message, extensions: { ...details, code } }] }));
}

/** The HTTP status of each refusal's code, for routes that answer outside GraphQL (the v2 protocol, uploads). */
const statusOf: Record<string, number> = {
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.CONFLICT]: 409,
  [ErrorCode.UNAVAILABLE]: 503,
  [ErrorCode.LIMIT_EXCEEDED]: 400,
  [ErrorCode.RATE_LIMITED]: 429,
};

/**
 * A refusal as an HTTP route answers it: its code, message, status (its own, e.g. 413 for an
 * answer too large, else its code's) and when to come back (overload, outages and rates); undefined
 * for an unexpected error, which the route logs and masks.
 */
export function refusalOf(
  error: unknown,
): { code: string; message: string; status: number; retryAfter?: number } | undefined {
  const code = codeOf(error);
  if (!isRefusal(error) || code === undefined) return undefined;
  const extensions = error.extensions as { http?: { status?: number }; retryAfter?: number };
  const status = extensions.http?.status ?? statusOf[code];
  if (status === undefined) return undefined;
  const retryAfter = status === 429 ? (extensions.retryAfter ?? 1) : status === 503 ? 1 : undefined;
  return { code, message: error.message, status, retryAfter };
}

/** The last handler of the express routes: their errors answer in GraphQL's shape, the unexpected ones masked and logged. */
export function routeErrors(logger: Logger): express.ErrorRequestHandler {
  return (error: { status?: number }, _req, res, _next) => {
    const status = error.status ?? 500;
    if (status >= 500) logger.error({ err: error }, 'HTTP request failed');
    const message =
      status >= 500 ? 'Internal server error; the gateway logged the details.' : 'The request could not be read.';
    sendError(res, status, status >= 500 ? ErrorCode.INTERNAL_SERVER_ERROR : ErrorCode.BAD_REQUEST, message);
  };
}
