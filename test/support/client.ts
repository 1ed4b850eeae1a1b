import assert from 'node:assert/strict';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';

export interface GraphQLResponseError {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; field?: string; [key: string]: unknown };
}

export interface GraphQLResponse<T> {
  status: number;
  data?: T | null;
  errors?: GraphQLResponseError[];
}

/** Sends real HTTP requests to a running gateway, with the typed documents from codegen. */
export class GraphQLClient {
  constructor(
    readonly url: string,
    private readonly headers: Record<string, string> = {},
  ) {}

  async request<T, V>(document: TypedDocumentNode<T, V>, variables?: V): Promise<GraphQLResponse<T>> {
    return this.send(JSON.stringify({ query: print(document), variables }));
  }

  /** Posts a raw body: for requests a typed client cannot express (e.g. 1e999 in JSON). */
  async send<T = unknown>(body: string): Promise<GraphQLResponse<T>> {
    const response = await fetch(this.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...this.headers },
      body,
    });
    const json = (await response.json()) as GraphQLResponse<T>;
    return { ...json, status: response.status };
  }

  /** The data of a request that must succeed. */
  async data<T, V>(document: TypedDocumentNode<T, V>, variables?: V): Promise<T> {
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
