import { badInput } from './errors';
import { TensorDtype, type ModelSignature, type TensorShape } from './signature';
import { elementsOf, rowSize } from './shapes';

/** One input of a batch: the values of every instance, flat, with the batch's shape. */
export interface InputBatch {
  name: string;
  dtype: TensorDtype;
  shape: number[];
  values: Float32Array | Int32Array;
}

/** One output of a batch, as the model answered it: every instance's values, flat, as float32. */
export interface OutputBatch {
  name: string;
  shape: number[];
  values: Float32Array;
}

/**
 * Checks prediction instances against a version's signature and packs them, input by input,
 * straight into flat typed arrays ready to become tensors: no per-element GraphQL coercion and no
 * per-element allocation. A tensor input may come as nested lists or as one flat list of all its
 * numbers in row-major order. Every refusal names the instance and the field:
 * `instances[3].age: must be a finite number, got "x".`
 */
export function packInstances(
  signature: ModelSignature,
  instances: unknown[],
  maxInstances: number,
  /** Fields that may come beside the inputs (not fed to the model): a string, a finite number, a boolean or null each. */
  besides: ReadonlySet<string> = new Set(),
): InputBatch[] {
  if (instances.length === 0) throw badInput('instances', 'must hold at least one instance.');
  if (instances.length > maxInstances)
    throw badInput(
      'instances',
      `holds ${instances.length} instances; at most ${maxInstances} are allowed per request.`,
    );
  const names = new Set(signature.inputs.map((input) => input.name));
  const batches = signature.inputs.map((spec) => {
    const size = elementsOf(spec.shape);
    const values =
      spec.dtype === TensorDtype.INT32
        ? new Int32Array(size * instances.length)
        : new Float32Array(size * instances.length);
    return {
      spec,
      size,
      batch: { name: spec.name, dtype: spec.dtype, shape: [instances.length, ...spec.shape], values },
    };
  });
  instances.forEach((instance, index) => {
    if (instance === null || typeof instance !== 'object' || Array.isArray(instance))
      throw badInput(`instances[${index}]`, 'must be an object of named features.');
    const record = instance as Record<string, unknown>;
    for (const key in record) {
      if (names.has(key)) continue;
      if (!besides.has(key))
        throw badInput(
          `instances[${index}].${cut(key)}`,
          `is not an input of this model; it takes ${[...names].join(', ')}` +
            (besides.size > 0 ? `, and beside them may carry ${[...besides].join(', ')}.` : '.'),
        );
      const value = record[key];
      if (!(value === null || typeof value === 'string' || typeof value === 'boolean' || Number.isFinite(value)))
        throw badInput(`instances[${index}].${cut(key)}`, 'must be a string, a finite number, a boolean or null.');
    }
    for (const { spec, size, batch } of batches) {
      if (!(spec.name in record))
        throw badInput(
          `instances[${index}].${spec.name}`,
          `is missing; the model needs ${spec.dtype}${describeShape(spec)}.`,
        );
      pack(record[spec.name], spec, size, batch.values, index * size, () => `instances[${index}].${spec.name}`);
    }
  });
  return batches.map(({ batch }) => batch);
}

/** One input tensor of an Open Inference Protocol (v2) request, as the client sent it. */
export interface RequestTensor {
  name: string;
  shape: number[];
  datatype: string;
  data: unknown;
}

/** The protocol's datatype of each of our dtypes. */
export const protocolDatatypes: Record<TensorDtype, string> = {
  [TensorDtype.FLOAT32]: 'FP32',
  [TensorDtype.INT32]: 'INT32',
  [TensorDtype.BOOL]: 'BOOL',
};

/**
 * Checks the input tensors of a v2 request against a version's signature and packs each into a
 * typed array: `data` flat in row-major order is copied straight in (nested lists are walked, as
 * the protocol allows them), and so are the bytes of the binary tensor data extension: a tensor
 * whose `parameters.binary_data_size` is set takes that many bytes of `binary`, in request order
 * (little-endian; a byte per BOOL). Every tensor's first dimension is the batch; a named scalar
 * feature comes as shape [n] or [n, 1].
 */
