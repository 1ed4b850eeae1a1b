import 'reflect-metadata';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import pg from 'pg';
import { migrate, openDatabase } from '../../src/db/orm';
import { grantRuntimeRole } from '../../src/db/roles';
import { binaryCopy, copyPayload, COPY_SIGNATURE, type CopyRow } from '../../src/domain/prediction-log/copy-encoder';
import { parseBinaryCopy } from '../../src/domain/prediction-log/replay';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { ensureDatabaseServer } from '../support/scratch-postgres';

/**
 * The prediction log's binary COPY, written into the real prediction_log_entry table (made by the
 * migrations, written as the runtime role, as the gateway writes it) and read back with SQL: every
 * field as it went in, the awkward ones included.
 */

let stopServer: () => Promise<void>;
let database: TestDatabase;
let pool: pg.Pool;

before(async () => {
  // DATABASE_URL when set (`npm test` sets it); else an embedded PostgreSQL for this file.
  stopServer = await ensureDatabaseServer();
  database = await createTestDatabase();
  const orm = await openDatabase({ url: database.env.MODELGATE_MIGRATION_URL, poolMax: 1 });
  try {
    await migrate(orm);
  } finally {
    await orm.close();
  }
  await grantRuntimeRole(database.env.MODELGATE_MIGRATION_URL, decodeURIComponent(new URL(database.url).username));
  pool = new pg.Pool({ connectionString: database.url, max: 2 });
});

after(async () => {
  await pool?.end();
  await database?.drop();
  await stopServer?.();
});

const DEPLOYMENT = '0b5e7c1a-2d3f-4a5b-8c6d-7e8f9a0b1c2d';
const VERSION = '1c6f8d2b-3e4a-4b5c-9d7e-8f9a0b1c2d3e';
const TEAM = '2d7a9e3c-4f5b-4c6d-8e8f-9a0b1c2d3e4f';
let serial = 0;
/** A row with ordinary values; `fields` replace some. Ids count up so rows come back in order. */
function row(fields: Partial<CopyRow> = {}): CopyRow {
  serial += 1;
  return {
    id: `00000000-0000-4000-8000-${String(serial).padStart(12, '0')}`,
    createdAt: new Date('2026-11-30T12:34:56.789Z'),
    deploymentId: DEPLOYMENT,
    modelVersionId: VERSION,
    shadow: false,
    latencyMs: 12.5,
    caller: 'dana',
    requestId: `req-${serial}`,
    traceId: '4bf92f3577b34da6a3ce929d0e0e4736',
    inputs: Buffer.from(Float32Array.from([1, 2.5, -3]).buffer),
    instanceCount: 1,
    instancesSha256: 'a'.repeat(64),
    outputs: [{ label: 'yes', score: 0.875 }],
    callerTeams: [TEAM],
    groups: { gender: ['f'] },
    ...fields,
  };
}

interface StoredRow {
  id: string;
  created_at: Date;
  micros: string;
  deployment_id: string;
  model_version_id: string;
  shadow: boolean;
  latency_ms: number;
  latency_bits: Buffer;
  caller: string;
  caller_chars: number;
  request_id: string;
  trace_id: string | null;
  inputs: Buffer | null;
  instance_count: number;
  instances_sha256: string;
  outputs: unknown;
  outputs_type: string;
  instances: unknown;
  caller_teams: string[] | null;
  groups: unknown;
}

/** Writes `rows` in one COPY, then reads them back by id, in their order. */
async function roundTrip(rows: CopyRow[]): Promise<StoredRow[]> {
  await copyPayload(pool, binaryCopy(rows));
  const { rows: stored } = await pool.query<StoredRow>(
    `select id::text, created_at, (extract(epoch from created_at) * 1000000)::bigint::text as micros,
            deployment_id::text, model_version_id::text, shadow, latency_ms, float8send(latency_ms) as latency_bits,
            caller, char_length(caller) as caller_chars, request_id, trace_id, inputs, instance_count,
            instances_sha256, outputs, jsonb_typeof(outputs) as outputs_type, instances,
            caller_teams::text[] as caller_teams, groups
       from prediction_log_entry where id = any($1::uuid[]) order by id`,
    [rows.map((r) => r.id)],
  );
  assert.equal(stored.length, rows.length);
  return stored;
}

