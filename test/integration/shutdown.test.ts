import assert from 'node:assert/strict';
import http from 'node:http';
import { answered as readAnswer } from '../support/load';
import { after, before, describe, it } from 'node:test';
import { print } from 'graphql';
import { CreateApiKeyDocument, DeploymentEventsDocument, PredictDocument } from '../../src/client/generated/graphql';
import { eventually } from '../support/eventually';
import { createChain, deploy } from '../support/fixtures';
import { ADMIN, startTestGateway, type TestGateway } from '../support/gateway';
import { startGatewayBeside, type GatewayProcess } from '../support/process';
import { collect, deploymentProbe, subscriber } from '../support/subscriptions';

const CLIENTS = 64;
/** Node's default keep-alive timeout, which the gateway keeps: how long drain lets an idle connection be. */
const KEEP_ALIVE_MS = 5_000;

describe('shutdown under load', { timeout: 180_000 }, () => {
  let setup: TestGateway;
  let gateway: GatewayProcess | undefined;
  let apiKey: string;
  before(async () => {
    setup = await startTestGateway({ MODELGATE_DEMO: 'false' });
    const chain = await createChain(setup.client, 'draining');
    await deploy(setup, chain.team.id, 'draining', chain.modelVersion.id);
    const { createApiKey } = await setup.client.data(CreateApiKeyDocument, {
      input: { teamId: chain.team.id, name: 'load', deploymentNames: ['draining'] },
    });
    apiKey = createApiKey.secret;
    gateway = await startGatewayBeside(setup, { MODELGATE_SHUTDOWN_TIMEOUT_MS: '20000' });
  });
  after(async () => {
    if (gateway?.process.exitCode === null) await gateway.stop();
    await setup?.stop();
  });

  it('answers every request it received, closes subscriptions with 1001, writes every log entry and exits cleanly', async () => {
    const url = gateway!.url;
    const body = JSON.stringify({
      query: print(PredictDocument),
      variables: {
        deployment: 'draining',
        instances: [
          { income: 1, age: 2 },
          { income: 3, age: 4 },
        ],
      },
    });
    let answered = 0;
    const failures: string[] = [];
    let refused = 0;
    // Each client a service with one keep-alive connection, through Node's HTTP client. (undici's fetch may write
    // its next request on a connection whose answer said `Connection: close`, and lose it: a client-side race.)
    const agents = Array.from({ length: CLIENTS }, () => new http.Agent({ keepAlive: true, maxSockets: 1 }));
    const { port } = new URL(url);
    const post = (agent: http.Agent) =>
      new Promise<{ status: number; text: string }>((resolve, reject) => {
        const request = http.request(
          {
            host: '127.0.0.1',
            port,
            path: '/graphql',
            method: 'POST',
            agent,
            headers: { 'content-type': 'application/json', 'x-api-key': apiKey },
          },
          readAnswer(resolve, reject),
        );
        request.on('error', reject);
        request.end(body);
      });
    const served = new Set<number>();
    const client = async (index: number) => {
      for (;;) {
        try {
          const { status, text } = await post(agents[index]!);
          const result = JSON.parse(text) as { errors?: { extensions?: { code?: string } }[] };
          if (status === 200 && !result.errors) {
            answered += 1;
            served.add(index);
          } else failures.push(`${status} ${result.errors?.[0]?.extensions?.code}`);
        } catch (error) {
          const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
          // Refused: the gateway had stopped accepting, so it never received the request; the client may send it elsewhere.
          if (code === 'ECONNREFUSED') {
            refused += 1;
            return;
          }
          failures.push(String(code));
        }
      }
    };
    const events = subscriber(url, `Bearer ${await setup.token(ADMIN)}`);
    const subscription = collect(events, DeploymentEventsDocument, { name: 'draining' }, 1);
    await subscription.subscribed(deploymentProbe(setup, 'draining'));

    const load = Promise.all(Array.from({ length: CLIENTS }, (_, index) => client(index)));
    // Every client's connection accepted and answered once: a connection the kernel completed but the
    // gateway has not accepted yet when it stops listening is reset by the kernel, a request it never received.
    await eventually(
      () => (served.size === CLIENTS ? answered : 0),
      (count) => count >= 200,
      60_000,
    );
    gateway!.process.kill('SIGTERM');
    const [code] = await Promise.all([gateway!.exited, load]);

    assert.deepEqual(failures, [], 'no request was reset or failed');
    assert.equal(refused, CLIENTS, 'each client stopped only when the gateway no longer accepted');
    assert.ok(answered >= 200);
    await assert.rejects(subscription.done, /closed 1001/, 'the subscription was closed as going away');
    await events.dispose();
    for (const agent of agents) agent.destroy();
    assert.equal(code, 0, `exited cleanly within its deadline:\n${gateway!.log.join('').slice(-2000)}`);
    assert.match(gateway!.log.join(''), /stopped: every request received was answered/);

    const [logged] = await setup.gateway.orm.em
      .getConnection()
      .execute<{ count: string }[]>(
        `select count(*) from prediction_log_entry l join deployment d on d.id = l.deployment_id where d.name = 'draining'`,
      );
    assert.equal(Number(logged!.count), answered, 'every answered prediction is in the log');
  });

  it('answers a request received before SIGTERM that is still running past the keep-alive timeout', async () => {
    const late = await startGatewayBeside(setup, { MODELGATE_SHUTDOWN_TIMEOUT_MS: '30000' });
    const body = Buffer.from(
      JSON.stringify({
        query: print(PredictDocument),
        variables: { deployment: 'draining', instances: [{ income: 1, age: 2 }] },
      }),
    );
    // A client on a slow link: it asks whether to send its body (Expect: 100-continue), so it knows the
    // gateway received the request; the gateway is then told to stop, and the body trickles in until
    // well past the keep-alive timeout, after which drain closes connections it finds idle.
    const answer = new Promise<{ status: number; text: string }>((resolve, reject) => {
      const request = http.request(
        {
          host: '127.0.0.1',
          port: new URL(late.url).port,
          path: '/graphql',
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-api-key': apiKey, expect: '100-continue' },
        },
        readAnswer(resolve, reject),
      );
      request.on('error', reject);
      request.once('continue', () => {
        late.process.kill('SIGTERM');
        void (async () => {
          const until = Date.now() + KEEP_ALIVE_MS + 2_000;
          let sent = 0;
          while (Date.now() < until && !request.destroyed) {
            request.write(body.subarray(sent, (sent += 1)));
            await new Promise((resolve) => setTimeout(resolve, 200));
          }
          if (!request.destroyed) request.end(body.subarray(sent));
        })();
      });
      request.flushHeaders();
    });
    const [outcome, code] = await Promise.all([
      answer.catch((error: NodeJS.ErrnoException) => ({ status: 0, text: error.code ?? error.message })),
      late.exited,
    ]);
    assert.equal(outcome.status, 200, `the request was cut: ${outcome.text}`);
    const result = JSON.parse(outcome.text) as { data?: { predict: { outputs: unknown[] } }; errors?: unknown };
    assert.equal(result.errors, undefined, outcome.text);
    assert.equal(result.data?.predict.outputs.length, 1, 'answered completely');
    assert.equal(code, 0, `exited cleanly within its deadline:\n${late.log.join('').slice(-2000)}`);
    assert.match(late.log.join(''), /stopped: every request received was answered/);
  });
});
