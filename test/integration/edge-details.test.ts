import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  AuditEventsDocument,
  CreateApiKeyDocument,
  DeploymentEventsDocument,
  NodeDocument,
  RevokeApiKeyDocument,
} from '../../src/client/generated/graphql';
import { createChain, deploy } from '../support/fixtures';
import { ADMIN, startTestGateway, type TestGateway } from '../support/gateway';
import { collect, deploymentProbe, subscriber } from '../support/subscriptions';

/** The smaller findings of issue 23, each as a user or an attacker meets it. */
describe('edge details', () => {
  let gw: TestGateway;
  let chain: Awaited<ReturnType<typeof createChain>>;
  const at = (path: string) => gw.gateway.url.replace('/graphql', path);

  before(async () => {
    gw = await startTestGateway();
    chain = await createChain(gw.client, 'edges');
    await deploy(gw, chain.team.id, 'edges', chain.modelVersion.id);
  });
  after(() => gw?.stop());

  it('names no framework in any answer', async () => {
    for (const path of ['/readyz', '/review', '/artifacts', '/graphql', '/v2/health/live'])
      assert.equal((await fetch(at(path))).headers.get('x-powered-by'), null, path);
  });

  it('serves the review page without its source maps', async () => {
    assert.equal((await fetch(at('/review/app.js'))).status, 200);
    assert.equal((await fetch(at('/review/app.js.map'))).status, 404);
  });

  it('tells a v2 caller with an unknown key what is wrong with its credential', async () => {
    const response = await fetch(at('/v2/models/edges/infer'), {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': 'mgk_not-a-key' },
      body: JSON.stringify({ inputs: [{ name: 'income', shape: [1], datatype: 'FP32', data: [1] }] }),
    });
    assert.equal(response.status, 401);
    assert.deepEqual(await response.json(), { error: 'The API key is not known.' });
  });

  it('keeps a plain request id and replaces one a log or audit reader could be fooled by', async () => {
    const create = async (requestId: string, name: string) =>
      fetch(gw.gateway.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${await gw.token(ADMIN)}`,
          'x-request-id': requestId,
        },
        body: JSON.stringify({
          query: 'mutation ($name: String!) { createTeam(input: { name: $name }) { id } }',
          variables: { name },
        }),
      }).then((response) => response.json() as Promise<{ data: { createTeam: { id: string } } }>);
    const plain = await create('trace-0af7651916cd43dd', 'team-plain-id');
    const forged = await create('ok"} {"level":"fatal","msg":"forged', 'team-forged-id');
    const requestIdOf = async (nodeId: string) => {
      const { auditEvents } = await gw.client.data(AuditEventsDocument, { filter: { nodeId } });
      return auditEvents.nodes[0]!.requestId;
    };
    assert.equal(await requestIdOf(plain.data.createTeam.id), 'trace-0af7651916cd43dd');
    assert.match(await requestIdOf(forged.data.createTeam.id), /^[0-9a-f-]{36}$/, 'replaced by a UUID');
  });

  it('caps the active API keys of a team, counting revoked ones out', async () => {
    const team = await createChain(gw.client, 'many-keys');
    await deploy(gw, team.team.id, 'edges-many', team.modelVersion.id);
    const make = (i: number) =>
      gw.client.request(CreateApiKeyDocument, {
        input: { teamId: team.team.id, name: `key-${i}`, deploymentNames: ['edges-many'] },
      });
    const keys = await Promise.all(Array.from({ length: 22 }, (_, i) => make(i)));
    const made = keys.filter((response) => !response.errors);
    const refused = keys.filter((response) => response.errors);
    assert.equal(made.length, 20, 'concurrent creations count one another');
    assert.equal(refused[0]!.errors![0]!.extensions?.code, 'LIMIT_EXCEEDED');
    assert.match(refused[0]!.errors![0]!.message, /holds 20 active API keys, the most policies allow \(20\)/);
    await gw.client.data(RevokeApiKeyDocument, { id: made[0]!.data!.createApiKey.apiKey.id });
    assert.equal((await make(99)).errors, undefined, 'a revoked key frees its place');
  });

  it('refuses node(id) without credentials as every other query does', async () => {
    const refusal = await gw.anonymous.error(NodeDocument, { id: chain.team.id });
    assert.equal(refusal.extensions?.code, 'UNAUTHENTICATED');
  });

  it('relays one deployment to many subscribers without a listener-leak warning', async () => {
    const warnings: string[] = [];
    const onWarning = (warning: Error) => warnings.push(warning.name);
    process.on('warning', onWarning);
    const authorization = `Bearer ${await gw.token(ADMIN)}`;
    const clients = Array.from({ length: 4 }, () => subscriber(gw.gateway.url, authorization));
    try {
      // One at a time: each waits until the gateway relays the deployment's events to it.
      for (const client of clients)
        for (let i = 0; i < 3; i++)
          await collect(client, DeploymentEventsDocument, { name: 'edges' }, 1).subscribed(
            deploymentProbe(gw, 'edges'),
          );
      assert.deepEqual(
        warnings.filter((name) => name === 'MaxListenersExceededWarning'),
        [],
        '12 subscribers of one deployment are no leak',
      );
    } finally {
      process.off('warning', onWarning);
      await Promise.all(clients.map((client) => client.dispose()));
    }
  });
});
