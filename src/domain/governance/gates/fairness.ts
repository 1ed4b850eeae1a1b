import { z } from 'zod';
import { FeatureRole } from '../../datasets/dataset.entity';
import type { GateKind } from './gate-kind';

const schema = z.object({ check: z.literal('fairness'), metric: z.string().min(1), max: z.number().min(0) }).strict();

/**
 * A fairness metric is reported for every sensitive feature of the training data, and its worst
 * magnitude across them is within the bound.
 */
export const fairnessGate: GateKind<typeof schema> = {
  schema,
  evaluate(gate, { version, trainingData }) {
    const name = `fairness:${gate.metric}`;
    const measured = version.fairnessMetrics.filter((metric) => metric.metric === gate.metric && metric.group == null);
    const sensitive = [
      ...new Set(
        trainingData.flatMap((data) =>
          data.features.filter((f) => f.role === FeatureRole.SENSITIVE).map((f) => f.name),
        ),
      ),
    ];
    const unmeasured = sensitive.filter((feature) => !measured.some((metric) => metric.sensitiveFeature === feature));
    if (unmeasured.length)
      return {
        gate: name,
        passed: false,
        threshold: gate.max,
        reason: `No ${gate.metric} reported for the sensitive feature(s) ${unmeasured.join(', ')}.`,
      };
    if (measured.length === 0)
      return {
        gate: name,
        passed: true,
        threshold: gate.max,
        reason: 'The training data has no sensitive feature to compare groups on.',
      };
    const worst = measured.reduce((a, b) => (Math.abs(b.value) > Math.abs(a.value) ? b : a));
    const observed = Math.abs(worst.value);
    return {
      gate: name,
      passed: observed <= gate.max,
      observed,
      threshold: gate.max,
      reason:
        observed <= gate.max
          ? `${gate.metric} is at most ${observed} across ${measured.map((m) => m.sensitiveFeature).join(', ')}.`
          : `${gate.metric} across ${worst.sensitiveFeature} is ${observed}, above the bound ${gate.max}.`,
    };
  },
};
