import { badInput } from '../errors';
import { TensorDtype, type Signature, type TensorSpec } from '../graph/models/model.entity';

/** One input of a batch: the values of every instance, flat, with the batch's shape. */
export interface InputBatch {
  name: string;
  dtype: TensorDtype;
  shape: number[];
  values: Float32Array | Int32Array;
}

/**
 * Checks prediction instances against a version's signature and packs them, input by input,
 * into flat typed arrays ready to become tensors (no per-element GraphQL coercion). Every
 * refusal names the instance and the field: `instances[3].age: must be a finite number, got "x".`
 */
export function packInstances(signature: Signature, instances: unknown[], maxInstances: number): InputBatch[] {
  if (instances.length === 0) throw badInput('instances', 'must hold at least one instance.');
  if (instances.length > maxInstances) throw badInput('instances', `holds ${instances.length} instances; at most ${maxInstances} are allowed per request.`);
  const names = new Set(signature.inputs.map((input) => input.name));
  const batches = signature.inputs.map((input) => {
    const size = input.shape.reduce((a, b) => a * b, 1);
    const values = input.dtype === TensorDtype.INT32 ? new Int32Array(size * instances.length) : new Float32Array(size * instances.length);
    return { spec: input, size, batch: { name: input.name, dtype: input.dtype, shape: [instances.length, ...input.shape], values } };
  });
  instances.forEach((instance, index) => {
    const at = `instances[${index}]`;
    if (instance === null || typeof instance !== 'object' || Array.isArray(instance)) throw badInput(at, 'must be an object of named features.');
    const record = instance as Record<string, unknown>;
    const extra = Object.keys(record).filter((key) => !names.has(key));
    if (extra.length) throw badInput(`${at}.${extra[0]}`, `is not an input of this model; it takes ${[...names].join(', ')}.`);
    for (const { spec, size, batch } of batches) {
      if (!(spec.name in record)) throw badInput(`${at}.${spec.name}`, `is missing; the model needs ${spec.dtype}${describeShape(spec)}.`);
      const flat = flatten(record[spec.name], spec, `${at}.${spec.name}`);
      batch.values.set(flat, index * size);
    }
  });
  return batches.map(({ batch }) => batch);
}

function describeShape(spec: TensorSpec): string {
  return spec.shape.length ? ` of shape [${spec.shape.join(', ')}]` : '';
}

/** The value of one input of one instance, checked against its dtype and shape, as numbers in row-major order. */
function flatten(value: unknown, spec: TensorSpec, field: string): number[] {
  const out: number[] = [];
  const walk = (node: unknown, depth: number, path: string) => {
    if (depth === spec.shape.length) {
      out.push(scalar(node, spec.dtype, path));
      return;
    }
    const size = spec.shape[depth]!;
    if (!Array.isArray(node) || node.length !== size) {
      throw badInput(path, `must be ${spec.dtype}${describeShape(spec)}; at depth ${depth} expected a list of ${size}, got ${Array.isArray(node) ? `a list of ${node.length}` : typeof node}.`);
    }
    node.forEach((child, i) => walk(child, depth + 1, `${path}[${i}]`));
  };
  walk(value, 0, field);
  return out;
}

function scalar(value: unknown, dtype: TensorDtype, field: string): number {
  if (dtype === TensorDtype.BOOL) {
    if (typeof value !== 'boolean') throw badInput(field, `must be true or false, got ${JSON.stringify(value)}.`);
    return value ? 1 : 0;
  }
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw badInput(field, `must be a finite number, got ${typeof value === 'number' ? String(value) : (JSON.stringify(value) ?? String(value))}.`);
  }
  if (dtype === TensorDtype.INT32 && !Number.isInteger(value)) throw badInput(field, `must be a whole number, got ${value}.`);
  // Beyond these a typed array would hold Infinity (float32) or a wrapped-around number (int32).
  const limit = dtype === TensorDtype.INT32 ? 2 ** 31 - 1 : FLOAT32_MAX;
  if (Math.abs(value) > limit) throw badInput(field, `is out of range for ${dtype} (at most ±${limit}), got ${value}.`);
  return value;
}

const FLOAT32_MAX = 3.4028234663852886e38;

/**
 * What the model itself takes: named scalar features become one [instances, features] float
 * matrix in signature order (the usual tabular model); tensor inputs pass as they are.
 */
export function asModelInputs(batches: InputBatch[]): InputBatch[] {
  if (!batches.every((batch) => batch.shape.length === 1)) return batches;
  const count = batches[0]!.shape[0]!;
  const values = new Float32Array(count * batches.length);
  batches.forEach((batch, column) => batch.values.forEach((value, row) => (values[row * batches.length + column] = value)));
  return [{ name: 'features', dtype: TensorDtype.FLOAT32, shape: [count, batches.length], values }];
}
