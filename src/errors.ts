import { GraphQLError } from 'graphql';
import { InferenceError } from './inference/errors';

/** The error codes a client can meet; the one place they are defined. */
export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  UNAVAILABLE = 'UNAVAILABLE',
  /** The request is well formed, but what it acts on lacks what it needs (a logged prediction kept only as a digest). */
  FAILED_PRECONDITION = 'FAILED_PRECONDITION',
  /** The request asks for more than policies/limits.yaml lets one request do. */
  LIMIT_EXCEEDED = 'LIMIT_EXCEEDED',
  /** The caller made more requests than its rate allows (HTTP 429, Retry-After). */
  RATE_LIMITED = 'RATE_LIMITED',
  /** The HTTP request itself could not be read: its body, content type or size. */
  BAD_REQUEST = 'BAD_REQUEST',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

/** Codes whose messages were written for the client and may pass the masking boundary. */
export const clientFacingCodes = new Set<string>([
  ErrorCode.BAD_USER_INPUT,
  ErrorCode.UNAUTHENTICATED,
  ErrorCode.FORBIDDEN,
  ErrorCode.NOT_FOUND,
  ErrorCode.CONFLICT,
  ErrorCode.UNAVAILABLE,
  ErrorCode.FAILED_PRECONDITION,
  ErrorCode.LIMIT_EXCEEDED,
  ErrorCode.RATE_LIMITED,
  // graphql-js and Apollo's own parse/validation errors are about the request, never the server.
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  ErrorCode.BAD_REQUEST,
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/** An error for the client: its message is written for a person to act on; `extensions` may add an HTTP status or details. */
function clientError(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { ...extensions, code } });
}

/** Bad input; `field` names the argument path the client must fix. */
export function badInput(field: string, message: string): GraphQLError {
  return clientError(ErrorCode.BAD_USER_INPUT, `${field}: ${message}`, { field });
}

/** NOT_FOUND: "No model with name "x"." */
export function notFound(what: string, key: string, by = 'id'): GraphQLError {
  return clientError(ErrorCode.NOT_FOUND, `No ${what} with ${by} "${key}".`);
}

export function conflict(message: string, field?: string): GraphQLError;
export function conflict(message: string, details: Record<string, unknown>): GraphQLError;
export function conflict(message: string, detail?: string | Record<string, unknown>): GraphQLError {
  return clientError(ErrorCode.CONFLICT, message, typeof detail === 'string' ? { field: detail } : detail);
}

export function unavailable(message: string): GraphQLError {
  return clientError(ErrorCode.UNAVAILABLE, message);
}

/** UNAUTHENTICATED: no credentials, or credentials that do not hold. A refusal of the whole request adds its HTTP status. */
export function unauthenticated(message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return clientError(ErrorCode.UNAUTHENTICATED, message, extensions);
}

/** FORBIDDEN for a caller who is signed in but may not do this; the message says what would be allowed. */
export function forbidden(message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return clientError(ErrorCode.FORBIDDEN, message, extensions);
}

export function failedPrecondition(message: string): GraphQLError {
  return clientError(ErrorCode.FAILED_PRECONDITION, message);
}

/** LIMIT_EXCEEDED (HTTP 400 when it refuses the whole request): more than policies/limits.yaml lets one request do. */
export function limitExceeded(message: string, details: Record<string, unknown> = {}): GraphQLError {
  return clientError(ErrorCode.LIMIT_EXCEEDED, message, { ...details, http: { status: 400 } });
}

/**
 * LIMIT_EXCEEDED with HTTP 413: the answer would be larger than one response may be
 * (MODELGATE_MAX_RESPONSE_BYTES), so it is refused before it is written.
 */
export function responseTooLarge(message: string, details: Record<string, unknown> = {}): GraphQLError {
  return clientError(ErrorCode.LIMIT_EXCEEDED, message, { ...details, http: { status: 413 } });
}

/** RATE_LIMITED (HTTP 429, Retry-After): the caller's rate is spent for now. */
export function rateLimited(message: string, retryAfterSeconds: number): GraphQLError {
  return clientError(ErrorCode.RATE_LIMITED, message, {
    retryAfter: retryAfterSeconds,
    http: { status: 429, headers: new Map([['retry-after', String(retryAfterSeconds)]]) },
  });
}

/** A refusal written for the client (a GraphQL error, or what inference refused): its message may pass as it is. */
export function isRefusal(error: unknown): error is GraphQLError | InferenceError {
  return error instanceof GraphQLError || error instanceof InferenceError;
}

/** The code of a refusal (GraphQL's extensions.code, or inference's), else undefined: an unexpected error. */
export function codeOf(error: unknown): string | undefined {
  return isRefusal(error) && error.extensions.code !== undefined ? String(error.extensions.code) : undefined;
}
