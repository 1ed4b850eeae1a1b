import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { describe, it } from 'node:test';
import type { GraphQLError } from 'graphql';
import { FeatureDtype, type FeatureSpec } from '../../src/domain/datasets/dataset.entity';
import { readEvaluationSet, writeEvaluationSet } from '../../src/domain/quality/evaluation-set';
import { parseCsvRows, parseJsonLines, type RowsExpected } from '../../src/domain/quality/evaluation-set-parse';
import { categories, numbers } from '../support/columns';

const feature = (name: string, dtype: keyof typeof FeatureDtype): Pick<FeatureSpec, 'name' | 'dtype'> => ({
  name,
  dtype: FeatureDtype[dtype],
});

/** The credit fixture's features: a float, an int, a sensitive text and a boolean label. */
const credit = (rows: number): RowsExpected => ({
  features: [
    feature('income', 'FLOAT32'),
    feature('age', 'INT32'),
    feature('gender', 'STRING'),
    feature('default', 'BOOL'),
  ],
  rows,
});

const SHA = 'f'.repeat(64);
/** A body arriving in small pieces, so that rows and characters straddle chunks. */
const body = (text: string, piece = 7) =>
  Readable.from(
    Array.from({ length: Math.ceil(text.length / piece) }, (_, i) =>
      Buffer.from(text.slice(i * piece, (i + 1) * piece)),
    ),
  );
const csv = (text: string, expected: RowsExpected) => parseCsvRows(body(text), expected, SHA);
const jsonl = (text: string, expected: RowsExpected) => parseJsonLines(body(text), expected, SHA);

/** The refusal of `work`: BAD_USER_INPUT, its message matching `message`, with the row and column it names. */
async function refused(work: Promise<unknown>, message: RegExp, at: { row?: number; column?: string } = {}) {
  const error = (await work.then(
    () => assert.fail('expected a refusal'),
    (caught: unknown) => caught,
  )) as GraphQLError;
  assert.equal(error.extensions?.code, 'BAD_USER_INPUT', String(error));
  assert.match(error.message, message);
  for (const [key, value] of Object.entries(at))
    assert.equal(error.extensions[key], value, `${key} of ${error.message}`);
  return error;
}

