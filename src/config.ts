import path from 'node:path';
import { z } from 'zod';

/** Every setting modelgate reads, from the environment, validated once at start-up. */
const settingsSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().default('0.0.0.0'),
  MODELGATE_DATA_DIR: z.string().default('.modelgate'),
  DATABASE_URL: z.string().url().optional(),
  MODELGATE_EMBEDDED_PG_PORT: z.coerce.number().int().min(1).max(65535).default(54329),
  MODELGATE_DB_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  OTEL_EXPORTER_OTLP_ENDPOINT: z.string().url().optional(),
  OTEL_SERVICE_NAME: z.string().default('modelgate'),
});

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  /** External PostgreSQL; when absent an embedded one runs under dataDir. */
  databaseUrl?: string;
  embeddedPostgresPort: number;
  dbPoolMax: number;
  logLevel: string;
  otlpEndpoint?: string;
  serviceName: string;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = settingsSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  }
  const s = parsed.data;
  return {
    port: s.PORT,
    host: s.HOST,
    dataDir: path.resolve(s.MODELGATE_DATA_DIR),
    databaseUrl: s.DATABASE_URL,
    embeddedPostgresPort: s.MODELGATE_EMBEDDED_PG_PORT,
    dbPoolMax: s.MODELGATE_DB_POOL_MAX,
    logLevel: s.LOG_LEVEL,
    otlpEndpoint: s.OTEL_EXPORTER_OTLP_ENDPOINT,
    serviceName: s.OTEL_SERVICE_NAME,
  };
}
