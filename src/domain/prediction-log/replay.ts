import fs from 'node:fs/promises';
import path from 'node:path';
import type pg from 'pg';
import { isDatabaseUnreachable } from '../../db/unreachable';
import type { Logger } from '../../telemetry/logger';
import { COPY_SIGNATURE, copyPayload } from './copy-encoder';

/** What a replay wrote: entries new to the table, entries it already held, and files read. */
export interface ReplayResult {
  written: number;
  present: number;
  files: number;
}

/**
 * Writes the prediction log entries an earlier gateway spilled to `dir` when it closed (see
 * PredictionLog.close), then deletes each file. Entries whose ids the table already holds (the
 * gateway stopped between a file's COPY and its deletion) are left out, so nothing is written twice.
 * Stops when the database is unreachable, leaving the files for the next start; a file the
 * database refuses, or that cannot be read, is renamed `.rejected` and kept for a person to look at.
 */
export async function replayPredictionLogSpill(pool: pg.Pool, dir: string, logger: Logger): Promise<ReplayResult> {
  const result: ReplayResult = { written: 0, present: 0, files: 0 };
  let names: string[];
  try {
    names = (await fs.readdir(dir)).sort();
  } catch {
    return result; // Nothing was ever spilled.
  }
  for (const name of names.filter((name) => name.endsWith('.tmp'))) {
    // A spill cut short before its rename: incomplete, so never a file to replay.
    await fs.rm(path.join(dir, name), { force: true });
    logger.warn({ file: name }, 'prediction log: removed a spill file its gateway did not finish writing');
  }
  for (const name of names.filter((name) => name.endsWith('.bin'))) {
    const file = path.join(dir, name);
    try {
      const { written, present } = await replayFile(pool, await fs.readFile(file));
      await fs.rm(file, { force: true });
      result.written += written;
      result.present += present;
      result.files += 1;
    } catch (error) {
      if (isDatabaseUnreachable(error)) {
        logger.warn(
          { err: error, dir },
          'prediction log: the database is unreachable; the spilled entries wait for the next start',
        );
        break;
      }
      await fs.rename(file, `${file}.rejected`).catch(() => undefined);
      logger.error(
        { err: error, file: `${file}.rejected` },
        'prediction log: a spill file could not be written to the database; it is kept, renamed .rejected',
      );
    }
  }
  if (result.files > 0)
    logger.info(
      { ...result, dir },
      `prediction log: replayed ${result.written} spilled entries from ${result.files} file(s)` +
        (result.present > 0 ? ` (${result.present} were already in the database)` : ''),
    );
  return result;
}

/** COPYs the rows of one spill file that the table does not hold yet. */
async function replayFile(pool: pg.Pool, payload: Buffer): Promise<{ written: number; present: number }> {
  const rows = parseBinaryCopy(payload);
  // Another gateway replaying the same folder may win the race for some ids: look again, once.
  for (let attempt = 1; ; attempt += 1) {
    const ids = rows.map((row) => row.id);
    const { rows: existing } = await pool.query<{ id: string }>(
      'select id::text as id from prediction_log_entry where id = any($1::uuid[])',
      [ids],
    );
    const present = new Set(existing.map((row) => row.id));
    const missing = rows.filter((row) => !present.has(row.id));
    if (missing.length === 0) return { written: 0, present: rows.length };
    try {
      await copyPayload(
        pool,
        Buffer.concat([payload.subarray(0, rows[0]!.start), ...missing.map((row) => row.tuple), END]),
        rows[0]!.fields,
      );
      return { written: missing.length, present: rows.length - missing.length };
    } catch (error) {
      if (attempt === 1 && (error as { code?: string }).code === '23505') continue;
      throw error;
    }
  }
}

const END = Buffer.from([0xff, 0xff]);

/**
 * The tuples of a binary COPY payload, each with its id (its first field, a uuid) and its bytes;
 * `start` is where the first tuple begins (after the header), `fields` how many it has. Throws on anything but a whole payload.
 */
export function parseBinaryCopy(payload: Buffer): { id: string; tuple: Buffer; start: number; fields: number }[] {
  if (payload.length < 19 || !payload.subarray(0, COPY_SIGNATURE.length).equals(COPY_SIGNATURE))
    throw new Error('not a binary COPY payload');
  let at = COPY_SIGNATURE.length + 4;
  at += 4 + payload.readInt32BE(at); // header extension
  const start = at;
  const tuples: { id: string; tuple: Buffer; start: number; fields: number }[] = [];
  for (;;) {
    if (at + 2 > payload.length) throw new Error('the spill file ends inside its rows');
    const fields = payload.readInt16BE(at);
    if (fields === -1) break;
    const begin = at;
    at += 2;
    let id = '';
    for (let field = 0; field < fields; field += 1) {
      if (at + 4 > payload.length) throw new Error('the spill file ends inside its rows');
      const length = payload.readInt32BE(at);
      at += 4;
      if (length < 0) continue;
      if (at + length > payload.length) throw new Error('the spill file ends inside its rows');
      if (field === 0) {
        if (length !== 16) throw new Error('a row of the spill file does not start with its uuid');
        const hex = payload.toString('hex', at, at + 16);
        id = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
      }
      at += length;
    }
    tuples.push({ id, tuple: payload.subarray(begin, at), start, fields });
  }
  if (tuples.length === 0) throw new Error('the spill file holds no rows');
  return tuples;
}
