import type { ModelSignature } from '../serving/signature';
import { ExplanationMethod, type ExplanationSettings } from './settings';

/**
 * The work of explaining one instance, in instance-evaluations (see policies/limits.yaml):
 * INTEGRATED_GRADIENTS steps + 2, GRADIENT_X_INPUT 2, OCCLUSION patches + 1, KERNEL_SHAP samples ×
 * features² (its solver grows with the square of the features).
 */
export function explanationCost(
  settings: Pick<ExplanationSettings, 'method' | 'steps' | 'samples' | 'patch'>,
  signature: ModelSignature,
): number {
  switch (settings.method) {
    case ExplanationMethod.INTEGRATED_GRADIENTS:
      return settings.steps + 2;
    case ExplanationMethod.GRADIENT_X_INPUT:
      return 2;
    case ExplanationMethod.KERNEL_SHAP: {
      const elements = signature.inputs.reduce((sum, input) => sum + input.shape.reduce((a, b) => a * b, 1), 0);
      return settings.samples * elements * elements;
    }
    case ExplanationMethod.OCCLUSION: {
      const [height = 1, width = 1] = signature.inputs[0]!.shape;
      return Math.ceil(height / settings.patch) * Math.ceil(width / settings.patch) + 1;
    }
  }
}
