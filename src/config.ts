import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { backendNames } from './inference/backend';

/** A yes/no setting, spelled true or false. */
const flag = z.enum(['true', 'false']).transform((value) => value === 'true');

/**
 * Every setting modelgate reads, from the environment, validated once at start-up, and the Config
 * it becomes: the type is inferred from here, so a setting is declared in this one place.
 */
const configSchema = z
  .object({
    PORT: z.coerce.number().int().min(0).max(65535).default(4000),
    HOST: z.string().default('0.0.0.0'),
    MODELGATE_DATA_DIR: z.string().default('.modelgate'),
    DATABASE_URL: z
      .string()
      .url()
      .optional()
      .describe(`External PostgreSQL, as the runtime role; when absent an embedded one runs under MODELGATE_DATA_DIR.`),
    MODELGATE_MIGRATION_URL: z
      .string()
      .url()
      .optional()
      .describe(
        `The owner of the external database's tables, whom migrations run as; unset, they run as DATABASE_URL.`,
      ),
    MODELGATE_ALLOW_SUPERUSER: flag
      .default(false)
      .describe(`Run even when DATABASE_URL connects as a superuser (who could rewrite the audit trail).`),
    MODELGATE_EMBEDDED_PG_PORT: z.coerce.number().int().min(1).max(65535).default(54329),
    MODELGATE_DB_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    OTEL_EXPORTER_OTLP_ENDPOINT: z.string().url().optional(),
    OTEL_SERVICE_NAME: z.string().default('modelgate'),
    MODELGATE_TRACE_SAMPLE_RATIO: z.coerce.number().min(0).max(1).default(1),
    MODELGATE_POLICIES_DIR: z
      .string()
      .optional()
      .describe(
        `Folder of the role and gate policies (YAML), reloaded when they change; unset, the shipped policies/.`,
      ),
    MODELGATE_JWT_SECRET: z
      .string()
      .min(32, 'must be at least 32 characters')
      .optional()
      .describe(
        `HS256 secret; when neither it nor MODELGATE_JWKS_URL is set, one is generated under MODELGATE_DATA_DIR.`,
      ),
    MODELGATE_JWKS_URL: z.string().url().optional().describe(`RS256/ES256 keys of an identity provider.`),
    MODELGATE_METRICS: z
      .enum(['off', 'loopback', 'token'])
      .default('loopback')
      .describe(`Who may read /metrics: nobody, callers on this host, or callers with MODELGATE_METRICS_TOKEN.`),
    MODELGATE_METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
    MODELGATE_AUDIT_KEY: z
      .string()
      .min(32, 'must be at least 32 characters')
      .optional()
      .describe(
        `Key of the audit chain's seals; unset, one is generated under MODELGATE_DATA_DIR. Never stored in the database.`,
      ),
    MODELGATE_DIGEST_KEY: z
      .string()
      .min(32, 'must be at least 32 characters')
      .optional()
      .describe(
        `Key of the prediction log's digests (HMAC-SHA-256 of the inputs); unset, one is generated under MODELGATE_DATA_DIR. Never stored in the database.`,
      ),
    MODELGATE_JWT_ISSUER: z.string().min(1).default('modelgate'),
    MODELGATE_JWT_AUDIENCE: z.string().min(1).default('modelgate'),
    MODELGATE_BACKEND: z
      .enum(backendNames)
      .optional()
      .describe(`Forces an inference backend, and start-up fails when it cannot run; unset picks the best available.`),
    MODELGATE_WORKERS: z.coerce
      .number()
      .int()
      .min(1)
      .max(64)
      .optional()
      .describe(
        `Inference worker threads; unset, the backend's default: one per core but one, and one on webgpu (it owns the GPU).`,
      ),
    MODELGATE_MAX_INSTANCES: z.coerce
      .number()
      .int()
      .min(1)
      .max(100_000)
      .default(1024)
      .describe(`Most instances one predict request may carry.`),
    MODELGATE_MAX_QUEUED_INSTANCES: z.coerce
      .number()
      .int()
      .min(1)
      .default(4096)
      .describe(
        `Instances that may wait for a batch, per deployment and version; past it requests answer UNAVAILABLE at once.`,
      ),
    MODELGATE_PREDICT_TIMEOUT_MS: z.coerce
      .number()
      .int()
      .min(1)
      .default(10_000)
      .describe(`Longest a prediction waits for a worker before it answers UNAVAILABLE.`),
    MODELGATE_WORKER_MEMORY_MB: z.coerce
      .number()
      .int()
      .min(64)
      .default(2048)
      .describe(`V8 heap of each inference worker, in MiB; past it the worker is replaced.`),
    MODELGATE_WORKER_CALL_TIMEOUT_MS: z.coerce
      .number()
      .int()
      .min(1000)
      .default(60_000)
      .describe(`Longest one call to a worker may take; past it the worker is taken for stuck and replaced.`),
    MODELGATE_EXPLAIN_TIMEOUT_MS: z.coerce
      .number()
      .int()
      .min(1)
      .default(30_000)
      .describe(`Longest the explanations of one request may take before they answer UNAVAILABLE.`),
    MODELGATE_ROUTING_REFRESH_MS: z.coerce
      .number()
      .int()
      .min(100)
      .default(10_000)
      .describe(`How often the routing table is read whole, should a change notice be missed.`),
    MODELGATE_PREDICTION_LOG_BUFFER: z.coerce
      .number()
      .int()
      .min(1)
      .default(100_000)
      .describe(`Prediction log entries waiting for the database before new ones are dropped (and counted).`),
    MODELGATE_EVALUATIONS_AT_ONCE: z.coerce
      .number()
      .int()
      .min(1)
      .max(16)
      .default(1)
      .describe(`Evaluation runs one gateway runs at once; more wait (up to 16), past that they are refused.`),
    MODELGATE_EVALUATION_BATCH_SIZE: z.coerce
      .number()
      .int()
      .min(1)
      .max(65_536)
      .default(512)
      .describe(`Rows an evaluation sends the workers per call (split further by the activation bound).`),
    MODELGATE_PREDICTION_LOG_RETENTION_DAYS: z.coerce
      .number()
      .int()
      .min(1)
      .max(36_500)
      .default(90)
      .describe(`Prediction log entries older than this many days are dropped (hourly, in bulk).`),
    MODELGATE_DEMO: flag
      .default(true)
      .describe(`Train and deploy the demo models on the first start of the embedded default.`),
    MODELGATE_UNLOAD_IDLE_MS: z.coerce
      .number()
      .int()
      .min(0)
      .default(60_000)
      .describe(`A model no deployment uses is unloaded once idle this long.`),
    MODELGATE_ARTIFACT_MAX_PARAMETERS: z.coerce
      .number()
      .int()
      .min(1)
      .default(100_000_000)
      .describe(`Most weights an uploaded model may declare.`),
    MODELGATE_SHUTDOWN_TIMEOUT_MS: z.coerce
      .number()
      .int()
      .min(1000)
      .default(15_000)
      .describe(
        `On SIGTERM or SIGINT, the longest the gateway takes to answer what it received and stop; past it, it exits anyway.`,
      ),
    MODELGATE_MAX_ACTIVATION_MB: z.coerce
      .number()
      .int()
      .min(1)
      .optional()
      .describe(
        `Activation memory (tensors alive at once) one model call in a worker may need, in MiB: uploads that would need more at the backend's default maximum batch size are refused, and larger batches run in parts. Unset, the backend's: 512, 4096 on webgpu.`,
      ),
    MODELGATE_MAX_GFLOPS_PER_INSTANCE: z.coerce
      .number()
      .positive()
      .default(20)
      .describe(`Most floating-point operations, in billions, an uploaded model may need for one instance.`),
    MODELGATE_ARTIFACT_MAX_BYTES: z.coerce
      .number()
      .int()
      .min(1024)
      .default(100 * 1024 * 1024)
      .describe(
        `Largest model archive an upload may carry, in bytes: a longer declared length is refused before the body is read, a longer stream as it passes it.`,
      ),
    MODELGATE_EVALUATION_SET_MAX_BYTES: z.coerce
      .number()
      .int()
      .min(1024)
      .default(256 * 1024 * 1024)
      .describe(
        `Largest body of rows PUT /datasets/versions/{id}/rows accepts, in bytes: a longer declared length is refused (413) before the body is read, a longer stream as it passes it.`,
      ),
    MODELGATE_EVALUATION_SET_MAX_ROWS: z.coerce
      .number()
      .int()
      .min(1)
      .default(1_000_000)
      .describe(
        `Most rows an evaluation set may hold: rows of a dataset version that declares more are refused (400) before the body is read.`,
      ),
    MODELGATE_OUTCOMES_MAX_BYTES: z.coerce
      .number()
      .int()
      .min(1024)
      .default(64 * 1024 * 1024)
      .describe(
        `Largest body of outcomes POST /deployments/{name}/outcomes accepts, in bytes: a longer declared length is refused (413) before the body is read, a longer stream as it passes it.`,
      ),
    MODELGATE_OUTCOMES_PER_REQUEST: z.coerce
      .number()
      .int()
      .min(1)
      .default(1_000_000)
      .describe(
        `Most outcomes one report may carry (recordOutcomes or one bulk body); a report is written whole or not at all.`,
      ),
    MODELGATE_MAX_RESPONSE_BYTES: z.coerce
      .number()
      .int()
      .min(1024)
      .default(64 * 1024 * 1024)
      .describe(
        `Largest answer one request may get, in bytes, estimated from the output tensors before it is written (JSON numbers at their longest, binary data exactly): GraphQL predict and its explanations, and v2 inference. Past it the request is refused (LIMIT_EXCEEDED, HTTP 413).`,
      ),
  })
  .superRefine((s, problems) => {
    if (s.MODELGATE_MIGRATION_URL && !s.DATABASE_URL)
      problems.addIssue({
        code: 'custom',
        path: ['MODELGATE_MIGRATION_URL'],
        message: 'needs DATABASE_URL (the embedded database makes its own roles)',
      });
    if (s.MODELGATE_METRICS === 'token' && !s.MODELGATE_METRICS_TOKEN)
      problems.addIssue({
        code: 'custom',
        path: ['MODELGATE_METRICS_TOKEN'],
        message: 'needed when MODELGATE_METRICS is token',
      });
  })
  .transform((s) => ({
    /** modelgate's own version (package.json). */
    version: (JSON.parse(fs.readFileSync(path.join(__dirname, '../../package.json'), 'utf8')) as { version: string })
      .version,
    port: s.PORT,
    host: s.HOST,
    dataDir: path.resolve(s.MODELGATE_DATA_DIR),
    databaseUrl: s.DATABASE_URL,
    migrationUrl: s.MODELGATE_MIGRATION_URL,
    allowSuperuser: s.MODELGATE_ALLOW_SUPERUSER,
    embeddedPostgresPort: s.MODELGATE_EMBEDDED_PG_PORT,
    dbPoolMax: s.MODELGATE_DB_POOL_MAX,
    logLevel: s.LOG_LEVEL,
    otlpEndpoint: s.OTEL_EXPORTER_OTLP_ENDPOINT,
    serviceName: s.OTEL_SERVICE_NAME,
    serving: {
      backend: s.MODELGATE_BACKEND,
      workers: s.MODELGATE_WORKERS,
      maxInstances: s.MODELGATE_MAX_INSTANCES,
      maxQueuedInstances: s.MODELGATE_MAX_QUEUED_INSTANCES,
      timeoutMs: s.MODELGATE_PREDICT_TIMEOUT_MS,
      explainTimeoutMs: s.MODELGATE_EXPLAIN_TIMEOUT_MS,
      workerMemoryMb: s.MODELGATE_WORKER_MEMORY_MB,
      workerCallTimeoutMs: s.MODELGATE_WORKER_CALL_TIMEOUT_MS,
      routingRefreshMs: s.MODELGATE_ROUTING_REFRESH_MS,
      logBuffer: s.MODELGATE_PREDICTION_LOG_BUFFER,
      logRetentionDays: s.MODELGATE_PREDICTION_LOG_RETENTION_DAYS,
      unloadIdleMs: s.MODELGATE_UNLOAD_IDLE_MS,
      maxActivationMb: s.MODELGATE_MAX_ACTIVATION_MB,
      maxGflopsPerInstance: s.MODELGATE_MAX_GFLOPS_PER_INSTANCE,
      maxResponseBytes: s.MODELGATE_MAX_RESPONSE_BYTES,
    },
    evaluations: { concurrency: s.MODELGATE_EVALUATIONS_AT_ONCE, batchSize: s.MODELGATE_EVALUATION_BATCH_SIZE },
    demo: s.MODELGATE_DEMO,
    shutdownTimeoutMs: s.MODELGATE_SHUTDOWN_TIMEOUT_MS,
    artifactMaxBytes: s.MODELGATE_ARTIFACT_MAX_BYTES,
    artifactMaxParameters: s.MODELGATE_ARTIFACT_MAX_PARAMETERS,
    evaluationSets: { maxBytes: s.MODELGATE_EVALUATION_SET_MAX_BYTES, maxRows: s.MODELGATE_EVALUATION_SET_MAX_ROWS },
    outcomes: { maxBytes: s.MODELGATE_OUTCOMES_MAX_BYTES, perRequest: s.MODELGATE_OUTCOMES_PER_REQUEST },
    metrics: { access: s.MODELGATE_METRICS, token: s.MODELGATE_METRICS_TOKEN },
    auditKey: s.MODELGATE_AUDIT_KEY,
    digestKey: s.MODELGATE_DIGEST_KEY,
    policiesDir: path.resolve(s.MODELGATE_POLICIES_DIR ?? path.join(__dirname, '../../policies')),
    jwt: {
      secret: s.MODELGATE_JWT_SECRET,
      jwksUrl: s.MODELGATE_JWKS_URL,
      issuer: s.MODELGATE_JWT_ISSUER,
      audience: s.MODELGATE_JWT_AUDIENCE,
    },
  }));

/** modelgate's settings, as configSchema makes them from the environment. */
export type Config = z.output<typeof configSchema>;

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  }
  return parsed.data;
}
