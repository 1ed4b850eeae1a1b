import type { IncomingMessage } from 'node:http';
import express, { type Router } from 'express';
import { accessFor } from '../domain/access';
import type { PolicyStore } from '../domain/policies';
import { ErrorCode } from '../errors';
import type { MikroORM } from '@mikro-orm/postgresql';
import { InvalidArtifact, readTar, type ArtifactStore } from '../inference/artifact-store';
import { ownersOf } from '../domain/models/artifact-upload.entity';
import type { Identity } from '../authz/identity';
import type { Logger } from '../telemetry/logger';
import { uploadRoute } from './upload';

const ARCHIVE_TYPE = /^application\/(x-tar|octet-stream)\s*(;|$)/i;
const SEND_A_TAR = 'Send the model folder as a tar archive with Content-Type: application/x-tar.';

/** Is this request an upload to /artifacts? The server leaves its `Expect: 100-continue` to the route. */
export function isArtifactUpload(req: IncomingMessage): boolean {
  return req.method === 'POST' && (req.url === '/artifacts' || req.url?.startsWith('/artifacts?') === true);
}

/**
 * POST /artifacts: a TF.js model folder as a tar archive (application/x-tar), size-limited.
 * Answers its digest, to register versions with. Callers need the right to create model versions.
 *
 * Everything that can be refused from the headers is refused before the body is read: the
 * credentials (401), the caller's rate (429, as for GraphQL), the right (403), the content type
 * (400) and a declared length past the limit (413); a client that asked `Expect: 100-continue` is
 * told to send the body only then. The body is read as it streams, into the tar reader, and
 * refused (413) once it passes `maxBytes`; a refused body is not read on (see abandonBody).
 */
export function artifactRoutes(deps: {
  store: ArtifactStore;
  orm: MikroORM;
  policies: PolicyStore;
  /** The caller of `headers`, its rate spent as for GraphQL requests (GraphQLPipeline.admit); throws a refusal. */
  identify: (headers: IncomingMessage['headers'], address: string | undefined) => Promise<Identity>;
  maxBytes: number;
  /** A trial load before storing; refuses with InvalidArtifact. */
  admit: (files: Map<string, Buffer>) => Promise<void>;
  logger: Logger;
}): Router {
  const router = express.Router();

  router.post(
    '/artifacts',
    uploadRoute(
      {
        maxBytes: deps.maxBytes,
        known: (error) =>
          error instanceof InvalidArtifact
            ? { status: 400, code: ErrorCode.BAD_USER_INPUT, message: error.message }
            : undefined,
        // Credentials, rates and a busy admission: the refusals that can come after the headers passed.
        answers: (refusal) => [401, 429, 503].includes(refusal.status),
      },
      async (req, res, upload) => {
        const identity = await deps.identify(req.headers, req.socket.remoteAddress);
        const access = accessFor(identity, deps.policies.current);
        if (!access.can('create', 'ModelVersion')) {
          const denied = access.denied('create', 'model artifacts');
          return upload.refuse(
            identity.kind === 'anonymous' ? 401 : 403,
            String(denied.extensions.code),
            denied.message,
          );
        }
        const body = upload.body(ARCHIVE_TYPE.test(req.headers['content-type'] ?? ''), SEND_A_TAR);
        if (!body) return;
        const files = await readTar(body(), deps.maxBytes);
        if (files.size === 0) return upload.refuse(400, ErrorCode.BAD_USER_INPUT, SEND_A_TAR);
        const info = await deps.store.put(files, deps.admit);
        // The uploader and its teams may register versions on it; a digest alone is no claim.
        const connection = deps.orm.em.getConnection();
        for (const owner of ownersOf(access.identity)) {
          await connection.execute(
            'insert into artifact_upload (id, sha256, owner, created_at) values (gen_random_uuid(), ?, ?, now()) on conflict (sha256, owner) do nothing',
            [info.sha256, owner],
          );
        }
        deps.logger.info({ artifact: info.sha256, actor: access.identity.subject }, 'artifact stored');
        res.status(201).json(info);
      },
    ),
  );
  return router;
}
