import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/** Deployment name and version number: the labels of everything measured per served version. */
export interface ServingLabels {
  deployment: string;
  version: string;
}

/** What the metrics read at scrape time from the parts that keep their own counts. */
export interface MetricSources {
  predictionLog(): { written: number; dropped: number; failedWrites: number; rejected: number; pending: number };
  /** Instances waiting in the dynamic batchers. */
  queuedInstances(): number;
  /** Per inference worker: seconds it has spent with work, and calls it has not answered. */
  workers(): { busySeconds: number; pendingCalls: number }[];
  /** Connections of each database pool. */
  databasePools(): Record<'orm' | 'background', { used: number; free: number; waiting: number }>;
  /** Model artifacts refused until an admin releases them, and inference workers replaced since start. */
  quarantinedModels(): number;
  workerReplacements(): number;
  /** Population stability index of each tracked feature, over the drift policy's window. */
  drift(): { labels: ServingLabels; feature: string; psi: number }[];
  /** Each version's live measures against reported outcomes, as last judged. */
  liveQuality(): { labels: ServingLabels; metric: string; value: number }[];
}

const latencyBuckets = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/**
 * The gateway's metrics in Prometheus' format (prom-client), served at /metrics. Label values are
 * bounded: root fields of the schema, deployment names and version numbers, error codes, worker
 * indexes, explanation methods, signature feature names; never a caller's id or anything a client
 * writes freely.
 */
export class Metrics {
  readonly registry = new Registry();

  readonly operations = this.counter(
    'modelgate_graphql_operations_total',
    'GraphQL operations answered, by operation (type and first root field) and outcome (OK or the first error code).',
    ['operation', 'code'],
  );

  readonly operationSeconds = this.histogram(
    'modelgate_graphql_operation_duration_seconds',
    'Time from a GraphQL request received to its answer, by operation.',
    ['operation'],
    latencyBuckets,
  );

  readonly predictions = this.counter(
    'modelgate_predictions_total',
    'Prediction requests answered (GraphQL and the v2 protocol), by deployment and model version.',
    ['deployment', 'version'],
  );

  readonly predictionErrors = this.counter(
    'modelgate_prediction_errors_total',
    'Prediction requests on an existing deployment that failed, by deployment and error code.',
    ['deployment', 'code'],
  );

  readonly predictionSeconds = this.histogram(
    'modelgate_prediction_duration_seconds',
    'Time from a prediction request routed to its outputs, by deployment and model version.',
    ['deployment', 'version'],
    latencyBuckets,
  );

  readonly instances = this.counter(
    'modelgate_prediction_instances_total',
    'Instances predicted, by deployment and model version.',
    ['deployment', 'version'],
  );

  readonly batchSize = this.histogram(
    'modelgate_inference_batch_size',
    'Instances in each inference batch the dynamic batcher formed, by deployment and model version.',
    ['deployment', 'version'],
    [1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024],
  );

  readonly queueSeconds = this.histogram(
    'modelgate_inference_queue_seconds',
    'Time each request waited for its batch to start, by deployment and model version.',
    ['deployment', 'version'],
    [0.0005, 0.001, 0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 5],
  );

  readonly explanations = this.counter(
    'modelgate_explanations_total',
    'Explanations computed, by method (one per instance explained).',
    ['method'],
  );

  readonly explanationEvaluations = this.counter(
    'modelgate_explanation_evaluations_total',
    'Model evaluations explanations cost, by method: their inference work in instance-evaluations.',
    ['method'],
  );

  readonly explanationSeconds = this.histogram(
    'modelgate_explanation_duration_seconds',
    "Time to compute one request's explanations, by method.",
    ['method'],
    latencyBuckets,
  );

  readonly driftAlerts = this.counter(
    'modelgate_drift_alerts_total',
    "Drift alerts raised: a version's inputs or outputs crossed the policy's PSI alert threshold.",
    ['deployment', 'version'],
  );

  readonly qualityAlerts = this.counter(
    'modelgate_quality_alerts_total',
    "Live quality alerts raised: a version's measures against reported outcomes failed a check of policies/quality.yaml.",
    ['deployment', 'version', 'check'],
  );

