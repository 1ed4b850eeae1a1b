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
});
