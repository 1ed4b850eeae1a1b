import {
  CreateApiKeyDocument,
  CreateDatasetDocument,
  CreateTeamDocument,
  RegisterDatasetVersionDocument,
  type Sensitivity,
} from '../../src/client/generated/graphql';
import { GraphQLClient } from './client';
import { createChain, creditDatasetVersion, deploy } from './fixtures';
import type { TestGateway } from './gateway';

export type Target = 'own' | 'other' | 'restricted';

/** The nodes of one team: a full chain and a live deployment. */
async function teamNodes(gw: TestGateway, team: string, sensitivity: Sensitivity) {
  const chain = await createChain(gw.client, team, sensitivity);
  const deployment = await deploy(gw, chain.team.id, `${team}-live`, chain.modelVersion.id);
  return { ...chain, deployment };
}

/**
 * Two teams, "own" (alpha, the team of every signed-in person) and "other" (beta, with an
 * INTERNAL dataset), and a RESTRICTED dataset of beta. The service key of alpha may call alpha-live.
 */
export async function buildWorld(gw: TestGateway) {
  const alpha = await teamNodes(gw, 'alpha', 'CONFIDENTIAL');
  const beta = await teamNodes(gw, 'beta', 'INTERNAL');
  const { createDataset: restrictedDataset } = await gw.client.data(CreateDatasetDocument, {
    input: { teamId: beta.team.id, name: 'beta-secrets', sensitivity: 'RESTRICTED' },
  });
  const { registerDatasetVersion: restrictedVersion } = await gw.client.data(RegisterDatasetVersionDocument, {
    input: {
      ...creditDatasetVersion(restrictedDataset.id),
      features: [{ name: 'ssn', dtype: 'STRING', pii: true }],
      statistics: [],
      anonymization: 'NONE',
    },
  });
  const { createApiKey } = await gw.client.data(CreateApiKeyDocument, {
    input: { teamId: alpha.team.id, name: 'alpha-scorer', deploymentNames: ['alpha-live'] },
  });
  const { createTeam: gamma } = await gw.client.data(CreateTeamDocument, { input: { name: 'gamma' } });
  const teams = { alpha: 'team-alpha', beta: 'team-beta' };
  const people = {
    viewer: await gw.as({ user: 'vera', roles: ['viewer'], teams: [teams.alpha] }),
    'data-scientist': await gw.as({ user: 'dana', roles: ['data-scientist'], teams: [teams.alpha] }),
    reviewer: await gw.as({ user: 'rui', roles: ['reviewer'], teams: [teams.alpha] }),
    deployer: await gw.as({ user: 'dev', roles: ['deployer'], teams: [teams.alpha] }),
    service: new GraphQLClient(gw.gateway.url, { 'x-api-key': createApiKey.secret }),
    admin: gw.client,
    anonymous: gw.anonymous,
  };
  return {
    alpha,
    beta,
    gamma,
    restricted: { dataset: restrictedDataset, version: restrictedVersion },
    people,
    apiKey: createApiKey,
  };
}

export type World = Awaited<ReturnType<typeof buildWorld>>;
export type Role = keyof World['people'];
