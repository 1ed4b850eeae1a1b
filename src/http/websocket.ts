import type http from 'node:http';
import type { IncomingHttpHeaders } from 'node:http';
import { GraphQLError, type OperationDefinitionNode } from 'graphql';
import { CloseCode } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocket, WebSocketServer } from 'ws';
import type { Access } from '../domain/access';
import type { GraphPubSub } from '../events/events';
import { limitExceeded } from '../errors';
import { asGraphQLError, type GraphQLPipeline } from './graphql-pipeline';

/** The longest delay setTimeout takes (about 24.8 days); a later expiry is waited for in steps. */
const MAX_TIMER_MS = 2 ** 31 - 1;

export interface WebSocketOptions {
  pipeline: GraphQLPipeline;
  /** This process's subscribers, fed by the database's notifications. */
  pubSub: GraphPubSub;
  /** The largest message; ws closes the connection (1009) on a larger one. */
  maxPayload: number;
  /** Subscriptions one connection may hold at once. */
  maxSubscriptions: number;
}

/** An operation of a connection, from its subscribe message to its answer (or its subscription's start). */
interface Operation {
  started: bigint;
  access: Access;
  definition?: OperationDefinitionNode;
  counted: boolean;
}

/** What a connection keeps: its credentials, as headers would carry them, and its operations in flight. */
interface Connection {
  headers: IncomingHttpHeaders;
  address: string | undefined;
  /** Closes the connection when its token expires. */
  expiry?: NodeJS.Timeout;
  operations: Map<string, Operation>;
}

/**
 * GraphQL over graphql-ws at /graphql on `server`: queries, mutations and subscriptions, each taking
 * the pipeline's steps as an HTTP request does. Credentials travel in the connection parameters, as
 * headers would, and are checked again before every operation (a subscription's events check them
 * again too): once they no longer hold (a revoked API key, an expired token) the operation is
 * refused and the connection closed with 4403, as is one whose token expires while it is open.
 */
