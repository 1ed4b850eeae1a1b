/**
 * GraphQL over WebSocket holds to what GraphQL over HTTP holds to (issue 23): credentials checked
 * before every operation, rate limits, document limits per role, the inference budget, the schema's
 * details and metrics. Each case here went through on an open graphql-ws connection before.
 */
import assert from 'node:assert/strict';
import http from 'node:http';
import { after, before, describe, it } from 'node:test';
import { print } from 'graphql';
import {
  AuditEventsDocument,
  CreateApiKeyDocument,
  CreateDatasetDocument,
  PredictDocument,
  RevokeApiKeyDocument,
} from '../../src/client/generated/graphql';
import { BOUND_MS, eventually } from '../support/eventually';
import { createChain, deploy, serviceClient } from '../support/fixtures';
import { startTestGateway, type TestGateway } from '../support/gateway';
import { Scrape } from '../support/prometheus';
import { deploymentProbe, GraphQLSocket, type SocketResult } from '../support/subscriptions';

const predict = print(PredictDocument);
const codeOf = (result: SocketResult<unknown>) => result.errors?.[0]?.extensions?.code;

/** Resolves with `promise`'s value, or with `timedOut` after `ms`: bounds a wait for something that may never come. */
function within<T, F>(promise: Promise<T>, ms: number, timedOut: F): Promise<T | F> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    promise,
    new Promise<F>((resolve) => (timer = setTimeout(() => resolve(timedOut), ms))),
  ]).finally(() => clearTimeout(timer));
}

/** POSTs `{ me { subject } }` without credentials from `localAddress`; resolves with the HTTP status. */
function anonymousHttp(url: string, localAddress: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = http.request(url, {
      method: 'POST',
      localAddress,
      headers: { 'content-type': 'application/json' },
    });
    request.on('response', (response) => {
      response.resume();
      response.on('end', () => resolve(response.statusCode!));
    });
    request.on('error', reject);
    request.end(JSON.stringify({ query: '{ me { subject } }' }));
  });
}

