import type { ExplanationMethod } from './methods';
import type { Explainer } from './explainer';
import { attributeByGradients } from './gradients';

/** Gradient × input: the gradient at the input, times the input; one backward pass, no baseline in the sum. */
export const gradientXInputExplainer: Explainer<ExplanationMethod.GRADIENT_X_INPUT> = {
  cost: () => 2,
  evaluationsPerInstance: (request) => request.steps + 2,
  attribute: (on, request) => attributeByGradients(on, request, (_tf, grad, x) => grad(x).mul(x)),
};
