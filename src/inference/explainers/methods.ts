/** The explanation methods, declared once; plain (no GraphQL), so policies and workers may use them. */
export enum ExplanationMethod {
  INTEGRATED_GRADIENTS = 'INTEGRATED_GRADIENTS',
  GRADIENT_X_INPUT = 'GRADIENT_X_INPUT',
  KERNEL_SHAP = 'KERNEL_SHAP',
  OCCLUSION = 'OCCLUSION',
}