  constructor() {
    // Process metrics, the event loop's lag among them.
    collectDefaultMetrics({ register: this.registry, prefix: 'modelgate_' });
  }

  /**
   * Registers the series read at scrape time from the parts that keep their own counts. Separate
   * from the constructor because those parts report to the metrics too (batches, alerts): the
   * metrics are made first, and told where to read once the parts exist.
   */
  readFrom(sources: MetricSources): void {
    this.gauge(
      'modelgate_prediction_log_entries',
      'Prediction log entries by state: written, dropped (buffer full), rejected (by the database), pending; and failed write attempts.',
      ['state'],
      (set) => {
        const stats = sources.predictionLog();
        for (const state of ['written', 'dropped', 'rejected', 'pending', 'failedWrites'] as const)
          set({ state }, stats[state]);
      },
    );
    this.gauge(
      'modelgate_inference_queued_instances',
      'Instances waiting in the dynamic batchers for a worker.',
      [],
      (set) => set({}, sources.queuedInstances()),
    );
    this.gauge(
      'modelgate_worker_pending_calls',
      'Calls each inference worker has been given and not answered yet.',
      ['worker'],
      (set) => sources.workers().forEach((worker, index) => set({ worker: String(index) }, worker.pendingCalls)),
    );
    this.gauge(
      'modelgate_db_pool_connections',
      'Database connections by pool (orm: requests; background: routing table and prediction log) and state.',
      ['pool', 'state'],
      (set) => {
        for (const [pool, counts] of Object.entries(sources.databasePools()))
          for (const state of ['used', 'free', 'waiting'] as const) set({ pool, state }, counts[state]);
      },
    );
    this.gauge(
      'modelgate_live_quality',
      "A version's measure against reported outcomes over policies/quality.yaml's window, as last judged (metric: accuracy, rmse, equalOpportunityDifference, ...).",
      ['deployment', 'version', 'metric'],
      (set) => {
        for (const { labels, metric, value } of sources.liveQuality()) set({ ...labels, metric }, value);
      },
    );
    this.gauge(
      'modelgate_drift_psi',
      "Population stability index of a version's live inputs (outputs: feature output:<name>) against its reference, over the drift policy's window.",
      ['deployment', 'version', 'feature'],
      (set) => {
        for (const { labels, feature, psi } of sources.drift()) set({ ...labels, feature }, psi);
      },
    );
    this.gauge(
      'modelgate_quarantined_models',
      'Model artifacts quarantined (they broke a worker or kept failing): their deployments answer UNAVAILABLE until an admin releases them.',
      [],
      (set) => set({}, sources.quarantinedModels()),
    );
    new Counter({
      name: 'modelgate_worker_replacements_total',
      help: 'Inference workers started to replace one that stopped (a trap, memory past its limit, a stuck call).',
      registers: [this.registry],
      collect() {
        this.reset();
        this.inc(sources.workerReplacements());
      },
    });
    // A counter read at scrape time: workers keep their own busy time.
    new Counter({
      name: 'modelgate_worker_busy_seconds_total',
      help: 'Seconds each inference worker has spent with work (since its thread started).',
      labelNames: ['worker'],
      registers: [this.registry],
      collect() {
        this.reset();
        sources.workers().forEach((worker, index) => this.inc({ worker: String(index) }, worker.busySeconds));
      },
    });
  }

  private counter<L extends string>(name: string, help: string, labelNames: L[]): Counter<L> {
    return new Counter({ name, help, labelNames, registers: [this.registry] });
  }

  private histogram<L extends string>(name: string, help: string, labelNames: L[], buckets: number[]): Histogram<L> {
    return new Histogram({ name, help, labelNames, buckets, registers: [this.registry] });
  }

  /** A gauge whose values are read at scrape time; series not set this time are dropped. */
  private gauge<L extends string>(
    name: string,
    help: string,
    labelNames: L[],
    read: (set: (labels: Partial<Record<L, string>>, value: number) => void) => void,
  ): void {
    new Gauge({
      name,
      help,
      labelNames,
      registers: [this.registry],
      collect() {
        this.reset();
        read((labels, value) => this.set(labels as never, value));
      },
    });
  }
}
