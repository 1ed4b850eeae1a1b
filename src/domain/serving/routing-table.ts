import type pg from 'pg';
import type { ExplanationDefaults } from '../explanation-settings';
import { DeploymentStatus, type Environment } from '../deployments/deployment.entity';
import type { LifecycleState, Signature } from '../models/model.entity';
import type { Logger } from '../../telemetry/logger';
import type { BatchingSettings } from '../../inference/batcher';
import type { TrainingDataCache } from '../experiments/training-data';

/** A model version as serving needs it: what to run, how to read its answers, what to log. */
export interface ServedVersion {
  id: string;
  version: number;
  state: LifecycleState;
  signature: Signature;
  artifact: { sha256: string };
  run?: { id: string };
  /** Its training data holds personal data: the prediction log keeps only a digest of the inputs. */
  personal: boolean;
  /** Its training data's SENSITIVE features: the log keeps each instance's group, from an input of that name or a field beside the inputs. */
  sensitiveFeatures: ReadonlySet<string>;
}

/** A deployment as predict reads it; the fields the access rules test (id, name, team.id) included. */
export interface ServedDeployment {
  id: string;
  name: string;
  team: { id: string };
  environment: Environment;
  status: DeploymentStatus;
  batching: BatchingSettings;
  explanationDefaults: ExplanationDefaults;
  /** The routes with traffic, in a stable order (sticky routing keys depend on it). */
  routes: { weight: number; version: ServedVersion }[];
  shadow?: ServedVersion;
}

/**
 * Every deployment, its routes and their versions, in memory: predict reads here and sends no
 * SQL. Read through the pg driver, off any request. The table is reloaded whole when the database announces a change to a deployment or a
 * model version (any gateway's, over LISTEN/NOTIFY), after this process's own changes, and
 * periodically as a safety net. While the database is unreachable the last table keeps serving.
 */
export class RoutingTable {
  private deployments = new Map<string, ServedDeployment>();
  private reloading?: Promise<void>;
  private reloadAgain = false;
  private failing = false;
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly pool: pg.Pool,
    private readonly trainingData: TrainingDataCache,
    private readonly logger: Logger,
    refreshEveryMs: number,
  ) {
    this.timer = setInterval(() => void this.reload().catch(() => undefined), refreshEveryMs);
    this.timer.unref();
  }

  get(name: string): ServedDeployment | undefined {
    return this.deployments.get(name);
  }

  /** Every deployment, by name. */
  all(): Iterable<ServedDeployment> {
    return this.deployments.values();
  }

  /** The artifacts some active deployment routes traffic to or shadows. */
  artifactsInUse(): Set<string> {
    const inUse = new Set<string>();
    for (const deployment of this.deployments.values()) {
      if (deployment.status !== DeploymentStatus.ACTIVE) continue;
      for (const route of deployment.routes) inUse.add(route.version.artifact.sha256);
      if (deployment.shadow) inUse.add(deployment.shadow.artifact.sha256);
    }
    return inUse;
  }

  /**
   * Reads the table afresh. Calls that arrive during a reload share one more reload after it, so
   * every caller sees a table read after it asked. Fails (and keeps the old table) when the
   * database does.
   */
  reload(): Promise<void> {
    if (this.reloading) {
      this.reloadAgain = true;
      return this.reloading.catch(() => undefined).then(() => this.reloading ?? this.reload());
    }
    this.reloading = this.read()
      .then((table) => {
        this.deployments = table;
        if (this.failing) this.logger.info('routing table reloaded again');
        this.failing = false;
      })
      .catch((error: unknown) => {
        // Said once per outage, not at every periodic try.
        if (!this.failing)
          this.logger.warn({ err: error }, 'could not reload the routing table; the last one keeps serving');
        this.failing = true;
        throw error;
      })
      .finally(() => {
        this.reloading = undefined;
        if (this.reloadAgain) {
          this.reloadAgain = false;
          void this.reload().catch(() => undefined);
        }
      });
    return this.reloading;
  }

  close(): void {
    clearInterval(this.timer);
  }

  /** Three statements through the pg driver, in one snapshot: deployments, their routes with traffic, and the versions those and the shadows name. */
  private async read(): Promise<Map<string, ServedDeployment>> {
    // One snapshot for the three reads: a change committed between them cannot leave a route without its version.
    const client = await this.pool.connect();
    let deployments, routes, versions;
    try {
      await client.query('begin isolation level repeatable read read only');
      deployments = await client.query<DeploymentRow>(
        `select id, name, team_id, environment, status, shadow_version_id, batching_max_batch_size, batching_max_queue_delay_ms, explanation_defaults from deployment`,
      );
      routes = await client.query<RouteRow>(
        `select r.deployment_id, r.model_version_id, r.weight from deployment_route r join deployment d on d.id = r.deployment_id
         where r.weight > 0 and d.status = 'ACTIVE' order by r.id`,
      );
      versions = await client.query<VersionRow>(
        `select id, version, lifecycle_state, signature, artifact_sha256, run_id from model_version where id = any($1::uuid[])`,
        [
          [
            ...new Set([
              ...routes.rows.map((route) => route.model_version_id),
              ...deployments.rows.flatMap((d) =>
                d.status === 'ACTIVE' && d.shadow_version_id ? [d.shadow_version_id] : [],
              ),
            ]),
          ],
        ],
      );
      await client.query('commit');
      client.release();
    } catch (error) {
      // A connection the failure left mid-transaction must not return to the pool.
      client.release(error as Error);
      throw error;
    }
    const served = new Map<string, ServedVersion>();
    for (const row of versions.rows) served.set(row.id, await this.served(row));
    const table = new Map<string, ServedDeployment>();
    for (const row of deployments.rows) {
      const active = row.status === DeploymentStatus.ACTIVE;
      table.set(row.name, {
        id: row.id,
        name: row.name,
        team: { id: row.team_id },
        environment: row.environment,
        status: row.status,
        batching: { maxBatchSize: row.batching_max_batch_size, maxQueueDelayMs: row.batching_max_queue_delay_ms },
        explanationDefaults: row.explanation_defaults,
        routes: routes.rows
          .filter((route) => route.deployment_id === row.id)
          .map((route) => ({ weight: route.weight, version: served.get(route.model_version_id)! })),
        shadow: active && row.shadow_version_id ? served.get(row.shadow_version_id) : undefined,
      });
    }
    return table;
  }

  private async served(row: VersionRow): Promise<ServedVersion> {
    const run = row.run_id ? { id: row.run_id } : undefined;
    const { personal, sensitiveFeatures } = await this.trainingData.of({ id: row.id, run });
    return {
      id: row.id,
      version: row.version,
      state: row.lifecycle_state,
      signature: row.signature,
      artifact: { sha256: row.artifact_sha256 },
      run,
      personal,
      sensitiveFeatures,
    };
  }
}

interface DeploymentRow {
  id: string;
  name: string;
  team_id: string;
  environment: Environment;
  status: DeploymentStatus;
  shadow_version_id: string | null;
  batching_max_batch_size: number;
  batching_max_queue_delay_ms: number;
  explanation_defaults: ExplanationDefaults;
}

interface RouteRow {
  deployment_id: string;
  model_version_id: string;
  weight: number;
}

interface VersionRow {
  id: string;
  version: number;
  lifecycle_state: LifecycleState;
  signature: Signature;
  artifact_sha256: string;
  run_id: string | null;
}
