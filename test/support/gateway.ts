import { loadConfig, type Config } from '../../src/config';
import { startGateway, type Gateway } from '../../src/main';
import { createLogger } from '../../src/telemetry/logger';
import { GraphQLClient } from './client';
import { createTestDatabase } from './database';

export interface TestGateway {
  gateway: Gateway;
  client: GraphQLClient;
  config: Config;
  stop(): Promise<void>;
}

/** Starts the real gateway on a random port, over a fresh database of its own. */
export async function startTestGateway(env: NodeJS.ProcessEnv = {}): Promise<TestGateway> {
  const database = await createTestDatabase();
  const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent', DATABASE_URL: database.url, ...env });
  const gateway = await startGateway(config, createLogger(config.logLevel));
  return {
    gateway,
    config,
    client: new GraphQLClient(gateway.url),
    stop: async () => {
      await gateway.stop();
      await database.drop();
    },
  };
}