/** Microseconds since the Unix epoch of a date, as PostgreSQL's extract(epoch) gives them. */
const micros = (iso: string) => String(BigInt(new Date(iso).getTime()) * 1000n);

describe('prediction log binary COPY', () => {
  it('starts with the signature PostgreSQL expects, a header without flags or extension, and ends with -1', () => {
    const payload = binaryCopy([row()]);
    // "PGCOPY\n", 0xff, "\r\n", 0: eleven bytes; then flags 0 and a header extension of length 0.
    assert.deepEqual(
      [...payload.subarray(0, 19)],
      [0x50, 0x47, 0x43, 0x4f, 0x50, 0x59, 0x0a, 0xff, 0x0d, 0x0a, 0x00, 0, 0, 0, 0, 0, 0, 0, 0],
    );
    assert.ok(payload.subarray(0, 11).equals(COPY_SIGNATURE));
    // 15 fields in the first tuple, and the trailer -1 (0xffff) at the end.
    assert.equal(payload.readInt16BE(19), 15);
    assert.deepEqual([...payload.subarray(-2)], [0xff, 0xff]);
    // What the spill replay reads back from it: the rows' ids, in order.
    const rows = [row(), row(), row()];
    assert.deepEqual(
      parseBinaryCopy(binaryCopy(rows)).map((tuple) => tuple.id),
      rows.map((r) => r.id),
    );
  });

  it('stores an ordinary row field by field', async () => {
    const written = row({ shadow: true });
    const [stored] = await roundTrip([written]);
    assert.deepEqual(
      { ...stored!, latency_bits: stored!.latency_bits.toString('hex'), inputs: [...stored!.inputs!] },
      {
        id: written.id,
        created_at: new Date('2026-11-30T12:34:56.789Z'),
        micros: micros('2026-11-30T12:34:56.789Z'),
        deployment_id: DEPLOYMENT,
        model_version_id: VERSION,
        shadow: true,
        latency_ms: 12.5,
        // 12.5 = 1.5625 · 2³: exponent 1023 + 3 = 0x402, mantissa .5625 = 0x9 followed by zeros.
        latency_bits: '4029000000000000',
        caller: 'dana',
        caller_chars: 4,
        request_id: written.requestId,
        trace_id: '4bf92f3577b34da6a3ce929d0e0e4736',
        // float32 little-endian: 1 = 0x3f800000, 2.5 = 0x40200000, −3 = 0xc0400000.
        inputs: [0x00, 0x00, 0x80, 0x3f, 0x00, 0x00, 0x20, 0x40, 0x00, 0x00, 0x40, 0xc0],
        instance_count: 1,
        instances_sha256: 'a'.repeat(64),
        outputs: [{ label: 'yes', score: 0.875 }],
        outputs_type: 'array',
        // A column the COPY does not name stays null.
        instances: null,
        caller_teams: [TEAM],
        groups: { gender: ['f'] },
      },
    );
  });

  it('stores every caller team, none, and no groups', async () => {
    const other = '3e8b0f4d-5a6c-4d7e-9f90-ab1c2d3e4f50';
    const [two, none] = await roundTrip([row({ callerTeams: [TEAM, other] }), row({ callerTeams: [], groups: null })]);
    assert.deepEqual([two!.caller_teams, two!.groups], [[TEAM, other], { gender: ['f'] }]);
    assert.deepEqual([none!.caller_teams, none!.groups], [[], null]);
  });

  it('writes the 13-field rows a gateway before outcomes spilled', async () => {
    // The same row without its last two fields: field count 13, and the two fields' bytes cut off.
    const written = row();
    const payload = binaryCopy([written]);
    const tuple = parseBinaryCopy(payload)[0]!;
    const teamsBytes = 4 + 20 + 20;
    const groupsBytes = 4 + 1 + JSON.stringify(written.groups).length;
    const old = Buffer.concat([
      payload.subarray(0, tuple.start),
      Buffer.from([0, 13]),
      tuple.tuple.subarray(2, tuple.tuple.length - teamsBytes - groupsBytes),
      Buffer.from([0xff, 0xff]),
    ]);
    assert.equal(parseBinaryCopy(old)[0]!.fields, 13);
    await copyPayload(pool, old, 13);
    const { rows } = await pool.query('select caller, caller_teams, groups from prediction_log_entry where id = $1', [
      written.id,
    ]);
    assert.deepEqual(rows, [{ caller: 'dana', caller_teams: null, groups: null }]);
  });

  it('stores null where a field is absent, and tells an empty value from none', async () => {
    const [absent, empty] = await roundTrip([
      row({ traceId: undefined, inputs: null }),
      row({ traceId: '', inputs: Buffer.alloc(0), caller: '', outputs: [], instanceCount: 0 }),
    ]);
    assert.equal(absent!.trace_id, null);
    assert.equal(absent!.inputs, null);
    assert.equal(empty!.trace_id, '');
    assert.ok(Buffer.isBuffer(empty!.inputs));
    assert.equal(empty!.inputs!.length, 0);
    assert.equal(empty!.caller, '');
    assert.deepEqual(empty!.outputs, []);
    assert.equal(empty!.outputs_type, 'array');
    assert.equal(empty!.instance_count, 0);
  });

  it('stores unicode text whole, its limits counted in characters, not bytes', async () => {
    // 255 characters of 3 bytes (€) fill caller varchar(255) with 765 bytes; 64 of 4 bytes (emoji)
    // fill request_id varchar(64); 32 of 2 bytes (ß) fill trace_id varchar(32).
    const caller = '€'.repeat(255);
    const requestId = '🚀'.repeat(64);
    const traceId = 'ß'.repeat(32);
    const mixed = 'api-key:ünï-日本語-עברית-\u0301e\u200d-\u2028-"\'\\\t\n';
    const [full, other] = await roundTrip([row({ caller, requestId, traceId }), row({ caller: mixed })]);
    assert.equal(full!.caller, caller);
    assert.equal(full!.caller_chars, 255);
    assert.equal(Buffer.byteLength(full!.caller), 765);
    assert.equal(full!.request_id, requestId);
    assert.equal(full!.trace_id, traceId);
    assert.equal(other!.caller, mixed);
  });

  it('stores large, nested and unicode jsonb, and what JSON makes of values it has no word for', async () => {
    // About 2 MB of outputs: 20 000 instances with probabilities and labels.
    const large = Array.from({ length: 20_000 }, (_, i) => ({
      label: i % 3 === 0 ? 'ünïcødé 🚀' : `class-${i % 7}`,
      probabilities: [i / 20_000, 1 - i / 20_000, 1e-300, -0.5],
      nested: { deep: [[[{ i }]]], flag: i % 2 === 0, nothing: null },
    }));
    assert.ok(JSON.stringify(large).length > 2_000_000);
    const awkward = {
      quote: '"\\/\b\f\n\r\t',
      control: '\u0001\u001f',
      separators: '\u2028\u2029',
      emoji: '👩‍👩‍👧',
      keys: { 'ключ 🔑': 1, '': 2 },
      numbers: [0, -1, 1.5, 1e21, 1e-7, 2 ** 53, Number.MAX_VALUE, Number.MIN_VALUE],
    };
    // JSON has no NaN, Infinity or −0: JSON.stringify writes null, null, 0 (and leaves undefined out).
    const unrepresentable = {
      nan: NaN,
      inf: Infinity,
      negInf: -Infinity,
      negZero: -0,
      gone: undefined,
      list: [undefined],
    };
    const [big, odd, lossy, nul, text, number] = await roundTrip([
      row({ outputs: large, instanceCount: 20_000 }),
      row({ outputs: awkward }),
      row({ outputs: unrepresentable }),
      row({ outputs: null }),
      row({ outputs: 'just text' }),
      row({ outputs: 42 }),
    ]);
    assert.deepEqual(big!.outputs, large);
    assert.deepEqual(odd!.outputs, awkward);
    // (deepEqual compares with Object.is: the 0 read back is +0.)
    assert.deepEqual(lossy!.outputs, { nan: null, inf: null, negInf: null, negZero: 0, list: [null] });
    // JSON null is a jsonb value, not SQL NULL: the column (NOT NULL) takes it.
    assert.equal(nul!.outputs, null);
    assert.equal(nul!.outputs_type, 'null');
    assert.equal(text!.outputs, 'just text');
    assert.equal(text!.outputs_type, 'string');
    assert.equal(number!.outputs, 42);
    assert.equal(number!.outputs_type, 'number');
  });

  it('stores every double bit for bit: NaN, ±Infinity, −0, the smallest and largest', async () => {
    // IEEE 754 double bits, written out: sign | 11-bit exponent | 52-bit mantissa.
    const cases: [number, string][] = [
      [NaN, '7ff8000000000000'], // exponent all ones, quiet bit set
      [Infinity, '7ff0000000000000'],
      [-Infinity, 'fff0000000000000'],
      [-0, '8000000000000000'], // the sign alone
      [0, '0000000000000000'],
      [5e-324, '0000000000000001'], // the smallest subnormal
      [Number.MAX_VALUE, '7fefffffffffffff'],
      [0.1 + 0.2, '3fd3333333333334'], // 0.30000000000000004, one ulp above 0.3 (3fd3333333333333)
      [1 / 3, '3fd5555555555555'],
    ];
    const stored = await roundTrip(cases.map(([latencyMs]) => row({ latencyMs })));
    cases.forEach(([value, bits], i) => {
      assert.equal(stored[i]!.latency_bits.toString('hex'), bits, `bits of ${value}`);
      assert.ok(Object.is(stored[i]!.latency_ms, value), `${stored[i]!.latency_ms} read back for ${value}`);
    });
  });

  it('stores times to the microsecond across the range, before and after PostgreSQL’s epoch of 2000', async () => {
    const times = [
      '1970-01-01T00:00:00.000Z',
      '1999-12-31T23:59:59.999Z', // a millisecond before PostgreSQL's epoch: a negative count
      '2000-01-01T00:00:00.000Z', // the epoch itself: 0
      '2000-01-01T00:00:00.001Z',
      '1901-12-13T20:45:52.000Z',
      '2038-01-19T03:14:08.000Z', // past 32-bit Unix time
      '9999-12-31T23:59:59.999Z',
    ];
    const stored = await roundTrip(times.map((iso) => row({ createdAt: new Date(iso) })));
    times.forEach((iso, i) => {
      assert.equal(stored[i]!.created_at.toISOString(), iso);
      assert.equal(stored[i]!.micros, micros(iso), iso);
    });
    // The epoch checked by hand: 2000-01-01 is 10 957 days after 1970-01-01, 946 684 800 s.
    assert.equal(stored[2]!.micros, '946684800000000');
  });

  it('stores the ends of int4, uuids given in capitals, and large binary inputs as they are', async () => {
    const inputs = randomBytes(4 * 1024 * 1024);
    inputs.fill(0, 0, 1024); // zero bytes too
    const upper = 'ABCDEF01-2345-4678-9ABC-DEF012345678';
    const [max, min, big] = await roundTrip([
      row({ instanceCount: 2 ** 31 - 1 }),
      row({ instanceCount: -(2 ** 31), deploymentId: upper }),
      row({ inputs }),
    ]);
    assert.equal(max!.instance_count, 2147483647);
    assert.equal(min!.instance_count, -2147483648);
    assert.equal(min!.deployment_id, 'abcdef01-2345-4678-9abc-def012345678');
    assert.ok(big!.inputs!.equals(inputs));
  });

  it('writes all of a COPY or none, and the pool goes on after a refused one', async () => {
    const { rows: before } = await pool.query<{ n: string }>('select count(*) as n from prediction_log_entry');
    // The second row's request_id has 65 characters, one more than varchar(64) takes.
    const refused = [row(), row({ requestId: 'x'.repeat(65) }), row()];
    await assert.rejects(copyPayload(pool, binaryCopy(refused)), /too long for type character varying\(64\)/);
    // A row whose id is already there breaks the primary key.
    const first = row();
    await roundTrip([first]);
    await assert.rejects(copyPayload(pool, binaryCopy([row(), { ...first }])), (error: unknown) => {
      assert.equal((error as { code?: string }).code, '23505', String(error));
      return true;
    });
    const { rows: afterwards } = await pool.query<{ n: string }>('select count(*) as n from prediction_log_entry');
    assert.equal(Number(afterwards[0]!.n), Number(before[0]!.n) + 1, 'only the row written alone');
    // Both connections of the pool still work (a broken one was not returned to it).
    const results = await Promise.all([pool.query('select 1 as one'), pool.query('select 1 as one')]);
    assert.deepEqual(
      results.map((result) => result.rows[0]),
      [{ one: 1 }, { one: 1 }],
    );
  });
});
