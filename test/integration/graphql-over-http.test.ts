/**
 * The gateway speaks the GraphQL over HTTP spec, as graphql-http's audit suite checks it against a
 * running gateway: every audit passes, MUST, SHOULD and MAY alike.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { auditServer } from 'graphql-http';
import { startTestGateway, type TestGateway } from '../support/gateway';

describe('GraphQL over HTTP', { timeout: 120_000 }, () => {
  let gw: TestGateway;
  let authorization: string;

  before(async () => {
    gw = await startTestGateway();
    // The audits read `__type`, which policies/limits.yaml keeps from anonymous callers: they run
    // as a viewer, the narrowest role that may introspect.
    authorization = `Bearer ${await gw.token({ user: 'auditor', roles: ['viewer'] })}`;
  });
  after(() => gw?.stop());

  /** fetch with the viewer's credentials on every request. */
  const signedIn = (input: string | URL | Request, init: RequestInit = {}) => {
    const headers = new Headers(init.headers);
    headers.set('authorization', authorization);
    return fetch(input, { ...init, headers });
  };

  it("passes every audit of graphql-http's server suite", async () => {
    const results = await auditServer({ url: gw.gateway.url, fetchFn: signedIn });
    const failing = results
      .filter((result) => result.status !== 'ok')
      .map((result) => `${result.id} ${result.name} (${result.status}): ${'reason' in result ? result.reason : ''}`);
    assert.deepEqual(failing, [], `failing audits:\n${failing.join('\n')}`);
    assert.ok(results.length >= 60, `${results.length} audits ran`);
  });

  describe('a request GraphQL refuses before it runs: 200 as application/json, 4xx as application/graphql-response+json, the same code', () => {
    const cases: [string, object, string][] = [
      ['a document that does not parse', { query: '{' }, 'GRAPHQL_PARSE_FAILED'],
      ['a document that does not validate', { query: '{ nope }' }, 'GRAPHQL_VALIDATION_FAILED'],
      [
        'variables that do not coerce',
        { query: 'query ($n: Int) { deployments(first: $n) { totalCount } }', variables: { n: 'three' } },
        'BAD_USER_INPUT',
      ],
      [
        'more aliases than the limit',
        { query: `{ ${Array.from({ length: 40 }, (_, i) => `a${i}: me { subject }`).join(' ')} }` },
        'GRAPHQL_VALIDATION_FAILED',
      ],
    ];
    for (const [name, body, code] of cases)
      it(name, async () => {
        for (const [accept, status] of [
          ['application/json', 200],
          [undefined, 200],
          ['application/graphql-response+json', 400],
        ] as const) {
          const response = await signedIn(gw.gateway.url, {
            method: 'POST',
            headers: { 'content-type': 'application/json', ...(accept && { accept }) },
            body: JSON.stringify(body),
          });
          assert.equal(response.status, status, `Accept: ${accept ?? '(none)'}`);
          const answer = (await response.json()) as { data?: unknown; errors: { extensions: { code: string } }[] };
          assert.equal(answer.errors[0]!.extensions.code, code);
          assert.equal('data' in answer, false, 'a request error has no data');
        }
      });
  });

  it('keeps 4xx for what is not a GraphQL request error, whatever the client accepts', async () => {
    const post = (body: string, headers: Record<string, string> = {}) =>
      fetch(gw.gateway.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
        body,
      });
    assert.equal((await post('{"query": ')).status, 400, 'a body that is not JSON');
    assert.equal((await post('{"query": "{ __typename }", "variables": "{}"}')).status, 400, 'variables as a string');
    const introspection = await post('{"query": "{ __schema { queryType { name } } }"}');
    assert.equal(introspection.status, 401, 'introspection without credentials');
    const refused = await post('{"query": "{ __typename }"}', { authorization: 'Bearer not-a-token' });
    assert.equal(refused.status, 401, 'credentials refused');
  });

  it('still refuses a GET a browser could send from another site, without credentials or a preflight header', async () => {
    const url = `${gw.gateway.url}?query=${encodeURIComponent('{ __typename }')}`;
    const crossSite = await fetch(url);
    assert.equal(crossSite.status, 400);
    assert.match(await crossSite.text(), /Cross-Site Request Forgery/);
    assert.equal(
      (await signedIn(url)).status,
      200,
      'a request with credentials in a header is preflighted by browsers',
    );
  });
});
