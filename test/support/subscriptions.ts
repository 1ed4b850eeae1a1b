import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

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

/** Subscribes and collects results until `count` arrive; resolves with them or rejects on an error. */
export function collect<T, V>(client: Client, document: TypedDocumentNode<T, V>, variables: V, count: number) {
  const received: T[] = [];
  let ready!: () => void;
  const subscribed = new Promise<void>((resolve) => (ready = resolve));
  const done = new Promise<T[]>((resolve, reject) => {
    const unsubscribe = client.subscribe<T>(
      { query: print(document), variables: variables as Record<string, unknown> },
      {
        next: (result) => {
          if (result.errors) return reject(new Error(JSON.stringify(result.errors)));
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
  // graphql-ws acknowledges the connection, not the subscription: the server registers it once
  // its authorisation query returns. Callers wait on `subscribed`, a margin after the ack.
  client.on('connected', () => setTimeout(ready, 500));
  // An error may arrive before the caller awaits `done`; it is reported there, not as unhandled.
  done.catch(() => undefined);
  return { subscribed, done };
}
