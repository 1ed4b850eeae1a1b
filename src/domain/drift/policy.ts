import path from 'node:path';
import { z } from 'zod';
import { readPolicyFile } from '../../authz/policy-file';

const driftFileSchema = z
  .object({
    enabled: z.boolean(),
    windowMinutes: z.number().int().min(1).max(60),
    minInstances: z.number().int().min(1),
    psi: z.object({ warn: z.number().positive(), alert: z.number().positive() }).strict(),
    checkEverySeconds: z.number().min(0.1).max(3600),
    earlyTrafficReference: z.number().int().min(10).max(100_000),
    // Aggregates shown to callers who may not read the prediction log's instances.
    minCountToShow: z.number().int().min(1),
    minCountPerBin: z.number().int().min(1),
  })
  .strict()
  .refine((policy) => policy.psi.warn <= policy.psi.alert, 'psi.warn must not exceed psi.alert')
  .refine(
    (policy) => policy.minCountPerBin <= policy.minCountToShow,
    'minCountPerBin must not exceed minCountToShow (a window just large enough to show must fill one bin)',
  )
  .refine(
    (policy) => policy.minInstances >= policy.minCountToShow,
    'minInstances must be at least minCountToShow: drift alerts carry PSIs to everyone who may read the deployment',
  );

export type DriftPolicy = z.infer<typeof driftFileSchema>;

/** Reads and checks policies/drift.yaml; throws an Error that says what is wrong and where. */
export function loadDriftPolicy(dir: string): DriftPolicy {
  return readPolicyFile(path.join(dir, 'drift.yaml'), driftFileSchema);
}
