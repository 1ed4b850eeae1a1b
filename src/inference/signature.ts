/**
 * A model's signature as inference sees it: plain data, no GraphQL. The graph's Signature and
 * TensorSpec types (domain/models/model.entity.ts) have this shape and register TensorDtype.
 */
export enum TensorDtype {
  FLOAT32 = 'FLOAT32',
  INT32 = 'INT32',
  BOOL = 'BOOL',
}

/** One named input or output: a scalar feature has shape [], an image e.g. [28, 28, 1]. */
export interface TensorShape {
  name: string;
  dtype: TensorDtype;
  /** Dimensions of one instance, without the batch dimension. */
  shape: number[];
}

export interface ModelSignature {
  inputs: TensorShape[];
  outputs: TensorShape[];
  /** Names of the output classes, in output order. */
  classLabels: string[];
}
