import type { EntityManager } from '@mikro-orm/postgresql';
import type { Tracer } from '@opentelemetry/api';
import type { Identity } from '../authz/identity';
import type { Logger } from '../telemetry/logger';
import { Loaders } from './loaders';

/** What every resolver and service receives: explicit, per request, never global. */
export interface RequestContext {
  identity: Identity;
  /** A fork of the ORM's entity manager, private to this request. */
  em: EntityManager;
  loaders: Loaders;
  logger: Logger;
  tracer: Tracer;
}

export function createRequestContext(deps: { identity: Identity; em: EntityManager; logger: Logger; tracer: Tracer }): RequestContext {
  return { ...deps, loaders: new Loaders(deps.em) };
}
