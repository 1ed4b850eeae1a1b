import { randomUUID } from 'node:crypto';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { notify, type GraphEvent } from '../../src/events/events';
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
    notify(gw.gateway.orm.em.fork(), { action: PROBE, actor: `probe ${n}`, at: new Date().toISOString(), ...topic });
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
