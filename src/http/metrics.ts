import type express from 'express';
import { Kind, type OperationDefinitionNode } from 'graphql';
import type { Config } from '../config';
import type { Metrics } from '../telemetry/metrics';

/**
 * Counts and times GraphQL operations, labelled by type and first root field (bounded by the schema)
 * and outcome (`OK` or the first error code), whatever transport carried them.
 */
export function operationMeter(metrics: Metrics) {
  // Each label set's series, looked up once: prom-client hashes the labels on every call otherwise.
  const counted = new Map<string, { inc(): void }>();
  const timed = new Map<string, { observe(value: number): void }>();
  return {
    /** One operation answered with `code`, `started` (process.hrtime.bigint()) when it arrived. */
    record(definition: OperationDefinitionNode | undefined, code: string, started: bigint): void {
      const root = definition?.selectionSet.selections.find((selection) => selection.kind === Kind.FIELD);
      const operation = definition
        ? `${definition.operation}:${root?.kind === Kind.FIELD ? root.name.value : '…'}`
        : 'unknown';
      const key = `${operation}\n${code}`;
      let series = counted.get(key);
      if (!series) counted.set(key, (series = metrics.operations.labels({ operation, code })));
      series.inc();
      let histogram = timed.get(operation);
      if (!histogram) timed.set(operation, (histogram = metrics.operationSeconds.labels({ operation })));
      histogram.observe(Number(process.hrtime.bigint() - started) / 1e9);
    },
  };
}

export type OperationMeter = ReturnType<typeof operationMeter>;

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