export function packTensors(
  signature: ModelSignature,
  inputs: unknown,
  maxInstances: number,
  binary?: Buffer,
): InputBatch[] {
  if (!Array.isArray(inputs) || inputs.length === 0)
    throw badInput('inputs', 'must be a non-empty list of tensors ({ name, shape, datatype, data }).');
  const byName = new Map<string, { tensor: RequestTensor; at: string; bytes?: Buffer }>();
  let read = 0;
  inputs.forEach((tensor: unknown, index) => {
    const at = `inputs[${index}]`;
    if (tensor === null || typeof tensor !== 'object')
      throw badInput(at, 'must be a tensor: { name, shape, datatype, data }.');
    const { name, parameters } = tensor as { name?: unknown; parameters?: { binary_data_size?: unknown } };
    if (typeof name !== 'string') throw badInput(`${at}.name`, 'must be the name of a model input.');
    if (!signature.inputs.some((spec) => spec.name === name))
      throw badInput(
        `${at}.name`,
        `"${cut(name)}" is not an input of this model; it takes ${signature.inputs.map((spec) => spec.name).join(', ')}.`,
      );
    if (byName.has(name)) throw badInput(`${at}.name`, `"${name}" is given twice.`);
    const size = parameters?.binary_data_size;
    let bytes: Buffer | undefined;
    if (size !== undefined) {
      if (!Number.isInteger(size) || (size as number) < 0)
        throw badInput(`${at}.parameters.binary_data_size`, 'must be a whole number of bytes.');
      if (!binary || read + (size as number) > binary.length)
        throw badInput(
          `${at}.parameters.binary_data_size`,
          `asks for ${size} bytes of binary data after the JSON; the body holds ${(binary?.length ?? 0) - read} more.`,
        );
      bytes = binary.subarray(read, (read += size as number));
    }
    byName.set(name, { tensor: tensor as RequestTensor, at, bytes });
  });
  if (binary && read !== binary.length)
    throw badInput(
      'inputs',
      `leave ${binary.length - read} bytes of binary data unclaimed; each binary input's parameters.binary_data_size must say its size.`,
    );
  let count: number | undefined;
  return signature.inputs.map((spec) => {
    const given = byName.get(spec.name);
    if (!given)
      throw badInput(
        'inputs',
        `misses "${spec.name}"; the model needs ${spec.dtype}${describeShape(spec)} per instance.`,
      );
    const { tensor, at, bytes } = given;
    if (tensor.datatype !== protocolDatatypes[spec.dtype])
      throw badInput(
        `${at}.datatype`,
        `must be ${protocolDatatypes[spec.dtype]} for "${spec.name}", got ${describeValue(tensor.datatype)}.`,
      );
    const shape = tensor.shape;
    const expected = `[n${spec.shape.map((d) => `, ${d}`).join('')}]${spec.shape.length === 0 ? ' or [n, 1]' : ''}`;
    const fits =
      Array.isArray(shape) &&
      shape.every((d) => Number.isInteger(d)) &&
      (shape.length === spec.shape.length + 1
        ? spec.shape.every((d, i) => shape[i + 1] === d)
        : spec.shape.length === 0 && shape.length === 2 && shape[1] === 1);
    if (!fits)
      throw badInput(
        `${at}.shape`,
        `must be ${expected} with n instances, got ${Array.isArray(shape) ? `[${shape.slice(0, 8).join(', ')}]` : describeValue(shape)}.`,
      );
    const n = shape[0]!;
    if (n < 1 || n > maxInstances)
      throw badInput(`${at}.shape`, `holds ${n} instances; between 1 and ${maxInstances} are allowed per request.`);
    if (count !== undefined && n !== count)
      throw badInput(
        `${at}.shape`,
        `holds ${n} instances, another input ${count}; every input needs one row per instance.`,
      );
    count = n;
    const size = n * elementsOf(spec.shape);
    const values = spec.dtype === TensorDtype.INT32 ? new Int32Array(size) : new Float32Array(size);
    if (bytes) unpackBinary(bytes, spec.dtype, values, `${at}.parameters.binary_data_size`);
    else pack(tensor.data, { ...spec, shape }, size, values, 0, () => `${at}.data`);
    return { name: spec.name, dtype: spec.dtype, shape: [n, ...spec.shape], values };
  });
}

/** Binary tensor data into `values`: exactly its size in bytes, finite numbers only. */
function unpackBinary(bytes: Buffer, dtype: TensorDtype, values: Float32Array | Int32Array, field: string): void {
  const width = dtype === TensorDtype.BOOL ? 1 : 4;
  if (bytes.length !== values.length * width)
    throw badInput(field, `is ${bytes.length} bytes; ${values.length} ${dtype} values take ${values.length * width}.`);
  if (dtype === TensorDtype.BOOL) {
    bytes.forEach((byte, i) => (values[i] = byte === 0 ? 0 : 1));
    return;
  }
  // Copied, not viewed: the bytes need not sit on a 4-byte boundary of their buffer.
  new Uint8Array(values.buffer, values.byteOffset, bytes.length).set(bytes);
  if (dtype === TensorDtype.FLOAT32) {
    const at = (values as Float32Array).findIndex((value) => !Number.isFinite(value));
    if (at >= 0) throw badInput(field, `holds a value that is not a finite number at element ${at}.`);
  }
}

