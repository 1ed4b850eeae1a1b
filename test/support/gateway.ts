import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { signToken } from '../../src/authz/jwt';
import { loadConfig, type Config } from '../../src/config';
import { startGateway, type Gateway } from '../../src/main';
import { createLogger, type Logger } from '../../src/telemetry/logger';
import { GraphQLClient } from './client';
import { createTestDatabase, type TestDatabase } from './database';
import { useTestArtifact } from './fixtures';
import { tinyClassifierFiles, uploadModel } from './models';

export interface Person {
  user: string;
  roles: string[];
  teams?: string[];
}

export const ADMIN: Person = { user: 'test-admin', roles: ['admin'] };

export interface TestGateway {
  gateway: Gateway;
  /** A client signed in as ADMIN. */
  client: GraphQLClient;
  /** A client without credentials. */
  anonymous: GraphQLClient;
  /** Two people with the reviewer role, enough for the approval quorum of policies/gates.yaml. */
  reviewers: [GraphQLClient, GraphQLClient];
  config: Config;
  /** The gateway's own database, for tests that reach under it (as a superuser could). */
  databaseUrl: string;
  /** The database settings of the gateway, for starting another on the same database. */
  databaseEnv: TestDatabase['env'];
  /** A client signed in as `person`, with a token from the gateway's own secret. */
  as(person: Person): Promise<GraphQLClient>;
  token(person: Person, expiresIn?: string): Promise<string>;
  stop(): Promise<void>;
}

/** Starts the real gateway on a random port, over a fresh database of its own, logging to `logger` when given. */
export async function startTestGateway(env: NodeJS.ProcessEnv = {}, logger?: Logger): Promise<TestGateway> {
  const database = await createTestDatabase();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'modelgate-data-'));
  const gw = await startGatewayOn(database, dataDir, env, logger);
  return {
    ...gw,
    stop: async () => {
      await gw.stop();
      await database.drop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Starts the real gateway on a random port over `database` and `dataDir`, which the caller owns
 * (stop() stops only the gateway), logging to `logger` when given.
 */
export async function startGatewayOn(
  database: TestDatabase,
  dataDir: string,
  env: NodeJS.ProcessEnv = {},
  logger?: Logger,
): Promise<TestGateway> {
  const config = loadConfig({
    MODELGATE_DATA_DIR: dataDir,
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    ...database.env,
    MODELGATE_JWT_SECRET: randomBytes(32).toString('hex'),
    MODELGATE_WORKERS: '1',
    ...env,
  });
  const gateway = await startGateway(config, logger ?? createLogger(config.logLevel));
  const token = (person: Person, expiresIn?: string) =>
    signToken(config, { subject: person.user, roles: person.roles, teams: person.teams ?? [] }, expiresIn);
  const as = async (person: Person) =>
    new GraphQLClient(gateway.url, { authorization: `Bearer ${await token(person)}` });
  useTestArtifact(await uploadModel(gateway.url, `Bearer ${await token(ADMIN)}`, await tinyClassifierFiles()));
  return {
    gateway,
    config,
    databaseUrl: database.superuserUrl,
    databaseEnv: database.env,
    client: await as(ADMIN),
    anonymous: new GraphQLClient(gateway.url),
    reviewers: [await as({ user: 'rita', roles: ['reviewer'] }), await as({ user: 'rolf', roles: ['reviewer'] })],
    as,
    token,
    // Tests stop once their requests are answered: no keep-alive connection needs waiting for.
    stop: async () => {
      await gateway.stop(0);
    },
  };
}
