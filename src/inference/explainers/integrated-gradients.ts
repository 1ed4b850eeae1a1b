import { ExplanationMethod } from './methods';
import { tabularBaseline, type Explainer } from './explainer';
import { attributeByGradients } from './gradients';

/**
 * Integrated gradients: the gradient averaged over `steps` points on the straight path from the
 * baseline to the input (a midpoint Riemann sum), times the input's distance from the baseline.
 * The attributions add up to f(input) − f(baseline), up to the sum's error.
 */
export const integratedGradientsExplainer: Explainer<ExplanationMethod.INTEGRATED_GRADIENTS> = {
  kind: 'tabular',
  usesBaseline: true,
  request: (batch, work) => ({
    method: ExplanationMethod.INTEGRATED_GRADIENTS,
    input: batch.input,
    baseline: tabularBaseline(batch),
    steps: work.steps,
  }),
  details: (result, row, work) => {
    const width = result.attributions.length / result.targets.length;
    const sum = result.attributions.subarray(row * width, (row + 1) * width).reduce((total, value) => total + value, 0);
    return {
      completenessGap: Math.abs(sum - (result.outputAtInput[row]! - result.outputAtBaseline[row]!)),
      steps: work.steps,
    };
  },
  // Every step, and the input and the baseline.
  cost: (work) => work.steps + 2,
  evaluationsPerInstance: (request) => request.steps + 2,
  attribute: (on, request) =>
    attributeByGradients(on, request, (tf, grad, x, base, steps) => {
      const [count, ...shape] = x.shape as [number, ...number[]];
      const alphas = tf.linspace(0.5 / steps, 1 - 0.5 / steps, steps).reshape([1, steps, ...shape.map(() => 1)]);
      const path = base
        .expandDims(1)
        .add(x.sub(base).expandDims(1).mul(alphas))
        .reshape([count * steps, ...shape]);
      return grad(path)
        .reshape([count, steps, ...shape])
        .mean(1)
        .mul(x.sub(base));
    }),
};
