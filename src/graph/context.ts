import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Tracer } from '@opentelemetry/api';
import type { Access } from '../authz/access';
import type { Change, GraphPubSub } from '../events/events';
import type { ArtifactStore } from '../serving/artifact-store';
import type { DriftMonitor } from '../serving/drift';
import type { ModelServer } from '../serving/model-server';
import type { PredictionLog } from '../serving/prediction-log';
import type { RoutingTable } from '../serving/routing-table';
import type { Metrics } from '../telemetry/metrics';
import type { TrainingDataCache } from '../serving/training-data';
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
  /** A fork of the ORM's entity manager, private to this request; made when first used. */
  em: EntityManager;
  loaders: Loaders;
  logger: Logger;
  tracer: Tracer;
  /** The client's x-request-id, or one made up; recorded in audit events. */
  requestId: string;
  traceId?: string;
  /** Model artifacts by digest. */
  artifacts: ArtifactStore;
  /** The key the audit chain's seals are made with (kept outside the database). */
  auditKey: string;
  serving: {
    server: ModelServer;
    maxInstances: number;
    log: PredictionLog;
    /** What serving knows of each model version's training data (lineage never changes). */
    trainingData: TrainingDataCache;
    /** Deployments, routes and versions in memory: predict sends no SQL. */
    routing: RoutingTable;
    metrics: Metrics;
    /** Drift of live traffic, per deployment and version. */
    drift: DriftMonitor;
  };
  /** Tells this process's caches of a change the request committed, before it answers. */
  changed(change: Change): Promise<void>;
  /** This process's subscribers, fed by the database's notifications. */
  pubSub: GraphPubSub;
  /**
   * Subscriptions only: checks the connection's credentials again under the policy in force now,
   * and starts a fresh entity manager and loaders; each event calls it, so a revoked key, an
   * expired token or a narrowed policy stops the events.
   */
  refresh?: () => Promise<void>;
}

/**
 * The request's context. Its entity manager and loaders are made on first use: a request that
 * never touches the database (a prediction, `{ __typename }`) pays nothing for them.
 */
export function createRequestContext(
  deps: Omit<RequestContext, 'identity' | 'loaders' | 'em'> & { orm: MikroORM },
): RequestContext {
  const { orm, ...rest } = deps;
  let em: EntityManager | undefined;
  let loaders: Loaders | undefined;
  return {
    ...rest,
    identity: deps.access.identity,
    get em() {
      return (em ??= orm.em.fork());
    },
    set em(value) {
      em = value;
    },
    get loaders() {
      return (loaders ??= new Loaders(this.em, this.access));
    },
    set loaders(value) {
      loaders = value;
    },
  };
}
