import type { EntityManager } from '@mikro-orm/postgresql';
import type { Tracer } from '@opentelemetry/api';
import type { Access } from '../authz/access';
import type { GraphPubSub } from '../events/events';
import type { ArtifactStore } from '../serving/artifact-store';
import type { ModelServer } from '../serving/model-server';
import type { PredictionLog } from '../serving/prediction-log';
import type { TrainingData } from '../serving/training-data';
import type { Identity } from '../authz/identity';
import type { Policy } from '../authz/policy';
import type { Logger } from '../telemetry/logger';
import { Loaders } from './loaders';

/** What every resolver and service receives: explicit, per request, never global. */
export interface RequestContext {
  identity: Identity;
  /** What this caller may do; every read and write asks it. */
  access: Access;
  /** The policies in force when the request arrived (a reload mid-request does not split it). */
  policy: Policy;
  /** A fork of the ORM's entity manager, private to this request. */
  em: EntityManager;
  loaders: Loaders;
  logger: Logger;
  tracer: Tracer;
  /** The client's x-request-id, or one made up; recorded in audit events. */
  requestId: string;
  traceId?: string;
  /** Model artifacts by digest. */
  artifacts: ArtifactStore;
  serving: {
    server: ModelServer;
    maxInstances: number;
    log: PredictionLog;
    /** Model version id → what serving knows of its training data (lineage never changes). */
    trainingData: Map<string, TrainingData>;
  };
  /** This process's subscribers, fed by the database's notifications. */
  pubSub: GraphPubSub;
  /**
   * Subscriptions only: checks the connection's credentials again under the policy in force now,
   * and starts a fresh entity manager and loaders; each event calls it, so a revoked key, an
   * expired token or a narrowed policy stops the events.
   */
  refresh?: () => Promise<void>;
}

export function createRequestContext(deps: Omit<RequestContext, 'identity' | 'loaders'>): RequestContext {
  return { ...deps, identity: deps.access.identity, loaders: new Loaders(deps.em, deps.access) };
}