describe('evaluation rows as CSV', () => {
  it('reads every dtype into its column, in the features order whatever the header order', async () => {
    const set = await csv(
      '\uFEFFgender,default,age,income\r\nf,true,34,52000.5\r\nm,0,51,-1e3\r\n\r\n"x, y",FALSE,-7,.25\r\n',
      credit(3),
    );
    assert.equal(set.rows, 3);
    assert.equal(set.sha256, SHA);
    assert.deepEqual([...set.columns.keys()], ['income', 'age', 'gender', 'default']);
    assert.deepEqual(numbers(set.columns.get('income')), [52000.5, -1000, 0.25]);
    assert.deepEqual(numbers(set.columns.get('age')), [34, 51, -7]);
    assert.deepEqual(categories(set.columns.get('gender')), ['f', 'm', 'x, y']);
    assert.deepEqual(numbers(set.columns.get('default')), [1, 0, 0]);
  });

  it('keeps many rows exactly, its columns grown as they come, and reads back the same from the file', async () => {
    const rows = 5000;
    const lines = Array.from({ length: rows }, (_, i) => `${i / 8},${i - 2500},${i % 3 === 0 ? 'a' : 'b'},${i % 2}`);
    const set = await csv(`income,age,gender,default\n${lines.join('\n')}`, credit(rows));
    const income = numbers(set.columns.get('income'));
    assert.equal(income.length, rows);
    assert.equal(income[4999], 4999 / 8);
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'evaluation-set-'));
    try {
      const file = path.join(folder, 'set.columns');
      await writeEvaluationSet(file, set);
      const back = await readEvaluationSet(file);
      assert.equal(back.rows, rows);
      assert.deepEqual(numbers(back.columns.get('income')), income);
      assert.deepEqual(numbers(back.columns.get('age')), numbers(set.columns.get('age')));
      assert.deepEqual(categories(back.columns.get('gender')), categories(set.columns.get('gender')));
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });

  it('refuses a header that lacks a feature, names an unknown one or names one twice', async () => {
    await refused(csv('income,age,gender\n1,2,f\n', credit(1)), /lacks the column "default"/, { column: 'default' });
    await refused(
      csv('income,age,gender,default,zip\n1,2,f,1,9\n', credit(1)),
      /column "zip", which is not a feature/,
      {
        column: 'zip',
      },
    );
    await refused(csv('income,age,age,gender,default\n1,2,2,f,1\n', credit(1)), /names column "age" twice/);
    await refused(csv('', credit(0)), /no header row/);
  });

  it('refuses malformed CSV, naming the row', async () => {
    await refused(csv('income,age,gender,default\n1,2,f,1\n1,2,"f,1\n', credit(2)), /Row 2 .*never closed/, { row: 2 });
    await refused(csv('income,age,gender,default\n1,2,f,1\n1,2,f\n', credit(2)), /Row 2 .*3 fields/, { row: 2 });
    await refused(csv('income,age,gender,default\n1,2,"f"x,1\n', credit(1)), /Row 1 .*closing quote/, { row: 1 });
  });

  it('refuses a value its dtype does not take, naming the row and column', async () => {
    const header = 'income,age,gender,default\n';
    const cases: [string, RegExp, string][] = [
      ['NaN,1,f,1', /"NaN" is not a finite number \(FLOAT32\)/, 'income'],
      ['Infinity,1,f,1', /"Infinity" is not a finite number/, 'income'],
      ['-inf,1,f,1', /"-inf" is not a finite number/, 'income'],
      ['1e999,1,f,1', /"1e999" is not a finite number/, 'income'],
      ['1e39,1,f,1', /outside FLOAT32's finite range/, 'income'],
      [',1,f,1', /the value is empty/, 'income'],
      ['0x10,1,f,1', /"0x10" is not a finite number/, 'income'],
      ['1,2.5,f,1', /"2.5" is not an integer \(INT32\)/, 'age'],
      ['1,3000000000,f,1', /outside INT32's range/, 'age'],
      ['1,2,f,yes', /"yes" is not a BOOL value/, 'default'],
    ];
    for (const [row, message, column] of cases)
      await refused(csv(`${header}1,2,f,1\n${row}\n`, credit(2)), message, { row: 2, column });
  });

  it('quotes at most 40 characters of a refused value back', async () => {
    const long = 'z'.repeat(5000);
    const error = await refused(csv(`income,age,gender,default\n${long},2,f,1\n`, credit(1)), /is not a finite number/);
    assert.ok(error.message.length < 200, error.message);
    assert.match(error.message, /"z{40}…"/);
  });

  it('refuses more or fewer rows than the version declares', async () => {
    const rows = 'income,age,gender,default\n1,2,f,1\n3,4,m,0\n5,6,f,1\n';
    await refused(csv(rows, credit(2)), /more rows than the 2 .*row 3 is one too many/, { row: 3 });
    await refused(csv(rows, credit(4)), /holds 3 rows, but the dataset version declares 4/);
  });
});

describe('evaluation rows as JSON Lines', () => {
  const image = (rows: number): RowsExpected => ({
    features: [feature('pixels', 'FLOAT32'), feature('label', 'STRING'), feature('weight', 'FLOAT32')],
    rows,
  });

  it('reads a FLOAT32 feature of (nested) arrays as a tensor column, flattened, and the rest as columns', async () => {
    const set = await jsonl(
      [
        '{"pixels": [[0, 0.5], [1, 0.25]], "label": "bar", "weight": 1}',
        '',
        '{"label": 7, "pixels": [[1, 1], [0, -2e-3]], "weight": "0.5"}\r',
        '{"pixels": [[0.125, 0], [0, 1]], "label": "none", "weight": 2}',
      ].join('\n'),
      image(3),
    );
    const pixels = set.columns.get('pixels');
    assert.equal(pixels?.kind, 'tensor');
    assert.equal(pixels.elements, 4);
    assert.deepEqual([...pixels.values], [0, 0.5, 1, 0.25, 1, 1, 0, Math.fround(-2e-3), 0.125, 0, 0, 1]);
    assert.deepEqual(categories(set.columns.get('label')), ['bar', '7', 'none']);
    assert.deepEqual(numbers(set.columns.get('weight')), [1, 0.5, 2]);
  });

  it('reads the credit rows as CSV reads them', async () => {
    const set = await jsonl(
      '{"income": 1.5, "age": 30, "gender": "f", "default": true}\n{"income": 2, "age": -4, "gender": "m", "default": 0}\n',
      credit(2),
    );
    assert.deepEqual(numbers(set.columns.get('income')), [1.5, 2]);
    assert.deepEqual(numbers(set.columns.get('age')), [30, -4]);
    assert.deepEqual(categories(set.columns.get('gender')), ['f', 'm']);
    assert.deepEqual(numbers(set.columns.get('default')), [1, 0]);
  });

  it('refuses lines that are not objects, unknown or missing keys and values of the wrong type', async () => {
    const good = '{"income": 1, "age": 2, "gender": "f", "default": true}\n';
    const cases: [string, RegExp, { row?: number; column?: string }][] = [
      ['{"income": 1, "age": 2', /Row 2 is not valid JSON/, { row: 2 }],
      ['[1, 2, "f", true]', /Row 2 is an array, not a JSON object/, { row: 2 }],
      ['{"income": 1, "age": 2, "gender": "f"}', /Row 2 lacks column "default"/, { row: 2, column: 'default' }],
      [
        '{"income": 1, "age": 2, "gender": "f", "default": true, "zip": 1}',
        /column "zip": not a feature/,
        { row: 2, column: 'zip' },
      ],
      ['{"income": 1e999, "age": 2, "gender": "f", "default": true}', /not a finite number/, { column: 'income' }],
      ['{"income": null, "age": 2, "gender": "f", "default": true}', /null is not a number/, { column: 'income' }],
      ['{"income": 1, "age": 2.5, "gender": "f", "default": true}', /"2.5" is not an integer/, { column: 'age' }],
      ['{"income": 1, "age": 2, "gender": {}, "default": true}', /an object is not text/, { column: 'gender' }],
      ['{"income": [1], "age": 2, "gender": "f", "default": true}', /an array is not a number/, { column: 'income' }],
      ['{"income": 1, "age": 2, "gender": "f", "default": 2}', /"2" is not a BOOL value/, { column: 'default' }],
    ];
    for (const [line, message, at] of cases) await refused(jsonl(`${good}${line}\n`, credit(2)), message, at);
  });

  it('refuses tensors of another element count, with elements that are not finite numbers, or empty', async () => {
    const first = '{"pixels": [[0, 1], [1, 0]], "label": "a", "weight": 1}\n';
    await refused(
      jsonl(`${first}{"pixels": [[0, 1], [1]], "label": "a", "weight": 1}\n`, image(2)),
      /3 elements, but row 1 has 4/,
      {
        row: 2,
        column: 'pixels',
      },
    );
    await refused(
      jsonl(`${first}{"pixels": [[0, 1], [1, "x"]], "label": "a", "weight": 1}\n`, image(2)),
      /not a number/,
      {
        row: 2,
      },
    );
    await refused(jsonl(`${first}{"pixels": 3, "label": "a", "weight": 1}\n`, image(2)), /is not an array/, { row: 2 });
    await refused(jsonl('{"pixels": [], "label": "a", "weight": 1}\n', image(1)), /empty array/, { row: 1 });
  });

  it('refuses more or fewer rows than the version declares', async () => {
    const line = '{"income": 1, "age": 2, "gender": "f", "default": true}\n';
    await refused(jsonl(line.repeat(3), credit(2)), /row 3 is one too many/, { row: 3 });
    await refused(jsonl(line, credit(2)), /holds 1 row, but the dataset version declares 2/);
  });
});
