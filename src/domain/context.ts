import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Access } from './access';
import type { Identity } from '../authz/identity';
import type { GraphPubSub } from '../events/events';
import type { Logger } from '../telemetry/logger';
import { Loaders } from './loaders';

/**
 * What every resolver and service receives for one call (a GraphQL operation, a v2 request, an
 * upload): who asks, what they may do, and the call's own entity manager, loaders and logger.
 * Named apart from MikroORM's RequestContext, which this is not. Long-lived services are not here:
 * resolvers get them through type-graphql's container (see compose/services.ts).
 */
export class CallContext {
  private entityManager?: EntityManager;
  private batchLoaders?: Loaders;

  constructor(
    /** What this caller may do, under the policy in force when the request arrived; every read and write asks it. */
    private currentAccess: Access,
    private readonly orm: MikroORM,
    readonly logger: Logger,
    /** The client's x-request-id, or one made up; recorded in audit events and the prediction log. */
    readonly requestId: string,
  ) {}

  get access(): Access {
    return this.currentAccess;
  }

  get identity(): Identity {
    return this.currentAccess.identity;
  }

  /** A fork of the ORM's entity manager, private to this request; made when first used, so a prediction pays nothing for it. */
  get em(): EntityManager {
    return (this.entityManager ??= this.orm.em.fork());
  }

  /** Batched loads of related nodes, under this caller's access; made when first used. */
  get loaders(): Loaders {
    return (this.batchLoaders ??= new Loaders(this.em, this.access));
  }

  /** Takes a new access, and forgets what was loaded under the old one. */
  protected renew(access: Access): void {
    this.currentAccess = access;
    this.entityManager = undefined;
    this.batchLoaders = undefined;
  }
}

/** A subscription's context: it lives as long as its connection, and hears the events it subscribes to. */
export class SubscriptionContext extends CallContext {
  constructor(
    access: Access,
    orm: MikroORM,
    logger: Logger,
    requestId: string,
    /** This process's subscribers, fed by the database's notifications. */
    readonly pubSub: GraphPubSub,
    /** The connection's credentials checked again, under the policy in force now. */
    private readonly reauthorize: () => Promise<Access>,
  ) {
    super(access, orm, logger, requestId);
  }

  /**
   * Checks the credentials again and starts a fresh entity manager and loaders; each event calls
   * it, so a revoked key, an expired token or a narrowed policy stops the events.
   */
  async refresh(): Promise<void> {
    this.renew(await this.reauthorize());
  }
}