describe('GraphQL over WebSocket takes the same pipeline as HTTP', { timeout: 120_000 }, () => {
  let gw: TestGateway;
  let chain: Awaited<ReturnType<typeof createChain>>;
  const instances = [{ income: 1, age: 2 }];
  before(async () => {
    gw = await startTestGateway();
    chain = await createChain(gw.client, 'parity');
    await deploy(gw, chain.team.id, 'parity', chain.modelVersion.id);
  });
  after(() => gw?.stop());

  it('refuses the next operation of an API key revoked while its connection is open, and closes it with 4403', async () => {
    const { createApiKey } = await gw.client.data(CreateApiKeyDocument, {
      input: { teamId: chain.team.id, name: 'parity-socket', deploymentNames: ['parity'] },
    });
    const socket = new GraphQLSocket(gw.gateway.url, { 'x-api-key': createApiKey.secret });
    assert.equal(await socket.acknowledged, true);
    const answered = await socket.request(predict, { deployment: 'parity', instances });
    assert.equal(answered.errors, undefined, JSON.stringify(answered));

    await gw.client.data(RevokeApiKeyDocument, { id: createApiKey.apiKey.id });
    const refused = await socket.request(predict, { deployment: 'parity', instances });
    assert.ok(refused.data == null, `nothing predicted: ${JSON.stringify(refused)}`);
    if (!refused.closed) {
      assert.equal(codeOf(refused), 'UNAUTHENTICATED');
      assert.match(refused.errors![0]!.message, /revoked/);
    }
    assert.deepEqual(await socket.closed, { code: 4403, reason: 'Forbidden' });
  });

  it('closes an idle connection with 4403 as soon as its API key is revoked, before any other operation', async () => {
    const { createApiKey } = await gw.client.data(CreateApiKeyDocument, {
      input: { teamId: chain.team.id, name: 'parity-idle', deploymentNames: ['parity'] },
    });
    const socket = new GraphQLSocket(gw.gateway.url, { 'x-api-key': createApiKey.secret });
    assert.equal(await socket.acknowledged, true);
    await gw.client.data(RevokeApiKeyDocument, { id: createApiKey.apiKey.id });
    assert.deepEqual(await within(socket.closed, BOUND_MS, 'still open'), { code: 4403, reason: 'Forbidden' });
  });

  it("closes a subscriber's connection with 4403 at the first event after its API key is revoked", async () => {
    const { createApiKey } = await gw.client.data(CreateApiKeyDocument, {
      input: { teamId: chain.team.id, name: 'parity-events', deploymentNames: ['parity'] },
    });
    const socket = new GraphQLSocket(gw.gateway.url, { 'x-api-key': createApiKey.secret });
    assert.equal(await socket.acknowledged, true);
    let heard = false;
    const firstEvent = socket.request<{ deploymentEvents: { action: string } }>(
      'subscription { deploymentEvents(name: "parity") { action } }',
    );
    void firstEvent.then(() => (heard = true));
    // Probe events until one arrives: the subscription is then in place.
    const probe = deploymentProbe(gw, 'parity');
    let raised = 0;
    await eventually(async () => {
      if (!heard) await probe(++raised);
      return heard;
    }, Boolean);
    const first = await firstEvent;
    assert.equal(first.data?.deploymentEvents.action, 'subscriptionProbe', JSON.stringify(first));

    await gw.client.data(RevokeApiKeyDocument, { id: createApiKey.apiKey.id });
    await probe(++raised);
    assert.deepEqual(await within(socket.closed, BOUND_MS, 'still open'), { code: 4403, reason: 'Forbidden' });
  });

  it('closes a connection when its token expires, and runs nothing for it afterwards', async () => {
    const person = { user: 'short-lived', roles: ['data-scientist'], teams: [chain.team.name] };
    const authorization = `Bearer ${await gw.token(person, '3s')}`;
    const socket = new GraphQLSocket(gw.gateway.url, { authorization });
    assert.equal(await socket.acknowledged, true);
    const createDataset = print(CreateDatasetDocument);
    const created = await socket.request(createDataset, { input: { teamId: chain.team.id, name: 'before-expiry' } });
    assert.equal(created.errors, undefined, JSON.stringify(created));

    // The one wait on time: the token's own expiry, bounded.
    const closed = await within(socket.closed, 3_000 + BOUND_MS, 'still open');
    assert.deepEqual(closed, { code: 4403, reason: 'Forbidden' }, 'closed once the token expired');
    const after = await socket.request(createDataset, { input: { teamId: chain.team.id, name: 'after-expiry' } });
    assert.equal(after.closed, 4403);
    const again = new GraphQLSocket(gw.gateway.url, { authorization });
    assert.equal(await again.acknowledged, false, 'a new connection with the expired token is refused');
    assert.equal((await again.closed).code, 4403);

    const { auditEvents } = await gw.client.data(AuditEventsDocument, { filter: { actor: 'short-lived' } });
    assert.deepEqual(
      auditEvents.nodes.map((event) => event.action),
      ['createDataset'],
      'only the mutation made before the token expired',
    );
  });

  it('holds an anonymous connection to the anonymous rate (20 a second, bursts of 50)', async () => {
    const socket = new GraphQLSocket(gw.gateway.url, {}, '127.0.0.2');
    assert.equal(await socket.acknowledged, true);
    const results = await Promise.all(Array.from({ length: 200 }, () => socket.request('{ me { subject } }')));
    const codes = results.map((result) => codeOf(result) ?? (result.closed ? `closed ${result.closed}` : 'OK'));
    assert.ok(codes.includes('OK'), `the rate lets some through: ${JSON.stringify(results[0])}`);
    assert.ok(codes.includes('RATE_LIMITED'), `200 at once are more than the rate: ${[...new Set(codes)]}`);
    assert.deepEqual([...new Set(codes)].sort(), ['OK', 'RATE_LIMITED']);
    const limited = results.find((result) => codeOf(result) === 'RATE_LIMITED')!;
    assert.match(limited.errors![0]!.message, /Too many requests: your roles allow 20 a second \(bursts of 50\)/);
    await socket.close();
  });

  it('spends the anonymous rate of an address on handshakes with keys it does not know, as HTTP does', async () => {
    const address = '127.0.0.3';
    let refusedHandshakes = 0;
    for (let round = 0; round < 4; round += 1) {
      const sockets = Array.from(
        { length: 50 },
        (_, i) => new GraphQLSocket(gw.gateway.url, { 'x-api-key': `mgk_guess_${round}_${i}` }, address),
      );
      for (const socket of sockets) {
        assert.equal(await socket.acknowledged, false);
        if ((await socket.closed).code === 4403) refusedHandshakes += 1;
      }
    }
    assert.equal(refusedHandshakes, 200);
    // Without the handshakes, 60 anonymous requests fit the rate (20 a second and a burst of 50).
    const statuses = await Promise.all(Array.from({ length: 60 }, () => anonymousHttp(gw.gateway.url, address)));
    assert.ok(statuses.includes(429), `the guesses spent the address's rate: ${[...new Set(statuses)]}`);
  });

  it('refuses inference over the budget before any of it runs, as over HTTP', async () => {
    const { createApiKey } = await gw.client.data(CreateApiKeyDocument, {
      input: { teamId: chain.team.id, name: 'parity-budget', deploymentNames: ['parity'] },
    });
    const many = Array.from({ length: 1024 }, () => ({ income: 1, age: 2 }));
    const kernelShap = (alias: string) =>
      `${alias}: predict(deployment: "parity", instances: $many) { outputs { label } explanations(method: KERNEL_SHAP, samples: 512) { target } }`;
    const query = `query ($many: [JSON!]!) { ${kernelShap('a')} ${kernelShap('b')} ${kernelShap('c')} }`;
    const budget = /asks for 6,294,528 instance-evaluations .*your roles allow 5,000,000 a request/;
    const before = gw.gateway.models.stats().batches;

    const overHttp = await (
      await serviceClient(gw, chain.team.id, 'parity-http', ['parity'])
    ).send(JSON.stringify({ query, variables: { many } }));
    assert.equal(overHttp.errors?.[0]?.extensions?.code, 'LIMIT_EXCEEDED');
    assert.match(overHttp.errors![0]!.message, budget);

    const socket = new GraphQLSocket(gw.gateway.url, { 'x-api-key': createApiKey.secret });
    assert.equal(await socket.acknowledged, true);
    const overWs = await socket.request(query, { many });
    assert.equal(codeOf(overWs), 'LIMIT_EXCEEDED', JSON.stringify(overWs).slice(0, 500));
    assert.match(overWs.errors![0]!.message, budget);
    assert.equal(overWs.errors![0]!.extensions && 'http' in overWs.errors![0]!.extensions, false);
    assert.equal(gw.gateway.models.stats().batches, before, 'no inference ran');
    await socket.close();
  });

  it("holds an anonymous connection to anonymous callers' document shape and schema details", async () => {
    const socket = new GraphQLSocket(gw.gateway.url, {}, '127.0.0.4');
    assert.equal(await socket.acknowledged, true);
    const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: me { subject }`).join(' ')} }`;
    assert.equal((await socket.request(aliases(8))).errors, undefined, 'eight aliases pass');
    const nine = await socket.request(aliases(9));
    assert.equal(codeOf(nine), 'GRAPHQL_VALIDATION_FAILED');
    assert.match(nine.errors![0]!.message, /^Too many aliases: 9, at most 8 allowed\.$/);

    const introspection = await socket.request('{ __schema { queryType { name } } }');
    assert.equal(introspection.data ?? null, null);
    assert.equal(codeOf(introspection), 'UNAUTHENTICATED');
    assert.match(introspection.errors![0]!.message, /Sign in to read the schema/);

    const typo = await socket.request('{ modls { totalCount } }');
    assert.equal(codeOf(typo), 'GRAPHQL_VALIDATION_FAILED');
    assert.doesNotMatch(typo.errors![0]!.message, /Did you mean/);
    await socket.close();
  });

  it('counts WebSocket operations in /metrics by operation and outcome', async () => {
    const metricsUrl = gw.gateway.url.replace('/graphql', '/metrics');
    const count = async (operation: string, code: string) =>
      (await Scrape.of(metricsUrl)).value('modelgate_graphql_operations_total', { operation, code }) ?? 0;
    const [answered, refused] = [await count('query:predict', 'OK'), await count('query:__schema', 'UNAUTHENTICATED')];

    const { createApiKey } = await gw.client.data(CreateApiKeyDocument, {
      input: { teamId: chain.team.id, name: 'parity-metrics', deploymentNames: ['parity'] },
    });
    const service = new GraphQLSocket(gw.gateway.url, { 'x-api-key': createApiKey.secret });
    const anonymous = new GraphQLSocket(gw.gateway.url, {}, '127.0.0.5');
    assert.equal(await service.acknowledged, true);
    assert.equal(await anonymous.acknowledged, true);
    for (let i = 0; i < 3; i += 1)
      assert.equal((await service.request(predict, { deployment: 'parity', instances })).errors, undefined);
    assert.equal(codeOf(await anonymous.request('{ __schema { queryType { name } } }')), 'UNAUTHENTICATED');

    assert.equal(
      await eventually(
        () => count('query:predict', 'OK'),
        (value) => value >= answered + 3,
      ),
      answered + 3,
    );
    assert.equal(await count('query:__schema', 'UNAUTHENTICATED'), refused + 1);
    await Promise.all([service.close(), anonymous.close()]);
  });
});
