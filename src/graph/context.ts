import type { EntityManager } from '@mikro-orm/postgresql';
import type { Tracer } from '@opentelemetry/api';
import type { Access } from '../authz/access';
import type { Identity } from '../authz/identity';
import type { Logger } from '../telemetry/logger';
import { Loaders } from './loaders';

/** What every resolver and service receives: explicit, per request, never global. */
export interface RequestContext {
  identity: Identity;
  /** What this caller may do; every read and write asks it. */
  access: Access;
  /** A fork of the ORM's entity manager, private to this request. */
  em: EntityManager;
  loaders: Loaders;
  logger: Logger;
  tracer: Tracer;
}

export function createRequestContext(deps: { access: Access; em: EntityManager; logger: Logger; tracer: Tracer }): RequestContext {
  return { ...deps, identity: deps.access.identity, loaders: new Loaders(deps.em, deps.access) };
}
