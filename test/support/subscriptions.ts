import { randomUUID } from 'node:crypto';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { CHANNEL, type GraphEvent } from '../../src/events/events';
import { parseGlobalId } from '../../src/domain/relay/global-id';
import { BOUND_MS, eventually } from './eventually';
import type { TestGateway } from './gateway';

/** A graphql-ws client of `url`, credentials in the connection parameters. */
export function subscriber(url: string, authorization?: string): Client {
  return createClient({
    url: url.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    connectionParams: authorization ? { authorization } : {},
    retryAttempts: 0,
    lazy: true,
  });
}

/** The action of probe events: `collect` never counts them. */
const PROBE = 'subscriptionProbe';

/**
 * Raises probe event number `n` on a subscription's topic the way a mutation raises an event: a
 * notification through the database, which every gateway on it relays to its subscribers (and
 * takes as a change of its kind, as after any mutation: it reads its routing table again).
 */
export type Probe = (n: number) => Promise<void>;

function probeOn(gw: TestGateway, topic: Pick<GraphEvent, 'kind' | 'state'> & Partial<GraphEvent>): Probe {
  return (n) =>
    // As another gateway's notification would come: no origin of this one's.
    gw.gateway.orm.em
      .fork()
      .execute('select pg_notify(?, ?)', [
        CHANNEL,
        JSON.stringify({ action: PROBE, actor: `probe ${n}`, at: new Date().toISOString(), ...topic }),
      ])
      .then(() => undefined);
}

/** Probes on the events of a model's versions (of a version that does not exist: `modelVersion` is null). */
export const modelProbe = (gw: TestGateway, modelId: string): Probe =>
  probeOn(gw, {
    kind: 'modelVersion',
    modelId: parseGlobalId(modelId)!.id,
    modelVersionId: randomUUID(),
    state: 'DRAFT',
  });

/** Probes on the events of a deployment (with an id that does not exist: `deployment` is null). */
export const deploymentProbe = (gw: TestGateway, name: string): Probe =>
  probeOn(gw, { kind: 'deployment', deploymentName: name, deploymentId: randomUUID(), state: 'ACTIVE' });

/**
 * Subscribes and collects results until `count` arrive; `done` resolves with them or rejects on an
 * error. Before raising the events it waits for, a test awaits `subscribed(probe)`.
 */
export function collect<T, V>(client: Client, document: TypedDocumentNode<T, V>, variables: V, count: number) {
  const received: T[] = [];
  /** The number of the latest probe event that arrived. */
  let heard = 0;
  let ended = false;
  const done = new Promise<T[]>((resolve, reject) => {
    const unsubscribe = client.subscribe<T>(
      { query: print(document), variables: variables as Record<string, unknown> },
      {
        next: (result) => {
          if (result.errors) return reject(new Error(JSON.stringify(result.errors)));
          const [event] = Object.values(result.data as object) as { action?: string; actor?: string }[];
          if (event?.action === PROBE) return void (heard = Math.max(heard, Number(event.actor!.split(' ')[1])));
          received.push(result.data as T);
          if (received.length === count) {
            unsubscribe();
            resolve(received);
          }
        },
        error: (error) => {
          const closed = error as { code?: number; reason?: string };
          reject(
            error instanceof Error
              ? error
              : new Error(closed.code ? `closed ${closed.code} ${closed.reason}` : JSON.stringify(error)),
          );
        },
        complete: () => resolve(received),
      },
    );
  });
  // An error may arrive before the caller awaits `done`; it is reported there, not as unhandled.
  void done.then(
    () => (ended = true),
    () => (ended = true),
  );

  /**
   * Resolves once the server relays the topic's events to this subscription. graphql-ws acknowledges
   * the connection, not the subscription (the server subscribes once its authorisation query has
   * returned), so this raises numbered probe events until one arrives, then waits for the last one
   * raised: a gateway relays a topic's events in order, so the probes that arrive are exactly those
   * raised after it subscribed, and once the last has come none is still on its way to `done`.
   */
  async function subscribed(probe: Probe): Promise<void> {
    let raised = 0;
    await eventually(async () => {
      if (heard === 0 && !ended) await probe(++raised);
      return ended || heard === raised;
    }, Boolean);
    if (heard > 0 && heard === raised) return;
    await done; // rejects with the subscription's error, if it failed
    throw new Error(`the subscription ${ended ? 'completed' : `heard none of ${raised} probes in ${BOUND_MS} ms`}`);
  }

  return { subscribed, done };
}

/** A result of one operation over a socket, or the close that cut it off (`closed`, its code). */
export interface SocketResult<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
  closed?: number;
}

/**
 * One graphql-ws connection driven message by message, so that a test knows every operation rides
 * the same connection (a graphql-ws client may open another). `localAddress` picks the loopback
 * address it comes from (127.0.0.2, …): callers without credentials are rated per address.
 */
export class GraphQLSocket {
  /** Resolves when the connection closes, with the server's code and reason. */
  readonly closed: Promise<{ code: number; reason: string }>;
  /** Resolves true once the server acknowledges the connection, false if it closes it first. */
  readonly acknowledged: Promise<boolean>;
  private readonly socket: WebSocket;
  private readonly pending = new Map<string, (result: SocketResult<unknown>) => void>();
  private closeCode?: number;
  private nextId = 0;

  constructor(url: string, connectionParams: Record<string, string> = {}, localAddress?: string) {
    this.socket = new WebSocket(url.replace(/^http/, 'ws'), 'graphql-transport-ws', { localAddress });
    this.socket.on('open', () =>
      this.socket.send(JSON.stringify({ type: 'connection_init', payload: connectionParams })),
    );
    this.closed = new Promise((resolve) =>
      this.socket.on('close', (code, reason) => {
        this.closeCode = code;
        for (const answer of this.pending.values()) answer({ closed: code });
        this.pending.clear();
        resolve({ code, reason: String(reason) });
      }),
    );
    this.acknowledged = new Promise((resolve) => {
      this.socket.on('message', (data) => {
        const message = JSON.parse(String(data)) as { type: string; id?: string; payload?: unknown };
        if (message.type === 'connection_ack') return resolve(true);
        const answer = message.id === undefined ? undefined : this.pending.get(message.id);
        if (!answer) return;
        if (message.type === 'next') answer(message.payload as SocketResult<unknown>);
        else if (message.type === 'error') answer({ errors: message.payload as SocketResult<unknown>['errors'] });
        else if (message.type === 'complete') answer({});
        this.pending.delete(message.id!);
      });
      void this.closed.then(() => resolve(false));
    });
  }

  /** Sends one operation on this connection and resolves with its first answer, or the close that cut it off. */
  request<T = unknown>(query: string, variables?: Record<string, unknown>): Promise<SocketResult<T>> {
    if (this.closeCode !== undefined) return Promise.resolve({ closed: this.closeCode });
    const id = String(++this.nextId);
    const answered = new Promise<SocketResult<T>>((resolve) =>
      this.pending.set(id, resolve as (result: SocketResult<unknown>) => void),
    );
    this.socket.send(JSON.stringify({ id, type: 'subscribe', payload: { query, variables } }));
    return answered;
  }

  close(): Promise<unknown> {
    this.socket.close();
    return this.closed;
  }
}
