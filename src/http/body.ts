import type { IncomingMessage, ServerResponse } from 'node:http';
import { Transform, type Readable } from 'node:stream';

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

/** A streamed body that went past its bound (413). */
export class BodyTooLarge extends Error {
  constructor(readonly maxBytes: number) {
    super(`The request body is too large; at most ${maxBytes} bytes are accepted.`);
  }
}

/**
 * A request's body as a stream, for a reader that takes it as it comes (never whole in memory):
 * it fails with BodyTooLarge once more than `maxBytes` have come, and with the request's own error
 * when the client goes away.
 */
export function boundedBody(req: IncomingMessage, maxBytes: number): Readable {
  let size = 0;
  const bounded = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      size += chunk.length;
      done(size > maxBytes ? new BodyTooLarge(maxBytes) : null, chunk);
    },
  });
  req.once('error', (error) => bounded.destroy(error));
  return req.pipe(bounded);
}

/** Of a body left unread, what is read and dropped after the answer, at most, so the client can read it before the connection is cut. */
const LINGER_BYTES = 1024 * 1024;
const LINGER_MS = 2_000;

/**
 * After answering a request whose body was not (all) read, a refusal before or while reading it:
 * the rest is neither kept nor read to its end. The answer goes out first; then at most
 * LINGER_BYTES more are read and dropped, for at most LINGER_MS, so that a client still sending
 * reads its answer rather than a reset; then the connection is closed, and its upload stops. A
 * body that ends within that leaves the connection open for the next request. A client that sent
 * `Expect: 100-continue` and was not `continued` (sent 100 Continue) was never asked for the body:
 * its connection is closed after the answer.
 */
export function abandonBody(req: IncomingMessage, res: ServerResponse, answer: () => void, continued = false): void {
  if (req.readableEnded || req.complete) return answer();
  if (!continued && /100-continue/i.test(req.headers.expect ?? '')) {
    res.setHeader('connection', 'close');
    return answer();
  }
  answer();
  let dropped = 0;
  const cut = () => req.socket.destroy();
  const timer = setTimeout(cut, LINGER_MS).unref();
  req.unpipe();
  req.on('data', (chunk: Buffer) => {
    dropped += chunk.length;
    if (dropped > LINGER_BYTES) cut();
  });
  // A body that ends in time leaves its connection to the next request.
  req.once('end', () => clearTimeout(timer));
  req.resume();
}
