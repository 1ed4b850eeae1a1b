/**
 * What inference refuses, as plain errors: inference knows nothing of GraphQL or HTTP. The code is
 * the one the edge answers with (GraphQL's extensions.code, or an HTTP status in the v2 protocol);
 * bad input names the field to fix. graphql-js copies an original error's `extensions` onto the
 * error it reports, so a refusal raised in a resolver reaches GraphQL clients with its code.
 */
export class InferenceError extends Error {
  readonly extensions: { code: 'BAD_USER_INPUT' | 'UNAVAILABLE'; field?: string };

  constructor(code: 'BAD_USER_INPUT' | 'UNAVAILABLE', message: string, field?: string) {
    super(message);
    this.name = 'InferenceError';
    this.extensions = field === undefined ? { code } : { code, field };
  }
}

/** Bad input; `field` names the argument path the client must fix. */
export function badInput(field: string, message: string): InferenceError {
  return new InferenceError('BAD_USER_INPUT', `${field}: ${message}`, field);
}

/** Inference cannot take this now (queues full, no worker, a quarantined model); a retry may succeed. */
export function unavailable(message: string): InferenceError {
  return new InferenceError('UNAVAILABLE', message);
}
