import assert from 'node:assert/strict';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import {
  GraphQLClient as GatewayClient,
  type GraphQLResponse,
  type GraphQLResponseError,
} from '../../src/client/graphql-client';

export type { GraphQLResponse, GraphQLResponseError };

/** The gateway's own client, with what only tests need: raw bodies and assertions. */
export class GraphQLClient extends GatewayClient {
  /** Posts a raw body: for requests a typed client cannot express (e.g. 1e999 in JSON). */
  async send<T = unknown>(body: string): Promise<GraphQLResponse<T>> {
    return this.post<T>(body);
  }

  /** The data of a request that must succeed; a failure shows every error, paths included. */
  override async data<T, V>(document: TypedDocumentNode<T, V>, variables?: V): Promise<T> {
    const response = await this.request(document, variables);
    assert.equal(response.errors, undefined, `unexpected errors: ${JSON.stringify(response.errors)}`);
    return response.data!;
  }

  /** The single error of a request that must fail. */
  async error<T, V>(document: TypedDocumentNode<T, V>, variables?: V): Promise<GraphQLResponseError> {
    const response = await this.request(document, variables);
    assert.ok(response.errors?.length, `expected an error, got ${JSON.stringify(response.data)}`);
    return response.errors[0]!;
  }
}
