#!/usr/bin/env -S node --max-semi-space-size=32
// Telemetry first: it instruments http, pg and graphql, which must not be loaded before it.
import { shutdownTelemetry } from '../telemetry/bootstrap';
import 'reflect-metadata';
import fs from 'node:fs';
import { Command } from 'commander';
import { signToken } from '../authz/jwt';
import { seedDemo } from '../demo/seed';
import { loadConfig } from '../config';
import { connectDatabase } from '../db/database';
import { printGraphSchema } from '../graphql/schema';
import { startGateway } from '../main';
import { createLogger } from '../telemetry/logger';
import { describeFailure } from './failure';
import { push, VERSION_FILE } from './push';

const program = new Command('modelgate').description(
  'A GraphQL gateway that governs and serves machine-learning models.',
);

program
  .command('serve', { isDefault: true })
  .description('start the gateway (embedded PostgreSQL unless DATABASE_URL is set)')
  .action(async () => {
    const config = loadConfig();
    const logger = createLogger(config.logLevel);
    const gateway = await startGateway(config, logger);
    if (!config.jwt.jwksUrl) {
      logger.info(
        'requests need a token: `node dist/src/cli/main.js token --role admin --user you` prints one (roles: see policies/roles.yaml)',
      );
    }
    logger.info(`modelgate ready at ${gateway.url}`);
    if (config.demo && !config.databaseUrl && !config.jwt.jwksUrl) {
      // First start of the embedded default: train and deploy the demo models (MODELGATE_DEMO=false skips it).
      seedDemo(config, gateway.url, logger).then(
        (demo) =>
          demo &&
          logger.info(
            `demo ready: two models trained, measured on holdout rows, approved and deployed; try: ${demo.predict} ` +
              `— and what the gateway measured of them (ModelVersion.evaluations): ${demo.evaluations}`,
          ),
        (error: unknown) =>
          logger.error({ reason: (error as Error).message }, 'demo setup failed; the gateway runs without it'),
      );
    }
    let stopping = false;
    const stop = async (signal: string) => {
      if (stopping) return;
      stopping = true;
      const started = Date.now();
      logger.info(`${signal}: shutting down, answering what was received (at most ${config.shutdownTimeoutMs} ms)`);
      setTimeout(() => {
        logger.error(
          `shutdown took longer than ${config.shutdownTimeoutMs} ms (MODELGATE_SHUTDOWN_TIMEOUT_MS); exiting anyway`,
        );
        logger.flush();
        process.exit(1);
      }, config.shutdownTimeoutMs).unref();
      const drained = await gateway.stop();
      await shutdownTelemetry();
      logger.info(
        { drained, ms: Date.now() - started },
        drained
          ? 'stopped: every request received was answered'
          : 'stopped: connections still busy at the deadline were cut',
      );
      logger.flush();
      process.exit(drained ? 0 : 1);
    };
    process.on('SIGINT', () => void stop('SIGINT'));
    process.on('SIGTERM', () => void stop('SIGTERM'));
  });

program
  .command('migrate')
  .description('apply pending database migrations and exit')
  .action(async () => {
    const config = loadConfig();
    const logger = createLogger(config.logLevel);
    const database = await connectDatabase(config, logger);
    logger.info('database schema is up to date');
    await database.close();
    await shutdownTelemetry();
  });

program
  .command('token')
  .description('print a signed token (HS256, the configured or generated secret) for a person')
  .requiredOption('--user <id>', 'the subject: who the token speaks for')
  .option('--role <role...>', 'roles from policies/roles.yaml', ['viewer'])
  .option('--team <name...>', 'team names the person belongs to', [])
  .option('--ttl <duration>', 'lifetime, e.g. 30m, 8h, 7d', '8h')
  .action(async (options: { user: string; role: string[]; team: string[]; ttl: string }) => {
    const config = loadConfig();
    const token = await signToken(
      config,
      { subject: options.user, roles: options.role, teams: options.team },
      options.ttl,
    );
    process.stdout.write(`${token}\n`);
    await shutdownTelemetry();
  });

program
  .command('push <dir>')
  .description(
    `upload a TF.js model folder and register it as a new version; ${VERSION_FILE} in it describes the version`,
  )
  .requiredOption('--model <name>', 'the model the version belongs to')
  .option('--url <url>', 'the gateway', process.env.MODELGATE_URL ?? 'http://localhost:4000/graphql')
  .option('--token <token>', 'a bearer token (default: MODELGATE_TOKEN)', process.env.MODELGATE_TOKEN)
  .action(async (dir: string, options: { model: string; url: string; token?: string }) => {
    if (!options.token) throw new Error('Give a token with --token or MODELGATE_TOKEN (`modelgate token` prints one).');
    const pushed = await push({ dir, model: options.model, url: options.url, token: options.token });
    console.log(
      `registered version ${pushed.version} of ${options.model} (id ${pushed.id}, artifact ${pushed.sha256})`,
    );
    await shutdownTelemetry();
  });

program
  .command('migration:create')
  .description('for developers: write a migration for the entity changes the database lacks, into migrations/')
  .action(async () => {
    const config = loadConfig();
    const database = await connectDatabase(config, createLogger(config.logLevel));
    const migration = await database.orm.getMigrator().createMigration('migrations');
    console.log(
      migration.fileName ? `wrote migrations/${migration.fileName}; add it to migrations/index.ts` : 'no changes',
    );
    await database.close();
    await shutdownTelemetry();
  });

program
  .command('schema')
  .description('print the GraphQL schema (SDL), or write it to a file')
  .option('-o, --output <file>', 'write to this file instead of stdout')
  .action(async (options: { output?: string }) => {
    const sdl = await printGraphSchema();
    if (options.output) fs.writeFileSync(options.output, sdl);
    else process.stdout.write(sdl);
    await shutdownTelemetry();
  });

program.parseAsync().catch((error: unknown) => {
  console.error(`modelgate: ${describeFailure(error)}`);
  process.exit(1);
});
