import { ExplanationMethod } from './methods';
import { tabularBaseline, type Explainer } from './explainer';
import { attributeByGradients } from './gradients';

/** Gradient × input: the gradient at the input, times the input; one backward pass, no baseline in the sum. */
export const gradientXInputExplainer: Explainer<ExplanationMethod.GRADIENT_X_INPUT> = {
  kind: 'tabular',
  usesBaseline: false,
  // The baseline is still sent: the answer reports the output there beside the output at the input.
  request: (batch) => ({
    method: ExplanationMethod.GRADIENT_X_INPUT,
    input: batch.input,
    baseline: tabularBaseline(batch),
    steps: 1,
  }),
  details: () => ({}),
  cost: () => 2,
  evaluationsPerInstance: (request) => request.steps + 2,
  attribute: (on, request) => attributeByGradients(on, request, (_tf, grad, x) => grad(x).mul(x)),
};
