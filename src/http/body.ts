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
  const body = await readBody(req, maxBytes);
  return body instanceof RefusedBody ? body : parseJson(body);
}

/** A request's body as bytes, or 413 when it is larger than `maxBytes` (the rest is read and dropped). */
export async function readBody(req: IncomingMessage, maxBytes: number): Promise<Buffer | RefusedBody> {
  const tooLarge = new RefusedBody(413, `The request body is too large; at most ${maxBytes} bytes are accepted.`);
  if (Number(req.headers['content-length']) > maxBytes) {
    req.resume();
    return tooLarge;
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      if (size > maxBytes) return;
      size += chunk.length;
      if (size > maxBytes) resolve(tooLarge);
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks, size)));
    req.on('error', reject);
  });
}

/** A JSON object or list (as body-parser's strict mode: a request is one or the other), or 400. */
export function parseJson(bytes: Buffer): unknown {
  try {
    const parsed: unknown = JSON.parse(bytes.toString('utf8'));
    if (parsed !== null && typeof parsed === 'object') return parsed;
  } catch {
    // Refused below.
  }
  return new RefusedBody(400, 'The request body is not valid JSON.');
}
