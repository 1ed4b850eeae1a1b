import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { LockMode } from '@mikro-orm/postgresql';
import { conflict, limitExceeded, notFound } from '../../errors';
import { AuditTrail, snapshot } from '../audit/audit.service';
import type { CallContext } from '../context';
import { DatasetVersion, FeatureRole } from '../datasets/dataset.entity';
import { authorize, inTransaction } from '../persistence';
import { parseGlobalId, toGlobalId } from '../relay/global-id';
import { evaluationSetPath, writeEvaluationSet, type EvaluationSet } from './evaluation-set';
import { badRows, parseCsvRows, parseJsonLines, type RowsFormat } from './evaluation-set-parse';

export interface EvaluationSetSettings {
  /** The gateway's data folder: sets are kept under evaluation-sets/, uploads arrive in evaluation-sets/incoming/. */
  dataDir: string;
  /** Most rows one set may hold (MODELGATE_EVALUATION_SET_MAX_ROWS). */
  maxRows: number;
}

/** What an upload answers: the version (global id), its rows and their digest; `created` false when they were already held. */
export interface StoredRows {
  datasetVersionId: string;
  rows: number;
  sha256: string;
  created: boolean;
}

/**
 * A dataset version's rows, uploaded to be evaluated on: checked against the version's digest, row
 * count and features, kept column by column in the data folder (evaluation-set.ts), and recorded on
 * the version (`evaluationRows`) with an audit event. Nothing partial is ever kept.
 */
export class EvaluationSetService {
  constructor(
    private readonly audit: AuditTrail,
    private readonly settings: EvaluationSetSettings,
  ) {}

  /**
   * Removes what uploads and writes left behind when a gateway stopped in the middle (a crash, a
   * kill): files in evaluation-sets/incoming/ and half-written sets, older than `olderThanMs` so
   * that a live upload of another process on the same folder keeps its file. Answers how many.
   */
  async sweepAbandoned(olderThanMs = 60 * 60_000): Promise<number> {
    const root = path.join(this.settings.dataDir, 'evaluation-sets');
    const candidates = [
      ...(await fsp.readdir(path.join(root, 'incoming')).catch(() => [])).map((name) =>
        path.join(root, 'incoming', name),
      ),
      ...(await fsp.readdir(root).catch(() => []))
        .filter((name) => name.endsWith('.partial'))
        .map((name) => path.join(root, name)),
    ];
    let removed = 0;
    for (const file of candidates) {
      const stat = await fsp.stat(file).catch(() => undefined);
      if (!stat?.isFile() || Date.now() - stat.mtimeMs < olderThanMs) continue;
      await fsp.rm(file, { force: true });
      removed += 1;
    }
    return removed;
  }

  /**
   * The version `globalId` names, if the caller may upload its rows: NOT_FOUND when it may not read
   * it (or there is none), FORBIDDEN when it may read but not create versions of its dataset (as
   * registerDatasetVersion asks), BAD_USER_INPUT when the version has no LABEL feature to evaluate
   * against, LIMIT_EXCEEDED when it declares more rows than a set may hold. All before any byte is read.
   */
  async target(ctx: CallContext, globalId: string): Promise<DatasetVersion> {
    const parsed = parseGlobalId(globalId);
    const version =
      parsed?.type === DatasetVersion.name ? await ctx.loaders.byId(DatasetVersion).load(parsed.id) : null;
    if (!version) throw notFound('dataset version', globalId);
    await ctx.em.populate(version, ['dataset']);
    const dataset = version.dataset;
    authorize(
      ctx,
      'create',
      'DatasetVersion',
      { dataset },
      `versions of dataset "${dataset.name}", which uploading the rows of one needs`,
    );
    if (!version.features.some((feature) => feature.role === FeatureRole.LABEL))
      throw badRows(
        `Version ${version.version} of dataset "${dataset.name}" has no LABEL feature, so there is nothing to evaluate model versions against; register a version that names its label (role LABEL).`,
      );
    if (version.rowCount > this.settings.maxRows)
      throw limitExceeded(
        `Version ${version.version} of dataset "${dataset.name}" declares ${version.rowCount} rows, more than the ${this.settings.maxRows} an evaluation set may hold (MODELGATE_EVALUATION_SET_MAX_ROWS).`,
        { rowCount: version.rowCount, maxRows: this.settings.maxRows },
      );
    return version;
  }

