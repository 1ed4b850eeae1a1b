import type { ApolloServerPlugin } from '@apollo/server';
import type express from 'express';
import { Kind } from 'graphql';
import type { Config } from '../config';
import type { RequestContext } from '../domain/context';
import type { Metrics } from '../telemetry/metrics';

/** Counts and times every GraphQL operation, labelled by its type and first root field (bounded by the schema). */
export function metricsPlugin(metrics: Metrics): ApolloServerPlugin<RequestContext> {
  // Each label set's series, looked up once: prom-client hashes the labels on every call otherwise.
  const counted = new Map<string, { inc(): void }>();
  const timed = new Map<string, { observe(value: number): void }>();
  const count = (operation: string, code: string) => {
    const key = `${operation}\n${code}`;
    let series = counted.get(key);
    if (!series) counted.set(key, (series = metrics.operations.labels({ operation, code })));
    series.inc();
  };
  const time = (operation: string, seconds: number) => {
    let series = timed.get(operation);
    if (!series) timed.set(operation, (series = metrics.operationSeconds.labels({ operation })));
    series.observe(seconds);
  };
  return {
    async requestDidStart() {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse({ operation: definition, response, errors }) {
          const root = definition?.selectionSet.selections.find((selection) => selection.kind === Kind.FIELD);
          const operation = definition
            ? `${definition.operation}:${root?.kind === Kind.FIELD ? root.name.value : '…'}`
            : 'unknown';
          const body = response.body.kind === 'single' ? response.body.singleResult : undefined;
          const code = errors?.[0]?.extensions?.code ?? body?.errors?.[0]?.extensions?.code ?? 'OK';
          count(operation, String(code));
          time(operation, Number(process.hrtime.bigint() - started) / 1e9);
        },
      };
    },
  };
}

/**
 * GET /metrics in Prometheus' text format, for whom the setting allows: nobody, callers on this host
 * (the default), or callers with the bearer token.
 */
export function metricsRoute(metrics: Metrics, setting: Config['metrics']): express.RequestHandler {
  return async (req, res) => {
    const address = req.socket.remoteAddress ?? '';
    const allowed =
      setting.access === 'loopback'
        ? address === '127.0.0.1' || address === '::1' || address === '::ffff:127.0.0.1'
        : setting.access === 'token' && req.headers.authorization === `Bearer ${setting.token}`;
    if (!allowed)
      return void res
        .status(setting.access === 'token' ? 401 : 404)
        .json({ error: 'Metrics are not served to this caller.' });
    res.setHeader('content-type', metrics.registry.contentType);
    res.end(await metrics.registry.metrics());
  };
}
