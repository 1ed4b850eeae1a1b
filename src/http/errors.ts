import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { isDatabaseUnreachable } from '../db/unreachable';
import { clientFacingCodes, ErrorCode } from '../errors';
import type { Logger } from '../telemetry/logger';

/**
 * The one boundary where errors leave the server. Errors raised for the client keep their
 * message and code; anything else (a bug, a database failure) is logged in full and reaches
 * the client as a bare INTERNAL_SERVER_ERROR, with no stack trace, SQL or path.
 */
export function createErrorFormatter(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = isRefusedLiteral(formatted) ? ErrorCode.BAD_USER_INPUT : formatted.extensions?.code;
    if (typeof code === 'string' && clientFacingCodes.has(code)) {
      const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions: { ...extensions, code } };
    }
    const cause = unwrapResolverError(error);
    if (isDatabaseUnreachable(cause)) {
      logger.warn({ err: cause, path: formatted.path }, 'the database is unreachable');
      return { message: 'The database is unreachable; predictions of loaded deployments still answer. Retry shortly.', path: formatted.path, extensions: { code: ErrorCode.UNAVAILABLE } };
    }
    logger.error({ err: cause, path: formatted.path }, 'unexpected error while resolving a request');
    return {
      message: 'Internal server error; the gateway logged the details.',
      path: formatted.path,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    };
  };
}

/** graphql-js's ValuesOfCorrectTypeRule: an argument value written into the document that its type refuses. */
const refusedLiteral = /^(Value .* does not exist in ".*" enum|\w+ cannot represent|Expected value of type|Field ".*" of required type .* was not provided|Field ".*" is not defined by type)/;

/**
 * A bad argument value is bad input whether it came as a variable (BAD_USER_INPUT from graphql-js)
 * or was written into the document (a validation error): clients meet one code for one mistake.
 */
function isRefusedLiteral(formatted: GraphQLFormattedError): boolean {
  return formatted.extensions?.code === 'GRAPHQL_VALIDATION_FAILED' && refusedLiteral.test(formatted.message);
}

