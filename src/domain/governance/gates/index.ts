import path from 'node:path';
import { z } from 'zod';
import { readPolicyFile } from '../../../authz/policy-file';
import { GateStage, type GateResult } from '../../models/gate-result';
import { LifecycleState, TaskType } from '../../models/model.entity';
import { fairnessGate } from './fairness';
import type { GateEvidence, GateKind, GateOutcome } from './gate-kind';
import { lineageGate } from './lineage';
import { metricGate } from './metric';
import { modelCardGate } from './model-card';
import { noRawPiiGate } from './no-raw-pii';

export type { GateEvidence } from './gate-kind';

/** Every kind of gate, by the `check` policies/gates.yaml names it with. */
export const gateKinds = {
  modelCard: modelCardGate,
  lineage: lineageGate,
  noRawPii: noRawPiiGate,
  metric: metricGate,
  fairness: fairnessGate,
} as const;

const gateSchema = z.discriminatedUnion('check', [
  modelCardGate.schema,
  lineageGate.schema,
  noRawPiiGate.schema,
  metricGate.schema,
  fairnessGate.schema,
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

/** One gate's verdict on the evidence, by its kind. */
export function evaluateGate(gate: Gate, evidence: GateEvidence): GateOutcome {
  const kind = gateKinds[gate.check] as GateKind<z.ZodType<Gate>>;
  return kind.evaluate(gate, evidence);
}

/** The verdicts of the policy's gates for the version's task type at `stage`, in the policy's order. */
export function evaluateGates(policy: GatePolicy, stage: GateStage, evidence: GateEvidence): GateResult[] {
  const gates = policy.gates[evidence.taskType]?.[stage === GateStage.SUBMIT ? 'submit' : 'approve'] ?? [];
  const evaluatedAt = new Date();
  return gates.map((gate) => ({ stage, evaluatedAt, ...evaluateGate(gate, evidence) }));
}
