import path from 'node:path';
import { z } from 'zod';
import { readPolicyFile } from '../authz/policy-file';

const count = z.number().int().min(0);

const fileSchema = z
  .object({
    request: z.object({ maxTokens: count, maxDepth: count, maxAliases: count, maxDirectives: count, maxCost: count }).strict(),
    inference: z.object({ default: count, roles: z.record(z.string(), count).default({}) }).strict(),
  })
  .strict();

/** policies/limits.yaml: the shape a GraphQL document may have, and the inference work each role may ask per request. */
export type RequestLimits = z.infer<typeof fileSchema>;

export function loadRequestLimits(dir: string): RequestLimits {
  return readPolicyFile(path.join(dir, 'limits.yaml'), fileSchema);
}

/** The inference budget of a caller: the most generous of its roles'. */
export function inferenceBudget(limits: RequestLimits, roles: string[]): number {
  return Math.max(0, ...roles.map((role) => limits.inference.roles[role] ?? limits.inference.default));
}
