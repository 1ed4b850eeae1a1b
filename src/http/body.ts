import type { IncomingMessage } from 'node:http';

/** Why a request body was not taken, and the HTTP status that says so. */
export class RefusedBody {
  constructor(
    readonly status: number,
    readonly message: string,
  ) {}
}

/**
 * A request's JSON body, read once and parsed once (undefined for a GET, or another content type
 * when `jsonTypeOnly`), or why it is refused: too large (413) or not a JSON object or list (400).
 */
export async function readJsonBody(req: IncomingMessage, maxBytes: number, jsonTypeOnly = true): Promise<unknown> {
  const json = /^application\/([\w.-]+\+)?json\b/i.test(req.headers['content-type'] ?? '');
  if (req.method === 'GET' || req.method === 'HEAD' || (jsonTypeOnly && !json)) {
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
