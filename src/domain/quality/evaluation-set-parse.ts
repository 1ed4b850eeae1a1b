import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream';
import { CsvError, parse } from 'csv-parse';
import { GraphQLError } from 'graphql';
import { FeatureDtype, type FeatureSpec } from '../datasets/dataset.entity';
import { ErrorCode } from '../../errors';
import type { Column, EvaluationSet } from './evaluation-set';

/** The two ways rows come: CSV with a header row, or JSON Lines (one object per line). */
export type RowsFormat = 'csv' | 'jsonl';

/** What the rows are checked against: the version's features and its declared row count. */
export interface RowsExpected {
  features: Pick<FeatureSpec, 'name' | 'dtype'>[];
  /** The dataset version's rowCount: the rows must be exactly these many. */
  rows: number;
}

/** A CSV row or a JSON line longer than this is refused (a missing line break, not a row). */
export const MAX_ROW_BYTES = 32 * 1024 * 1024;
/** Of a refused value, at most this many characters are quoted back. */
const ECHO_CHARS = 40;

/** The largest finite FLOAT32. */
const FLOAT32_MAX = 3.4028234663852886e38;
const INT32_MIN = -2147483648;
const INT32_MAX = 2147483647;
/** A decimal number as text: what a CSV cell (or a JSON string) of a numeric feature may hold. */
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** BAD_USER_INPUT about the body's rows, with the data row (1-based) and column where it can name them. */
export function badRows(message: string, where: { row?: number; column?: string } = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.BAD_USER_INPUT, ...where } });
}

/** A value quoted back in a message, cut to ECHO_CHARS characters. */
export function echo(value: string): string {
  const cut = [...value].length > ECHO_CHARS ? `${[...value].slice(0, ECHO_CHARS).join('')}…` : value;
  return JSON.stringify(cut);
}

const where = (row: number, column: string) => `Row ${row}, column ${echo(column)}`;

/** A column filled row by row, its typed array grown as rows come (never past the declared row count). */
abstract class ColumnBuilder {
  constructor(
    readonly name: string,
    protected readonly capacityRows: number,
  ) {}
  abstract add(value: unknown, row: number): void;
  abstract finish(rows: number): Column;

  /** A larger array of `rows` × `per` elements, the first `used` copied. */
  protected grown<T extends Float64Array | Float32Array | Int32Array>(array: T, used: number, per: number): T {
    const rows = Math.min(this.capacityRows, Math.max(1024, 2 * (array.length / Math.max(per, 1))));
    const next = new (array.constructor as new (length: number) => T)(rows * per);
    next.set(array.subarray(0, used));
    return next;
  }
}

/** FLOAT32, INT32 and BOOL as float64 numbers. */
class NumberColumn extends ColumnBuilder {
  private values = new Float64Array(0);

  constructor(
    name: string,
    capacityRows: number,
    private readonly dtype: FeatureDtype,
  ) {
    super(name, capacityRows);
  }

  add(value: unknown, row: number): void {
    const index = row - 1;
    if (index >= this.values.length) this.values = this.grown(this.values, index, 1);
    this.values[index] = numberOf(this.dtype, value, row, this.name);
  }

  finish(rows: number): Column {
    return { kind: 'number', values: this.values.subarray(0, rows) };
  }
}

/** STRING as a dictionary of categories and a code per row. */
class CategoryColumn extends ColumnBuilder {
  private codes = new Int32Array(0);
  private readonly categories: string[] = [];
  private readonly codeOf = new Map<string, number>();

  add(value: unknown, row: number): void {
    const index = row - 1;
    if (index >= this.codes.length) this.codes = this.grown(this.codes, index, 1);
    const text = textOf(value, row, this.name);
    let code = this.codeOf.get(text);
    if (code === undefined) {
      code = this.categories.push(text) - 1;
      this.codeOf.set(text, code);
    }
    this.codes[index] = code;
  }

  finish(rows: number): Column {
    return { kind: 'category', categories: this.categories, codes: this.codes.subarray(0, rows) };
  }
}

/** A FLOAT32 feature whose JSON values are (nested) arrays: each row's elements flattened, as many in every row. */
class TensorColumn extends ColumnBuilder {
  private values = new Float32Array(0);
  private elements = -1;
  private readonly row: number[] = [];

