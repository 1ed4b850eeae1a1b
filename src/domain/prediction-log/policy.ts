import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { readPolicyFile } from '../../authz/policy-file';
import { Environment } from '../deployments/deployment.entity';

const fileSchema = z
  .object({
    synchronous: z
      .object({
        environments: z.array(z.enum(Environment)).default([]),
        deployments: z.array(z.string().min(1)).default([]),
      })
      .strict(),
  })
  .strict();

/** policies/prediction-log.yaml: which deployments log synchronously. */
export type PredictionLogPolicy = z.infer<typeof fileSchema>;

/** Reads and checks policies/prediction-log.yaml; a folder without one logs every deployment asynchronously. */
export function loadPredictionLogPolicy(dir: string): PredictionLogPolicy {
  const file = path.join(dir, 'prediction-log.yaml');
  if (!fs.existsSync(file)) return { synchronous: { environments: [], deployments: [] } };
  return readPolicyFile(file, fileSchema);
}

/** Whether a deployment's answers wait for their log rows to commit. */
export function logsSynchronously(
  policy: PredictionLogPolicy,
  deployment: { name: string; environment: Environment },
): boolean {
  const { environments, deployments } = policy.synchronous;
  return environments.includes(deployment.environment) || deployments.includes(deployment.name);
}
