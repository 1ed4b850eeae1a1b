import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import { after, before, describe, it } from 'node:test';
import { print } from 'graphql';
import { CreateApiKeyDocument, PredictDocument } from '../../src/client/generated/graphql';
import { createChain, deploy } from '../support/fixtures';
import { startTestGateway, type TestGateway } from '../support/gateway';
import { policyFolder } from '../support/policies';
import { startGatewayProcess, type GatewayProcess } from '../support/process';

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
    gateway = await startGatewayProcess({
      ...process.env,
      ...setup.databaseEnv,
      MODELGATE_DATA_DIR: setup.config.dataDir,
      MODELGATE_JWT_SECRET: setup.config.jwt.secret,
      MODELGATE_POLICIES_DIR: policies,
      MODELGATE_DEMO: 'false',
      MODELGATE_WORKERS: '1',
      LOG_LEVEL: 'info',
    });
  });
  after(async () => {
    if (gateway?.process.exitCode === null) gateway.process.kill('SIGKILL');
    await setup?.stop();
    fs.rmSync(policies, { recursive: true, force: true });
  });

  it('loses no answered prediction when the gateway is killed with SIGKILL under load', async () => {
    const { port } = new URL(gateway!.url);
    const answered: string[] = [];
    let killed = false;
    let sent = 0;
    const post = (agent: http.Agent, requestId: string) =>
      new Promise<number>((resolve, reject) => {
        const body = JSON.stringify({
          query: print(PredictDocument),
          variables: { deployment: 'audited', instances: [{ income: Math.random(), age: 0.4 }] },
        });
        const request = http.request(
          {
            host: '127.0.0.1',
            port,
            path: '/graphql',
            method: 'POST',
            agent,
            headers: { 'content-type': 'application/json', 'x-api-key': apiKey, 'x-request-id': requestId },
          },
          (response) => {
            let text = '';
            response.setEncoding('utf8');
            response.on('data', (chunk: string) => (text += chunk));
            response.on('end', () => resolve(response.statusCode === 200 && !text.includes('"errors"') ? 200 : 500));
            response.on('error', reject);
          },
        );
        request.on('error', reject);
        request.end(body);
      });
    const client = async (index: number) => {
      const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
      while (!killed) {
        const requestId = `sync-${index}-${sent++}`;
        const status = await post(agent, requestId).catch(() => 0);
        if (status === 200) answered.push(requestId);
        if (answered.length >= 300 && !killed) {
          killed = true;
          gateway!.process.kill('SIGKILL');
        }
      }
      agent.destroy();
    };
    await Promise.all(Array.from({ length: CLIENTS }, (_, index) => client(index)));
    await gateway!.exited;

    const rows = (await setup.gateway.orm.em
      .getConnection()
      .execute(`select request_id from prediction_log_entry where request_id like 'sync-%'`)) as {
      request_id: string;
    }[];
    const logged = new Set(rows.map((row) => row.request_id));
    const missing = answered.filter((id) => !logged.has(id));
    assert.ok(answered.length >= 300, `${answered.length} answered before the kill`);
    assert.deepEqual(missing, [], `${missing.length} of ${answered.length} answered predictions are not in the log`);
  });
});
