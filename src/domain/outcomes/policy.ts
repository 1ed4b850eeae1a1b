import path from 'node:path';
import { z } from 'zod';
import { readPolicyFile } from '../../authz/policy-file';

/** The live measures a check may read; fairness ones read the worst sensitive feature. */
export const qualityMetrics = [
  'accuracy',
  'logLoss',
  'rocAuc',
  'expectedCalibrationError',
  'rmse',
  'mae',
  'r2',
  'demographicParityDifference',
  'demographicParityRatio',
  'equalOpportunityDifference',
  'equalizedOddsDifference',
] as const;
export type QualityMetric = (typeof qualityMetrics)[number];

const bounds = ['min', 'max', 'maxDropFromEvaluation', 'maxRiseFromEvaluation'] as const;

const checkSchema = z
  .object({
    name: z.string().regex(/^[a-z][a-z0-9-]*$/, 'check names are lower-case words joined by "-"'),
    metric: z.enum(qualityMetrics),
    min: z.number().finite().optional(),
    max: z.number().finite().optional(),
    maxDropFromEvaluation: z.number().nonnegative().optional(),
    maxRiseFromEvaluation: z.number().nonnegative().optional(),
    minLabelled: z.number().int().min(1).optional(),
  })
  .strict()
  .refine(
    (check) => bounds.filter((bound) => check[bound] !== undefined).length === 1,
    `a check sets exactly one of ${bounds.join(', ')}`,
  );

const qualityFileSchema = z
  .object({
    enabled: z.boolean(),
    windowHours: z
      .number()
      .int()
      .min(1)
      .max(24 * 90),
    minLabelled: z.number().int().min(1),
    checkEverySeconds: z.number().min(0.1).max(3600),
    checks: z.array(checkSchema),
    attributionDrift: z
      .object({
        enabled: z.boolean(),
        sampleRate: z.number().min(0).max(1),
        minExplained: z.number().int().min(1),
        ndcgAlert: z.number().min(0).max(1),
        referenceRows: z.number().int().min(1).max(10_000),
      })
      .strict(),
  })
  .strict()
  .refine(
    (policy) => new Set(policy.checks.map((check) => check.name)).size === policy.checks.length,
    'check names must differ',
  );

export type QualityPolicy = z.infer<typeof qualityFileSchema>;
export type QualityCheck = QualityPolicy['checks'][number];

/** Reads and checks policies/quality.yaml; throws an Error that says what is wrong and where. */
export function loadQualityPolicy(dir: string): QualityPolicy {
  return readPolicyFile(path.join(dir, 'quality.yaml'), qualityFileSchema);
}
