import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import { ApolloServerErrorCode } from '@apollo/server/errors';
import { ErrorCode } from '../errors';
import { sendError } from './errors';
import { readJsonBody, RefusedBody } from './body';
import type { Logger } from '../telemetry/logger';

/**
 * GraphQL over plain node:http: the body read once and parsed once, then Apollo's own request
 * pipeline. The hot path (every predict) passes through here, so no framework sits in front of it:
 * what express, its router and body-parser added per request was measured as a tenth of the time.
 */
export function graphqlHandler<T extends BaseContext>(
  apollo: ApolloServer<T>,
  options: { maxBodyBytes: number; logger: Logger; context: (req: IncomingMessage) => Promise<T> },
) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    try {
      const body = await readJsonBody(req, options.maxBodyBytes);
      if (body instanceof RefusedBody) return sendError(res, body.status, ErrorCode.BAD_REQUEST, body.message);
      const headers = new HeaderMap();
      for (const [key, value] of Object.entries(req.headers))
        if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
      const query = req.url!.indexOf('?');
      const response = await apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: {
          method: req.method!.toUpperCase(),
          headers,
          search: query < 0 ? '' : req.url!.slice(query),
          body,
        },
        context: () => options.context(req),
      });
      for (const [key, value] of response.headers) res.setHeader(key, value);
      res.statusCode = response.status ?? 200;
      if (response.body.kind === 'complete') {
        if (res.statusCode === 400 && answeredAsJson(response.headers.get('content-type'), response.body.string))
          res.statusCode = 200;
        res.end(response.body.string);
        return;
      }
      for await (const chunk of response.body.asyncIterator) res.write(chunk);
      res.end();
    } catch (error) {
      // A client that went away mid-request: nothing to answer.
      if (req.destroyed || (error as NodeJS.ErrnoException).code === 'ECONNRESET') return void res.destroy();
      options.logger.error({ err: error }, 'HTTP request failed');
      if (!res.headersSent)
        sendError(res, 500, ErrorCode.INTERNAL_SERVER_ERROR, 'Internal server error; the gateway logged the details.');
      else res.destroy();
    }
  };
}

/**
 * The codes of a well-formed request that GraphQL itself refuses before running it: its document does
 * not parse or validate (document limits included), its variables do not coerce, or it names no
 * operation of the document.
 */
const REQUEST_ERRORS = new Set([
  ApolloServerErrorCode.GRAPHQL_PARSE_FAILED,
  ApolloServerErrorCode.GRAPHQL_VALIDATION_FAILED,
  ApolloServerErrorCode.BAD_USER_INPUT,
  ApolloServerErrorCode.OPERATION_RESOLUTION_FAILURE,
]);

/**
 * Whether Apollo's 400 is a request error answered as `application/json`, which the GraphQL over
 * HTTP spec has answered 200 (clients of that type read errors from the body, and some take any
 * other status for a failed transport); `application/graphql-response+json` keeps the 4xx. A
 * malformed HTTP request (BAD_REQUEST) and refusals with statuses of their own (401, 403, 429, 413,
 * and LIMIT_EXCEEDED's 400: over a policy's budget) keep theirs. Only a 400's body is read: the
 * hot path never parses its answer.
 */
function answeredAsJson(contentType: string | undefined, body: string): boolean {
  if (!/^application\/json\b/i.test(contentType ?? '')) return false;
  const { errors, data } = JSON.parse(body) as { errors?: { extensions?: { code?: unknown } }[]; data?: unknown };
  return (
    data === undefined &&
    !!errors?.length &&
    errors.every((error) => REQUEST_ERRORS.has(error.extensions?.code as ApolloServerErrorCode))
  );
}
