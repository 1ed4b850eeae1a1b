import { badInput } from './errors';
import { TensorDtype, type ModelSignature } from './signature';
import { asModelInputs, type InputBatch, type OutputBatch } from './instances';
import type { ModelTensors } from './worker';
import { elementsOf, rowSize } from './shapes';

const tfDtypes: Record<TensorDtype, string> = {
  [TensorDtype.FLOAT32]: 'float32',
  [TensorDtype.INT32]: 'int32',
  [TensorDtype.BOOL]: 'bool',
};

/** Instances of the smoke run: two, so that a model that mishandles the batch dimension shows it. */
const ROWS = 2;

/** Zeros for every input the signature names, packed as predictions pack them. */
export function zerosFor(signature: ModelSignature): InputBatch[] {
  return asModelInputs(
    signature.inputs.map((spec) => {
      const size = spec.shape.reduce((a, b) => a * b, ROWS);
      return {
        name: spec.name,
        dtype: spec.dtype,
        shape: [ROWS, ...spec.shape],
        values: spec.dtype === TensorDtype.INT32 ? new Int32Array(size) : new Float32Array(size),
      };
    }),
  );
}

/** Does a model dimension (null or -1: any size) take `size`? */
const fits = (dimension: number | null | undefined, size: number | undefined) =>
  dimension == null || dimension < 0 || dimension === size;
const describeShape = (shape: (number | null)[]) => `[${shape.map((d) => (d == null || d < 0 ? '?' : d)).join(', ')}]`;

const refuse = (field: string, message: string) => badInput(field, `${message} Fix the signature, or the model.`);

/**
 * Checks the inputs a model declares against the signature's, packed (`zerosFor`): their count,
 * shapes and dtypes (an integer signature may feed a float32 model: that loses nothing).
 */
export function checkDeclaredInputs(field: string, inputs: InputBatch[], model: ModelTensors): void {
  if (model.inputs.length !== inputs.length) {
    throw refuse(
      field,
      `the model takes ${model.inputs.length} input tensor(s), but the signature's inputs make ${inputs.length} (named scalar inputs travel as one [instances, features] matrix).`,
    );
  }
  inputs.forEach((input, index) => {
    const declared = model.inputs[index]!;
    const [, ...dims] = declared.shape;
    const [, ...sizes] = input.shape;
    if (dims.length !== sizes.length || !dims.every((d, i) => fits(d, sizes[i]))) {
      throw refuse(
        field,
        `input ${index + 1} of the model has shape ${describeShape(declared.shape)}, but the signature gives it [instances, ${sizes.join(', ')}].`,
      );
    }
    const given = tfDtypes[input.dtype];
    if (given !== declared.dtype && !(declared.dtype === 'float32' && input.dtype !== TensorDtype.FLOAT32)) {
      throw refuse(
        field,
        `input ${index + 1} of the model is ${declared.dtype}, but the signature gives it ${input.dtype}.`,
      );
    }
  });
}

/**
 * Checks a model's answer to zeros against the signature's outputs: their count, sizes per
 * instance and declared dtypes, and one score per class label. Returns what was checked.
 */
export function checkOutputs(
  field: string,
  signature: ModelSignature,
  model: ModelTensors,
  outputs: OutputBatch[],
): string {
  if (outputs.length !== signature.outputs.length)
    throw refuse(
      field,
      `the model answers ${outputs.length} output tensor(s), but the signature lists ${signature.outputs.length}.`,
    );
  signature.outputs.forEach((spec, index) => {
    const output = outputs[index]!;
    const expected = elementsOf(spec.shape);
    if (output.shape[0] !== ROWS || rowSize(output.shape) !== expected) {
      throw refuse(
        field,
        `output ${spec.name} should hold ${expected} value(s) per instance (shape [${spec.shape.join(', ')}]); the model answered shape [${output.shape.join(', ')}] for ${ROWS} instances.`,
      );
    }
    const declared = model.outputs[index]?.dtype;
    if (declared && declared !== tfDtypes[spec.dtype])
      throw refuse(field, `output ${spec.name} of the model is ${declared}, but the signature says ${spec.dtype}.`);
  });
  const labels = signature.classLabels.length;
  const scores = rowSize(outputs[0]!.shape);
  if (labels > 0 && labels !== scores)
    throw refuse(
      field,
      `the signature names ${labels} class label(s), but the model's first output has ${scores} score(s) per instance.`,
    );
  return `Zeros shaped as the signature's ${signature.inputs.length} input(s) ran; the model's ${outputs.length} output(s) have the declared shapes and dtypes${labels ? `, one score per class label` : ''}.`;
}
