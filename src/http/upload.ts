import type { IncomingMessage } from 'node:http';
import type { Readable } from 'node:stream';
import type express from 'express';
import { ErrorCode } from '../errors';
import { abandonBody, BodyTooLarge, boundedBody } from './body';
import { refusalOf, sendError } from './errors';

type Refusal = NonNullable<ReturnType<typeof refusalOf>>;

/** What an upload route's handler is given besides the request and response. */
export interface Upload {
  /** Answers a refusal without reading the body on (see abandonBody). */
  refuse(status: number, code: string, message: string, details?: Record<string, unknown>): void;
  /**
   * The body, once the headers pass: 400 `wrongType` unless `typeOk` (or when the body is declared
   * empty), 413 past the route's bound; a client that sent `Expect: 100-continue` is asked for it
   * only then. Undefined when refused. The stream it opens refuses (413) once it passes the bound.
   */
  body(typeOk: boolean, wrongType: string): (() => Readable) | undefined;
}

/**
 * The frame both upload routes share (/artifacts, a dataset version's rows): refusals answered
 * without reading the body on, the body asked for only once its headers pass, and what the handler
 * throws mapped to a status: a body past the bound (413), what `known` names, refusals with a code
 * (those `answers` keeps, with what `details` adds), the rest to express's error handler.
 */
export function uploadRoute(
  options: {
    maxBytes: number;
    known?: (error: unknown) => { status: number; code: ErrorCode; message: string } | undefined;
    answers?: (refusal: Refusal) => boolean;
    details?: (error: unknown) => Record<string, unknown>;
  },
  handle: (req: express.Request, res: express.Response, upload: Upload) => Promise<void>,
): express.RequestHandler {
  return async (req, res, next) => {
    let continued = false;
    const refuse = (status: number, code: string, message: string, details: Record<string, unknown> = {}) =>
      abandonBody(req, res, () => sendError(res, status, code as ErrorCode, message, details), continued);
    const body = (typeOk: boolean, wrongType: string) => {
      const declared = req.headers['content-length'];
      if (!typeOk || declared === '0') return void refuse(400, ErrorCode.BAD_USER_INPUT, wrongType);
      if (Number(declared) > options.maxBytes)
        return void refuse(413, ErrorCode.BAD_REQUEST, new BodyTooLarge(options.maxBytes).message);
      if (/100-continue/i.test(req.headers.expect ?? '')) {
        res.writeContinue();
        continued = true;
      }
      return () => boundedBody(req as IncomingMessage, options.maxBytes);
    };
    try {
      await handle(req, res, { refuse, body });
    } catch (error) {
      // A client that went away mid-upload: nothing to answer.
      if (req.socket.destroyed) return void res.destroy();
      if (error instanceof BodyTooLarge) return refuse(413, ErrorCode.BAD_REQUEST, error.message);
      const known = options.known?.(error);
      if (known) return refuse(known.status, known.code, known.message);
      const refusal = refusalOf(error);
      if (refusal && (options.answers?.(refusal) ?? true)) {
        if (refusal.retryAfter !== undefined) res.setHeader('retry-after', String(refusal.retryAfter));
        return refuse(refusal.status, refusal.code, refusal.message, options.details?.(error));
      }
      abandonBody(req, res, () => next(error), continued);
    }
  };
}
