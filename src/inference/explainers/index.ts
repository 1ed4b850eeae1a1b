import { ExplanationMethod } from './methods';
import type { Explainer } from './explainer';
import { gradientXInputExplainer } from './gradient-x-input';
import { integratedGradientsExplainer } from './integrated-gradients';
import { kernelShapExplainer } from './kernel-shap';
import { occlusionExplainer } from './occlusion';

/** Every explanation method, by name: a method is added here and in methods.ts, and nowhere else. */
export const explainers: { [M in ExplanationMethod]: Explainer<M> } = {
  [ExplanationMethod.INTEGRATED_GRADIENTS]: integratedGradientsExplainer,
  [ExplanationMethod.GRADIENT_X_INPUT]: gradientXInputExplainer,
  [ExplanationMethod.KERNEL_SHAP]: kernelShapExplainer,
  [ExplanationMethod.OCCLUSION]: occlusionExplainer,
};

/** The explainer of a method. */
export function explainerOf<M extends ExplanationMethod>(method: M): Explainer<M> {
  return explainers[method];
}

export type { ExplainRequest, ExplainResult, ExplanationWork, PreparedBatch } from './explainer';
