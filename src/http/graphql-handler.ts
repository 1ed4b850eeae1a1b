import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
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