export function serveGraphQLOverWebSocket(server: http.Server, options: WebSocketOptions) {
  const { pipeline, pubSub } = options;
  const wsServer = new WebSocketServer({ server, path: '/graphql', maxPayload: options.maxPayload });
  /** The connections past their handshake: rechecked when credentials change. */
  const open = new Map<WebSocket, Connection>();

  /** Closes `socket` as Forbidden once what was already sent on it (the refusal) has been written. */
  const forbid = (socket: WebSocket) =>
    setImmediate(() => {
      if (socket.readyState === WebSocket.OPEN) socket.close(CloseCode.Forbidden, 'Forbidden');
    });

  /** Closes the connection when `expiresAt` (ms since the epoch) passes. */
  const closeAtExpiry = (socket: WebSocket, connection: Connection, expiresAt: number | undefined) => {
    if (expiresAt === undefined) return;
    const wait = () => {
      const left = expiresAt - Date.now();
      if (left <= 0) return forbid(socket);
      connection.expiry = setTimeout(wait, Math.min(left, MAX_TIMER_MS));
      connection.expiry.unref();
    };
    wait();
  };

  const graphqlWs = useServer<Record<string, unknown>, { connection?: Connection }>(
    {
      connectionInitWaitTimeout: 3_000,
      onConnect: async ({ connectionParams, extra }) => {
        const params = connectionParams ?? {};
        const header = (name: string) => (typeof params[name] === 'string' ? (params[name] as string) : undefined);
        const connection: Connection = {
          headers: {
            authorization: header('authorization') ?? header('Authorization'),
            'x-api-key': header('x-api-key'),
          },
          address: extra.request.socket.remoteAddress,
          operations: new Map(),
        };
        try {
          // A refused handshake spends its address's anonymous rate, as a refused HTTP request does.
          const identity = await pipeline.identify(connection.headers, connection.address);
          extra.connection = connection;
          open.set(extra.socket, connection);
          closeAtExpiry(extra.socket, connection, identity.expiresAt);
          return true;
        } catch {
          return false; // graphql-ws closes with 4403 Forbidden
        }
      },
      onClose: ({ extra }) => {
        open.delete(extra.socket);
        if (extra.connection?.expiry) clearTimeout(extra.connection.expiry);
      },
      onSubscribe: async ({ extra }, id, payload) => {
        const connection = extra.connection!;
        const started = process.hrtime.bigint();
        let access: Access;
        try {
          access = pipeline.accessOf(await pipeline.identify(connection.headers, connection.address));
        } catch (error) {
          // The credentials no longer hold: this operation is refused, and the connection with it.
          if (error instanceof GraphQLError) forbid(extra.socket);
          return [asGraphQLError(error)];
        }
        try {
          await pipeline.spendRate(access.identity, connection.address);
        } catch (error) {
          return [asGraphQLError(error)];
        }
        const operation: Operation = { started, access, counted: false };
        connection.operations.set(id, operation);
        const reauthorize = async () => {
          try {
            return await pipeline.reauthorize(connection.headers);
          } catch (error) {
            if (error instanceof GraphQLError) forbid(extra.socket);
            throw error;
          }
        };
        const prepared = pipeline.prepare(payload, (definition) =>
          definition.operation === 'subscription'
            ? pipeline.subscriptionContextFor(access, pubSub, reauthorize)
            : pipeline.contextFor(access),
        );
        operation.definition = prepared.operation;
        if ('errors' in prepared) return [...prepared.errors];
        // Queries and mutations answer and go; subscriptions stay, so a connection holds a bounded number (this one counted).
        const held = [...connection.operations.values()].filter(
          ({ definition }) => definition?.operation === 'subscription',
        );
        if (prepared.operation.operation === 'subscription' && held.length > options.maxSubscriptions)
          return [
            limitExceeded(
              `A connection may hold at most ${options.maxSubscriptions} subscriptions; complete one first.`,
            ),
          ];
        return prepared.args;
      },
      onOperation: ({ extra }, id, _payload, _args, result) => {
        // A subscription is counted once it starts; a query or mutation when it answers (onNext).
        const operation = extra.connection?.operations.get(id);
        if (operation && Symbol.asyncIterator in result) {
          operation.counted = true;
          pipeline.record(operation.definition, operation.started);
        }
      },
      // The same error boundary as HTTP: masked, suggestions cut for whom may not introspect.
      onNext: ({ extra }, id, _payload, _args, result) => {
        const operation = extra.connection?.operations.get(id);
        const errors = result.errors && pipeline.formatErrors(result.errors, operation?.access);
        if (operation && !operation.counted) {
          operation.counted = true;
          pipeline.record(operation.definition, operation.started, result.errors, errors);
        }
        return errors ? { ...result, errors } : result;
      },
      onError: ({ extra }, id, _payload, errors) => {
        const operation = extra.connection?.operations.get(id);
        const formatted = pipeline.formatErrors(errors, operation?.access);
        if (operation && !operation.counted)
          pipeline.record(operation.definition, operation.started, errors, formatted);
        extra.connection?.operations.delete(id);
        return formatted;
      },
      onComplete: ({ extra }, id) => {
        extra.connection?.operations.delete(id);
      },
    },
    wsServer,
  );

  return {
    dispose: () => graphqlWs.dispose(),
    /**
     * Checks every open connection's credentials again, closing with 4403 those that no longer hold:
     * called when an API key is revoked (the database's notice), so a revoked key's connection is
     * closed at once, not at its next operation.
     */
    recheckCredentials: async (): Promise<void> => {
      await Promise.all(
        [...open].map(([socket, connection]) =>
          pipeline.reauthorize(connection.headers).catch((error: unknown) => {
            if (error instanceof GraphQLError) forbid(socket);
          }),
        ),
      );
    },
  };
}
