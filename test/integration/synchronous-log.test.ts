import assert from 'node:assert/strict';
import fs from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { print } from 'graphql';
import { CreateApiKeyDocument, PredictDocument } from '../../src/client/generated/graphql';
import { createChain, deploy } from '../support/fixtures';
import { startTestGateway, type TestGateway } from '../support/gateway';
import { eventually } from '../support/eventually';
import { graphqlLoad } from '../support/load';
import { policyFolder } from '../support/policies';
import { startGatewayBeside, type GatewayProcess } from '../support/process';

const CLIENTS = 16;

describe('synchronous prediction logging', { timeout: 180_000 }, () => {
  let setup: TestGateway;
  let gateway: GatewayProcess | undefined;
  let apiKey: string;
  const policies = policyFolder({
    'prediction-log.yaml': 'synchronous:\n  environments: []\n  deployments: [audited]\n',
  });

  before(async () => {
    setup = await startTestGateway({ MODELGATE_DEMO: 'false' });
    const chain = await createChain(setup.client, 'sync-log');
    await deploy(setup, chain.team.id, 'audited', chain.modelVersion.id);
    const { createApiKey } = await setup.client.data(CreateApiKeyDocument, {
      input: { teamId: chain.team.id, name: 'load', deploymentNames: ['audited'] },
    });
    apiKey = createApiKey.secret;
    gateway = await startGatewayBeside(setup, { MODELGATE_POLICIES_DIR: policies });
  });
  after(async () => {
    if (gateway?.process.exitCode === null) gateway.process.kill('SIGKILL');
    await setup?.stop();
    fs.rmSync(policies, { recursive: true, force: true });
  });

  it('loses no answered prediction when the gateway is killed with SIGKILL under load', async () => {
    const body = JSON.stringify({
      query: print(PredictDocument),
      variables: { deployment: 'audited', instances: [{ income: 0.3, age: 0.4 }] },
    });
    const load = graphqlLoad(gateway!.url, { 'x-api-key': apiKey }, body, CLIENTS);
    await eventually(
      () => load.answered,
      (answered) => answered >= 300,
      60_000,
    );
    gateway!.process.kill('SIGKILL');
    await gateway!.exited;
    await load.stop();

    const rows = (await setup.gateway.orm.em
      .getConnection()
      .execute(`select request_id from prediction_log_entry where request_id like 'load-%'`)) as {
      request_id: string;
    }[];
    const logged = new Set(rows.map((row) => row.request_id));
    const missing = load.answeredIds.filter((id) => !logged.has(id));
    assert.ok(load.answered >= 300, `${load.answered} answered before the kill`);
    assert.deepEqual(missing, [], `${missing.length} of ${load.answered} answered predictions are not in the log`);
  });
});
