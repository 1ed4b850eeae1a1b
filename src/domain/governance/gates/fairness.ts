import { z } from 'zod';
import { FeatureRole } from '../../datasets/dataset.entity';
import { measuredFrom, setName, sourceSettings, type GateKind } from './gate-kind';

const schema = z
  .object({ check: z.literal('fairness'), metric: z.string().min(1), max: z.number().min(0), ...sourceSettings })
  .strict();

/**
 * A fairness metric is known for every sensitive feature of the training data, and its worst
 * magnitude across them is within the bound: as the version reports it (claimed), or as the
 * gateway measured it on an evaluation set's groups (`source: measured`:
 * demographic_parity_difference, equal_opportunity_difference, equalized_odds_difference).
 */
export const fairnessGate: GateKind<typeof schema> = {
  schema,
  evaluate(gate, evidence) {
    const name = `fairness:${gate.metric}`;
    let measured: { sensitiveFeature: string; value: number }[];
    let recorded = {};
    let how = 'reported';
    let subject = gate.metric;
    if (gate.source === 'measured') {
      const from = measuredFrom(evidence, gate.evaluationSet);
      if ('missing' in from) return { gate: name, passed: false, threshold: gate.max, reason: from.missing };
      measured = from.evaluation.fairness.filter((metric) => metric.metric === gate.metric);
      recorded = from.recorded;
      how = `measured on ${setName(from.evaluation)}`;
      subject = `${gate.metric} ${how}`;
    } else {
      measured = evidence.version.fairnessMetrics.filter(
        (metric) => metric.metric === gate.metric && metric.group == null,
      );
    }
    const sensitive = [
      ...new Set(
        evidence.trainingData.flatMap((data) =>
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
        ...recorded,
        reason: `No ${gate.metric} ${how} for the sensitive feature(s) ${unmeasured.join(', ')}.`,
      };
    if (measured.length === 0)
      return {
        gate: name,
        passed: true,
        threshold: gate.max,
        ...recorded,
        reason: 'The training data has no sensitive feature to compare groups on.',
      };
    const worst = measured.reduce((a, b) => (Math.abs(b.value) > Math.abs(a.value) ? b : a));
    const observed = Math.abs(worst.value);
    return {
      gate: name,
      passed: observed <= gate.max,
      observed,
      threshold: gate.max,
      ...recorded,
      reason:
        observed <= gate.max
          ? `${subject} is at most ${observed} across ${measured.map((m) => m.sensitiveFeature).join(', ')}.`
          : `${subject} across ${worst.sensitiveFeature} is ${observed}, above the bound ${gate.max}.`,
    };
  },
};
