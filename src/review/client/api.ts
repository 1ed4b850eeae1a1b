import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';

const TOKEN_KEY = 'modelgate.review.token';

/** The pasted credential, kept for this browser tab only (sessionStorage), never in a cookie. */
export const session = {
  get token(): string | null {
    return sessionStorage.getItem(TOKEN_KEY);
  },
  signIn(token: string): void {
    sessionStorage.setItem(TOKEN_KEY, token.trim());
  },
  signOut(): void {
    sessionStorage.removeItem(TOKEN_KEY);
  },
};

/** A refusal from the gateway: its message, written for people, and its extensions.code. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
}

/** A JWT (three dot-separated parts) travels as a bearer token; anything else is an API key. */
function credentials(token: string | null): Record<string, string> {
  if (!token) return {};
  return /^[\w-]+\.[\w-]+\.[\w-]+$/.test(token) ? { authorization: `Bearer ${token}` } : { 'x-api-key': token };
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** Sends a typed document (schema/operations/review.graphql) to this gateway's /graphql; the first error is thrown. */
export async function request<TResult, TVariables>(
  document: DocumentTypeDecoration<TResult, TVariables>,
  variables: TVariables,
): Promise<TResult> {
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...credentials(session.token) },
      body: JSON.stringify({ query: String(document), variables }),
    });
  } catch {
    throw new ApiError('The gateway cannot be reached; check your connection and retry.', 'NETWORK');
  }
  let body: GraphQLResponse<TResult>;
  try {
    body = (await response.json()) as GraphQLResponse<TResult>;
  } catch {
    throw new ApiError(
      `The gateway answered HTTP ${response.status} without a GraphQL response; retry shortly.`,
      `HTTP_${response.status}`,
    );
  }
  const [error] = body.errors ?? [];
  if (error) throw new ApiError(error.message, error.extensions?.code ?? 'UNKNOWN');
  return body.data!;
}
