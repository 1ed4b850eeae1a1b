/**
 * Requests built to make the gateway work without end are refused before they run, with a code
 * and a message a person can act on, and the gateway keeps answering everyone else meanwhile.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import WebSocket from 'ws';
import { CreateApiKeyDocument } from '../generated/graphql';
import { GraphQLClient, type GraphQLResponse } from '../support/client';
import { createChain, deploy } from '../support/fixtures';
import { startTestGateway, type TestGateway } from '../support/gateway';

describe('hostile requests', { timeout: 120_000 }, () => {
  let gw: TestGateway;
  let service: GraphQLClient;

  /** Sends `hostile` while a signed-in `{ __typename }` is asked alongside; that one must answer. */
  async function alongside<T>(hostile: () => Promise<T>): Promise<T> {
    const [answer, trivial] = await Promise.all([hostile(), gw.client.send<{ __typename: string }>(JSON.stringify({ query: '{ __typename }' }))]);
    assert.equal(trivial.data?.__typename, 'Query', 'a trivial query still answers');
    return answer;
  }
  const refusal = (response: GraphQLResponse<unknown>, code: string, message: RegExp) => {
    assert.ok(response.errors?.length, `refused: ${JSON.stringify(response.data)}`);
    const [error] = response.errors!;
    assert.equal(error!.extensions?.code, code, JSON.stringify(error));
    assert.match(error!.message, message);
    assert.ok(error!.message.length < 400, 'the refusal does not echo the request');
  };
  const kernelShap = (alias: string, instances: string) =>
    `${alias}: predict(deployment: "credit", instances: ${instances}) { outputs { label } explanations(method: KERNEL_SHAP, samples: 512) { target } }`;

  before(async () => {
    gw = await startTestGateway();
    const chain = await createChain(gw.client, 'hostile');
    await deploy(gw, chain.team.id, 'credit', chain.modelVersion.id);
    const { createApiKey } = await gw.client.data(CreateApiKeyDocument, { input: { teamId: chain.team.id, name: 'hostile', deploymentNames: ['credit'] } });
    service = new GraphQLClient(gw.gateway.url, { 'x-api-key': createApiKey.secret });
  });
  after(() => gw.stop());

  it('refuses an anonymous document of 30,000 fields while parsing it', async () => {
    const response = await alongside(() => gw.anonymous.send(JSON.stringify({ query: `{ ${'__typename '.repeat(30_000)}}` })));
    refusal(response, 'GRAPHQL_PARSE_FAILED', /Document contains more th\w+ 4000 tokens/);
  });

  it('refuses selections nested deeper than the limit', async () => {
    // Model → versions → model → …: a cycle of the graph, two levels a turn.
    const nested = (turns: number) => `{ models(first: 1) { nodes { ${'versions { model { '.repeat(turns)}id${' } }'.repeat(turns)} } } }`;
    assert.equal((await gw.client.send(JSON.stringify({ query: nested(4) }))).errors, undefined, 'a depth of 11 passes');
    // Refused for its depth, or its cost (which grows with depth) when that is met first.
    refusal(await alongside(() => gw.client.send(JSON.stringify({ query: nested(20) }))), 'GRAPHQL_VALIDATION_FAILED', /depth limit of 12|Cost limit of 20000/i);
  });

  it('refuses more aliases than the limit', async () => {
    const aliases = Array.from({ length: 110 }, (_, i) => `a${i}: me { subject }`).join(' ');
    refusal(await alongside(() => gw.client.send(JSON.stringify({ query: `{ ${aliases} }` }))), 'GRAPHQL_VALIDATION_FAILED', /aliases limit of 32/i);
  });

  it('refuses more directives than the limit', async () => {
    const directives = Array.from({ length: 40 }, () => '@include(if: true)').join(' ');
    refusal(await alongside(() => gw.client.send(JSON.stringify({ query: `{ __typename ${directives} }` }))), 'GRAPHQL_VALIDATION_FAILED', /directives limit of 16/i);
  });

  it('refuses KernelSHAP over many instances in many aliases before any inference, naming the cost and the budget', async () => {
    const instances = Array.from({ length: 1024 }, () => ({ income: 1, age: 2 }));
    const query = `query ($many: [JSON!]!) { ${Array.from({ length: 20 }, (_, i) => kernelShap(`p${i}`, '$many')).join(' ')} }`;
    const before = gw.gateway.models.stats().batches;
    const response = await alongside(() => service.send(JSON.stringify({ query, variables: { many: instances } })));
    refusal(response, 'LIMIT_EXCEEDED', /asks for 41,963,520 instance-evaluations of inference .*your roles allow 5,000,000 a request/);
    assert.equal(response.status, 400);
    assert.equal(gw.gateway.models.stats().batches, before, 'no inference ran');
  });

  it('counts instances sent as variables and predicts hidden in fragments', async () => {
    const instances = Array.from({ length: 1024 }, () => ({ income: 1, age: 2 }));
    // Each: 1024 instances × (1 + 512 samples × 2 features²).
    const query = `query ($many: [JSON!]!) { ...a ... on Query { ${kernelShap('z', '$many')} } } fragment a on Query { ${kernelShap('x', '$many')} ${kernelShap('y', '$many')} }`;
    refusal(await service.send(JSON.stringify({ query, variables: { many: instances } })), 'LIMIT_EXCEEDED', /asks for 6,294,528 instance-evaluations/);
  });

  it('answers a request within the budget', async () => {
    const instances = Array.from({ length: 64 }, () => ({ income: 1, age: 2 }));
    const query = `query ($many: [JSON!]!) { ${kernelShap('one', '$many')} }`;
    const response = await service.send<{ one: { explanations: unknown[] } }>(JSON.stringify({ query, variables: { many: instances } }));
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
    await new Promise((resolve) => socket.once('open', resolve));
    socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } }));
    while (!messages.some((message) => message.type === 'connection_ack')) await new Promise((resolve) => setTimeout(resolve, 20));
    for (let i = 0; i < 21; i += 1) {
      socket.send(JSON.stringify({ id: `s${i}`, type: 'subscribe', payload: { query: 'subscription { deploymentEvents(name: "credit") { action } }' } }));
    }
    while (!messages.some((message) => message.type === 'error')) await new Promise((resolve) => setTimeout(resolve, 20));
    const errors = messages.filter((message) => message.type === 'error');
    assert.deepEqual(errors.map((message) => [message.id, message.payload?.[0]?.extensions?.code]), [['s20', 'LIMIT_EXCEEDED']]);
    socket.close();
  });

  it('lets only the roles policies name introspect the schema', async () => {
    const introspect = JSON.stringify({ query: '{ __schema { queryType { name } } }' });
    refusal(await gw.anonymous.send(introspect), 'UNAUTHENTICATED', /Sign in to read the schema/);
    refusal(await service.send(introspect), 'FORBIDDEN', /may not read the schema/);
    const viewer = await gw.as({ user: 'vic', roles: ['viewer'] });
    assert.equal((await viewer.send<{ __schema: { queryType: { name: string } } }>(introspect)).data?.__schema.queryType.name, 'Query');
  });

  it('suggests field names only to the roles that may introspect', async () => {
    const typo = JSON.stringify({ query: '{ modls { totalCount } }' });
    assert.match((await gw.client.send(typo)).errors![0]!.message, /Did you mean "models"/);
    for (const caller of [gw.anonymous, service]) {
      const [error] = (await caller.send(typo)).errors!;
      assert.equal(error!.message, 'Cannot query field "modls" on type "Query".');
    }
  });

  it('serves no landing page from a third party', async () => {
    const response = await fetch(gw.gateway.url, { headers: { accept: 'text/html' } });
    assert.doesNotMatch(response.headers.get('content-type') ?? '', /html/);
    assert.doesNotMatch(await response.text(), /<script|cdn\.|apollographql\.com/i);
  });

  it('tells anonymous callers only whether it is ready', async () => {
    const anonymous = await fetch(gw.gateway.url.replace('/graphql', '/readyz'));
    assert.deepEqual(await anonymous.json(), { status: 'ready' });
    const signedIn = await fetch(gw.gateway.url.replace('/graphql', '/readyz'), { headers: { authorization: `Bearer ${await gw.token({ user: 'ops', roles: ['viewer'] })}` } });
    assert.equal(((await signedIn.json()) as { database: string }).database, 'up');
  });

  it('answers 429 with Retry-After past a caller\'s rate, on GraphQL and the v2 protocol, and others still answer', async () => {
    // Anonymous callers, by address: 20 a second, bursts of 50 (policies/limits.yaml).
    const answers = await Promise.all(Array.from({ length: 120 }, () => fetch(gw.gateway.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' })));
    const limited = answers.filter((answer) => answer.status === 429);
    // At most 20 + 50 pass at once (a few more if a second turns meanwhile).
    assert.ok(limited.length >= 40, `of 120 quick requests about 50 are refused, got ${limited.length}`);
    assert.match(limited[0]!.headers.get('retry-after') ?? '', /^\d+$/);
    const [error] = ((await limited[0]!.json()) as GraphQLResponse<unknown>).errors!;
    assert.equal(error!.extensions?.code, 'RATE_LIMITED');
    assert.match(error!.message, /Too many requests: your roles allow 20 a second \(bursts of 50\)\. Retry in \d+ s\./);
    const v2 = await fetch(gw.gateway.url.replace('/graphql', '/v2/models/credit'));
    assert.equal(v2.status, 429);
    assert.ok(v2.headers.get('retry-after'));
    assert.match(((await v2.json()) as { error: string }).error, /Too many requests/);
    assert.equal((await gw.client.send<{ __typename: string }>('{"query":"{ __typename }"}')).data?.__typename, 'Query', 'a signed-in caller has a rate of its own');
  });
});
