import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/**
 * The gateway's metrics in Prometheus' format (prom-client), served at /metrics. Label values are
 * bounded: root fields of the schema, deployment names and version numbers, error codes; never a
 * caller's id or anything a client writes freely.
 */
export class Metrics {
  readonly registry = new Registry();

  readonly operations = this.counter('modelgate_graphql_operations_total', 'GraphQL operations answered, by operation (type and first root field) and outcome (OK or the first error code).', [
    'operation',
    'code',
  ]);

  readonly operationSeconds = this.histogram('modelgate_graphql_operation_duration_seconds', 'Time from a GraphQL request received to its answer, by operation.', ['operation'], [
    0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10,
  ]);

  readonly predictions = this.counter('modelgate_predictions_total', 'Prediction requests answered (GraphQL and the v2 protocol), by deployment and model version.', ['deployment', 'version']);

  readonly instances = this.counter('modelgate_prediction_instances_total', 'Instances predicted, by deployment and model version.', ['deployment', 'version']);

  readonly batchSize = this.histogram('modelgate_inference_batch_size', 'Instances in each inference batch the dynamic batcher formed.', [], [1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024]);

  readonly queueSeconds = this.histogram('modelgate_inference_queue_seconds', 'Time each request waited for its batch to start.', [], [
    0.0005, 0.001, 0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 5,
  ]);

  constructor(predictionLog: () => { written: number; dropped: number; failedWrites: number; rejected: number; pending: number }) {
    // Process metrics, the event loop's lag among them.
    collectDefaultMetrics({ register: this.registry, prefix: 'modelgate_' });
    new Gauge({
      name: 'modelgate_prediction_log_entries',
      help: 'Prediction log entries by state: written, dropped (buffer full), rejected (by the database), pending; and failed write attempts.',
      labelNames: ['state'] as const,
      registers: [this.registry],
      collect() {
        const stats = predictionLog();
        for (const state of ['written', 'dropped', 'rejected', 'pending', 'failedWrites'] as const) this.set({ state }, stats[state]);
      },
    });
  }

  private counter<L extends string>(name: string, help: string, labelNames: L[]): Counter<L> {
    return new Counter({ name, help, labelNames, registers: [this.registry] });
  }

  private histogram<L extends string>(name: string, help: string, labelNames: L[], buckets: number[]): Histogram<L> {
    return new Histogram({ name, help, labelNames, buckets, registers: [this.registry] });
  }
}
