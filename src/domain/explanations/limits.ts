import path from 'node:path';
import { z } from 'zod';
import { readPolicyFile } from '../../authz/policy-file';
import { forbidden } from '../../errors';
import { ExplanationMethod } from '../../inference/explainers/methods';

const limitSchema = z
  .object({
    methods: z.array(z.enum(ExplanationMethod)).optional(),
    maxSteps: z.number().int().min(1).optional(),
    maxSamples: z.number().int().min(1).optional(),
  })
  .strict();

const fileSchema = z.object({ limits: z.record(z.string(), limitSchema).default({}) }).strict();

export type ExplanationLimits = z.infer<typeof fileSchema>['limits'];

/** Reads policies/explanations.yaml. */
export function loadExplanationLimits(dir: string): ExplanationLimits {
  return readPolicyFile(path.join(dir, 'explanations.yaml'), fileSchema).limits;
}

/**
 * The request as the caller's roles allow it: FORBIDDEN for a method none of them may use,
 * steps and samples cut down to the most generous cap. Unlimited when any role has no limit.
 */
export function applyLimits<T extends { method: ExplanationMethod; steps: number; samples: number }>(
  limits: ExplanationLimits,
  roles: string[],
  request: T,
): T {
  const applying = roles.map((role) => limits[role]);
  if (applying.length === 0 || applying.some((limit) => limit === undefined)) return request;
  const allowed = new Set(applying.flatMap((limit) => limit!.methods ?? Object.values(ExplanationMethod)));
  if (!allowed.has(request.method)) {
    throw forbidden(
      `Your roles may not ask for ${request.method} explanations; they may use ${[...allowed].join(', ')}.`,
    );
  }
  const cap = (key: 'maxSteps' | 'maxSamples', value: number) => {
    const caps = applying.map((limit) => limit![key]);
    return caps.some((c) => c === undefined) ? value : Math.min(value, Math.max(...(caps as number[])));
  };
  return { ...request, steps: cap('maxSteps', request.steps), samples: cap('maxSamples', request.samples) };
}
