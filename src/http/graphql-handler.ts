import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import { ErrorCode } from '../errors';
import type { Logger } from '../telemetry/logger';

/**
 * GraphQL over plain node:http: the body read once and parsed once, then Apollo's own request
 * pipeline. The hot path (every predict) passes through here, so no framework sits in front of it:
 * what express, its router and body-parser added per request was measured as a tenth of the time.
 */
export function graphqlHandler<T extends BaseContext>(apollo: ApolloServer<T>, options: { maxBodyBytes: number; logger: Logger; context: (req: IncomingMessage) => Promise<T> }) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    try {
      const body = await readBody(req, options.maxBodyBytes);
      if (body instanceof RefusedBody) return refuse(res, body.status, body.message);
      const headers = new HeaderMap();
      for (const [key, value] of Object.entries(req.headers)) if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
      const query = req.url!.indexOf('?');
      const response = await apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: req.method!.toUpperCase(), headers, search: query < 0 ? '' : req.url!.slice(query), body },
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
      options.logger.error({ err: error }, 'HTTP request failed');
      if (!res.headersSent) refuse(res, 500, 'Internal server error; the gateway logged the details.', ErrorCode.INTERNAL_SERVER_ERROR);
      else res.destroy();
    }
  };
}

class RefusedBody {
  constructor(
    readonly status: number,
    readonly message: string,
  ) {}
}

/** The JSON body (undefined for a GET or another content type, which Apollo answers itself), or why it is refused. */
async function readBody(req: IncomingMessage, maxBytes: number): Promise<unknown> {
  if (req.method === 'GET' || req.method === 'HEAD' || !/^application\/([\w.-]+\+)?json\b/i.test(req.headers['content-type'] ?? '')) {
    req.resume();
    return undefined;
  }
  const declared = Number(req.headers['content-length']);
  if (declared > maxBytes) {
    req.resume();
    return new RefusedBody(413, 'The request body is too large.');
  }
  const text = await new Promise<string | undefined>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      if (size > maxBytes) return; // refused already; the rest is read and dropped
      size += chunk.length;
      if (size > maxBytes) resolve(undefined);
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks, size).toString('utf8')));
    req.on('error', reject);
  });
  if (text === undefined) return new RefusedBody(413, 'The request body is too large.');
  try {
    const parsed: unknown = JSON.parse(text);
    // As body-parser's strict mode: a GraphQL request is an object (or a batch, a list).
    if (parsed !== null && typeof parsed === 'object') return parsed;
  } catch {
    // Refused below.
  }
  return new RefusedBody(400, 'The request body is not valid JSON.');
}

/** An error before GraphQL runs, in GraphQL's response shape. */
function refuse(res: ServerResponse, status: number, message: string, code: string = 'BAD_REQUEST'): void {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.end(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
}
