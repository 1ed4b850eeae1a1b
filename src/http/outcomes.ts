import type { IncomingMessage } from 'node:http';
import { setImmediate } from 'node:timers/promises';
import express, { type Router } from 'express';
import type { Identity } from '../authz/identity';
import { accessFor, type Access } from '../domain/access';
import type { CallContext } from '../domain/context';
import type { OutcomeInput, OutcomeService } from '../domain/outcomes/outcome.service';
import type { PolicyStore } from '../domain/policies';
import { badInput } from '../errors';
import { uploadRoute } from './upload';

const OUTCOMES_PATH = /^\/deployments\/[^/?]+\/outcomes(\?|$)/;
const SEND_LINES =
  'Send JSON Lines (Content-Type: application/x-ndjson or application/jsonl) in UTF-8: one {"predictionId", "label" or "value", "correction"?} object per line.';

/** Is this request a bulk report of outcomes? The server leaves its `Expect: 100-continue` to the route. */
export function isOutcomeUpload(req: IncomingMessage): boolean {
  return req.method === 'POST' && OUTCOMES_PATH.test(req.url ?? '');
}

const line = (index: number) => `line ${index + 1}`;

/**
 * POST /deployments/{name}/outcomes: outcomes in bulk, one JSON object a line, recorded as one
 * report (OutcomeService: all or nothing, idempotent). Answers `{ recorded, unchanged, corrected }`.
 * Credentials, rate, the deployment and the right to report on it (predict) are checked from the
 * headers, before the body is read; the body is bounded by `maxBytes` (413). Refusals name the line.
 */
export function outcomeRoutes(deps: {
  outcomes: OutcomeService;
  policies: PolicyStore;
  identify: (headers: IncomingMessage['headers'], address: string | undefined) => Promise<Identity>;
  contextFor: (access: Access, headers: IncomingMessage['headers']) => CallContext;
  /** The deployment, if the caller may report on it; throws NOT_FOUND or FORBIDDEN. */
  check: (ctx: CallContext, deployment: string) => void;
  maxBytes: number;
}): Router {
  const router = express.Router();
  router.post(
    '/deployments/:name/outcomes',
    uploadRoute({ maxBytes: deps.maxBytes }, async (req, res, upload) => {
      const identity = await deps.identify(req.headers, req.socket.remoteAddress);
      const ctx = deps.contextFor(accessFor(identity, deps.policies.current), req.headers);
      const name = String(req.params.name);
      deps.check(ctx, name);
      const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
      const body = upload.body(type === 'application/x-ndjson' || type === 'application/jsonl', SEND_LINES);
      if (!body) return;
      const chunks: Buffer[] = [];
      for await (const chunk of body()) chunks.push(chunk as Buffer);
      const { outcomes, lines } = await parseLines(Buffer.concat(chunks).toString('utf8'));
      res.status(200).json(await deps.outcomes.record(ctx, name, outcomes, 'body', (index) => line(lines[index]!)));
    }),
  );
  return router;
}

/** Lines parsed between two turns of the event loop: a large body must not hold up predictions. */
const LINES_A_TURN = 5_000;

/** One outcome a non-empty line, and the line each came from; a line that is no JSON object is refused, named. */
async function parseLines(text: string): Promise<{ outcomes: OutcomeInput[]; lines: number[] }> {
  const outcomes: OutcomeInput[] = [];
  const lines: number[] = [];
  let start = 0;
  for (let index = 0; start < text.length; index += 1) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const content = text.slice(start, end).trim();
    start = end + 1;
    if (content === '') continue;
    let outcome: unknown;
    try {
      outcome = JSON.parse(content);
    } catch {
      throw badInput(line(index), 'is not JSON.');
    }
    if (outcome === null || typeof outcome !== 'object' || Array.isArray(outcome))
      throw badInput(line(index), 'must be a JSON object.');
    outcomes.push(outcome as OutcomeInput);
    lines.push(index);
    if (index % LINES_A_TURN === LINES_A_TURN - 1) await setImmediate();
  }
  return { outcomes, lines };
}
