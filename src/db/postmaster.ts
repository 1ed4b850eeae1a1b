import fs from 'node:fs';
import path from 'node:path';
import type { Logger } from '../telemetry/logger';

/**
 * The command-line setting that names the gateway process which started a postmaster: it lets a
 * later gateway tell a postmaster orphaned by a killed gateway from one a live process still runs.
 */
export const OWNER_SETTING = 'modelgate.gateway_pid';

/** What /proc says of a process; undefined once it is gone. */
interface ProcessInfo {
  state: string;
  ppid: number;
  argv: string[];
}

function processInfo(pid: number): ProcessInfo | undefined {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // "pid (comm) state ppid …": comm may hold spaces and parentheses, so read after the last ')'.
    const [state, ppid] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const argv = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
    return { state: state!, ppid: Number(ppid), argv };
  } catch {
    return undefined;
  }
}

/** A zombie has exited: only its parent's wait is missing. */
const running = (info: ProcessInfo | undefined): info is ProcessInfo =>
  info !== undefined && info.state !== 'Z' && info.state !== 'X';

function realpath(file: string): string | undefined {
  try {
    return fs.realpathSync(file);
  } catch {
    return undefined;
  }
}

/**
 * The running postmaster of the cluster in `clusterDir`, as its postmaster.pid names it: a live
 * `postgres` whose working directory (a postmaster works in its data directory) or `-D` is that folder.
 */
function postmasterOf(clusterDir: string): { pid: number; info: ProcessInfo } | undefined {
  let lock: string;
  try {
    lock = fs.readFileSync(path.join(clusterDir, 'postmaster.pid'), 'utf8');
  } catch {
    return undefined;
  }
  const pid = Number(lock.split('\n', 1)[0]);
  if (!Number.isSafeInteger(pid) || pid <= 0) return undefined;
  const info = processInfo(pid);
  if (!running(info) || path.basename(info.argv[0] ?? '') !== 'postgres') return undefined;
  const cluster = realpath(clusterDir);
  const dataArg = info.argv[info.argv.indexOf('-D') + 1];
  const sameCluster =
    realpath(`/proc/${pid}/cwd`) === cluster ||
    (info.argv.includes('-D') && dataArg !== undefined && path.isAbsolute(dataArg) && realpath(dataArg) === cluster);
  return sameCluster ? { pid, info } : undefined;
}

/**
 * Before the embedded cluster starts: a postmaster still running on it that a killed gateway left
 * behind (the gateway that started it, named by OWNER_SETTING, is no longer its parent; or, started
 * before that setting, it was handed to init) is stopped, so the cluster starts anew. A postmaster
 * a live process still runs is left alone, and start-up stops saying whose it is. A process that is
 * not a postgres of this cluster is never touched: PostgreSQL itself then judges its lock file.
 */
export async function stopOrphanedPostmaster(clusterDir: string, logger: Logger): Promise<void> {
  const found = postmasterOf(clusterDir);
  if (!found) return;
  const { pid, info } = found;
  const setting = info.argv.find((arg) => arg.startsWith(`${OWNER_SETTING}=`));
  const owner = setting ? Number(setting.slice(OWNER_SETTING.length + 1)) : undefined;
  const orphaned = owner === undefined ? info.ppid === 1 : info.ppid !== owner;
  if (!orphaned) {
    const parent = processInfo(info.ppid)?.argv.join(' ') ?? 'unknown';
    throw new Error(
      `PostgreSQL (pid ${pid}) already runs on the cluster in ${clusterDir}, under process ${info.ppid} (${parent}), ` +
        'which still runs. Stop that gateway first, or give this one another MODELGATE_DATA_DIR.',
    );
  }
  logger.warn(
    { pid, clusterDir, previousGateway: owner },
    `embedded PostgreSQL: a postmaster (pid ${pid}) that a stopped gateway left running on ${clusterDir} is shut down, to start the cluster anew`,
  );
  // Fast shutdown (SIGINT) rolls back open transactions and checkpoints; immediate (SIGQUIT) skips
  // the checkpoint and leaves recovery to the next start; SIGKILL only when neither is heeded.
  for (const [signal, waitMs] of [
    ['SIGINT', 30_000],
    ['SIGQUIT', 10_000],
    ['SIGKILL', 10_000],
  ] as const) {
    // Signalled only while it is still that postmaster: a pid, once free, may be given to another process.
    if (postmasterOf(clusterDir)?.pid !== pid) break;
    try {
      process.kill(pid, signal);
    } catch {
      // Gone already.
    }
    if (await stopped(clusterDir, pid, waitMs)) {
      logger.info(
        { pid, signal },
        `embedded PostgreSQL: the postmaster left running (pid ${pid}) stopped on ${signal}`,
      );
      return;
    }
    logger.warn(
      { pid, signal, waitMs },
      `embedded PostgreSQL: the postmaster left running (pid ${pid}) ignored ${signal}`,
    );
  }
  if (postmasterOf(clusterDir)?.pid === pid)
    throw new Error(`the PostgreSQL left running on ${clusterDir} (pid ${pid}) did not stop, even on SIGKILL`);
}

/** Waits, polling /proc, until `pid` is no longer the cluster's postmaster; false after `waitMs`. */
async function stopped(clusterDir: string, pid: number, waitMs: number): Promise<boolean> {
  const until = Date.now() + waitMs;
  while (postmasterOf(clusterDir)?.pid === pid) {
    if (Date.now() >= until) return false;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return true;
}
