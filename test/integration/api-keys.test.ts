import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { GraphQLObjectType } from 'graphql';
import {
  CreateApiKeyDocument,
  RevokeApiKeyDocument,
  TeamApiKeysDocument,
  TeamsWithApiKeysDocument,
  type TeamApiKeysQueryVariables,
} from '../../src/client/generated/graphql';
import { buildGraphSchema } from '../../src/graphql/schema';
import { hashSecret } from '../../src/secrets';
import type { GraphQLClient } from '../support/client';
import { createChain, deploy } from '../support/fixtures';
import { startTestGateway, type TestGateway } from '../support/gateway';

describe("a team's API keys", () => {
  let gw: TestGateway;
  let alpha: Awaited<ReturnType<typeof createChain>>;
  let beta: Awaited<ReturnType<typeof createChain>>;
  let deployer: GraphQLClient;
  const secrets: string[] = [];

  async function createKey(teamId: string, name: string, deployment: string) {
    const { createApiKey } = await gw.client.data(CreateApiKeyDocument, {
      input: { teamId, name, deploymentNames: [deployment] },
    });
    secrets.push(createApiKey.secret);
    return createApiKey.apiKey;
  }

  before(async () => {
    gw = await startTestGateway();
    alpha = await createChain(gw.client, 'keys-alpha');
    beta = await createChain(gw.client, 'keys-beta');
    await deploy(gw, alpha.team.id, 'alpha-live', alpha.modelVersion.id);
    await deploy(gw, beta.team.id, 'beta-live', beta.modelVersion.id);
    await createKey(alpha.team.id, 'scorer', 'alpha-live');
    const batch = await createKey(alpha.team.id, 'batch', 'alpha-live');
    await createKey(alpha.team.id, 'audit', 'alpha-live');
    await createKey(beta.team.id, 'beta-scorer', 'beta-live');
    await gw.client.data(RevokeApiKeyDocument, { id: batch.id });
    deployer = await gw.as({ user: 'dev', roles: ['deployer'], teams: [alpha.team.name] });
  });
  after(() => gw?.stop());

  it('lists them, revoked ones too, to who manages them, never with the secret or its hash', async () => {
    const { node } = await deployer.data(TeamApiKeysDocument, { id: alpha.team.id, first: 10 });
    assert.equal(node?.__typename, 'Team');
    const keys = node.__typename === 'Team' ? node.apiKeys : undefined;
    assert.equal(keys?.totalCount, 3);
    assert.deepEqual(
      keys!.nodes.map((key) => [key.name, key.deploymentNames, key.createdBy, key.revokedAt !== null]),
      [
        ['scorer', ['alpha-live'], 'test-admin', false],
        ['batch', ['alpha-live'], 'test-admin', true],
        ['audit', ['alpha-live'], 'test-admin', false],
      ],
    );
    assert.deepEqual(
      keys!.nodes.map((key) => key.prefix),
      secrets.slice(0, 3).map((secret) => secret.slice(0, 12)),
      'the prefix, to recognise a key',
    );
    const answered = JSON.stringify(node);
    for (const secret of secrets) {
      assert.ok(!answered.includes(secret), 'no secret');
      assert.ok(!answered.includes(hashSecret(secret)), 'no hash of a secret');
    }
    const fields = Object.keys(((await buildGraphSchema()).getType('ApiKey') as GraphQLObjectType).getFields());
    assert.deepEqual(fields.sort(), [
      'createdAt',
      'createdBy',
      'deploymentNames',
      'id',
      'name',
      'prefix',
      'revokedAt',
      'team',
    ]);
  });

  it('filters them by revocation and orders them by name or time', async () => {
    const names = async (variables: Omit<TeamApiKeysQueryVariables, 'id'>) => {
      const { node } = await deployer.data(TeamApiKeysDocument, { id: alpha.team.id, ...variables });
      return node?.__typename === 'Team' ? node.apiKeys.nodes.map((key) => key.name) : undefined;
    };
    assert.deepEqual(await names({ filter: { revoked: false } }), ['scorer', 'audit']);
    assert.deepEqual(await names({ filter: { revoked: true } }), ['batch']);
    assert.deepEqual(await names({ orderBy: { field: 'NAME', direction: 'ASC' } }), ['audit', 'batch', 'scorer']);
    assert.deepEqual(await names({ orderBy: { field: 'CREATED_AT', direction: 'DESC' } }), [
      'audit',
      'batch',
      'scorer',
    ]);
  });

  it("shows nobody else's keys: another team's are an empty list, and roles without keys are refused", async () => {
    const { node } = await deployer.data(TeamApiKeysDocument, { id: beta.team.id });
    assert.deepEqual(node?.__typename === 'Team' && [node.apiKeys.totalCount, node.apiKeys.nodes], [0, []]);
    for (const roles of [['viewer'], ['data-scientist'], ['reviewer']]) {
      const person = await gw.as({ user: 'someone', roles, teams: [alpha.team.name] });
      const refused = await person.error(TeamApiKeysDocument, { id: alpha.team.id });
      assert.equal(refused.extensions?.code, 'FORBIDDEN', roles.join());
      assert.match(refused.message, /do not allow you to read ApiKey nodes/);
    }
  });

  it("pages each team's keys on its own, forward and backward, several teams in one query", async () => {
    const pages = async (variables: { keys?: number; last?: number }) => {
      const { teams } = await gw.client.data(TeamsWithApiKeysDocument, { first: 10, ...variables });
      return Object.fromEntries(
        teams.nodes.map((team) => [
          team.name,
          [
            team.apiKeys.totalCount,
            team.apiKeys.nodes.map((key) => key.name),
            team.apiKeys.pageInfo.hasNextPage,
            team.apiKeys.pageInfo.hasPreviousPage,
          ],
        ]),
      );
    };
    assert.deepEqual(await pages({ keys: 2 }), {
      'team-keys-alpha': [3, ['scorer', 'batch'], true, false],
      'team-keys-beta': [1, ['beta-scorer'], false, false],
    });
    assert.deepEqual(await pages({ last: 2 }), {
      'team-keys-alpha': [3, ['batch', 'audit'], false, true],
      'team-keys-beta': [1, ['beta-scorer'], false, false],
    });

    const page = async (variables: { first?: number; after?: string; last?: number; before?: string }) => {
      const { node } = await gw.client.data(TeamApiKeysDocument, { id: alpha.team.id, ...variables });
      assert.ok(node?.__typename === 'Team');
      return node.apiKeys;
    };
    const one = await page({ first: 2 });
    const two = await page({ first: 2, after: one.pageInfo.endCursor! });
    assert.deepEqual(
      [two.nodes.map((key) => key.name), two.pageInfo.hasNextPage, two.pageInfo.hasPreviousPage],
      [['audit'], false, true],
    );
    const back = await page({ last: 1, before: two.pageInfo.startCursor! });
    assert.deepEqual(
      [back.nodes.map((key) => key.name), back.pageInfo.hasPreviousPage, back.pageInfo.hasNextPage],
      [['batch'], true, true],
    );
    const foreign = await gw.client.error(TeamApiKeysDocument, { id: alpha.team.id, after: 'not-a-cursor' });
    assert.equal(foreign.extensions?.code, 'BAD_USER_INPUT');
  });
});