  add(value: unknown, row: number): void {
    if (!Array.isArray(value))
      throw badRows(`${where(row, this.name)}: ${describe(value)} is not an array, as this column is in row 1.`, {
        row,
        column: this.name,
      });
    this.row.length = 0;
    flatten(value, this.row, row, this.name);
    if (this.elements < 0) {
      if (this.row.length === 0)
        throw badRows(`${where(row, this.name)}: an empty array; a tensor needs at least one element.`, {
          row,
          column: this.name,
        });
      this.elements = this.row.length;
    } else if (this.row.length !== this.elements) {
      throw badRows(
        `${where(row, this.name)}: ${this.row.length} elements, but row 1 has ${this.elements}; every row of a tensor column has as many.`,
        { row, column: this.name },
      );
    }
    const at = (row - 1) * this.elements;
    if (at + this.elements > this.values.length) this.values = this.grown(this.values, at, this.elements);
    this.values.set(this.row, at);
  }

  finish(rows: number): Column {
    return { kind: 'tensor', elements: this.elements, values: this.values.subarray(0, rows * this.elements) };
  }
}

function flatten(value: unknown[], into: number[], row: number, column: string): void {
  for (const element of value) {
    if (Array.isArray(element)) flatten(element, into, row, column);
    else if (typeof element === 'number' && Number.isFinite(element) && Math.abs(element) <= FLOAT32_MAX)
      into.push(element);
    else
      throw badRows(
        `${where(row, column)}: an element ${typeof element === 'number' ? 'outside the finite range of FLOAT32' : `that is ${describe(element)}, not a number`}; tensor elements must be finite numbers.`,
        { row, column },
      );
  }
}

/** What a refused JSON value is, without quoting more than ECHO_CHARS of it. */
function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return echo(value);
  return echo(String(value));
}

/** A numeric feature's value (CSV text, or a JSON number, boolean or string) as a number, or why not. */
function numberOf(dtype: FeatureDtype, value: unknown, row: number, column: string): number {
  const refuse = (why: string) => badRows(`${where(row, column)}: ${why}`, { row, column });
  if (dtype === FeatureDtype.BOOL) {
    if (value === true || value === 1) return 1;
    if (value === false || value === 0) return 0;
    if (typeof value === 'string') {
      const text = value.trim().toLowerCase();
      if (text === 'true' || text === '1') return 1;
      if (text === 'false' || text === '0') return 0;
    }
    throw refuse(`${describe(value)} is not a BOOL value; write true, false, 1 or 0.`);
  }
  let number: number;
  if (typeof value === 'number') number = value;
  else if (typeof value === 'string') {
    const text = value.trim();
    if (text === '') throw refuse(`the value is empty; ${dtype} values must be numbers.`);
    if (!DECIMAL.test(text)) throw refuse(`${echo(text)} is not a finite number (${dtype}).`);
    number = Number(text);
  } else throw refuse(`${describe(value)} is not a number (${dtype}).`);
  const shown = typeof value === 'string' ? echo(value.trim()) : describe(value);
  if (!Number.isFinite(number)) throw refuse(`${shown} is not a finite number (${dtype}).`);
  if (dtype === FeatureDtype.INT32) {
    if (!Number.isInteger(number)) throw refuse(`${shown} is not an integer (INT32).`);
    if (number < INT32_MIN || number > INT32_MAX)
      throw refuse(`${shown} is outside INT32's range (${INT32_MIN} to ${INT32_MAX}).`);
  } else if (Math.abs(number) > FLOAT32_MAX) throw refuse(`${shown} is outside FLOAT32's finite range.`);
  return number;
}

/** A STRING feature's value: any text (a JSON number or boolean as it is written). */
function textOf(value: unknown, row: number, column: string): string {
  if (typeof value === 'string') return value;
  if ((typeof value === 'number' && Number.isFinite(value)) || typeof value === 'boolean') return String(value);
  throw badRows(`${where(row, column)}: ${describe(value)} is not text (STRING).`, { row, column });
}

/**
 * Rows checked against a dataset version's features as they come, kept column by column: every
 * value of its feature's type, at most the declared row count, and exactly it at the end. Pure:
 * the readers below feed it, and tests can too.
 */
export class RowsBuilder {
  private readonly columns = new Map<string, ColumnBuilder>();
  private count = 0;

