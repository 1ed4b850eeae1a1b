import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { clientFacingCodes, ErrorCode } from '../errors';
import type { Logger } from '../telemetry/logger';

/**
 * The one boundary where errors leave the server. Errors raised for the client keep their
 * message and code; anything else (a bug, a database failure) is logged in full and reaches
 * the client as a bare INTERNAL_SERVER_ERROR, with no stack trace, SQL or path.
 */
export function createErrorFormatter(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && clientFacingCodes.has(code)) {
      const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    logger.error({ err: unwrapResolverError(error), path: formatted.path }, 'unexpected error while resolving a request');
    return {
      message: 'Internal server error; the gateway logged the details.',
      path: formatted.path,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    };
  };
}
