import type { IncomingMessage } from 'node:http';
import express, { type Router } from 'express';
import { GraphQLError } from 'graphql';
import type { Identity } from '../authz/identity';
import { accessFor, type Access } from '../domain/access';
import type { CallContext } from '../domain/context';
import type { PolicyStore } from '../domain/policies';
import type { RowsFormat } from '../domain/quality/evaluation-set-parse';
import type { EvaluationSetService } from '../domain/quality/evaluation-set.service';
import type { Logger } from '../telemetry/logger';
import { uploadRoute } from './upload';

const ROWS_PATH = /^\/datasets\/versions\/[^/?]+\/rows(\?|$)/;
const SEND_ROWS =
  'Send the rows as CSV with a header row (Content-Type: text/csv) or as JSON Lines, one object per line (Content-Type: application/x-ndjson or application/jsonl), in UTF-8.';

/** Is this request an upload of a dataset version's rows? The server leaves its `Expect: 100-continue` to the route. */
export function isEvaluationSetUpload(req: IncomingMessage): boolean {
  return req.method === 'PUT' && ROWS_PATH.test(req.url ?? '');
}

/** The rows' format from the content type (UTF-8 only), or undefined for one not taken. */
function formatOf(contentType: string | undefined): RowsFormat | undefined {
  const [type = '', ...parameters] = (contentType ?? '').split(';').map((part) => part.trim().toLowerCase());
  const charset = parameters.find((parameter) => parameter.startsWith('charset='))?.slice('charset='.length);
  if (charset !== undefined && !['utf-8', 'utf8', '"utf-8"', 'us-ascii'].includes(charset)) return undefined;
  if (type === 'text/csv') return 'csv';
  if (type === 'application/x-ndjson' || type === 'application/jsonl') return 'jsonl';
  return undefined;
}

/** What a refusal says besides its message (the row and column of a bad value, the digests of a mismatch). */
function detailsOf(error: unknown): Record<string, unknown> {
  if (!(error instanceof GraphQLError)) return {};
  const { code: _code, http: _http, ...details } = error.extensions;
  return details;
}

/**
 * PUT /datasets/versions/{id}/rows: a dataset version's rows, as CSV or JSON Lines, kept as its
 * evaluation set (see EvaluationSetService). Answers `{ datasetVersionId, rows, sha256 }`: 201 the
 * first time, 200 when the same rows were already held.
 *
 * Everything that can be refused from the headers is refused before the body is read: the
 * credentials (401), the caller's rate (429, as for GraphQL), a version it may not read (404, as
 * one that does not exist), the right to create versions of its dataset (403), a version without a
 * label or with more rows than a set may hold (400), the content type (400) and a declared length
 * past the limit (413); a client that asked `Expect: 100-continue` is told to send the body only
 * then. The body streams to a temporary file as it is hashed, and is refused (413) once it passes
 * `maxBytes`; a refused body is not read on (see abandonBody).
 */
export function evaluationSetRoutes(deps: {
  evaluationSets: EvaluationSetService;
  policies: PolicyStore;
  /** The caller of `headers`, its rate spent as for GraphQL requests (GraphQLPipeline.admit); throws a refusal. */
  identify: (headers: IncomingMessage['headers'], address: string | undefined) => Promise<Identity>;
  /** The request's context under `access` (GraphQLPipeline.contextFor). */
  contextFor: (access: Access, headers: IncomingMessage['headers']) => CallContext;
  maxBytes: number;
  logger: Logger;
}): Router {
  const router = express.Router();

  router.put(
    '/datasets/versions/:id/rows',
    uploadRoute(
      // Credentials, rates, access, the version's own refusals, the digest (409) and the rows (400).
      { maxBytes: deps.maxBytes, details: detailsOf },
      async (req, res, upload) => {
        const identity = await deps.identify(req.headers, req.socket.remoteAddress);
        const access = accessFor(identity, deps.policies.current);
        if (identity.kind === 'anonymous' && !access.can('create', 'DatasetVersion')) {
          const denied = access.denied('create', 'evaluation rows');
          return upload.refuse(401, String(denied.extensions.code), denied.message);
        }
        const ctx = deps.contextFor(access, req.headers);
        const version = await deps.evaluationSets.target(ctx, String(req.params.id));
        const format = formatOf(req.headers['content-type']);
        const body = upload.body(format !== undefined, SEND_ROWS);
        if (!body || !format) return;
        const stored = await deps.evaluationSets.upload(ctx, version, body, format);
        if (stored.created)
          deps.logger.info(
            { datasetVersion: stored.datasetVersionId, rows: stored.rows, actor: identity.subject },
            'evaluation rows stored',
          );
        const { datasetVersionId, rows, sha256 } = stored;
        res.status(stored.created ? 201 : 200).json({ datasetVersionId, rows, sha256 });
      },
    ),
  );
  return router;
}
