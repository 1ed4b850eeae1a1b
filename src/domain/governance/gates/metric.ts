import { z } from 'zod';
import type { GateKind } from './gate-kind';

const schema = z
  .object({
    check: z.literal('metric'),
    metric: z.string().min(1),
    min: z.number().optional(),
    max: z.number().optional(),
  })
  .strict()
  .refine((gate) => gate.min !== undefined || gate.max !== undefined, 'a metric gate needs min or max');

/** A metric the version reports is within the policy's bounds. */
export const metricGate: GateKind<typeof schema> = {
  schema,
  evaluate(gate, { version }) {
    const observed = version.metrics.find((metric) => metric.name === gate.metric)?.value;
    const threshold = gate.min ?? gate.max!;
    const name = `metric:${gate.metric}`;
    if (observed === undefined)
      return { gate: name, passed: false, threshold, reason: `The version reports no ${gate.metric}.` };
    if (gate.min !== undefined && observed < gate.min)
      return {
        gate: name,
        passed: false,
        observed,
        threshold: gate.min,
        reason: `${gate.metric} ${observed} is below the minimum ${gate.min}.`,
      };
    if (gate.max !== undefined && observed > gate.max)
      return {
        gate: name,
        passed: false,
        observed,
        threshold: gate.max,
        reason: `${gate.metric} ${observed} is above the maximum ${gate.max}.`,
      };
    return { gate: name, passed: true, observed, threshold, reason: `${gate.metric} ${observed} is within bounds.` };
  },
};
