import path from 'node:path';
import { z } from 'zod';
import { readPolicyFile } from '../../authz/policy-file';
import type { DatasetVersion } from '../datasets/dataset.entity';
import { AnonymizationStatus, FeatureRole } from '../datasets/dataset.entity';
import type { Run } from '../experiments/experiment.entity';
import { LifecycleState, TaskType, type ModelCard, type ModelVersion } from '../models/model.entity';
import { GateStage, type GateResult } from '../models/gate-result';

const modelCardFields = ['intendedUse', 'limitations', 'ethicalConsiderations', 'trainingProcedure'] as const;

const gateSchema = z.discriminatedUnion('check', [
  z.object({ check: z.literal('modelCard'), require: z.array(z.enum(modelCardFields)).nonempty() }).strict(),
  z.object({ check: z.literal('lineage') }).strict(),
  z.object({ check: z.literal('noRawPii') }).strict(),
  z
    .object({
      check: z.literal('metric'),
      metric: z.string().min(1),
      min: z.number().optional(),
      max: z.number().optional(),
    })
    .strict()
    .refine((gate) => gate.min !== undefined || gate.max !== undefined, 'a metric gate needs min or max'),
  z.object({ check: z.literal('fairness'), metric: z.string().min(1), max: z.number().min(0) }).strict(),
]);
export type Gate = z.infer<typeof gateSchema>;

const stagesSchema = z
  .object({ submit: z.array(gateSchema).default([]), approve: z.array(gateSchema).default([]) })
  .strict();

const gatesFileSchema = z
  .object({
    approval: z.object({ quorum: z.number().int().min(1).max(10) }).strict(),
    deployments: z.object({ stagingStates: z.array(z.enum(LifecycleState)).nonempty() }).strict(),
    gates: z.partialRecord(z.enum(TaskType), stagesSchema),
  })
  .strict();

export type GatePolicy = z.infer<typeof gatesFileSchema>;

/** Reads and checks policies/gates.yaml; throws an Error that says what is wrong and where. */
export function loadGates(dir: string): GatePolicy {
  return readPolicyFile(path.join(dir, 'gates.yaml'), gatesFileSchema);
}

/** What a gate looks at: the version, its run and the dataset versions that run trained on. */
export interface GateEvidence {
  version: ModelVersion;
  taskType: TaskType;
  run?: Run;
  trainingData: DatasetVersion[];
  /** Names of the training datasets the caller may read; the others go unnamed in reasons. */
  datasetNames: Map<string, string>;
}

export function evaluateGates(policy: GatePolicy, stage: GateStage, evidence: GateEvidence): GateResult[] {
  const gates = policy.gates[evidence.taskType]?.[stage === GateStage.SUBMIT ? 'submit' : 'approve'] ?? [];
  const evaluatedAt = new Date();
  return gates.map((gate) => ({ stage, evaluatedAt, ...evaluate(gate, evidence) }));
}

type Outcome = Omit<GateResult, 'stage' | 'evaluatedAt'>;

function evaluate(gate: Gate, evidence: GateEvidence): Outcome {
  switch (gate.check) {
    case 'modelCard': {
      const card: ModelCard = evidence.version.modelCard;
      const missing = gate.require.filter((field) => !card[field]?.trim());
      return {
        gate: 'modelCard',
        passed: missing.length === 0,
        reason: missing.length
          ? `The model card lacks ${missing.join(', ')}.`
          : `The model card has ${gate.require.join(', ')}.`,
      };
    }
    case 'lineage': {
      if (!evidence.run)
        return {
          gate: 'lineage',
          passed: false,
          reason: 'The version names no run, so nothing says what it was trained on.',
        };
      if (evidence.trainingData.length === 0)
        return { gate: 'lineage', passed: false, reason: 'Its run names no dataset version it trained on.' };
      return {
        gate: 'lineage',
        passed: true,
        reason: `Trained by run ${evidence.run.name ?? evidence.run.id} on ${evidence.trainingData.length} dataset version(s).`,
      };
    }
    case 'noRawPii': {
      const raw = evidence.trainingData.filter((data) => data.anonymization === AnonymizationStatus.NONE);
      const names = raw.map((data) => {
        const name = evidence.datasetNames.get(data.dataset.id);
        return name ? `${name} v${data.version}` : 'a dataset you cannot see';
      });
      return {
        gate: 'noRawPii',
        passed: raw.length === 0,
        reason: raw.length
          ? `Trained on personal data that was not anonymised: ${names.join(', ')}.`
          : 'No training data holds un-anonymised personal data.',
      };
    }
    case 'metric': {
      const observed = evidence.version.metrics.find((metric) => metric.name === gate.metric)?.value;
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
    }
    case 'fairness': {
      const name = `fairness:${gate.metric}`;
      const measured = evidence.version.fairnessMetrics.filter(
        (metric) => metric.metric === gate.metric && metric.group == null,
      );
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
    }
  }
}
