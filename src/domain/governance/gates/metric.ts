import { z } from 'zod';
import { measuredFrom, setName, sourceSettings, type GateKind } from './gate-kind';

const schema = z
  .object({
    check: z.literal('metric'),
    metric: z.string().min(1),
    min: z.number().optional(),
    max: z.number().optional(),
    ...sourceSettings,
  })
  .strict()
  .refine((gate) => gate.min !== undefined || gate.max !== undefined, 'a metric gate needs min or max');

/**
 * A metric of the version is within the policy's bounds: as the version reports it (claimed), or
 * as the gateway measured it on an evaluation set (`source: measured`: accuracy, roc_auc,
 * log_loss, expected_calibration_error, macro_precision, macro_recall, macro_f1, rmse, mae, r2).
 */
export const metricGate: GateKind<typeof schema> = {
  schema,
  evaluate(gate, evidence) {
    const threshold = gate.min ?? gate.max!;
    const name = `metric:${gate.metric}`;
    let observed: number | undefined;
    let recorded = {};
    let what = gate.metric;
    if (gate.source === 'measured') {
      const measured = measuredFrom(evidence, gate.evaluationSet);
      if ('missing' in measured) return { gate: name, passed: false, threshold, reason: measured.missing };
      observed = measured.evaluation.metrics.find((metric) => metric.name === gate.metric)?.value;
      recorded = measured.recorded;
      what = `${gate.metric} measured on ${setName(measured.evaluation)}`;
      if (observed === undefined)
        return {
          gate: name,
          passed: false,
          threshold,
          ...recorded,
          reason: `The evaluation measured no ${gate.metric}.`,
        };
    } else {
      observed = evidence.version.metrics.find((metric) => metric.name === gate.metric)?.value;
      if (observed === undefined)
        return { gate: name, passed: false, threshold, reason: `The version reports no ${gate.metric}.` };
    }
    if (gate.min !== undefined && observed < gate.min)
      return {
        gate: name,
        passed: false,
        observed,
        threshold: gate.min,
        ...recorded,
        reason: `${what} ${observed} is below the minimum ${gate.min}.`,
      };
    if (gate.max !== undefined && observed > gate.max)
      return {
        gate: name,
        passed: false,
        observed,
        threshold: gate.max,
        ...recorded,
        reason: `${what} ${observed} is above the maximum ${gate.max}.`,
      };
    return {
      gate: name,
      passed: true,
      observed,
      threshold,
      ...recorded,
      reason: `${what} ${observed} is within bounds.`,
    };
  },
};