function describeShape(spec: TensorShape): string {
  return spec.shape.length ? ` of shape [${spec.shape.join(', ')}]` : '';
}

/**
 * Writes one input of one instance into `target` from `offset`: a scalar, one flat list of `size`
 * numbers, or lists nested as the shape says. The field's path is built only to refuse.
 */
function pack(
  value: unknown,
  spec: TensorShape,
  size: number,
  target: Float32Array | Int32Array,
  offset: number,
  field: () => string,
): void {
  const { shape, dtype } = spec;
  if (shape.length === 0) {
    target[offset] = scalar(value, dtype, field);
    return;
  }
  if (shape.length > 1 && Array.isArray(value) && value.length === size && !Array.isArray(value[0])) {
    for (let i = 0; i < size; i += 1) {
      const element: unknown = value[i];
      target[offset + i] = plain(element, dtype)
        ? (element as number)
        : scalar(element, dtype, () => `${field()}[${i}]`);
    }
    return;
  }
  // Nested lists, walked depth-first with the index at each depth kept for an error's path.
  const at = new Array<number>(shape.length).fill(0);
  const path = (depth: number) =>
    field() +
    at
      .slice(0, depth)
      .map((i) => `[${i}]`)
      .join('');
  let written = offset;
  const innermost = shape.length - 1;
  const walk = (node: unknown, depth: number): void => {
    const length = shape[depth]!;
    if (!Array.isArray(node) || node.length !== length) {
      const got = Array.isArray(node) ? `a list of ${node.length}` : typeof node;
      const flat = depth === 0 && shape.length > 1 ? ` (or one flat list of ${size})` : '';
      throw badInput(
        path(depth),
        `must be ${dtype}${describeShape(spec)}; at depth ${depth} expected a list of ${length}${flat}, got ${got}.`,
      );
    }
    for (let i = 0; i < length; i += 1) {
      at[depth] = i;
      // The innermost lists hold the numbers: written in place, without a call per number.
      if (depth < innermost) walk(node[i], depth + 1);
      else
        target[written++] = plain(node[i], dtype) ? (node[i] as number) : scalar(node[i], dtype, () => path(depth + 1));
    }
  };
  walk(value, 0);
}

/** The common case, checked without a call that builds anything: a number the dtype holds as it is. */
function plain(value: unknown, dtype: TensorDtype): boolean {
  if (typeof value !== 'number') return false;
  if (dtype === TensorDtype.FLOAT32) return Math.abs(value) <= FLOAT32_MAX; // false for NaN and ±Infinity
  return dtype === TensorDtype.INT32 && Number.isInteger(value) && Math.abs(value) <= INT32_MAX;
}

function scalar(value: unknown, dtype: TensorDtype, field: () => string): number {
  if (dtype === TensorDtype.BOOL) {
    if (typeof value !== 'boolean') throw badInput(field(), `must be true or false, got ${describeValue(value)}.`);
    return value ? 1 : 0;
  }
  if (typeof value !== 'number' || !Number.isFinite(value))
    throw badInput(field(), `must be a finite number, got ${describeValue(value)}.`);
  if (dtype === TensorDtype.INT32) {
    if (!Number.isInteger(value)) throw badInput(field(), `must be a whole number, got ${value}.`);
    // Beyond this an Int32Array would hold a wrapped-around number.
    if (Math.abs(value) > INT32_MAX)
      throw badInput(field(), `is out of range for INT32 (at most ±${INT32_MAX}), got ${value}.`);
  } else if (Math.abs(value) > FLOAT32_MAX) {
    // Beyond this a Float32Array would hold Infinity.
    throw badInput(field(), `is out of range for ${dtype} (at most ±${FLOAT32_MAX}), got ${value}.`);
  }
  return value;
}

const FLOAT32_MAX = 3.4028234663852886e38;
const INT32_MAX = 2 ** 31 - 1;

/** A refused value as an error may quote it: its type, or its first characters. */
function describeValue(value: unknown): string {
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (value !== null && typeof value === 'object') return 'an object';
  return cut(JSON.stringify(value) ?? String(value));
}

