import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { backendNames, type BackendName } from './serving/backend';

/** Every setting modelgate reads, from the environment, validated once at start-up. */
const settingsSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().default('0.0.0.0'),
  MODELGATE_DATA_DIR: z.string().default('.modelgate'),
  DATABASE_URL: z.string().url().optional(),
  MODELGATE_MIGRATION_URL: z.string().url().optional(),
  MODELGATE_ALLOW_SUPERUSER: z.enum(['true', 'false']).default('false'),
  MODELGATE_EMBEDDED_PG_PORT: z.coerce.number().int().min(1).max(65535).default(54329),
  MODELGATE_DB_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  OTEL_EXPORTER_OTLP_ENDPOINT: z.string().url().optional(),
  OTEL_SERVICE_NAME: z.string().default('modelgate'),
  MODELGATE_TRACE_SAMPLE_RATIO: z.coerce.number().min(0).max(1).default(1),
  MODELGATE_POLICIES_DIR: z.string().optional(),
  MODELGATE_JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  MODELGATE_JWKS_URL: z.string().url().optional(),
  MODELGATE_METRICS: z.enum(['off', 'loopback', 'token']).default('loopback'),
  MODELGATE_METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  MODELGATE_AUDIT_KEY: z.string().min(32, 'must be at least 32 characters').optional(),
  MODELGATE_JWT_ISSUER: z.string().min(1).default('modelgate'),
  MODELGATE_JWT_AUDIENCE: z.string().min(1).default('modelgate'),
  MODELGATE_BACKEND: z.enum(backendNames).optional(),
  MODELGATE_WORKERS: z.coerce.number().int().min(1).max(64).optional(),
  MODELGATE_MAX_INSTANCES: z.coerce.number().int().min(1).max(100_000).default(1024),
  MODELGATE_MAX_QUEUED_INSTANCES: z.coerce.number().int().min(1).default(4096),
  MODELGATE_PREDICT_TIMEOUT_MS: z.coerce.number().int().min(1).default(10_000),
  MODELGATE_WORKER_MEMORY_MB: z.coerce.number().int().min(64).default(2048),
  MODELGATE_WORKER_CALL_TIMEOUT_MS: z.coerce.number().int().min(1000).default(60_000),
  MODELGATE_EXPLAIN_TIMEOUT_MS: z.coerce.number().int().min(1).default(30_000),
  MODELGATE_ROUTING_REFRESH_MS: z.coerce.number().int().min(100).default(10_000),
  MODELGATE_PREDICTION_LOG_BUFFER: z.coerce.number().int().min(1).default(100_000),
  MODELGATE_PREDICTION_LOG_RETENTION_DAYS: z.coerce.number().int().min(1).max(36_500).default(90),
  MODELGATE_DEMO: z.enum(['true', 'false']).default('true'),
  MODELGATE_UNLOAD_IDLE_MS: z.coerce.number().int().min(0).default(60_000),
  MODELGATE_ARTIFACT_MAX_PARAMETERS: z.coerce.number().int().min(1).default(100_000_000),
  MODELGATE_SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(1000).default(15_000),
  MODELGATE_ARTIFACT_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(100 * 1024 * 1024),
});

