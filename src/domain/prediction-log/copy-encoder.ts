/**
 * The prediction log's rows in PostgreSQL's binary COPY format, and the one statement that writes
 * such a payload to its table: the writer's batches and the spill files it leaves both travel so.
 */
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

/** One answered prediction request (or a shadow's copy of one), as `record` takes it. */
export interface PredictionRecord {
  /** Given by the service that answered: with an instance's index, it is that instance's prediction id. */
  id: string;
  deploymentId: string;
  modelVersionId: string;
  shadow: boolean;
  latencyMs: number;
  caller: string;
  requestId: string;
  traceId?: string;
  /** The packed input tensors (see PredictionLogEntry.inputs), or null to keep only their digest. */
  inputs: Buffer | null;
  instanceCount: number;
  /** Hex HMAC-SHA-256 of the packed inputs under the gateway's digest key. */
  instancesSha256: string;
  outputs: unknown;
  /** The caller's teams: whoever reports outcomes for this entry must share one. */
  callerTeams: string[];
  /** Per sensitive feature, each instance's group, or null when the instances carry none. */
  groups: Record<string, string[]> | null;
}

/** A row as the COPY carries it: the record, with the time it was recorded. */
export type CopyRow = PredictionRecord & { createdAt: Date };

const COLUMNS = [
  'id, created_at, deployment_id, model_version_id, shadow, latency_ms, caller, request_id, trace_id, inputs, instance_count, instances_sha256, outputs',
  'caller_teams, groups',
];
/** Fields of a row; spill files of gateways before outcomes carry FIELDS_BEFORE_OUTCOMES. */
export const FIELDS = 15;
const FIELDS_BEFORE_OUTCOMES = 13;

/** One COPY per batch, in PostgreSQL's binary format: packed inputs travel as the bytes they are. */
const copyStatement = (fields: number) =>
  `copy prediction_log_entry (${fields === FIELDS_BEFORE_OUTCOMES ? COLUMNS[0] : COLUMNS.join(', ')}) from stdin (format binary)`;

/**
 * Writes a binary COPY payload (binaryCopy's, or a spill file's) to the log's table, in one
 * statement; `fields` is how many fields its rows have.
 */
export async function copyPayload(pool: pg.Pool, payload: Buffer, fields = FIELDS): Promise<void> {
  if (fields !== FIELDS && fields !== FIELDS_BEFORE_OUTCOMES)
    throw new Error(`rows of ${fields} fields are no log entries`);
  const client = await pool.connect();
  try {
    await pipeline(Readable.from([payload]), client.query(copyFrom(copyStatement(fields))));
  } catch (error) {
    // A connection the COPY broke off must not return to the pool.
    client.release(error as Error);
    throw error;
  }
  client.release();
}

/** The first bytes of every binary COPY payload. */
export const COPY_SIGNATURE = Buffer.from('PGCOPY\n\xff\r\n\0', 'latin1');

/**
 * A batch of rows in COPY's binary format: a signature and header, then per row its field count
 * and each field as a length and its bytes (-1 for null), then -1 to end.
 * See https://www.postgresql.org/docs/current/sql-copy.html#id-1.9.3.55.9.4
 */
export function binaryCopy(rows: CopyRow[]): Buffer {
  const parts: Buffer[] = [COPY_SIGNATURE, int32(0), int32(0)];
  for (const row of rows) {
    parts.push(int16(FIELDS));
    for (const field of [
      uuid(row.id),
      timestamptz(row.createdAt),
      uuid(row.deploymentId),
      uuid(row.modelVersionId),
      Buffer.from([row.shadow ? 1 : 0]),
      float8(row.latencyMs),
      Buffer.from(row.caller),
      Buffer.from(row.requestId),
      row.traceId === undefined ? null : Buffer.from(row.traceId),
      row.inputs,
      int32(row.instanceCount),
      Buffer.from(row.instancesSha256),
      jsonb(row.outputs),
      uuidArray(row.callerTeams),
      row.groups === null ? null : jsonb(row.groups),
    ]) {
      parts.push(int32(field === null ? -1 : field.length));
      if (field !== null) parts.push(field);
    }
  }
  parts.push(int16(-1));
  return Buffer.concat(parts);
}

const int16 = (value: number) => Buffer.from([(value >> 8) & 0xff, value & 0xff]);
const int32 = (value: number) => {
  const buffer = Buffer.alloc(4);
  buffer.writeInt32BE(value);
  return buffer;
};
const float8 = (value: number) => {
  const buffer = Buffer.alloc(8);
  buffer.writeDoubleBE(value);
  return buffer;
};
const uuid = (text: string) => Buffer.from(text.replaceAll('-', ''), 'hex');
/** jsonb: format version 1, then the text. */
const jsonb = (value: unknown) => Buffer.concat([Buffer.from([1]), Buffer.from(JSON.stringify(value))]);
const UUID_OID = 2950;
/** A one-dimensional uuid[]: dimensions, no nulls, element type, then length and lower bound, then each element. */
const uuidArray = (ids: string[]) =>
  Buffer.concat([
    int32(1),
    int32(0),
    int32(UUID_OID),
    int32(ids.length),
    int32(1),
    ...ids.flatMap((id) => [int32(16), uuid(id)]),
  ]);
/** Microseconds since 2000-01-01 UTC, PostgreSQL's epoch. */
const timestamptz = (date: Date) => {
  const buffer = Buffer.alloc(8);
  buffer.writeBigInt64BE(BigInt(date.getTime() - Date.UTC(2000, 0, 1)) * 1000n);
  return buffer;
};
