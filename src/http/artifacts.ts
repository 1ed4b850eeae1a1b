import express, { type Router } from 'express';
import { accessFor } from '../domain/access';
import type { Authenticate } from './authenticate';
import type { PolicyStore } from '../domain/policies';
import { ErrorCode } from '../errors';
import type { MikroORM } from '@mikro-orm/postgresql';
import { InvalidArtifact, readTar, type ArtifactStore } from '../inference/artifact-store';
import { ownersOf } from '../domain/models/artifact-upload.entity';
import type { Logger } from '../telemetry/logger';
import { sendError } from './errors';

/**
 * POST /artifacts: a TF.js model folder as a tar archive (application/x-tar), size-limited.
 * Answers its digest, to register versions with. Callers need the right to create model versions.
 */
export function artifactRoutes(deps: {
  store: ArtifactStore;
  orm: MikroORM;
  authenticate: Authenticate;
  policies: PolicyStore;
  maxBytes: number;
  /** A trial load before storing; refuses with InvalidArtifact. */
  admit: (files: Map<string, Buffer>) => Promise<void>;
  logger: Logger;
}): Router {
  const router = express.Router();

  router.post(
    '/artifacts',
    express.raw({ type: ['application/x-tar', 'application/octet-stream'], limit: deps.maxBytes }),
    async (req, res, next) => {
      try {
        const access = accessFor(await deps.authenticate(req.headers), deps.policies.current);
        if (!access.can('create', 'ModelVersion')) {
          const denied = access.denied('create', 'model artifacts');
          return sendError(
            res,
            access.identity.kind === 'anonymous' ? 401 : 403,
            denied.extensions.code as ErrorCode,
            denied.message,
          );
        }
        if (!Buffer.isBuffer(req.body) || req.body.length === 0) {
          return sendError(
            res,
            400,
            ErrorCode.BAD_USER_INPUT,
            'Send the model folder as a tar archive with Content-Type: application/x-tar.',
          );
        }
        const info = await deps.store.put(await readTar(req.body, deps.maxBytes), deps.admit);
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
      } catch (error) {
        if (error instanceof InvalidArtifact) return sendError(res, 400, ErrorCode.BAD_USER_INPUT, error.message);
        const code = (error as { extensions?: { code?: string } }).extensions?.code;
        if (code === ErrorCode.UNAVAILABLE)
          return sendError(res.setHeader('retry-after', '2'), 503, code, (error as Error).message);
        if (code === ErrorCode.UNAUTHENTICATED) return sendError(res, 401, code, (error as Error).message);
        next(error);
      }
    },
  );
  return router;
}
