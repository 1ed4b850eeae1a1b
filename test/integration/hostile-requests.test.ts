/**
 * Requests built to make the gateway work without end are refused before they run, with a code
 * and a message a person can act on, and the gateway keeps answering everyone else meanwhile.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import WebSocket from 'ws';
import type { GraphQLClient, GraphQLResponse } from '../support/client';
import { createChain, deploy, serviceClient } from '../support/fixtures';
import { startTestGateway, type TestGateway } from '../support/gateway';

describe('hostile requests', { timeout: 120_000 }, () => {
  let gw: TestGateway;
  let service: GraphQLClient;
  let adminAuthorization: string;

  /** Sends `hostile` while a signed-in `{ __typename }` is asked alongside; that one must answer. */
  async function alongside<T>(hostile: () => Promise<T>): Promise<T> {
    const [answer, trivial] = await Promise.all([
      hostile(),
      gw.client.send<{ __typename: string }>(JSON.stringify({ query: '{ __typename }' })),
    ]);
    assert.equal(trivial.data?.__typename, 'Query', 'a trivial query still answers');
    return answer;
  }
  const refusal = (response: GraphQLResponse<unknown>, code: string, message: RegExp) => {
    assert.ok(response.errors?.length, `refused: ${JSON.stringify(response.data)}`);
    const [error] = response.errors!;
    assert.equal(error!.extensions?.code, code, JSON.stringify(error));
    assert.match(error!.message, message);
    assert.doesNotMatch(error!.message, /^Syntax Error/, 'a limit is not a syntax error: the document is well formed');
    assert.ok(error!.message.length < 400, 'the refusal does not echo the request');
  };
  const kernelShap = (alias: string, instances: string) =>
    `${alias}: predict(deployment: "credit", instances: ${instances}) { outputs { label } explanations(method: KERNEL_SHAP, samples: 512) { target } }`;

  before(async () => {
    gw = await startTestGateway();
    adminAuthorization = `Bearer ${await gw.token({ user: 'hostile-admin', roles: ['admin'] })}`;
    const chain = await createChain(gw.client, 'hostile');
    await deploy(gw, chain.team.id, 'credit', chain.modelVersion.id);
    service = await serviceClient(gw, chain.team.id, 'hostile', ['credit']);
  });
  after(() => gw?.stop());

  it('refuses an anonymous document of 30,000 fields while parsing it', async () => {
    const response = await alongside(() =>
      gw.anonymous.send(JSON.stringify({ query: `{ ${'__typename '.repeat(30_000)}}` })),
    );
    refusal(
      response,
      'GRAPHQL_PARSE_FAILED',
      /^Too many tokens: the document holds more than 4000, at most 4000 allowed\.$/,
    );
  });

  it('refuses selections nested deeper than the limit', async () => {
    // Model → versions → model → …: a cycle of the graph, two levels a turn.
    const nested = (turns: number) =>
      `{ models(first: 1) { nodes { ${'versions { model { '.repeat(turns)}id${' } }'.repeat(turns)} } } }`;
    assert.equal(
      (await gw.client.send(JSON.stringify({ query: nested(4) }))).errors,
      undefined,
      'a depth of 11 passes',
    );
    // Refused for its depth, or its cost (which grows with depth) when that is met first.
    refusal(
      await alongside(() => gw.client.send(JSON.stringify({ query: nested(20) }))),
      'GRAPHQL_VALIDATION_FAILED',
      /^Selections nested too deep: \d+ levels, at most 12 allowed\.$|^The document costs too much: [\d,]+, at most 20,000 allowed/,
    );
  });

  it('refuses more aliases than the limit', async () => {
    const aliases = Array.from({ length: 110 }, (_, i) => `a${i}: me { subject }`).join(' ');
    refusal(
      await alongside(() => gw.client.send(JSON.stringify({ query: `{ ${aliases} }` }))),
      'GRAPHQL_VALIDATION_FAILED',
      /^Too many aliases: 110, at most 32 allowed\.$/,
    );
  });

  it("holds each caller to its own roles' document shape", async () => {
    refusal(
      await alongside(() => gw.anonymous.send(JSON.stringify({ query: `{ ${'__typename '.repeat(600)}}` }))),
      'GRAPHQL_VALIDATION_FAILED',
      /more than the 500 tokens your roles may send/,
    );
    const aliases = (n: number) =>
      JSON.stringify({ query: `{ ${Array.from({ length: n }, (_, i) => `a${i}: me { subject }`).join(' ')} }` });
    assert.equal((await gw.client.send(aliases(20))).errors, undefined, 'an admin may send 20 aliases');
    refusal(
      await alongside(() => service.send(aliases(20))),
      'GRAPHQL_VALIDATION_FAILED',
      /^Too many aliases: 20, at most 16 allowed\.$/,
    );
  });

  it('refuses more directives than the limit', async () => {
    const directives = Array.from({ length: 40 }, () => '@include(if: true)').join(' ');
    refusal(
      await alongside(() => gw.client.send(JSON.stringify({ query: `{ __typename ${directives} }` }))),
      'GRAPHQL_VALIDATION_FAILED',
      /^Too many directives: 40, at most 16 allowed\.$/,
    );
  });

  it('refuses KernelSHAP over many instances in many aliases before any inference, naming the cost and the budget', async () => {
    const instances = Array.from({ length: 1024 }, () => ({ income: 1, age: 2 }));
    const query = `query ($many: [JSON!]!) { ${Array.from({ length: 12 }, (_, i) => kernelShap(`p${i}`, '$many')).join(' ')} }`;
    const before = gw.gateway.models.stats().batches;
    const response = await alongside(() => service.send(JSON.stringify({ query, variables: { many: instances } })));
    refusal(
      response,
      'LIMIT_EXCEEDED',
      /asks for 25,178,112 instance-evaluations of inference .*your roles allow 5,000,000 a request/,
    );
    assert.equal(response.status, 400);
    assert.equal(gw.gateway.models.stats().batches, before, 'no inference ran');
  });

  it('counts instances sent as variables and predicts hidden in fragments', async () => {
    const instances = Array.from({ length: 1024 }, () => ({ income: 1, age: 2 }));
    // Each: 1024 instances × (1 + 512 samples × 2 features²).
    const query = `query ($many: [JSON!]!) { ...a ... on Query { ${kernelShap('z', '$many')} } } fragment a on Query { ${kernelShap('x', '$many')} ${kernelShap('y', '$many')} }`;
    refusal(
      await service.send(JSON.stringify({ query, variables: { many: instances } })),
      'LIMIT_EXCEEDED',
      /asks for 6,294,528 instance-evaluations/,
    );
  });

  it('answers a request within the budget', async () => {
    const instances = Array.from({ length: 64 }, () => ({ income: 1, age: 2 }));
    const query = `query ($many: [JSON!]!) { ${kernelShap('one', '$many')} }`;
    const response = await service.send<{ one: { explanations: unknown[] } }>(
      JSON.stringify({ query, variables: { many: instances } }),
    );
    assert.equal(response.errors, undefined, JSON.stringify(response.errors));
    assert.equal(response.data!.one.explanations.length, 64);
  });

  it('closes a WebSocket that sends a message larger than an HTTP body', async () => {
    const socket = new WebSocket(gw.gateway.url.replace('http', 'ws'), 'graphql-transport-ws');
    await new Promise((resolve) => socket.once('open', resolve));
    const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));
    socket.send(JSON.stringify({ type: 'connection_init', payload: { padding: 'x'.repeat(3 * 1024 * 1024) } }));
    assert.equal(await alongside(() => closed), 1009, 'closed as too large');
  });

  it('closes a WebSocket that never says connection_init', async () => {
    const socket = new WebSocket(gw.gateway.url.replace('http', 'ws'), 'graphql-transport-ws');
    const closed = await new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));
    assert.equal(closed, 4408, 'connection initialisation timeout');
  });

  it('refuses more subscriptions on one connection than the cap', async () => {
    const token = await gw.token({ user: 'watcher', roles: ['admin'] });
    const socket = new WebSocket(gw.gateway.url.replace('http', 'ws'), 'graphql-transport-ws');
    const messages: { type: string; id?: string; payload?: { extensions?: { code?: string } }[] }[] = [];
    socket.on('message', (data) => messages.push(JSON.parse(String(data))));
    /** Resolves when a message of `type` has come. */
    const arrived = (type: string) =>
      new Promise<void>((resolve) => {
        const check = () => {
          if (!messages.some((message) => message.type === type)) return;
          socket.off('message', check);
          resolve();
        };
        socket.on('message', check);
        check();
      });
    await new Promise((resolve) => socket.once('open', resolve));
    socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } }));
    await arrived('connection_ack');
    for (let i = 0; i < 21; i += 1) {
      socket.send(
        JSON.stringify({
          id: `s${i}`,
          type: 'subscribe',
          payload: { query: 'subscription { deploymentEvents(name: "credit") { action } }' },
        }),
      );
    }
    await arrived('error');
    const errors = messages.filter((message) => message.type === 'error');
    assert.deepEqual(
      errors.map((message) => [message.id, message.payload?.[0]?.extensions?.code]),
      [['s20', 'LIMIT_EXCEEDED']],
    );
    socket.close();
  });

  it('lets only the roles policies name introspect the schema', async () => {
    const introspect = JSON.stringify({ query: '{ __schema { queryType { name } } }' });
    refusal(await gw.anonymous.send(introspect), 'UNAUTHENTICATED', /Sign in to read the schema/);
    refusal(await service.send(introspect), 'FORBIDDEN', /may not read the schema/);
    const viewer = await gw.as({ user: 'vic', roles: ['viewer'] });
    assert.equal(
      (await viewer.send<{ __schema: { queryType: { name: string } } }>(introspect)).data?.__schema.queryType.name,
      'Query',
    );
  });

  it('suggests field names only to the roles that may introspect', async () => {
    const typo = JSON.stringify({ query: '{ modls { totalCount } }' });
    assert.match((await gw.client.send(typo)).errors![0]!.message, /Did you mean "models"/);
    for (const caller of [gw.anonymous, service]) {
      const [error] = (await caller.send(typo)).errors!;
      assert.equal(error!.message, 'Cannot query field "modls" on type "Query".');
    }
  });

  it('serves no landing page from a third party: GraphiQL comes from its own files', async () => {
    const response = await fetch(gw.gateway.url, { headers: { accept: 'text/html' } });
    const page = await response.text();
    assert.doesNotMatch(page, /cdn\.|apollographql\.com|https?:\/\//i);
    for (const [, source] of page.matchAll(/(?:src|href)="([^"]*)"/g))
      assert.match(source!, /^(\/graphiql\/|data:)/, `${source} is one of the gateway's own files`);
  });

  it('tells anonymous and non-admin callers only whether it is ready', async () => {
    const anonymous = await fetch(gw.gateway.url.replace('/graphql', '/readyz'));
    assert.deepEqual(await anonymous.json(), { status: 'ready' });
    const signedIn = await fetch(gw.gateway.url.replace('/graphql', '/readyz'), {
      headers: { authorization: `Bearer ${await gw.token({ user: 'ops', roles: ['viewer'] })}` },
    });
    assert.deepEqual(await signedIn.json(), { status: 'ready' });
    const admin = await fetch(gw.gateway.url.replace('/graphql', '/readyz'), {
      headers: { authorization: `Bearer ${await gw.token({ user: 'ops', roles: ['admin'] })}` },
    });
    assert.equal(((await admin.json()) as { database: string }).database, 'up');
  });

  describe('malformed and oversized requests each answer a client error, never an internal one', () => {
    const nest = `${'['.repeat(50_000)}${']'.repeat(50_000)}`;
    const graphql =
      (body: string, headers: Record<string, string> = {}) =>
      async () => {
        const response = await fetch(gw.gateway.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: adminAuthorization, ...headers },
          body,
        });
        const text = await response.text();
        return { status: response.status, text, error: (JSON.parse(text) as GraphQLResponse<unknown>).errors?.[0] };
      };
    const query = (text: string, variables?: object, extra: object = {}) =>
      graphql(JSON.stringify({ query: text, variables, ...extra }));
    const v2 =
      (path: string, body: string, headers: Record<string, string> = {}) =>
      async () => {
        const response = await fetch(gw.gateway.url.replace('/graphql', path), {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: adminAuthorization, ...headers },
          body,
        });
        const text = await response.text();
        return {
          status: response.status,
          text,
          error: {
            message: (JSON.parse(text) as { error: string }).error,
            extensions: { code: String(response.status) },
          },
        };
      };
    const models = 'query ($after: String) { models(after: $after) { totalCount } }';
    const predict = 'query ($i: [JSON!]!) { predict(deployment: "credit", instances: $i) { outputs { label } } }';
    const cases: [
      string,
      () => Promise<{ status: number; text: string; error?: { message: string; extensions?: { code?: string } } }>,
      string,
      RegExp,
    ][] = [
      ['a NUL character in a cursor', query(models, { after: 'ab\u0000c' }), 'BAD_USER_INPUT', /NUL character/],
      [
        'a boolean where a cursor goes',
        query(models, { after: true }),
        'BAD_USER_INPUT',
        /String cannot represent a non string value/,
      ],
      [
        'a cursor this list never gave',
        query('{ models(after: "!!!notbase64") { totalCount } }'),
        'BAD_USER_INPUT',
        /is not a cursor of this list/,
      ],
      [
        'a persisted query whose hash is not its own',
        query('{ __typename }', undefined, {
          extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } },
        }),
        'BAD_REQUEST',
        /sha256Hash is not the SHA-256 of its query/,
      ],
      [
        'a batch of operations in one request',
        graphql(JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }])),
        'BAD_REQUEST',
        /batching disabled/,
      ],
      [
        'an instance nested 50,000 lists deep',
        graphql(`{"query": ${JSON.stringify(predict)}, "variables": {"i": [{"income": ${nest}, "age": 1}]}}`),
        'BAD_USER_INPUT',
        /instances\[0\]\.income: must be a finite number, got a list of 1/,
      ],
      [
        'a mutation argument nested 50,000 lists deep',
        graphql(
          `{"query": "mutation ($i: CreateTeamInput!) { createTeam(input: $i) { id } }", "variables": {"i": {"name": "deep", "description": ${nest}}}}`,
        ),
        'BAD_USER_INPUT',
        /String cannot represent a non string value/,
      ],
      [
        'a name of 1.9 MB',
        query('query ($n: String!) { model(name: $n) { id } }', { n: 'x'.repeat(1_900_000) }),
        'NOT_FOUND',
        /^No model with name "x{120}…"\.$/,
      ],
      [
        'fragments that spread each other',
        query('{ ...a } fragment a on Query { ...b } fragment b on Query { ...a }'),
        'GRAPHQL_VALIDATION_FAILED',
        /Cannot spread fragment "a" within itself/,
      ],
      [
        'an operation name the document lacks',
        query('query A { __typename }', undefined, { operationName: 'B' }),
        'OPERATION_RESOLUTION_FAILURE',
        /Unknown operation named "B"/,
      ],
      [
        'two operations and no name',
        query('query A { __typename } query B { __typename }'),
        'OPERATION_RESOLUTION_FAILURE',
        /Must provide operation name/,
      ],
      ['no query at all', graphql(JSON.stringify({ query: null })), 'BAD_REQUEST', /must contain a non-empty `query`/],
      ['a number for a query', graphql(JSON.stringify({ query: 5 })), 'BAD_REQUEST', /queries must be strings/],
      [
        'variables sent as a string',
        graphql(JSON.stringify({ query: '{ __typename }', variables: '{}' })),
        'BAD_REQUEST',
        /should be provided as an object/,
      ],
      ['a body that is not JSON', graphql('{"query": '), 'BAD_REQUEST', /not valid JSON/],
      [
        'a body over 2 MB',
        graphql(JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(3 * 1024 * 1024) } })),
        'BAD_REQUEST',
        /too large/,
      ],
      [
        'a text/plain body (cross-site request forgery)',
        // As a form on another site sends it: no credentials (a browser preflights an Authorization header).
        graphql('{"query":"{ __typename }"}', { 'content-type': 'text/plain', authorization: '' }),
        'BAD_REQUEST',
        /Cross-Site Request Forgery/,
      ],
      [
        'an integer beyond 32 bits',
        query('{ models(first: 99999999999) { totalCount } }'),
        'GRAPHQL_VALIDATION_FAILED',
        /^The document costs too much: [\d,]+, at most 20,000 allowed|32-bit/,
      ],
      [
        'a page size below zero',
        query('{ models(first: -1) { totalCount } }'),
        'BAD_USER_INPUT',
        /first: must be between 0 and 100/,
      ],
      [
        'more instances than a request may hold',
        query(predict, { i: Array.from({ length: 1025 }, () => ({ income: 1, age: 1 })) }),
        'BAD_USER_INPUT',
        /holds 1025 instances; at most 1024/,
      ],
      [
        'explanation steps out of range',
        query(
          '{ predict(deployment: "credit", instances: [{ income: 1, age: 1 }]) { explanations(steps: 1000000) { target } } }',
        ),
        'BAD_USER_INPUT',
        /steps: must be between 1 and 256/,
      ],
      [
        'a token signed with "none"',
        graphql('{"query":"{ me { subject } }"}', {
          authorization: `Bearer ${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from('{"sub":"x"}').toString('base64url')}.`,
        }),
        'UNAUTHENTICATED',
        /algorithm this gateway does not accept|not a valid JWT/,
      ],
      [
        'an API key nobody made',
        graphql('{"query":"{ me { subject } }"}', { authorization: 'ApiKey mgk_forged' }),
        'UNAUTHENTICATED',
        /The API key is not known/,
      ],
      ['a v2 body that is not JSON', v2('/v2/models/credit/infer', '{"inputs": ['), '400', /not valid JSON/],
      [
        'a v2 tensor of a billion instances',
        v2(
          '/v2/models/credit/infer',
          JSON.stringify({
            inputs: [
              { name: 'income', shape: [1e9], datatype: 'FP32', data: [1] },
              { name: 'age', shape: [1e9], datatype: 'FP32', data: [1] },
            ],
          }),
        ),
        '400',
        /holds 1000000000 instances; between 1 and 1024/,
      ],
    ];
    for (const [name, send, code, message] of cases) {
      it(`refuses ${name}`, async () => {
        const answer = await alongside(send);
        assert.ok(answer.status >= 200 && answer.status < 500, `a client error, got HTTP ${answer.status}`);
        assert.equal(answer.error?.extensions?.code, code, answer.text.slice(0, 300));
        assert.match(answer.error!.message, message);
        assert.ok(answer.text.length < 2000, `the answer does not echo the request (${answer.text.length} characters)`);
      });
    }
  });

  // Last: it spends this address's anonymous rate.
  it("answers 429 with Retry-After past a caller's rate, on GraphQL and the v2 protocol, and others still answer", async () => {
    // Anonymous callers, by address: 20 a second, bursts of 50 (policies/limits.yaml).
    const answers = await Promise.all(
      Array.from({ length: 120 }, () =>
        fetch(gw.gateway.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: '{"query":"{ __typename }"}',
        }),
      ),
    );
    const limited = answers.filter((answer) => answer.status === 429);
    // At most 20 + 50 pass at once, 20 more each second the 120 take to send.
    assert.ok(limited.length >= 20, `of 120 quick requests many are refused, got ${limited.length}`);
    assert.match(limited[0]!.headers.get('retry-after') ?? '', /^\d+$/);
    const [error] = ((await limited[0]!.json()) as GraphQLResponse<unknown>).errors!;
    assert.equal(error!.extensions?.code, 'RATE_LIMITED');
    assert.match(error!.message, /Too many requests: your roles allow 20 a second \(bursts of 50\)\. Retry in \d+ s\./);
    const v2 = await fetch(gw.gateway.url.replace('/graphql', '/v2/models/credit'));
    assert.equal(v2.status, 429);
    assert.ok(v2.headers.get('retry-after'));
    assert.match(((await v2.json()) as { error: string }).error, /Too many requests/);
    assert.equal(
      (await gw.client.send<{ __typename: string }>('{"query":"{ __typename }"}')).data?.__typename,
      'Query',
      'a signed-in caller has a rate of its own',
    );
    const guess = await fetch(gw.gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': 'mgk_guess' },
      body: '{"query":"{ __typename }"}',
    });
    assert.equal(
      guess.status,
      429,
      "a refused credential spends its address's rate too: guessing keys is no way around it",
    );
  });
});
