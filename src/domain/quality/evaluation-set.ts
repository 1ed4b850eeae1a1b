import fs from 'node:fs/promises';
import path from 'node:path';

/**
 * A dataset version's rows, parsed against its features and kept column by column: what an
 * evaluation reads. Numbers (FLOAT32, INT32, BOOL as 0/1) are float64; text is a dictionary of
 * categories and a code per row (labels and sensitive groups have few); a feature whose rows are
 * arrays (JSON Lines) is a tensor, its elements per row flattened.
 */
export type Column =
  | { kind: 'number'; values: Float64Array }
  | { kind: 'category'; categories: string[]; codes: Int32Array }
  | { kind: 'tensor'; elements: number; values: Float32Array };

export interface EvaluationSet {
  rows: number;
  /** The sha256 of the bytes uploaded, which the dataset version declared. */
  sha256: string;
  columns: Map<string, Column>;
}

interface Header {
  rows: number;
  sha256: string;
  columns: ({ name: string; bytes: number } & (
    { kind: 'number' } | { kind: 'category'; categories: string[] } | { kind: 'tensor'; elements: number }
  ))[];
}

/** The file of a dataset version's rows, under the gateway's data folder. */
export function evaluationSetPath(dataDir: string, datasetVersionId: string): string {
  return path.join(dataDir, 'evaluation-sets', `${datasetVersionId}.columns`);
}

/**
 * The set as one file: a 4-byte header length, the header (JSON: rows, digest, each column's kind,
 * categories and byte length), then each column's values in order, 8-byte aligned. Written to a
 * temporary name and renamed, so a reader never sees half a file.
 */
export async function writeEvaluationSet(file: string, set: EvaluationSet): Promise<void> {
  const bodies: Buffer[] = [];
  const header: Header = { rows: set.rows, sha256: set.sha256, columns: [] };
  for (const [name, column] of set.columns) {
    const array = column.kind === 'category' ? column.codes : column.values;
    const bytes = Buffer.from(array.buffer, array.byteOffset, array.byteLength);
    bodies.push(bytes, Buffer.alloc((8 - (bytes.length % 8)) % 8));
    const shape =
      column.kind === 'category'
        ? { kind: column.kind, categories: column.categories }
        : column.kind === 'tensor'
          ? { kind: column.kind, elements: column.elements }
          : { kind: column.kind };
    header.columns.push({ name, bytes: bytes.length, ...shape });
  }
  const json = Buffer.from(JSON.stringify(header));
  const length = Buffer.alloc(4);
  length.writeUInt32LE(json.length);
  const padding = Buffer.alloc((8 - ((4 + json.length) % 8)) % 8);
  await fs.mkdir(path.dirname(file), { recursive: true });
  const partial = `${file}.${process.pid}.partial`;
  await fs.writeFile(partial, Buffer.concat([length, json, padding, ...bodies]));
  await fs.rename(partial, file);
}

/** Reads a set written by writeEvaluationSet; the typed arrays view the file's one buffer. */
export async function readEvaluationSet(file: string): Promise<EvaluationSet> {
  const data = await fs.readFile(file);
  // A fresh, aligned copy: a Buffer from the pool may start at any offset.
  const buffer = new Uint8Array(data).buffer;
  const length = data.readUInt32LE(0);
  const header = JSON.parse(data.subarray(4, 4 + length).toString()) as Header;
  let offset = 4 + length;
  offset += (8 - (offset % 8)) % 8;
  const columns = new Map<string, Column>();
  for (const column of header.columns) {
    const at = offset;
    offset += column.bytes + ((8 - (column.bytes % 8)) % 8);
    if (column.kind === 'number')
      columns.set(column.name, { kind: 'number', values: new Float64Array(buffer, at, column.bytes / 8) });
    else if (column.kind === 'category')
      columns.set(column.name, {
        kind: 'category',
        categories: column.categories,
        codes: new Int32Array(buffer, at, column.bytes / 4),
      });
    else
      columns.set(column.name, {
        kind: 'tensor',
        elements: column.elements,
        values: new Float32Array(buffer, at, column.bytes / 4),
      });
  }
  return { rows: header.rows, sha256: header.sha256, columns };
}