export interface Config {
  /** modelgate's own version (package.json). */
  version: string;
  port: number;
  host: string;
  dataDir: string;
  /** External PostgreSQL, as the runtime role; when absent an embedded one runs under dataDir. */
  databaseUrl?: string;
  /** The owner of the external database's tables, whom migrations run as; unset, they run as DATABASE_URL. */
  migrationUrl?: string;
  /** Run even when DATABASE_URL connects as a superuser (who could rewrite the audit trail). */
  allowSuperuser: boolean;
  embeddedPostgresPort: number;
  dbPoolMax: number;
  logLevel: string;
  otlpEndpoint?: string;
  serviceName: string;
  serving: {
    /** Forces an inference backend, and start-up fails when it cannot run; unset picks the best available. */
    backend?: BackendName;
    /** Inference worker threads; unset, the backend's default: one per core but one, and one on webgpu (it owns the GPU). */
    workers?: number;
    /** Most instances one predict request may carry. */
    maxInstances: number;
    /** Instances that may wait for a batch, per deployment and version; past it requests answer UNAVAILABLE at once. */
    maxQueuedInstances: number;
    /** Longest a prediction waits for a worker before it answers UNAVAILABLE. */
    timeoutMs: number;
    /** V8 heap of each inference worker, in MiB; past it the worker is replaced. */
    workerMemoryMb: number;
    /** Longest one call to a worker may take; past it the worker is taken for stuck and replaced. */
    workerCallTimeoutMs: number;
    /** Longest the explanations of one request may take before they answer UNAVAILABLE. */
    explainTimeoutMs: number;
    /** How often the routing table is read whole, should a change notice be missed. */
    routingRefreshMs: number;
    /** Prediction log entries waiting for the database before new ones are dropped (and counted). */
    logBuffer: number;
    /** Prediction log entries older than this many days are dropped (hourly, in bulk). */
    logRetentionDays: number;
    /** A model no deployment uses is unloaded once idle this long. */
    unloadIdleMs: number;
  };
  /** Train and deploy the demo models on the first start of the embedded default. */
  demo: boolean;
  /** On SIGTERM or SIGINT, the longest the gateway takes to answer what it received and stop; past it, it exits anyway. */
  shutdownTimeoutMs: number;
  /** Largest model artifact an upload may carry, in bytes. */
  artifactMaxBytes: number;
  /** Most weights an uploaded model may declare. */
  artifactMaxParameters: number;
  /** Who may read /metrics: nobody, callers on this host, or callers with the bearer token. */
  metrics: { access: 'off' | 'loopback' | 'token'; token?: string };
  /** Key of the audit chain's seals; unset, one is generated under dataDir. Never stored in the database. */
  auditKey?: string;
  /** Folder of the role and gate policies (YAML), reloaded when they change. */
  policiesDir: string;
  jwt: {
    /** HS256 secret; when neither it nor a JWKS URL is set, one is generated under dataDir. */
    secret?: string;
    /** RS256/ES256 keys of an identity provider. */
    jwksUrl?: string;
    issuer: string;
    audience: string;
  };
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = settingsSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  }
  const s = parsed.data;
  if (s.MODELGATE_MIGRATION_URL && !s.DATABASE_URL)
    throw new Error(
      'Invalid configuration:\n  MODELGATE_MIGRATION_URL: needs DATABASE_URL (the embedded database makes its own roles)',
    );
  if (s.MODELGATE_METRICS === 'token' && !s.MODELGATE_METRICS_TOKEN)
    throw new Error('Invalid configuration:\n  MODELGATE_METRICS_TOKEN: needed when MODELGATE_METRICS is token');
  return {
    version: (JSON.parse(fs.readFileSync(path.join(__dirname, '../../package.json'), 'utf8')) as { version: string })
      .version,
    port: s.PORT,
    host: s.HOST,
    dataDir: path.resolve(s.MODELGATE_DATA_DIR),
    databaseUrl: s.DATABASE_URL,
    migrationUrl: s.MODELGATE_MIGRATION_URL,
    allowSuperuser: s.MODELGATE_ALLOW_SUPERUSER === 'true',
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
    },
    demo: s.MODELGATE_DEMO === 'true',
    shutdownTimeoutMs: s.MODELGATE_SHUTDOWN_TIMEOUT_MS,
    artifactMaxBytes: s.MODELGATE_ARTIFACT_MAX_BYTES,
    artifactMaxParameters: s.MODELGATE_ARTIFACT_MAX_PARAMETERS,
    metrics: { access: s.MODELGATE_METRICS, token: s.MODELGATE_METRICS_TOKEN },
    auditKey: s.MODELGATE_AUDIT_KEY,
    policiesDir: path.resolve(s.MODELGATE_POLICIES_DIR ?? path.join(__dirname, '../../policies')),
    jwt: {
      secret: s.MODELGATE_JWT_SECRET,
      jwksUrl: s.MODELGATE_JWKS_URL,
      issuer: s.MODELGATE_JWT_ISSUER,
      audience: s.MODELGATE_JWT_AUDIENCE,
    },
  };
}