  constructor(
    private readonly expected: RowsExpected,
    /** JSON Lines: a FLOAT32 feature whose first value is an array is a tensor column. */
    private readonly format: RowsFormat,
  ) {}

  /** Rows taken so far. */
  get rows(): number {
    return this.count;
  }

  /** The feature names, for messages. */
  private featureList(): string {
    const names = this.expected.features.map((feature) => echo(feature.name));
    return names.length > 20 ? `${names.slice(0, 20).join(', ')}, …` : names.join(', ');
  }

  /** Checks a CSV header: every feature once, nothing else. Answers each feature's field index. */
  header(names: string[]): number[] {
    const seen = new Map<string, number>();
    names.forEach((name, index) => {
      if (seen.has(name)) throw badRows(`The header names column ${echo(name)} twice.`, { column: name });
      if (!this.expected.features.some((feature) => feature.name === name))
        throw badRows(
          `The header names column ${echo(name)}, which is not a feature of this dataset version (its features: ${this.featureList()}).`,
          { column: name },
        );
      seen.set(name, index);
    });
    const missing = this.expected.features.filter((feature) => !seen.has(feature.name));
    if (missing.length > 0)
      throw badRows(
        `The header lacks ${missing.length === 1 ? 'the column' : 'the columns'} ${missing.map((feature) => echo(feature.name)).join(', ')}: every feature of the dataset version must be a column.`,
        { column: missing[0]!.name },
      );
    return this.expected.features.map((feature) => seen.get(feature.name)!);
  }

  /** One CSV data row, its fields in the order `header` answered. */
  addFields(fields: string[], indexes: number[]): void {
    const row = this.next();
    this.expected.features.forEach((feature, at) =>
      this.columnFor(feature, fields[indexes[at]!]).add(fields[indexes[at]!], row),
    );
  }

  /** One JSON Lines row: an object whose keys are exactly the features. */
  addObject(value: unknown): void {
    const row = this.next();
    if (value === null || typeof value !== 'object' || Array.isArray(value))
      throw badRows(`Row ${row} is ${describe(value)}, not a JSON object of the features' values.`, { row });
    const object = value as Record<string, unknown>;
    for (const key of Object.keys(object))
      if (!this.expected.features.some((feature) => feature.name === key))
        throw badRows(
          `${where(row, key)}: not a feature of this dataset version (its features: ${this.featureList()}).`,
          { row, column: key },
        );
    for (const feature of this.expected.features) {
      if (!(feature.name in object))
        throw badRows(
          `Row ${row} lacks column ${echo(feature.name)}: every feature of the dataset version needs a value.`,
          {
            row,
            column: feature.name,
          },
        );
      const cell = object[feature.name];
      this.columnFor(feature, cell).add(cell, row);
    }
  }

  /** The rows as an evaluation set, once they are exactly the declared count. */
  finish(sha256: string): EvaluationSet {
    if (this.count !== this.expected.rows)
      throw badRows(
        `The body holds ${this.count} ${this.count === 1 ? 'row' : 'rows'}, but the dataset version declares ${this.expected.rows} (rowCount); send every row, and only those.`,
      );
    const columns = new Map<string, Column>();
    for (const feature of this.expected.features) {
      // A version declared with no rows has no value to pick a column's kind from.
      const column = this.columns.get(feature.name) ?? this.columnFor(feature, undefined);
      columns.set(feature.name, column.finish(this.count));
    }
    return { rows: this.count, sha256, columns };
  }

  private next(): number {
    this.count += 1;
    if (this.count > this.expected.rows)
      throw badRows(
        `The body holds more rows than the ${this.expected.rows} the dataset version declares (rowCount): row ${this.count} is one too many.`,
        { row: this.count },
      );
    return this.count;
  }

  /** The feature's column, made on its first value (which decides whether a FLOAT32 one is a tensor). */
  private columnFor(feature: Pick<FeatureSpec, 'name' | 'dtype'>, first: unknown): ColumnBuilder {
    let column = this.columns.get(feature.name);
    if (!column) {
      const capacity = this.expected.rows;
      if (feature.dtype === FeatureDtype.STRING) column = new CategoryColumn(feature.name, capacity);
      else if (feature.dtype === FeatureDtype.FLOAT32 && this.format === 'jsonl' && Array.isArray(first))
        column = new TensorColumn(feature.name, capacity);
      else column = new NumberColumn(feature.name, capacity, feature.dtype);
      this.columns.set(feature.name, column);
    }
    return column;
  }
}

