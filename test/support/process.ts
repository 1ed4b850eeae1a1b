import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import type { TestGateway } from './gateway';

/** The built `modelgate` command. */
export const cli = path.resolve(__dirname, '../../src/cli/main.js');

export interface GatewayProcess {
  process: ChildProcess;
  /** The GraphQL URL it printed. */
  url: string;
  /** Everything it wrote so far. */
  log: string[];
  /** SIGTERM, and wait until it has exited (it flushes telemetry and stops its database first); its exit code. */
  stop(): Promise<number | null>;
  /** Resolves with the exit code once it has exited. */
  exited: Promise<number | null>;
}

/** Runs `modelgate serve` as a separate process, as a user would, and waits for its URL. */
export function startGatewayProcess(env: NodeJS.ProcessEnv): Promise<GatewayProcess> {
  const child = spawn(process.execPath, [cli, 'serve'], {
    env: { PORT: '0', HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const log: string[] = [];
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`gateway did not start:\n${log.join('')}`));
    }, 60_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      log.push(chunk.toString());
      const url = /modelgate ready at (http:\/\/\S+?)"/.exec(log.join(''))?.[1];
      if (url) {
        clearTimeout(timer);
        resolve({
          process: child,
          url,
          log,
          exited,
          stop: () => {
            child.kill('SIGTERM');
            return exited;
          },
        });
      }
    });
    child.stderr!.on('data', (chunk: Buffer) => log.push(chunk.toString()));
    void exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`gateway exited with ${child.exitCode}:\n${log.join('')}`));
    });
  });
}

/**
 * Another gateway process beside `gw`: on its database and data folder, signing tokens with its
 * secret, one worker, no demo, logging at info (startGatewayProcess waits for the ready line);
 * `env` on top.
 */
export function startGatewayBeside(gw: TestGateway, env: NodeJS.ProcessEnv = {}): Promise<GatewayProcess> {
  return startGatewayProcess({
    ...process.env,
    ...gw.databaseEnv,
    // Artifacts are stored by content: both gateways may share the folder.
    MODELGATE_DATA_DIR: gw.config.dataDir,
    MODELGATE_JWT_SECRET: gw.config.jwt.secret,
    MODELGATE_DEMO: 'false',
    MODELGATE_WORKERS: '1',
    LOG_LEVEL: 'info',
    ...env,
  });
}