  /**
   * Takes `body` (CSV or JSON Lines) as it streams into a temporary file, hashing it; refuses it with
   * CONFLICT unless its SHA-256 is the version's, then parses it against the version's features
   * (BAD_USER_INPUT naming the row and column) and stores the set, recording it on the version with
   * an audit event in one transaction. The same bytes again answer what is held (`created` false).
   * The body's own errors (too large, the client gone) pass through as they are. `body` opens it
   * once there is somewhere to write it: a stream that flowed before would meet its errors unheard.
   */
  async upload(
    ctx: CallContext,
    version: DatasetVersion,
    body: () => Readable,
    format: RowsFormat,
  ): Promise<StoredRows> {
    const folder = path.join(this.settings.dataDir, 'evaluation-sets', 'incoming');
    await fsp.mkdir(folder, { recursive: true });
    const incoming = path.join(folder, randomUUID());
    try {
      const sha256 = await receive(body(), incoming);
      if (sha256 !== version.sha256.toLowerCase())
        throw conflict(
          `The body's SHA-256 is ${sha256}, but version ${version.version} of dataset "${version.dataset.name}" declares ${version.sha256}: send the very bytes it was registered with (or register a version with this digest).`,
          { expected: version.sha256, actual: sha256 },
        );
      const file = evaluationSetPath(this.settings.dataDir, version.id);
      const held = (rows: number): StoredRows => ({
        datasetVersionId: toGlobalId(DatasetVersion.name, version.id),
        rows,
        sha256,
        created: false,
      });
      // The same bytes again: what they parse to is already held.
      if (version.evaluationRows != null && (await exists(file))) return held(version.evaluationRows);
      const expected = { features: version.features, rows: version.rowCount };
      const read = format === 'csv' ? parseCsvRows : parseJsonLines;
      const set = await read(fs.createReadStream(incoming), expected, sha256);
      return await this.store(ctx, version, set, file);
    } finally {
      await fsp.rm(incoming, { force: true });
    }
  }

  /** Writes the set and records it on the version, under the version's row lock: concurrent uploads queue, one records. */
  private async store(ctx: CallContext, version: DatasetVersion, set: EvaluationSet, file: string) {
    let written = false;
    try {
      return await inTransaction(ctx, async (em): Promise<StoredRows> => {
        const locked = await em.findOneOrFail(
          DatasetVersion,
          { id: version.id },
          { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true },
        );
        const answer = { datasetVersionId: toGlobalId(DatasetVersion.name, locked.id), sha256: set.sha256 };
        if (locked.evaluationRows != null) {
          // Recorded by a concurrent upload of the same bytes (or the file was lost since): keep it, say so.
          if (!(await exists(file))) await writeEvaluationSet(file, set);
          return { ...answer, rows: locked.evaluationRows, created: false };
        }
        const before = snapshot(locked);
        await writeEvaluationSet(file, set);
        written = true;
        locked.evaluationRows = set.rows;
        locked.evaluationRowsAt = new Date();
        await this.audit.record(ctx, em, 'uploadEvaluationRows', locked, before);
        return { ...answer, rows: set.rows, created: true };
      });
    } catch (error) {
      // Not recorded: the file must not outlive the transaction.
      if (written) await fsp.rm(file, { force: true });
      throw error;
    }
  }
}

/** Streams `body` into `file`, answering its hex SHA-256. */
async function receive(body: Readable, file: string): Promise<string> {
  const hash = createHash('sha256');
  const tap = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk);
      done(null, chunk);
    },
  });
  await pipeline(body, tap, fs.createWriteStream(file, { flags: 'wx' }));
  return hash.digest('hex');
}

async function exists(file: string): Promise<boolean> {
  return fsp.access(file).then(
    () => true,
    () => false,
  );
}
