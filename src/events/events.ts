import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { createPubSub, type PubSub } from '@graphql-yoga/subscription';
import { setMaxListeners } from 'node:events';
import { Client } from 'pg';
import type { Logger } from '../telemetry/logger';

/** The PostgreSQL channel every gateway process listens on. */
/** The PostgreSQL channel every gateway sharing the database listens on. */
export const CHANNEL = 'modelgate_events';

/** What happened, as carried between processes. */
export interface GraphEvent {
  kind: 'modelVersion' | 'deployment' | 'apiKey';
  /** The mutation that caused it, e.g. approveModelVersion. */
  action: string;
  actor: string;
  at: string;
  /** Database ids and names the subscriptions filter on and load by. */
  modelId?: string;
  modelVersionId?: string;
  deploymentName?: string;
  deploymentId?: string;
  state?: string;
  /** A drift alert: the version and its features at or above the alert threshold. */
  drift?: { version: number; features: { feature: string; psi: number }[] };
  /** A live quality alert: the check a version failed (see outcomes/quality-watch.ts). */
  quality?: { version: number; check: string; metric: string; value: number; bound: number; labelled: number };
}

/** What changed, as caches of the database care: they read the kind again. */
export type Change = GraphEvent['kind'] | 'reconnected';
export type ChangeListener = (change: Change) => void | Promise<void>;

export type GraphPubSub = PubSub<Record<string, [GraphEvent]>>;

export const topics = {
  model: (modelId: string) => `model:${modelId}`,
  deployment: (name: string) => `deployment:${name}`,
};

/**
 * An EventTarget without Node's leak warning at 11 listeners of one event: every subscriber to a
 * deployment's events listens to its topic, and connections bound how many there are.
 */
function unboundedTarget(): EventTarget {
  const target = new EventTarget();
  setMaxListeners(0, target);
  return target;
}

/**
 * Relays the database's notifications to this process's subscribers, so an event raised by
 * any gateway sharing the database reaches every one of them. Reconnects when the line drops.
 */
export class EventRelay {
  readonly pubSub: GraphPubSub = createPubSub({ eventTarget: unboundedTarget() });
  private client?: Client;
  private closed = false;
  private retry?: NodeJS.Timeout;
  private retries = 0;
  private readonly listeners: ChangeListener[] = [];
  /** Marks this process's notifications: their changes were already taken in (see `changed`), not again when they come back. */
  private readonly origin = randomUUID();

  constructor(
    private readonly databaseUrl: string,
    private readonly logger: Logger,
  ) {}

  /**
   * Calls `listener` with the kind of every change, and with 'reconnected' when the line came
   * back: changes may have been missed meanwhile, so what is cached must be read again.
   */
  onChange(listener: ChangeListener): void {
    this.listeners.push(listener);
  }

  /**
   * Tells this process's caches of a change it made itself, once committed, so that its next
   * request sees it; the database's notice of the same change arrives later (and is harmless).
   */
  async changed(change: Change): Promise<void> {
    await Promise.all(
      this.listeners.map(async (listener) => {
        try {
          await listener(change);
        } catch (error) {
          this.logger.warn({ err: error, change }, 'a cache could not take in a change');
        }
      }),
    );
  }

  /**
   * Queues an event in the caller's transaction: PostgreSQL delivers a NOTIFY only when the
   * transaction commits, so subscribers never hear of a change that rolled back. The caller tells
   * this process's caches itself, once committed (`changed`).
   */
  async notify(em: EntityManager, event: GraphEvent): Promise<void> {
    await em.execute('select pg_notify(?, ?)', [CHANNEL, JSON.stringify({ ...event, origin: this.origin })]);
  }

  async start(): Promise<void> {
    const client = new Client({ connectionString: this.databaseUrl });
    client.on('notification', (message) => this.relay(message.payload));
    client.on('error', (error) => {
      this.logger.warn({ err: error }, 'event listener lost its database connection; reconnecting');
      this.scheduleReconnect();
    });
    await client.connect();
    await client.query(`LISTEN ${CHANNEL}`);
    this.client = client;
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.retry);
    await this.client?.end().catch(() => undefined);
  }

  private relay(payload: string | undefined): void {
    if (!payload) return;
    const { origin, ...event } = JSON.parse(payload) as GraphEvent & { origin?: string };
    // Another gateway's change; this one's own were taken in when they committed.
    if (origin !== this.origin) void this.changed(event.kind);
    if (event.modelId) this.pubSub.publish(topics.model(event.modelId), event);
    if (event.deploymentName) this.pubSub.publish(topics.deployment(event.deploymentName), event);
  }

  private scheduleReconnect(): void {
    if (this.closed) return;
    const dropped = this.client;
    this.client = undefined;
    void dropped?.end().catch(() => undefined);
    clearTimeout(this.retry);
    this.retry = setTimeout(() => {
      this.start().then(
        () => {
          this.logger.info('event listener reconnected; caches read the database again');
          this.retries = 0;
          return this.changed('reconnected');
        },
        (error: unknown) => {
          // Said once per outage, not every second.
          if (this.retries++ === 0)
            this.logger.warn({ err: error }, 'event listener could not reconnect; retrying every second');
          this.scheduleReconnect();
        },
      );
    }, 1000);
  }
}