/** At most 40 characters of a client's text, so that an error never echoes a huge value. */
function cut(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/**
 * What the model itself takes: named scalar features become one [instances, features] float
 * matrix in signature order (the usual tabular model); tensor inputs pass as they are.
 */
export function asModelInputs(batches: InputBatch[]): InputBatch[] {
  if (!batches.every((batch) => batch.shape.length === 1)) return batches;
  const count = batches[0]!.shape[0]!;
  const values = new Float32Array(count * batches.length);
  batches.forEach((batch, column) =>
    batch.values.forEach((value, row) => (values[row * batches.length + column] = value)),
  );
  return [{ name: 'features', dtype: TensorDtype.FLOAT32, shape: [count, batches.length], values }];
}

/** Bytes per value of a packed input: float32 or int32 (BOOL travels as float32 0 or 1). */
const PACKED_WIDTH = 4;

/**
 * A logged prediction's packed inputs (PredictionLogEntry.inputs) back as the batches they were
 * packed from: the inverse of packInstances. Throws when the bytes do not fit the signature.
 */
export function unpackInputs(signature: ModelSignature, packed: Buffer, count: number): InputBatch[] {
  const sizes = signature.inputs.map((spec) => count * elementsOf(spec.shape));
  const expected = sizes.reduce((a, b) => a + b, 0) * PACKED_WIDTH;
  if (packed.length !== expected)
    throw new Error(`packed inputs hold ${packed.length} bytes; ${count} instances of this signature take ${expected}`);
  let offset = 0;
  return signature.inputs.map((spec, i) => {
    // Copied: the bytes need not sit on a 4-byte boundary of their buffer.
    const bytes = new Uint8Array(packed.subarray(offset, (offset += sizes[i]! * PACKED_WIDTH))).buffer;
    const values = spec.dtype === TensorDtype.INT32 ? new Int32Array(bytes) : new Float32Array(bytes);
    return { name: spec.name, dtype: spec.dtype, shape: [count, ...spec.shape], values };
  });
}

/** The batches of one instance of `batches`. */
export function instanceOf(batches: InputBatch[], index: number): InputBatch[] {
  return batches.map((batch) => rowsOf(batch, index, 1));
}

/** Consecutive parts of one set of batches (inputs or outputs) as one, rows in order. */
export function joinRows<T extends { shape: number[]; values: Float32Array | Int32Array }>(parts: T[][]): T[] {
  if (parts.length === 1) return parts[0]!;
  return parts[0]!.map((first, index) => {
    const Values = first.values.constructor as Float32ArrayConstructor | Int32ArrayConstructor;
    const values = new Values(parts.reduce((sum, part) => sum + part[index]!.values.length, 0));
    let offset = 0;
    let rows = 0;
    for (const part of parts) {
      values.set(part[index]!.values, offset);
      offset += part[index]!.values.length;
      rows += part[index]!.shape[0]!;
    }
    return { ...first, shape: [rows, ...first.shape.slice(1)], values };
  });
}

/** Instances `from` … `from + count - 1` of a batch (input or output), copied. */
export function rowsOf<T extends { shape: number[]; values: Float32Array | Int32Array }>(
  batch: T,
  from: number,
  count: number,
): T {
  const size = rowSize(batch.shape);
  return {
    ...batch,
    shape: [count, ...batch.shape.slice(1)],
    values: batch.values.slice(from * size, (from + count) * size),
  };
}

/**
 * The first `limit` instances of `batches` as a client sends them: objects of named inputs, a
 * tensor as one flat list in row-major order (packInstances takes them back as they are).
 */
export function instancesOf(batches: InputBatch[], limit: number): Record<string, unknown>[] {
  const count = Math.min(batches[0]?.shape[0] ?? 0, limit);
  return Array.from({ length: count }, (_, row) =>
    Object.fromEntries(
      batches.map(({ name, dtype, shape, values }) => {
        const size = rowSize(shape);
        const instance = [...values.subarray(row * size, (row + 1) * size)].map((value) =>
          dtype === TensorDtype.BOOL ? value !== 0 : dtype === TensorDtype.FLOAT32 ? shortestFloat32(value) : value,
        );
        return [name, shape.length === 1 ? instance[0] : instance];
      }),
    ),
  );
}

/** The shortest decimal with the same float32 value: 0.52 rather than 0.5199999809265137. */
function shortestFloat32(value: number): number {
  for (let digits = 1; digits < 9; digits += 1) {
    const candidate = Number(value.toPrecision(digits));
    if (Math.fround(candidate) === value) return candidate;
  }
  return value;
}
