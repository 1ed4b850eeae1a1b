import type * as tfjs from '@tensorflow/tfjs';
import type { ExplanationMethod } from './methods';
import type { ExplainRequestOf, ExplainResult, WorkerModel } from './explainer';

type GradientRequest = ExplainRequestOf<ExplanationMethod.INTEGRATED_GRADIENTS | ExplanationMethod.GRADIENT_X_INPUT>;

/**
 * How a gradient method turns the model into attributions, inside tf.tidy: `x` the inputs
 * [count, …shape], `base` the baseline [1, …shape], `grad` the gradient of each instance's
 * explained output at any batch of points (rows instance-major, each instance's rows together).
 */
export type GradientAttribution = (
  tf: typeof tfjs,
  grad: (points: tfjs.Tensor) => tfjs.Tensor,
  x: tfjs.Tensor,
  base: tfjs.Tensor,
  steps: number,
) => tfjs.Tensor;

/**
 * Gradient attributions with TensorFlow.js autodiff: integrated gradients evaluate all interpolation
 * steps of all instances in few forward and backward passes, each of at most as many rows as the
 * worker's activation bound allows (a gradient keeps its whole forward pass until it is done). The
 * explained class stays a tensor until the end, so nothing is read back between the passes.
 */
export async function attributeByGradients(
  { tf, model, read, maxRows }: WorkerModel,
  request: GradientRequest,
  attribution: GradientAttribution,
): Promise<ExplainResult> {
  const results = tf.tidy(() => {
    const { input, baseline, steps } = request;
    const [count, ...shape] = input.shape as [number, ...number[]];
    const apply = (t: tfjs.Tensor) =>
      'apply' in model ? (model.apply(t) as tfjs.Tensor) : (model.predict(t) as tfjs.Tensor);
    /** `f` of `t`'s rows, at most `rows` at a time (each part tidied on its own), joined in row order. */
    const inParts = (t: tfjs.Tensor, rows: number, f: (part: tfjs.Tensor, from: number) => tfjs.Tensor) => {
      const total = t.shape[0]!;
      if (total <= rows) return f(t, 0);
      const parts: tfjs.Tensor[] = [];
      for (let from = 0; from < total; from += rows)
        parts.push(tf.tidy(() => f(t.slice(from, Math.min(rows, total - from)), from)));
      return tf.concat(parts);
    };
    const forwardRows = maxRows('forward', shape);
    const gradientRows = maxRows('gradient', shape);
    const run = (t: tfjs.Tensor) => inParts(t, forwardRows, apply);
    const x = tf.tensor(input.values, input.shape, 'float32');
    const base = tf.tensor(baseline, [1, ...shape], 'float32');
    const atInput = run(x) as tfjs.Tensor2D;
    const atBaseline = run(base) as tfjs.Tensor2D;
    const classes = atInput.shape[1];
    const targets = atInput.argMax(1);
    // Each instance's explained output; a single-output model (a regressor) has only the one.
    const perInstance =
      classes === 1 ? tf.ones([count, 1]) : tf.oneHot(targets as tfjs.Tensor1D, classes).cast('float32');
    // Rows are instance-major: each instance's rows (its path points) follow one another.
    const pick = (rows: number) =>
      rows === count
        ? perInstance
        : perInstance
            .expandDims(1)
            .tile([1, rows / count, 1])
            .reshape([rows, classes]);
    const grad = (points: tfjs.Tensor) => {
      const targetsOfRows = pick(points.shape[0]!);
      return inParts(points, gradientRows, (part, from) => {
        const targetsOfPart = targetsOfRows.slice(from, part.shape[0]!);
        return tf.grad((p: tfjs.Tensor) => apply(p).mul(targetsOfPart).sum())(part);
      });
    };
    const attributions = attribution(tf, grad, x, base, steps);
    // The explained output at the input and at the baseline, per instance.
    return [targets, atInput.mul(perInstance).sum(1), atBaseline.mul(perInstance).sum(1), attributions];
  });
  const [targets, outputAtInput, outputAtBaseline, attributions] = await read(results);
  return {
    targets: Array.from(targets!),
    outputAtInput: Array.from(outputAtInput!),
    outputAtBaseline: Array.from(outputAtBaseline!),
    attributions: attributions as Float32Array,
  };
}
