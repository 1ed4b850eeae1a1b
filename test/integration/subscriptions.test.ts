import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  ApproveModelVersionDocument,
  CreateApiKeyDocument,
  RevokeApiKeyDocument,
  DeploymentEventsDocument,
  ModelVersionEventsDocument,
  RegisterModelVersionDocument,
  RetireDeploymentDocument,
  SubmitModelVersionForReviewDocument,
} from '../../src/client/generated/graphql';
import { classifierVersion, createChain, deploy } from '../support/fixtures';
import { startTestGateway, type TestGateway } from '../support/gateway';
import { collect, deploymentProbe, modelProbe, subscriber } from '../support/subscriptions';
import { startGatewayProcess, type GatewayProcess } from '../support/process';

describe('live events across gateway processes', () => {
  let gw: TestGateway;
  let other: GatewayProcess;
  let chain: Awaited<ReturnType<typeof createChain>>;
  let adminToken: string;
  before(async () => {
    gw = await startTestGateway();
    chain = await createChain(gw.client, 'live');
    // A second gateway process on the same database.
    other = await startGatewayProcess({
      ...process.env,
      ...gw.databaseEnv,
      MODELGATE_JWT_SECRET: gw.config.jwt.secret,
      LOG_LEVEL: 'info',
    });
    adminToken = `Bearer ${await gw.token({ user: 'watcher', roles: ['admin'] })}`;
  });
  after(async () => {
    await other.stop();
    await gw.stop();
  });

  it('delivers a lifecycle step made on one gateway to a subscriber of the other', async () => {
    const { registerModelVersion } = await gw.client.data(RegisterModelVersionDocument, {
      input: classifierVersion(chain.model.id, chain.run.id),
    });
    const client = subscriber(other.url, adminToken);
    const events = collect(client, ModelVersionEventsDocument, { modelId: chain.model.id }, 3);
    await events.subscribed(modelProbe(gw, chain.model.id));

    const id = registerModelVersion.id;
    await gw.client.data(SubmitModelVersionForReviewDocument, { id });
    for (const reviewer of gw.reviewers) await reviewer.data(ApproveModelVersionDocument, { id, comment: 'ok' });

    const received = await events.done;
    assert.deepEqual(
      received.map(({ modelVersionEvents: e }) => [e.action, e.actor, e.state, e.modelVersion?.id]),
      [
        ['submitModelVersionForReview', 'test-admin', 'IN_REVIEW', id],
        ['approveModelVersion', 'rita', 'IN_REVIEW', id],
        ['approveModelVersion', 'rolf', 'APPROVED', id],
      ],
    );
    await client.dispose();
  });

  it('delivers deployment changes', async () => {
    await deploy(gw, chain.team.id, 'live-one', chain.modelVersion.id);
    const client = subscriber(other.url, adminToken);
    const events = collect(client, DeploymentEventsDocument, { name: 'live-one' }, 1);
    await events.subscribed(deploymentProbe(gw, 'live-one'));
    await gw.client.data(RetireDeploymentDocument, { name: 'live-one' });
    const [event] = await events.done;
    assert.deepEqual(event, {
      deploymentEvents: {
        action: 'retireDeployment',
        actor: 'test-admin',
        status: 'RETIRED',
        drift: null,
        deployment: { name: 'live-one', status: 'RETIRED' },
      },
    });
    await client.dispose();
  });

  it('stops delivering to a key revoked after it subscribed', async () => {
    await deploy(gw, chain.team.id, 'live-two', chain.modelVersion.id);
    const { createApiKey } = await gw.client.data(CreateApiKeyDocument, {
      input: { teamId: chain.team.id, name: 'watcher', deploymentNames: ['live-two'] },
    });
    const client = subscriber(other.url, `ApiKey ${createApiKey.secret}`);
    const events = collect(client, DeploymentEventsDocument, { name: 'live-two' }, 1);
    await events.subscribed(deploymentProbe(gw, 'live-two'));
    await gw.client.data(RevokeApiKeyDocument, { id: createApiKey.apiKey.id });
    await gw.client.data(RetireDeploymentDocument, { name: 'live-two' });
    // The revocation's notice closes the connection (4403), or the next event finds the key revoked, whichever comes first.
    await assert.rejects(
      events.done,
      /The API key was revoked.*UNAUTHENTICATED|closed 4403 Forbidden/,
      'the event is withheld once the key is revoked',
    );
    await client.dispose();
  });

  it('authorises subscriptions like queries', async () => {
    const anonymous = subscriber(other.url);
    await assert.rejects(
      collect(anonymous, ModelVersionEventsDocument, { modelId: chain.model.id }, 1).done,
      /UNAUTHENTICATED|Sign in/,
    );
    await anonymous.dispose();

    const stranger = subscriber(
      other.url,
      `Bearer ${await gw.token({ user: 'sam', roles: ['viewer'], teams: ['someone-else'] })}`,
    );
    await assert.rejects(
      collect(stranger, ModelVersionEventsDocument, { modelId: chain.model.id }, 1).done,
      /NOT_FOUND|No model/,
    );
    await stranger.dispose();

    const forged = subscriber(other.url, 'Bearer forged.token.value');
    await assert.rejects(
      collect(forged, ModelVersionEventsDocument, { modelId: chain.model.id }, 1).done,
      /4403|Forbidden/,
    );
    await forged.dispose();
  });
});
