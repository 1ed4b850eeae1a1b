import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { signToken } from '../../src/authz/jwt';
import { loadConfig } from '../../src/config';
import {
  AuditEventsDocument,
  CreateTeamDocument,
  ModelVersionPredictionsDocument,
  PredictDocument,
  TeamsDocument,
} from '../../src/client/generated/graphql';
import { GraphQLClient } from '../support/client';
import { createTestDatabase } from '../support/database';
import { eventually } from '../support/eventually';
import { createChain, deploy } from '../support/fixtures';
import { ADMIN, startTestGateway } from '../support/gateway';
import { startGatewayBeside, startGatewayProcess } from '../support/process';

interface ExportedSpan {
  name: string;
  traceId: string;
}

/** A stand-in OTLP/HTTP collector on loopback that keeps the span names it receives. */
function startCollector(): Promise<{ url: string; spans: ExportedSpan[]; close(): void }> {
  const spans: ExportedSpan[] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      if (req.url === '/v1/traces') {
        const payload = JSON.parse(body) as { resourceSpans: { scopeSpans: { spans: ExportedSpan[] }[] }[] };
        for (const resource of payload.resourceSpans)
          for (const scope of resource.scopeSpans) spans.push(...scope.spans);
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({
        url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
        spans,
        close: () => server.close(),
      }),
    ),
  );
}

describe('telemetry', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  before(async () => {
    database = await createTestDatabase();
  });
  after(() => database.drop());

  /** A gateway process exporting its spans to a collector of the test's, and an admin's token for it. */
  const tracedGateway = async (env: NodeJS.ProcessEnv = {}) => {
    const collector = await startCollector();
    const settings = {
      ...process.env,
      ...database.env,
      MODELGATE_JWT_SECRET: 'telemetry-test-secret-of-at-least-32-chars',
      OTEL_EXPORTER_OTLP_ENDPOINT: collector.url,
      OTEL_BSP_SCHEDULE_DELAY: '100',
      ...env,
    };
    const token = await signToken(loadConfig(settings), { subject: 'tracer', roles: ['admin'], teams: [] });
    const gateway = await startGatewayProcess(settings);
    return {
      collector,
      token,
      gateway,
      // The gateway flushes its last spans on shutdown: the collector stays up until it has exited.
      stop: async () => {
        await gateway.stop();
        collector.close();
      },
    };
  };

  it('exports HTTP, GraphQL and SQL spans of one trace over OTLP when an endpoint is set', async () => {
    const { collector, token, gateway, stop } = await tracedGateway();
    try {
      const url = gateway.url;
      const client = new GraphQLClient(url, { authorization: `Bearer ${token}` });
      await client.data(CreateTeamDocument, { input: { name: 'traced' } });
      await client.data(TeamsDocument, {});
      const requestTraces = () =>
        new Set(collector.spans.filter((span) => span.name.startsWith('POST')).map((span) => span.traceId));
      const sqlInRequest = () =>
        collector.spans.find((span) => span.name.startsWith('pg.query') && requestTraces().has(span.traceId));
      await eventually(sqlInRequest, (span) => span !== undefined);

      const names = collector.spans.map((span) => span.name);
      assert.ok(
        names.some((name) => name.startsWith('POST')),
        `an HTTP server span among ${names.join(', ')}`,
      );
      assert.ok(
        names.some((name) => name.startsWith('mutation') || name.startsWith('query')),
        'a GraphQL operation span',
      );
      assert.ok(sqlInRequest(), 'a PostgreSQL span in the trace of an HTTP request');

      const { auditEvents } = await client.data(AuditEventsDocument, { filter: { actionIn: ['createTeam'] } });
      assert.ok(
        requestTraces().has(auditEvents.nodes[0]!.traceId!),
        'the audit event names the trace of the request that made it',
      );
    } finally {
      await stop();
    }
  });

  it('samples a share of the traces that start here, and follows a caller who sampled its own', async () => {
    const { collector, token, gateway, stop } = await tracedGateway({ MODELGATE_TRACE_SAMPLE_RATIO: '0' });
    try {
      const traceId = '4bf92f3577b34da6a3ce929d0e0e4736';
      await new GraphQLClient(gateway.url, { authorization: `Bearer ${token}` }).data(TeamsDocument, {});
      await new GraphQLClient(gateway.url, {
        authorization: `Bearer ${token}`,
        traceparent: `00-${traceId}-00f067aa0ba902b7-01`,
      }).data(TeamsDocument, {});
      // Spans are exported in the order they end: once the second request's have come, the first's would have too.
      await eventually(
        () => collector.spans.some((span) => span.traceId === traceId),
        (arrived) => arrived,
      );
      const traces = new Set(collector.spans.map((span) => span.traceId));
      assert.deepEqual([...traces], [traceId], 'only the trace its caller sampled was recorded');
    } finally {
      await stop();
    }
  });

  it("logs each prediction with its caller's trace id (traceparent), from GraphQL and from v2, without an exporter", async () => {
    const setup = await startTestGateway({ MODELGATE_DEMO: 'false' });
    try {
      const chain = await createChain(setup.client, 'traced-log');
      await deploy(setup, chain.team.id, 'traced-log', chain.modelVersion.id);
      // The command the way it runs in production, with telemetry bootstrapped: no OTLP endpoint, so nothing is
      // sampled, yet a caller's trace id is followed.
      const gateway = await startGatewayBeside(setup);
      const authorization = `Bearer ${await setup.token(ADMIN)}`;
      const traceparent = (traceId: string) => `00-${traceId}-00f067aa0ba902b7-01`;
      const viaGraphQL = '0af7651916cd43dd8448eb211c80319c';
      const viaV2 = '5b8aa5a2d2c872e8321cf37308d69df2';
      await new GraphQLClient(gateway.url, { authorization, traceparent: traceparent(viaGraphQL) }).data(
        PredictDocument,
        { deployment: 'traced-log', instances: [{ income: 1, age: 2 }] },
      );
      const v2 = await fetch(gateway.url.replace(/\/graphql$/, '/v2/models/traced-log/infer'), {
        method: 'POST',
        headers: { authorization, traceparent: traceparent(viaV2), 'content-type': 'application/json' },
        body: JSON.stringify({
          inputs: [
            { name: 'income', shape: [1], datatype: 'FP32', data: [3] },
            { name: 'age', shape: [1], datatype: 'FP32', data: [4] },
          ],
        }),
      });
      assert.equal(v2.status, 200, await v2.text());
      // It writes every entry of its log before it exits.
      assert.equal(await gateway.stop(), 0, gateway.log.join('').slice(-2000));

      const logged = async (traceId?: string) =>
        (
          await setup.client.data(ModelVersionPredictionsDocument, {
            id: chain.modelVersion.id,
            first: 10,
            ...(traceId && { filter: { traceId } }),
          })
        ).modelVersion.predictions;
      assert.deepEqual(
        (await logged()).nodes.map((entry) => [entry.instanceCount, entry.traceId]),
        [
          [1, viaV2],
          [1, viaGraphQL],
        ],
        'newest first, each with the trace id its caller sent',
      );
      for (const traceId of [viaGraphQL, viaV2]) {
        const found = await logged(traceId.toUpperCase());
        assert.deepEqual(
          found.nodes.map((entry) => entry.traceId),
          [traceId],
          'found by its trace id',
        );
      }
    } finally {
      await setup.stop();
    }
  });
});