/** What csv-parse reports, in words for the person who made the file. */
function csvProblem(error: CsvError): string {
  switch (error.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return 'a quoted field is never closed';
    case 'CSV_INVALID_CLOSING_QUOTE':
    case 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE':
      return 'a closing quote is followed by something other than a comma or a line break';
    case 'CSV_RECORD_INCONSISTENT_FIELDS_LENGTH':
      return `the row has ${Array.isArray(error.record) ? error.record.length : 'another number of'} fields, not as many as the header`;
    case 'CSV_MAX_RECORD_SIZE':
      return `a row is longer than ${MAX_ROW_BYTES} characters`;
    default:
      return 'it does not parse as CSV';
  }
}

/**
 * Reads CSV rows (a header row first; RFC 4180 quoting, a BOM and empty lines allowed) from
 * `source` as they stream, checked against `expected`; the set's columns follow the features' order.
 */
export async function parseCsvRows(source: Readable, expected: RowsExpected, sha256: string): Promise<EvaluationSet> {
  const builder = new RowsBuilder(expected, 'csv');
  const parser = parse({ bom: true, skip_empty_lines: true, max_record_size: MAX_ROW_BYTES });
  pipeline(source, parser, () => {});
  let indexes: number[] | undefined;
  try {
    for await (const fields of parser as AsyncIterable<string[]>) {
      if (indexes) builder.addFields(fields, indexes);
      else indexes = builder.header(fields);
    }
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const line = typeof error.lines === 'number' ? ` (line ${error.lines})` : '';
    // The records parsed before the bad one, the header first (the parser may be ahead of this loop).
    const row = typeof error.records === 'number' ? error.records : builder.rows + (indexes ? 1 : 0);
    throw badRows(
      row > 0
        ? `Row ${row}${line} is not valid CSV: ${csvProblem(error)}.`
        : `The header row${line} is not valid CSV: ${csvProblem(error)}.`,
      row > 0 ? { row } : {},
    );
  }
  if (!indexes) throw badRows('The body holds no header row: CSV rows start with a row of the column names.');
  return builder.finish(sha256);
}

/**
 * Reads JSON Lines (one object per line, keys the feature names; blank lines skipped) from `source`
 * as they stream, checked against `expected`. A FLOAT32 feature's values may be (nested) arrays of
 * numbers: a tensor column.
 */
export async function parseJsonLines(source: Readable, expected: RowsExpected, sha256: string): Promise<EvaluationSet> {
  const builder = new RowsBuilder(expected, 'jsonl');
  for await (const line of linesOf(source, MAX_ROW_BYTES, () => builder.rows + 1)) {
    if (line.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw badRows(`Row ${builder.rows + 1} is not valid JSON: JSON Lines hold one JSON object per line.`, {
        row: builder.rows + 1,
      });
    }
    builder.addObject(value);
  }
  return builder.finish(sha256);
}

/** The lines of a byte stream as UTF-8 text (LF or CRLF), none longer than `maxBytes`. */
async function* linesOf(source: Readable, maxBytes: number, row: () => number): AsyncGenerator<string> {
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  const take = (tail: Buffer): string => {
    const bytes = Buffer.concat([...pending, tail]);
    pending = [];
    pendingBytes = 0;
    const text = bytes.toString('utf8');
    return text.endsWith('\r') ? text.slice(0, -1) : text;
  };
  for await (const chunk of source as AsyncIterable<Buffer>) {
    let start = 0;
    for (let end = chunk.indexOf(10); end >= 0; end = chunk.indexOf(10, start)) {
      if (pendingBytes + end - start > maxBytes) break;
      yield take(chunk.subarray(start, end));
      start = end + 1;
    }
    pending.push(chunk.subarray(start));
    pendingBytes += chunk.length - start;
    if (pendingBytes > maxBytes)
      throw badRows(`Row ${row()} is longer than ${maxBytes} bytes: is a line break missing?`, { row: row() });
  }
  if (pendingBytes > 0) yield take(Buffer.alloc(0));
}
